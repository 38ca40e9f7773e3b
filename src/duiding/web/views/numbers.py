"""The numbers reported about a search, grouped by what they count; disputed figures side by side."""

from __future__ import annotations

from typing import Any

from duiding.store import Store
from duiding.store import queries as Q
from duiding.web import queries as W
from duiding.web.views.params import Params


def numbers_view(store: Store, p: Params, counts: str | None) -> dict[str, Any]:
    result = Q.numbers(store, p.q, p.filters, counts=counts, limit=p.limit)
    reports = [r for g in result["groups"] for r in g["reports"]]
    where = W.sentence_positions(store, ((r["article"]["id"], r.get("sentence")) for r in reports))
    for r in reports:
        r["sentence_index"] = where.get((r["article"]["id"], r.get("sentence") or ""))
    return {"params": p.to_json(), "counts": counts, "result": result}
