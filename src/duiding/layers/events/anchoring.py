"""When, how many and on whose word: an event's time, date, quantities and source.

Time: a time expression in the trigger's own clause (`zondag werden ... opgepakt`), or in
its noun phrase (`de verkiezingen van 9 augustus`); else the main clause's time when the
trigger sits in the main clause; else none. The date comes from that time with its
precision (a month with candidate days when the day is uncertain), else from the
publication date with its precision, and says which (`source`): never more precise than
the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import Any

from spacy.tokens import Doc, Token

from duiding.lang.nl.events import TIME_BOUNDS
from duiding.layers.events import syntax
from duiding.layers.events.candidates import Candidate
from duiding.layers.quotes.records import QuoteIndex
from duiding.records import Quantity, Time

PRECISIONS = ("year", "month", "week", "day")
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")
EMBEDDED = frozenset({"acl:relcl", "acl", "advcl", "ccomp", "csubj", "parataxis", "xcomp"})


class TokenSpans(list[tuple[set[int], Any]]):
    """(token indices, item) pairs, found by the tokens they touch: a long article has thousands
    of events, times and quantities, and each event looks only in its own clause."""

    @cached_property
    def _by_token(self) -> dict[int, list[int]]:
        index: dict[int, list[int]] = {}
        for n, (toks, _item) in enumerate(self):
            for i in toks:
                index.setdefault(i, []).append(n)
        return index

    def touching(self, toks: Iterable[int]) -> list[tuple[set[int], Any]]:
        """The pairs that share a token with `toks`, in their original order."""
        by_token = self._by_token
        return [self[n] for n in sorted({n for i in toks for n in by_token.get(i, ())})]


def token_spans(doc: Doc, items: Sequence[Time] | Sequence[Quantity]) -> TokenSpans:
    out = TokenSpans()
    for item in items:
        span = doc.char_span(item.start, item.end, alignment_mode="expand")
        if span is not None:
            out.append((set(range(span.start, span.end)), item))
    return out


def _clause_of(cand: Candidate, doc: Doc) -> Token:
    """The verb whose clause holds the trigger: itself, its light verb, or a noun's governing verb."""
    table = syntax.table_of(doc)
    pos, head = table.pos, table.head
    i = cand.support if cand.support is not None else cand.head
    seen = 0
    while pos[i] not in ("VERB", "AUX") and head[i] != i and seen < 8:
        i = head[i]
        seen += 1
    return syntax.main_verb(table.tokens[i])


def _in_main_clause(verb: Token) -> bool:
    table = syntax.table_of(verb.doc)
    v = verb.i
    while table.head[v] != v:
        if table.dep[v] in EMBEDDED:
            return False
        v = table.head[v]
    return True


def _root(verb: Token) -> Token:
    table = syntax.table_of(verb.doc)
    v = verb.i
    while table.head[v] != v and table.dep[v] not in EMBEDDED:
        v = table.head[v]
    return table.tokens[v]


def datable(doc: Doc, times: TokenSpans) -> TokenSpans:
    """The time expressions that can date an event: dates and times, not bounds (`sinds ...`)."""
    return TokenSpans((toks, t) for toks, t in times if t.type in ("DATE", "TIME") and not _bound(doc, toks))


def link_time(cand: Candidate, doc: Doc, usable: TokenSpans) -> tuple[Time | None, str]:
    """(time, how): how is `linked` (the trigger's own phrase or clause) or `sentence`."""
    if not usable:
        return None, ""
    head = syntax.table_of(doc).tokens[cand.head]
    if cand.kind != "verb":
        for toks, t in usable.touching(syntax.clause_indices(head)):
            if cand.head not in toks:
                return t, "linked"
    verb = _clause_of(cand, doc)
    best = _closest(usable.touching(syntax.clause_indices(verb)), cand.head)
    if best is not None:
        return best, "linked"
    if _in_main_clause(verb):
        root = _root(verb)
        best = _closest(usable.touching(syntax.clause_indices(root)), cand.head)
        if best is not None:
            return best, "sentence"
    return None, ""


def _bound(doc: Doc, toks: set[int]) -> bool:
    """`sinds begin augustus`, `tot 12 oktober`: a limit of a period, not when the event happened."""
    first = min(toks)
    lower = syntax.table_of(doc).lower
    words = {lower[first]} | ({lower[first - 1]} if first > 0 else set())
    return bool(words & TIME_BOUNDS)


def _closest(items: list[tuple[set[int], Time]], at: int) -> Time | None:
    if not items:
        return None
    return min(items, key=lambda it: min(abs(i - at) for i in it[0]))[1]


def date_of(time: Time | None, how: str, published: Any) -> dict[str, Any] | None:
    if time is not None and time.value and _ISO.match(time.value):
        precision = time.precision if time.precision in PRECISIONS else _precision(time.value)
        date: dict[str, Any] = {"value": time.value, "precision": precision, "source": how}
        if not time.certain:
            date["certain"] = False
        if time.candidates:
            date["candidates"] = list(time.candidates)
        return date
    if published is not None:
        return {"value": published.value, "precision": published.precision, "source": "published"}
    return None


def _precision(value: str) -> str:
    if "-W" in value:
        return "week"
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "year")


def quantities_of(cand: Candidate, doc: Doc, quantities: TokenSpans, events_at: set[int]) -> list[str]:
    """Quantities in the trigger's clause or noun phrase (`312 betogers`, `een lening van 2,5 miljard
    dollar`), not inside another event's noun phrase, nor ordinals (`het vijfde weekend`)."""
    table = syntax.table_of(doc)
    scope = set(syntax.clause_indices(table.tokens[cand.head]))
    if cand.kind != "verb" and cand.support is not None:
        scope |= set(syntax.clause_indices(table.tokens[cand.support]))
    blocked: set[int] = set()
    own = cand.tokens
    for i in sorted(scope & events_at):
        if i != cand.head and table.pos[i] == "NOUN" and i not in own:
            blocked |= {t.i for t in table.tokens[i].subtree}
    out = []
    for toks, q in quantities.touching(scope):
        if getattr(q, "ordinal", False):
            continue
        if toks <= scope and not toks & blocked and not toks & set(own):
            out.append(q.id)
    return out


def source_of(quotes: QuoteIndex, start: int, end: int) -> str | None:
    """The quote, belief or attribution whose content holds the trigger."""
    q = quotes.containing(start, end)
    return q.id if q is not None else None
