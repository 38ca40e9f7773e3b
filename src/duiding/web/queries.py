"""The few questions the pages ask beyond `duiding.store.queries`: counts over time, an events
table without a required entity, places, sentence positions and names by language.

They build on the store's own WHERE builders, so a filter means the same on a page as in the API.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from duiding.store import Store
from duiding.store.queries import Filters, resolve_entity
from duiding.store.queries.common import ARTICLE_COLS, Where, in_list, paging
from duiding.store.queries.events import _event_items, _event_where

Row = dict[str, Any]
Order = Literal["asc", "desc"]
EXPORT_LIMIT = 20_000  # rows a CSV export holds at most

YEARS_BY_MONTH = 3  # a span of more years than this is counted by year, else by month


def counts_over_time(store: Store, q: str | None, filters: Filters) -> Row:
    """How many articles a search finds per month (per year over a long span). An article dated
    only to a year is counted in that year, and never spread over its months."""
    where = Where(store, q, filters)
    if where.empty:
        return {"unit": "month", "periods": []}
    rows = store.fetch_all(
        f"SELECT a.date_first, a.date_precision, COUNT(*) AS n {where.sql} GROUP BY a.date_first, a.date_precision",
        where.params,
    )
    dated = [r for r in rows if r["date_first"]]
    undated = sum(int(r["n"]) for r in rows if not r["date_first"])
    if not dated:
        return {"unit": "month", "periods": [], "undated": undated}
    years = sorted({int(r["date_first"][:4]) for r in dated})
    by_year = years[-1] - years[0] > YEARS_BY_MONTH or any(r["date_precision"] == "year" for r in dated)
    counts: Counter[str] = Counter()
    for r in dated:
        counts[r["date_first"][:4] if by_year else r["date_first"][:7]] += int(r["n"])
    periods = _all_periods(years[0], years[-1], by_year, set(counts))
    return {
        "unit": "year" if by_year else "month",
        "periods": [{"period": p, "count": counts.get(p, 0)} for p in periods],
        "undated": undated,
    }


def _all_periods(first: int, last: int, by_year: bool, seen: set[str]) -> list[str]:
    """Every period from the first to the last seen, with the empty ones, so gaps show."""
    if by_year:
        return [str(y) for y in range(first, last + 1)]
    months = [f"{y:04d}-{m:02d}" for y in range(first, last + 1) for m in range(1, 13)]
    lo, hi = min(seen), max(seen)
    return [m for m in months if lo <= m <= hi]


def events(
    store: Store,
    *,
    entities: Sequence[str] = (),
    q: str | None = None,
    filters: Filters = Filters(),
    order: Order = "asc",
    limit: int = 100,
    offset: int = 0,
    export: bool = False,
) -> Row:
    """Events of current articles in date order, each with its sentence's position, so that a
    row can link to it. Unlike the timeline, no entity or search is needed."""
    page = {"limit": min(limit, EXPORT_LIMIT), "offset": offset} if export else paging(limit, offset)
    source, where, params = _event_where(store, entities, q, filters)
    total = store.fetch_value(f"SELECT COUNT(*) AS n FROM {source} WHERE {where}", params)
    direction = "DESC" if order == "desc" else "ASC"
    rows = store.fetch_all(
        f"SELECT v.*, {ARTICLE_COLS}, s.text AS sentence_text, COALESCE(v.date_first, a.date_first) AS when_first"
        f" FROM {source} LEFT JOIN sentences s ON s.article_id = v.article_id AND s.idx = v.sentence"
        f" WHERE {where}"
        f" ORDER BY when_first {direction} NULLS LAST, COALESCE(v.date_last, a.date_last) {direction}, a.id,"
        " v.position LIMIT :limit OFFSET :offset",
        params | page,
    )
    items = _event_items(store, rows)
    for item, row in zip(items, rows, strict=True):
        item["id"] = row["local_id"]
        item["sentence_index"] = row["sentence"]
    return {"total": int(total or 0), **page, "order": order, "items": items}


def places(store: Store, q: str | None, filters: Filters, *, limit: int = 300) -> list[Row]:
    """The places (LOC entities) named in the articles a search finds, by how many articles name them."""
    where = Where(store, q, filters)
    if where.empty:
        return []
    rows = store.fetch_all(
        "SELECT e.entity_key, MIN(e.name) AS name, MIN(e.kb_id) AS kb_id, MIN(e.country) AS country,"
        " COUNT(DISTINCT e.article_id) AS articles, COUNT(m.id) AS mentions"
        f" FROM entities e JOIN (SELECT a.id {where.sql}) hits ON hits.id = e.article_id"
        " LEFT JOIN mentions m ON m.entity_id = e.id"
        " WHERE e.type = 'LOC' GROUP BY e.entity_key ORDER BY articles DESC, mentions DESC, e.entity_key"
        f" LIMIT {int(limit)}",
        where.params,
    )
    return [
        {
            "key": r["entity_key"],
            "name": r["name"],
            "kb_id": r["kb_id"],
            "country": r["country"],
            "articles": int(r["articles"]),
            "mentions": int(r["mentions"]),
        }
        for r in rows
    ]


def sentence_positions(store: Store, wanted: Iterable[tuple[str, str | None]]) -> dict[tuple[str, str], int]:
    """(article id, sentence text) -> the sentence's index, for answers that give only the text."""
    pairs = {(a, s) for a, s in wanted if s}
    if not pairs:
        return {}
    ids, params = in_list("x", sorted({a for a, _ in pairs}))
    out: dict[tuple[str, str], int] = {}
    for r in store.fetch_all(
        "SELECT a.external_id, s.idx, s.text FROM sentences s JOIN articles a ON a.id = s.article_id"
        f" WHERE a.is_current = 1 AND a.external_id IN {ids}",
        params,
    ):
        key = (r["external_id"], r["text"])
        if key in pairs:
            out.setdefault(key, int(r["idx"]))
    return out


def names_by_language(store: Store, name: str) -> list[Row]:
    """The names an entity is written with in the corpus, with the language of the articles."""
    ids = resolve_entity(store, name)
    if not ids:
        return []
    in_ids, params = in_list("n", ids)
    rows = store.fetch_all(
        "SELECT m.text, m.kind, a.language, COUNT(*) AS n FROM mentions m JOIN articles a ON a.id = m.article_id"
        f" WHERE m.entity_id IN {in_ids} AND m.kind IN ('name', 'demonym')"
        " GROUP BY m.text, m.kind, a.language ORDER BY n DESC, m.text",
        params,
    )
    merged: dict[tuple[str, str], Row] = {}
    for r in rows:
        item = merged.setdefault((r["text"], r["kind"]), {"text": r["text"], "kind": r["kind"], "languages": {}})
        item["languages"][r["language"]] = int(r["n"])
    return list(merged.values())


def entity_keys(store: Store, article_id: str) -> dict[str, str]:
    """An article's entity local ids -> their corpus-wide keys (the KB id, else type and name)."""
    return {
        r["local_id"]: r["entity_key"]
        for r in store.fetch_all(
            "SELECT e.local_id, e.entity_key FROM entities e JOIN articles a ON a.id = e.article_id"
            " WHERE a.external_id = :x AND a.is_current = 1",
            {"x": article_id},
        )
    }


def sources(store: Store) -> list[str]:
    """The sources of current articles, for the search form's choice."""
    return [
        r["source"]
        for r in store.fetch_all(
            "SELECT DISTINCT source FROM articles WHERE is_current = 1 AND source IS NOT NULL ORDER BY source"
        )
    ]


def event_types(store: Store) -> list[Row]:
    rows = store.fetch_all(
        "SELECT v.type, COUNT(*) AS n FROM events v JOIN articles a ON a.id = v.article_id"
        " WHERE a.is_current = 1 GROUP BY v.type ORDER BY v.type"
    )
    return [{"value": r["type"], "count": int(r["n"])} for r in rows]


def group_by(items: Iterable[Row], key: str) -> dict[Any, list[Row]]:
    out: dict[Any, list[Row]] = defaultdict(list)
    for item in items:
        out[item.get(key)].append(item)
    return out
