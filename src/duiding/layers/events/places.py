"""The article's main place: the place of the dateline, else the most-mentioned place.

An event that happens somewhere (a protest, an arrest, a meeting) but whose sentence names no
place takes this one, with `place_note` saying that it was inferred and from what.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from duiding.layers.events.arguments import Argument

# `MINSK - `, `Minsk (Belga) - `, `KIEV — ` at the start of the article body.
DATELINE = re.compile(r"^\s*([A-ZÀ-Ý][\w'\-]+(?: [A-ZÀ-Ý][\w'\-]+)?)\s*(?:\([^)]{1,30}\))?\s*[-–—:]\s")
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
    text = doc.text
    for start in starts:
        hit = DATELINE.match(text[start : start + 60])
        if hit:
            return start + hit.start(1), start + hit.end(1)
    return None
