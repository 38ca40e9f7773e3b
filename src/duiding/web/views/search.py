"""The search page: the query box, facets, hits with snippets, and hits over time."""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup, escape

from duiding.store import Store
from duiding.store import queries as Q
from duiding.store.text import stems
from duiding.web import queries as W
from duiding.web.views.params import Params

_WORD = re.compile(r"[^\W_]+")
_EXCLUDED = re.compile(r'-"[^"]*"?|-\S+')


def search_view(store: Store, p: Params) -> dict[str, Any]:
    result = Q.search(store, p.q, p.filters, limit=p.limit, offset=p.offset, facets=True)
    return {
        "params": p.to_json(),
        "result": result,
        "over_time": W.counts_over_time(store, p.q, p.filters),
        "choices": {"sources": W.sources(store), "event_types": W.event_types(store)},
    }


def highlight(text: str | None, q: str | None) -> Markup:
    """The text with the searched words marked: every word whose stem the search asks for."""
    if not text:
        return Markup("")
    wanted = set(stems(_EXCLUDED.sub(" ", (q or "").replace(" OR ", " "))))
    if not wanted:
        return escape(text)
    out, pos = [], 0
    for m in _WORD.finditer(text):
        out.append(str(escape(text[pos : m.start()])))
        word = m.group(0)
        found = set(stems(word)) & wanted
        out.append(f"<mark>{escape(word)}</mark>" if found else str(escape(word)))
        pos = m.end()
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))  # every piece is escaped
