"""The article's main place: the place of the dateline, else the most-mentioned place.

An event that happens somewhere (a protest, an arrest, a meeting) but whose sentence names no
place takes this one, with `place_note` saying that it was inferred and from what.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX
from spacy.tokens import Doc

from duiding.layers.events.arguments import Argument

# `MINSK - `, `Minsk (Belga) - `, `KIEV — ` at the start of the article body.
DATELINE = re.compile(r"^\s*([A-ZÀ-Ý][\w'\-]+(?: [A-ZÀ-Ý][\w'\-]+)?)\s*(?:\([^)]{1,30}\))?\s*[-–—:]\s")
DATELINE_CHARS = 60  # how far into the paragraph a dateline may reach
MIN_MENTIONS = 2  # one mention is no main place


def main_place(doc: Doc) -> tuple[Argument, str] | None:
    """(place, note) or None."""
    entities = [e for e in doc._.entities or [] if e.type == "LOC" and e.mentions]
    if not entities:
        return None
    dateline = _dateline(doc)
    if dateline is not None:
        for e in entities:
            for m in e.mentions:
                if m.start == dateline[0]:
                    return Argument(m.start, m.end, m.text, e.id), "inferred: the place of the dateline"
    best = max(entities, key=lambda e: (len(e.mentions), -e.mentions[0].start))
    if len(best.mentions) < MIN_MENTIONS:
        return None
    m = best.mentions[0]
    return Argument(m.start, m.end, m.text, best.id), "inferred: the article's most-mentioned place"


def _dateline(doc: Doc) -> tuple[int, int] | None:
    starts = [b.start for b in doc._.blocks or () if b.kind == "paragraph"][:1] or [0]
    for start in starts:
        hit = DATELINE.match(_text_at(doc, start, start + DATELINE_CHARS))
        if hit:
            return start + hit.start(1), start + hit.end(1)
    return None


def _text_at(doc: Doc, start: int, end: int) -> str:
    """`doc.text[start:end]` from the few tokens there: `Doc.text` joins every token of the article."""
    if not len(doc):
        return ""
    idx = doc.to_array(IDX)
    first = max(int(numpy.searchsorted(idx, start, side="right")) - 1, 0)
    after = int(numpy.searchsorted(idx, end, side="left"))
    offset = int(idx[first])
    chunk = "".join(t.text_with_ws for t in doc[first:after])
    return chunk[max(start - offset, 0) : end - offset]
