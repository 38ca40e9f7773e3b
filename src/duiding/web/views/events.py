"""The events table: filterable, sorted by date either way, exportable to CSV."""

from __future__ import annotations

import csv
import io
from typing import Any

from duiding.store import Store
from duiding.web import queries as W
from duiding.web.views.params import Params

CSV_COLUMNS = (
    "date",
    "date_precision",
    "date_from",
    "type",
    "mode",
    "trigger",
    "actors",
    "targets",
    "places",
    "numbers",
    "certainty",
    "polarity",
    "according_to",
    "article",
    "source",
    "sentence_index",
    "sentence",
)


def events_view(store: Store, p: Params, order: W.Order, *, export: bool = False) -> dict[str, Any]:
    entities = [p.entity] if p.entity else []
    result = W.events(
        store,
        entities=entities,
        q=p.q,
        filters=p.filters,
        order=order,
        limit=W.EXPORT_LIMIT if export else p.limit,
        offset=0 if export else p.offset,
        export=export,
    )
    return {
        "params": p.to_json(),
        "order": order,
        "result": result,
        "choices": {"sources": W.sources(store), "event_types": W.event_types(store)},
    }


def _names(items: list[dict[str, Any]]) -> str:
    return "; ".join(i.get("name") or "" for i in items)


def events_csv(view: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in view["result"]["items"]:
        date = e.get("date") or {}
        fact = e.get("factuality") or {}
        writer.writerow(
            [
                date.get("value"),
                date.get("precision"),
                date.get("from"),
                e["type"],
                e.get("mode"),
                e.get("trigger"),
                _names(e["actors"]),
                _names(e["targets"]),
                _names(e["places"]),
                "; ".join(q["text"] for q in e.get("quantities") or []),
                fact.get("certainty"),
                fact.get("polarity"),
                e.get("according_to"),
                e["article"]["id"],
                e["article"].get("source"),
                e.get("sentence_index"),
                e.get("sentence"),
            ]
        )
    return out.getvalue()
