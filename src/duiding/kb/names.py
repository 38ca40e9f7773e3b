"""Name keys: one spelling-independent key per romanisation convention, and fuzzy similarity.

`name_keys("Chodorkovski")` and `name_keys("Khodorkovsky")` share the key `khodorkovski`; the
rules are data in `duiding.lang.romanisation`. Keys are compared exactly first and with
rapidfuzz where they still differ (`aleksievich` / `aleksievikh`), always under the
constraints (type, country, role at the date) that the caller supplies.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from duiding.lang.romanisation import AFTER, CONVENTIONS, FOLD, PARTICLES, PHONEMES

CONVENTION_ORDER: tuple[str, ...] = ("nl", "en", "de", "fr")

_NON_WORD = re.compile(r"[^0-9a-z]+")
_POSSESSIVE = re.compile(r"['’`]s?$", re.IGNORECASE)
_DOUBLE = re.compile(r"([a-z])\1+")
# A doubled letter's match -> the letter: as `_DOUBLE.sub(r"\1", ...)`, without reading a
# replacement template on every call.
_FIRST_OF_RUN = operator.itemgetter(1)


# A rule: (letters, replacement, only at the word's start, only at its end).
Rule = tuple[str, str, bool, bool]


def _compile(rules: Iterable[tuple[str, str]]) -> tuple[Rule, ...]:
    """The romanisation rules are literal letters, anchored with `^` or `$` or not: plain string
    operations apply them (the keys are made for every name the layers meet, and a regular
    expression per rule costs several times as much)."""
    return tuple((p.strip("^$"), repl, p.startswith("^"), p.endswith("$")) for p, repl in rules)


def _apply(word: str, rule: Rule) -> str:
    return _apply_all(word, (rule,))


def _apply_all(word: str, rules: tuple[Rule, ...]) -> str:
    """The rules applied in turn (in one loop: a call per rule costs as much as the rule)."""
    for letters, repl, start, end in rules:
        if start and end:
            if word == letters:
                word = repl
        elif start:
            if word.startswith(letters):
                word = repl + word[len(letters) :]
        elif end:
            if word.endswith(letters):
                word = word[: len(word) - len(letters)] + repl
        else:
            word = word.replace(letters, repl)
    return word


_RULES = {conv: _compile(rules) for conv, rules in CONVENTIONS.items()}
_AFTER = _compile(AFTER)
_PHONEMES = str.maketrans(PHONEMES)  # one letter each way in (a placeholder capital)
_FOLD = str.maketrans(FOLD)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, diacritics folded, punctuation to single spaces: `Wit-Rusland` -> `wit rusland`."""
    text = text.lower().translate(_FOLD)
    if not text.isascii():  # ASCII has no diacritics to fold (most words)
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def strip_possessive(text: str) -> str:
    """`Rutte's` -> `Rutte`; `Jobs'` -> `Jobs`."""
    stripped = _POSSESSIVE.sub("", text.strip())
    return stripped or text


MIN_COMPOUND_NOUN = 3


def name_of_compound(text: str) -> str:
    """`Intel-processors` -> `Intel`; `Wit-Rusland`, `Coca-Cola`, `Al-Jazeera` stay whole."""
    head, sep, noun = text.rpartition("-")
    compound = sep and noun.isalpha() and noun.islower() and len(noun) >= MIN_COMPOUND_NOUN
    if compound and any(ch.isupper() for ch in head) and not head.endswith(" "):
        return head
    return text


@lru_cache(maxsize=65536)
def _word_key(word: str, conv: str) -> str:
    word = _apply_all(word, _RULES[conv]).translate(_PHONEMES)
    return _apply_all(_DOUBLE.sub(_FIRST_OF_RUN, word), _AFTER)


@lru_cache(maxsize=65536)
def key(text: str, conv: str = "nl") -> str:
    """The romanisation key of a name under one convention (`nl`, `en`, `de` or `fr`)."""
    words = fold(text).split()
    return " ".join(_word_key(w, conv) for w in words)


@lru_cache(maxsize=65536)
def name_keys(text: str) -> tuple[str, ...]:
    """The distinct keys of a name under every convention, Dutch first."""
    out: list[str] = []
    for conv in CONVENTION_ORDER:
        k = key(text, conv)
        if k and k not in out:
            out.append(k)
    return tuple(out)


def content_words(k: str) -> list[str]:
    """The words of a key without name particles (`al`, `bin`): `al kadafi` -> [`kadafi`]."""
    return list(_content_words(k))


@lru_cache(maxsize=65536)
def _content_words(k: str) -> tuple[str, ...]:
    # Kept per key (the entity layer compares every name with every cluster's keys); a tuple,
    # so that no caller can change what is kept.
    words = k.split()
    kept = [w for w in words if w not in PARTICLES]
    return tuple(kept or words)


def surname_key(k: str) -> str:
    """The last content word of a key: the part of a person's name that news repeats."""
    words = _content_words(k)
    return words[-1] if words else ""


def similarity(a: str, b: str) -> float:
    """0..100: how alike two names are across romanisations (best pair of their keys)."""
    best = 0.0
    for ka in name_keys(a):
        for kb in name_keys(b):
            if ka == kb:
                return 100.0
            best = max(best, fuzz.ratio(ka, kb))
    return best


def key_similarity(a: str, b: str) -> float:
    return 100.0 if a == b else float(fuzz.ratio(a, b))


_VOWELS = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=65536)
def skeleton(k: str) -> str:
    """The consonants of a key: romanisations differ most in vowels (`aleksandr`,
    `aliaksandr`, `oleksandr` -> `lksndr`; `khodorkovski`, `khodorkovskii` -> `khdrkvsk`)."""
    return _VOWELS.sub("", k)


def word_similarity(a: str, b: str) -> float:
    """0..100 for two words of a name: the key ratio, raised halfway to the consonant
    skeleton's ratio where the consonants agree better than the letters do."""
    if a == b:
        return 100.0
    letters = float(fuzz.ratio(a, b))
    sa, sb = skeleton(a), skeleton(b)
    if not sa or not sb:
        return letters
    consonants = 100.0 if sa == sb else float(fuzz.ratio(sa, sb))
    return max(letters, (letters + consonants) / 2)
