"""Quotation marks paired into quoted stretches of text, from the characters alone.

Every Dutch and Flemish style is read (`'…'`, `‘…’`, `"…"`, `“…”`, `”…”`, `„…”`, `„…"`, `«…»`).
A mark opens when it stands before a word and closes when it stands after one; marks of
another family inside a quote are nested quotes and are kept as content. A quote that runs
to the end of a paragraph goes on when the next paragraph opens with the same family of
mark (the Dutch convention for quotes over several paragraphs). A straight `'` is also an
apostrophe (`auto's`, `'s avonds`, `Jezus'`): an opening `'` that finds no close in its
paragraph was one, and is let go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from duiding.lang.nl.quote_marks import (
    AFTER_CLOSE,
    APOSTROPHE_WORDS,
    BEFORE_OPEN,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    GUILLEMET_CLOSE,
    GUILLEMET_OPEN,
    ONLY_CLOSE,
    ONLY_OPEN,
    SINGLE_CLOSE,
    SINGLE_OPEN,
)

ALL_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | SINGLE_OPEN | SINGLE_CLOSE | GUILLEMET_OPEN | GUILLEMET_CLOSE
# Finds the marks in a paragraph without a Python step per character.
_ANY_MARK = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]")
_CLOSERS: dict[str, frozenset[str]] = {
    '"': frozenset({'"', "”", "“"}),
    "“": frozenset({"”", '"', "“"}),
    "„": frozenset({"”", '"', "“"}),
    "”": frozenset({"”", '"'}),
    "'": frozenset({"'", "’"}),
    "‘": frozenset({"’", "'"}),
    "‚": frozenset({"‘", "’", "'"}),
    "«": frozenset({"»"}),
    "‹": frozenset({"›"}),
}


@dataclass(frozen=True)
class Mark:
    pos: int
    char: str
    can_open: bool
    can_close: bool
    weak_close: bool  # `Jezus' boek`: a close only when no better one follows


@dataclass
class Quoted:
    """A quoted stretch: the opening and closing marks and the content between them."""

    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None: it runs to the end of a paragraph
    start: int  # content start
    end: int  # content end (exclusive)
    opener: str

    @property
    def after(self) -> int:
        """Offset just after the quote (after its closing mark)."""
        return self.close + 1 if self.close is not None else self.end


def family(ch: str) -> str:
    if ch in GUILLEMET_OPEN | GUILLEMET_CLOSE:
        return "guillemet"
    if ch in SINGLE_OPEN | SINGLE_CLOSE:
        return "single"
    return "double"


def _classify(text: str, i: int) -> Mark:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    left_free = prev.isspace() or prev in BEFORE_OPEN or prev in ALL_MARKS
    right_free = nxt.isspace() or nxt in AFTER_CLOSE or nxt in ALL_MARKS
    can_open = left_free and not nxt.isspace() and ch not in ONLY_CLOSE and ch in _CLOSERS
    can_close = (not prev.isspace() and right_free) and ch not in ONLY_OPEN
    if left_free and right_free and nxt.isspace() and prev.isspace():
        # a mark standing alone between spaces (tokenised text): either way round
        can_open = ch in _CLOSERS
        can_close = ch not in ONLY_OPEN
    if ch == "“" and right_free and not prev.isspace():
        can_close = True  # `„…“`, the German-style close
    weak = False
    if ch in ("'", "’"):
        word = _word_after(text, i)
        if ("'" + word.lower()) in APOSTROPHE_WORDS and not word[:1].isupper():
            can_open = False
        if (
            ("'" + word.lower()) in APOSTROPHE_WORDS
            and i + len(word) + 1 < len(text)
            and text[i + len(word) + 1] == "-"
        ):
            can_open = False  # 's-Hertogenbosch
        if len(word) == 2 and word.isdigit():
            can_open = False  # de jaren '80
        if prev.isalpha() and nxt.isalpha():
            can_open = can_close = False  # auto's, zo'n
        if can_close and prev in "sxzSXZ" and nxt == " " and text[i + 2 : i + 3].islower():
            weak = True
    return Mark(i, ch, can_open, can_close, weak)


def _word_after(text: str, i: int) -> str:
    j = i + 1
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i + 1 : j]


def find_quoted(text: str, paragraphs: list[tuple[int, int]]) -> list[Quoted]:
    """All quoted stretches of `text`, whose paragraphs are given as (start, end) offsets."""
    out: list[Quoted] = []
    marks_by_par = [[_classify(text, m.start()) for m in _ANY_MARK.finditer(text, a, b)] for a, b in paragraphs]
    carry: tuple[Mark, int] | None = None  # an open quote going on into the next paragraph
    for p, marks in enumerate(marks_by_par):
        k = 0
        open_mark: Mark | None = None
        open_start = -1
        if carry is not None:
            open_mark, open_start = carry
            carry = None
            if (
                marks
                and marks[0].pos == _first_char(text, paragraphs[p])
                and family(marks[0].char) == family(open_mark.char)
            ):
                k = 1  # the repeated opening mark of a continued paragraph
        while k < len(marks):
            m = marks[k]
            if open_mark is None:
                if m.can_open:
                    open_mark, open_start = m, m.pos
                k += 1
                continue
            if m.char in _CLOSERS[open_mark.char] and m.can_close and m.pos > open_mark.pos + 1:
                if m.weak_close and _strong_close_later(marks, k, open_mark):
                    k += 1
                    continue
                out.append(Quoted(open_start, m.pos, open_start + 1, m.pos, open_mark.char))
                open_mark = None
            k += 1
        if open_mark is None:
            continue
        nxt = paragraphs[p + 1] if p + 1 < len(paragraphs) else None
        if nxt is not None and _opens_with(text, nxt, open_mark.char):
            carry = (open_mark, open_start)
            continue
        if family(open_mark.char) == "single" or open_mark.pos != _first_char(text, paragraphs[p]):
            # an apostrophe, or a stray mark: read the rest of the paragraph again without it
            rest = [q for q in find_quoted(text, [(open_mark.pos + 1, paragraphs[p][1])])]
            out.extend(rest)
            continue
        end = _last_char(text, paragraphs[p])
        out.append(Quoted(open_start, None, open_start + 1, end, open_mark.char))
    for q in out:
        q.start, q.end = _strip(text, q.start, q.end)
    return sorted((q for q in out if q.end > q.start), key=lambda q: q.open)


def _strong_close_later(marks: list[Mark], k: int, open_mark: Mark) -> bool:
    return any(m.char in _CLOSERS[open_mark.char] and m.can_close and not m.weak_close for m in marks[k + 1 :])


def _first_char(text: str, par: tuple[int, int]) -> int:
    i = par[0]
    while i < par[1] and text[i].isspace():
        i += 1
    return i


def _last_char(text: str, par: tuple[int, int]) -> int:
    j = par[1]
    while j > par[0] and text[j - 1].isspace():
        j -= 1
    return j


def _opens_with(text: str, par: tuple[int, int], opener: str) -> bool:
    i = _first_char(text, par)
    return i < par[1] and text[i] in ALL_MARKS and family(text[i]) == family(opener) and _classify(text, i).can_open


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
