"""The numbers reported about a search, with their sources: contested figures side by side."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from duiding.store import Store
from duiding.store.queries.common import ARTICLE_COLS, Filters, Row, Where, article_json, in_list, paging, quantity_json
from duiding.store.text import fold


def numbers(
    store: Store, q: str | None = None, filters: Filters = Filters(), *, counts: str | None = None, limit: int = 50
) -> Row:
    """The numbers reported in the articles a search finds, grouped by what they count, each with
    its sources (newspaper, and who it is attributed to) and modifiers: contested figures side by side."""
    page = paging(limit, 0)
    where = Where(store, q, filters)
    if where.empty:
        return {"query": q, "groups": []}
    conds, params = [*where.conds], dict(where.params)
    conds.append("(q.ordinal IS NULL OR q.ordinal = 0)")  # `de vijfde zondag` is a position, not an amount
    if counts:
        conds.append("q.counts_folded = :counts")
        params["counts"] = fold(counts)
    rows = store.fetch_all(
        f"SELECT q.id, q.article_id, q.start_char, q.end_char, q.text, q.value, q.upper, q.is_integer, q.unit,"
        f" q.mod, q.counts, q.counts_folded, q.sentence, q.source_local_id, s.text AS sentence_text,"
        f" {ARTICLE_COLS}"
        f" FROM quantities q JOIN articles a ON a.id = q.article_id{where.joins}"
        " LEFT JOIN sentences s ON s.article_id = q.article_id AND s.idx = q.sentence"
        f" WHERE {' AND '.join(conds)} ORDER BY a.date_first NULLS LAST, a.id, q.position",
        params,
    )
    attributions = _attributions(store, rows)
    groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in rows:
        report = quantity_json(r) | {
            "according_to": attributions.get(r["id"]),
            "sentence": r["sentence_text"],
            "article": article_json(r),
        }
        groups[(r["counts_folded"] or "", r["unit"] or "")].append(report)
    out = []
    for (_, unit), reports in groups.items():
        values: dict[tuple[Any, Any], Row] = {}
        for rep in reports:
            v = values.setdefault(
                (rep["value"], rep["mod"]), {"value": rep["value"], "mod": rep["mod"], "reports": 0, "sources": []}
            )
            v["reports"] += 1
            src = {"source": rep["article"]["source"], "according_to": rep["according_to"]}
            if src not in v["sources"]:
                v["sources"].append(src)
        distinct = sorted(values.values(), key=lambda v: (v["value"] is None, v["value"] or 0))
        out.append(
            {
                "counts": reports[0]["counts"],
                "unit": unit or None,
                "contested": len({v["value"] for v in distinct}) > 1,
                "values": distinct,
                "reports": reports,
            }
        )
    out.sort(key=lambda g: (-len(g["reports"]), str(g["counts"])))
    return {"query": q, "groups": out[: page["limit"]]}


def _attributions(store: Store, rows: Sequence[Row]) -> dict[int, str]:
    """Who a number is attributed to: the speaker of a quote around it, or of its event's source."""
    if not rows:
        return {}
    in_articles, params = in_list("a", sorted({r["article_id"] for r in rows}))
    quotes_of: dict[int, list[Row]] = defaultdict(list)
    for q in store.fetch_all(
        "SELECT q.article_id, q.local_id, q.start_char, q.end_char, COALESCE(n.name, q.speaker_text) AS speaker"
        " FROM quotes q"
        f" LEFT JOIN entities n ON n.id = q.speaker_entity_id WHERE q.article_id IN {in_articles}",
        params,
    ):
        quotes_of[q["article_id"]].append(q)
    by_event = {
        int(r["quantity_id"]): r["speaker"]
        for r in store.fetch_all(
            "SELECT x.quantity_id, COALESCE(n.name, q.speaker_text) AS speaker FROM event_quantities x"
            " JOIN events v ON v.id = x.event_id JOIN quotes q ON q.id = v.quote_id"
            f" LEFT JOIN entities n ON n.id = q.speaker_entity_id WHERE v.article_id IN {in_articles}",
            params,
        )
        if r["quantity_id"] is not None
    }
    out: dict[int, str] = {}
    for r in rows:
        claimed_in = [q for q in quotes_of.get(r["article_id"], []) if q["local_id"] == r["source_local_id"]]
        if claimed_in and claimed_in[0]["speaker"]:  # the quantity layer says whose claim it is
            out[r["id"]] = claimed_in[0]["speaker"]
            continue
        around = [
            q
            for q in quotes_of.get(r["article_id"], [])
            if q["start_char"] <= r["start_char"] and r["end_char"] <= q["end_char"]
        ]
        if around and around[0]["speaker"]:
            out[r["id"]] = around[0]["speaker"]
        elif r["id"] in by_event and by_event[r["id"]]:
            out[r["id"]] = by_event[r["id"]]
    return out
