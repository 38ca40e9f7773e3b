"""How Dutch, English, German and French write the sounds of Cyrillic and Arabic names.

Data only. Each convention is an ordered list of rewrites from that language's spelling to
one shared phoneme alphabet (upper-case letters below), so that `Chodorkovski` (Dutch),
`Khodorkovsky` (English), `Chodorkowski` (German) and `Khodorkovski` (French) all become
`khodorkovski`. Rules are applied word by word, longest first, after folding diacritics.
A leading `^` anchors a rule at the start of a word, a trailing `$` at its end.

Phoneme alphabet (upper case, rendered as the plain key on the right):
  C ч ch   S ш sh   Z ж zh   X х kh   J дж j   Q щ shch   U у u   I й/и/ы/j/y i   V в/w v
"""

from __future__ import annotations

# Letters that NFKD decomposition does not fold to ASCII.
FOLD: dict[str, str] = {
    "ß": "ss",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ı": "i",
    "ŀ": "l",
}

# Ordered rewrites per convention. Longer patterns come first within a convention.
CONVENTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "nl": (
        ("sjtsj", "Q"),
        ("dzj", "J"),
        ("tsj", "C"),
        ("sj", "S"),
        ("zj", "Z"),
        ("kh", "X"),
        ("ch", "X"),
        ("oe", "U"),
        ("ij$", "I"),  # Dmitrij: a final -ij is й, not the Dutch diphthong
        ("j", "I"),
        ("y", "I"),
        ("w", "V"),
        ("x", "ks"),
        ("ph", "f"),
    ),
    "en": (
        ("shch", "Q"),
        ("dzh", "J"),
        ("zh", "Z"),
        ("kh", "X"),
        ("ch", "C"),
        ("sh", "S"),
        ("j", "J"),
        ("y", "I"),
        ("w", "V"),
        ("u", "U"),
        ("x", "ks"),
        ("ph", "f"),
    ),
    "de": (
        ("schtsch", "Q"),
        ("dsch", "J"),
        ("tsch", "C"),
        ("sch", "S"),
        ("ch", "X"),
        ("j", "I"),
        ("y", "I"),
        ("w", "V"),
        ("u", "U"),
        ("z", "ts"),
        ("x", "ks"),
        ("ph", "f"),
    ),
    "fr": (
        ("chtch", "Q"),
        ("dj", "J"),
        ("tch", "C"),
        ("ch", "S"),
        ("kh", "X"),
        ("ou", "U"),
        ("j", "Z"),
        ("y", "I"),
        ("w", "V"),
        ("x", "ks"),
        ("ph", "f"),
    ),
}

# The phoneme alphabet rendered as the key's plain letters.
PHONEMES: dict[str, str] = {
    "C": "ch",
    "S": "sh",
    "Z": "zh",
    "X": "kh",
    "J": "j",
    "Q": "shch",
    "U": "u",
    "I": "i",
    "V": "v",
}

# After rendering: spellings that still differ between conventions for the same sound.
# (Doubled letters are collapsed separately: Kaddafi / Kadafi, Jelzin / Jeltsin.)
AFTER: tuple[tuple[str, str], ...] = (
    ("ii", "i"),
    ("ck", "k"),
    ("q", "k"),
    ("dh", "d"),
    ("th", "t"),
    ("gh", "g"),
)

# Word-initial particles of Arabic and other names, written with or without a hyphen.
PARTICLES: frozenset[str] = frozenset(
    {"al", "el", "ul", "ad", "ar", "as", "at", "an", "az", "ash", "ibn", "bin", "ben"}
)
