"""Full-text search with facets, and the article listing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from duiding.store import Store
from duiding.store.queries.common import ARTICLE_COLS, Filters, NotFound, Row, Where, article_json, in_list, paging
from duiding.store.text import fold, stems

FACET_SCOPE = 1000  # facets count the best hits, so that a search matching most of a corpus stays fast


def search(
    store: Store,
    q: str | None = None,
    filters: Filters = Filters(),
    *,
    limit: int = 20,
    offset: int = 0,
    facets: bool = True,
) -> Row:
    """Full-text search (Dutch stemming) over current articles, best first (newest first without a
    search). `total` counts every hit; the facets count the best `FACET_SCOPE` hits, and
    `facets_over` says how many hits they counted."""
    page = paging(limit, offset)
    where = Where(store, q, filters)
    result: Row = {"query": q, "total": 0, **page, "items": [], "facets": {}, "facets_over": 0}
    if where.empty:
        return result
    order = "h.rank DESC, a.date_first DESC NULLS LAST, a.id" if where.ranked else "a.date_first DESC NULLS LAST, a.id"
    rank = "h.rank" if where.ranked else "0.0"
    rows = store.fetch_all(
        f"SELECT {ARTICLE_COLS}, a.text, {rank} AS score {where.sql} ORDER BY {order} LIMIT :limit OFFSET :offset",
        where.params | page,
    )
    snippets = _snippets(store, rows, q)
    result["items"] = [
        article_json(r) | {"score": round(float(r["score"]), 4), "snippet": snippets.get(r["article_pk"])} for r in rows
    ]
    result["total"] = int(store.fetch_value(f"SELECT COUNT(*) AS n {where.sql}", where.params) or 0)
    if facets:
        result["facets_over"], result["facets"] = _facets(store, where, order)
    return result


def _facets(store: Store, where: Where, order: str) -> tuple[int, Row]:
    top = 20
    # "hits CROSS JOIN x WHERE": SQLite then walks the hits and looks each one's rows up by index,
    # instead of scanning the whole table (PostgreSQL plans it as the inner join it is).
    rows = store.fetch_all(
        f"WITH hits AS MATERIALIZED (SELECT a.id, a.source, a.language {where.sql} ORDER BY {order}"
        f" LIMIT {FACET_SCOPE})"
        " SELECT 'total' AS facet, NULL AS value, NULL AS label, NULL AS kind, COUNT(*) AS n FROM hits"
        " UNION ALL SELECT 'source', source, NULL, NULL, COUNT(*) FROM hits GROUP BY source"
        " UNION ALL SELECT 'language', language, NULL, NULL, COUNT(*) FROM hits GROUP BY language"
        " UNION ALL SELECT 'entity_type', e.type, NULL, NULL, COUNT(DISTINCT e.article_id)"
        "  FROM hits CROSS JOIN entities e WHERE e.article_id = hits.id GROUP BY e.type"
        " UNION ALL SELECT 'event_type', v.type, NULL, NULL, COUNT(DISTINCT v.article_id)"
        "  FROM hits CROSS JOIN events v WHERE v.article_id = hits.id GROUP BY v.type"
        " UNION ALL SELECT * FROM (SELECT 'entity', e.entity_key, MIN(e.name), MIN(e.type),"
        "  COUNT(DISTINCT e.article_id) AS n FROM hits CROSS JOIN entities e WHERE e.article_id = hits.id"
        f"  GROUP BY e.entity_key ORDER BY n DESC, e.entity_key LIMIT {top}) top_entities",
        where.params,
    )
    counted = 0
    facets: dict[str, list[Row]] = {"entity": [], "entity_type": [], "event_type": [], "source": [], "language": []}
    for r in rows:
        if r["facet"] == "total":
            counted = int(r["n"])
        elif r["facet"] == "entity":
            facets["entity"].append({"key": r["value"], "name": r["label"], "type": r["kind"], "count": int(r["n"])})
        else:
            facets[r["facet"]].append({"value": r["value"], "count": int(r["n"])})
    for name in ("entity_type", "event_type", "source", "language"):
        facets[name].sort(key=lambda f: (-f["count"], str(f["value"])))
    return counted, facets


def _snippets(store: Store, rows: Sequence[Row], q: str | None) -> dict[int, str]:
    """For each hit, the sentence that holds most of the searched words (the first one without a search)."""
    if not rows:
        return {}
    ids, params = in_list("s", [r["article_pk"] for r in rows])
    sentences: dict[int, list[Row]] = defaultdict(list)
    for s in store.fetch_all(
        f"SELECT article_id, idx, text FROM sentences WHERE article_id IN {ids} ORDER BY article_id, idx", params
    ):
        sentences[s["article_id"]].append(s)
    wanted = set(stems(q or ""))
    out: dict[int, str] = {}
    for r in rows:
        candidates = sentences.get(r["article_pk"], [])
        if not candidates:
            out[r["article_pk"]] = r["text"][:200]
            continue
        # A stem is (nearly always) a prefix of the word it came from: a substring test finds it cheaply.
        folded = [fold(c["text"]) for c in candidates]
        best = max(range(len(candidates)), key=lambda i: (sum(w in folded[i] for w in wanted), -i))
        out[r["article_pk"]] = candidates[best]["text"]
    return out


def article(store: Store, external_id: str) -> Row:
    """The stored reading of one article (its current version)."""
    article_id = store.current_article_id(external_id)
    reading = store.reading(article_id) if article_id is not None else None
    if reading is None:
        raise NotFound(f"no article {external_id!r} in the store", "list the articles with /api/articles or search")
    return reading


def articles(store: Store, filters: Filters = Filters(), *, limit: int = 20, offset: int = 0) -> Row:
    """Current articles, newest first: the search without a search."""
    return search(store, None, filters, limit=limit, offset=offset, facets=False)
