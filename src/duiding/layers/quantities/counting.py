"""What a quantity counts: the noun after it, the noun of `van de ...` after a percentage,
or, when the noun is left out, the noun of an earlier count it refers back to.

With the backbone's part-of-speech tags the noun is the first NOUN/PROPN after the number
(adjectives skipped); without them it is the first word that is not a function word,
skipping words that look like inflected adjectives (`nieuwe`, `Iraanse`).
"""

from __future__ import annotations

import re

from duiding.lang.nl.counting import BACK_REFERENCE_AFTER, BACK_REFERENCE_CUES, NOT_COUNTED
from duiding.layers.docview import DocView

_WORD = re.compile(r"[^\W\d][\w'’-]*")
_COMPARATIVES = ("meer", "minder")
# `meer dan 300 gewond`, `12 gearresteerd`: a past participle, not a noun.
_PARTICIPLE = re.compile(r"^ge\w+[dt]$")
_BLANKS = re.compile(r"[ \t]+")
_SPACES = re.compile(r"\s+")
_COUNT_OF = re.compile(r"\baantal\s+(?:[\w-]+e\s+)?([^\W\d][\w-]*)", re.IGNORECASE)


def _words_after(text: str, end: int, limit: int = 4) -> list[str]:
    """The words right after `end`, stopping at punctuation other than a hyphen inside a word."""
    out: list[str] = []
    pos = end
    while len(out) < limit:
        m = _BLANKS.match(text, pos)  # in place: a slice would copy the rest of the article
        if not m and pos != end:
            break
        pos = m.end() if m else pos
        w = _WORD.match(text, pos)
        if not w:
            break
        out.append(w.group(0))
        pos = w.end()
    return out


def noun_after(view: DocView, end: int, percent: bool = False) -> str | None:
    """The counted noun right after a quantity ending at character `end`, or None.

    A percentage counts the noun of `van de ...` (`80 procent van de stemmen`) or of
    `meer`/`minder ...` (`40 procent minder toeristen`), never the word right after it
    (`55 procent verminderen`).
    """
    text = view.text
    words = _words_after(text, end)
    if percent:
        if words[:1] == ["van"]:
            words = words[1:]
            if words and words[0].lower() in ("de", "het", "alle", "zijn", "haar", "hun", "onze"):
                words = words[1:]
        elif words and words[0].lower() in _COMPARATIVES:
            words = words[1:]
        else:
            return None
    return _first_noun(view, end, words)


def counted_in_sentence(sentence: str) -> str | None:
    """`het aantal besmettingen ... tot 2.800`: the noun a bare number in the sentence counts."""
    m = _COUNT_OF.search(sentence)
    return m.group(1) if m else None


def _first_noun(view: DocView, end: int, words: list[str]) -> str | None:
    if not words:
        return None
    if view.has_pos:
        # The tags find the noun past adjectives; where they see none, the word-shape rules
        # below decide (a tagger reads `doden` or `jongeren` as adjectives often enough).
        i = view.token_at(view.text.find(words[0], end))
        while i is not None and i < len(view.token_starts) and view.token_starts[i] < end + 80:
            tag = view.tag_of(i)
            if tag in ("NOUN", "PROPN"):
                return view.doc[i].text
            if tag not in ("ADJ", "NUM", "X", "SYM"):
                break
            i += 1
    for i, w in enumerate(words[:3]):
        low = w.lower()
        if low in NOT_COUNTED or _PARTICIPLE.match(low):
            return None
        is_adjective = low.endswith("e") and i + 1 < len(words) and words[i + 1].lower() not in NOT_COUNTED
        if not is_adjective or low == "extra":
            if low == "extra":
                continue
            return w
    return None


def refers_back(text: str, start: int, end: int) -> bool:
    """Is the noun left out on purpose: `van wie 500`, `twintig van hen`?"""
    before = _SPACES.sub(" ", text[max(0, start - 20) : start].lower()).rstrip()
    after = _SPACES.sub(" ", text[end : end + 20].lower()).lstrip()
    return any(before.endswith(cue) for cue in BACK_REFERENCE_CUES) or after.startswith(BACK_REFERENCE_AFTER)
