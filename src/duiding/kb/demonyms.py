"""Stems shared by Dutch country names and their demonyms (`Wit-Rusland` / `Wit-Russische`).

The endings are language data (`duiding.lang.nl.demonyms`); this module applies them. The
build stores each country's stems; at analysis a word's stems are looked up against them.
"""

from __future__ import annotations

from duiding.kb.names import fold
from duiding.lang.nl.demonyms import AMBIGUOUS_AT_SENTENCE_START, DEMONYM_ENDINGS, MIN_STEM, PLACE_ENDINGS


def flat(word: str) -> str:
    """Folded, with spaces and hyphens removed: `Wit-Russische` -> `witrussische`."""
    return fold(word).replace(" ", "")


def stem(word: str) -> str:
    """Doubled vowels and a doubled last consonant made single: `pool` -> `pol`, `russ` -> `rus`."""
    s = flat(word)
    for v in "aeou":
        s = s.replace(v + v, v)
    if len(s) > 2 and s[-1] == s[-2] and s[-1] not in "aeiou":
        s = s[:-1]
    return s


def place_stems(name: str) -> set[str]:
    """The stems a Dutch place name offers its demonyms: `Wit-Rusland` -> {witrus, witrusland, ...}."""
    folded = flat(name)
    out = set()
    for ending in PLACE_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= MIN_STEM:
            out.add(stem(folded[: len(folded) - len(ending)]))
    # Duitsland -> duits -> Duits(er): the -s that closes a stem may also belong to the ending.
    out |= {s[:-1] for s in out if s.endswith("s") and len(s) > 4}
    return out


def word_stems(word: str, *, sentence_start: bool = False) -> list[str]:
    """The stems a word may share with a place name, longest first: `Litouwse` -> [litouw, ...]."""
    folded = flat(word)
    out: list[str] = []
    for ending in DEMONYM_ENDINGS:
        if sentence_start and ending in AMBIGUOUS_AT_SENTENCE_START:
            continue
        if folded.endswith(ending) and len(folded) - len(ending) >= MIN_STEM:
            s = stem(folded[: len(folded) - len(ending)])
            if s not in out:
                out.append(s)
    return sorted(out, key=len, reverse=True)
