"""Who or what an entity is in the corpus: its profile, and the list of entities."""

from __future__ import annotations

from collections import Counter, defaultdict

from duiding.store import Store
from duiding.store.nil import identities
from duiding.store.queries.common import NotFound, Row, in_list, paging, resolve_entity
from duiding.store.queries.quotes import quote_rows
from duiding.store.text import fold


def _resolved(store: Store, name: str) -> list[int]:
    ids = resolve_entity(store, name)
    if not ids:
        raise NotFound(f"no entity called {name!r} in the store", "search for the name, or check its spelling")
    return ids


def _period(date_first: str | None, precision: str | None, published: str | None) -> str | None:
    """The month an article's date falls in, or its year when only the year is known."""
    if not date_first:
        return None
    return date_first[:4] if precision == "year" else date_first[:7]


def entity_profile(store: Store, name: str, *, quotes_limit: int = 20, top: int = 20) -> Row:
    """Who or what an entity is in the corpus: names as written, mentions over time, roles,
    co-actors, and quotes by and about it."""
    ids = _resolved(store, name)
    in_ids, params = in_list("id", ids)
    records = store.fetch_all(
        f"SELECT e.id, e.name, e.type, e.entity_key, e.kb_id, e.country, e.role, e.article_id"
        f" FROM entities e WHERE e.id IN {in_ids}",
        params,
    )
    names = Counter((r["name"], r["type"]) for r in records)
    aliases = store.fetch_all(
        f"SELECT m.text, m.kind, COUNT(*) AS n FROM mentions m WHERE m.entity_id IN {in_ids}"
        " GROUP BY m.text, m.kind ORDER BY n DESC, m.text",
        params,
    )
    over_time = store.fetch_all(
        f"SELECT a.date_first, a.date_precision, a.published, COUNT(*) AS mentions, COUNT(DISTINCT a.id) AS articles"
        f" FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id IN {in_ids}"
        " GROUP BY a.date_first, a.date_precision, a.published",
        params,
    )
    periods: dict[str, Counter[str]] = defaultdict(Counter)
    for r in over_time:
        key = _period(r["date_first"], r["date_precision"], r["published"]) or "undated"
        periods[key]["mentions"] += int(r["mentions"])
        periods[key]["articles"] += int(r["articles"])
    event_roles = store.fetch_all(
        f"SELECT r.role, v.type, COUNT(*) AS n FROM event_arguments r JOIN events v ON v.id = r.event_id"
        f" WHERE r.entity_id IN {in_ids} GROUP BY r.role, v.type ORDER BY n DESC, r.role, v.type",
        params,
    )
    co_actors = store.fetch_all(
        f"SELECT o.entity_key, MIN(o.name) AS name, MIN(o.type) AS type, COUNT(DISTINCT r.event_id) AS n"
        f" FROM event_arguments r JOIN event_arguments x ON x.event_id = r.event_id AND x.role IN ('actor', 'target')"
        f" JOIN entities o ON o.id = x.entity_id"
        f" WHERE r.entity_id IN {in_ids} AND r.role IN ('actor', 'target') AND x.entity_id NOT IN {in_ids}"
        " AND r.event_id IN (SELECT id FROM events WHERE same_as IS NULL)"
        f" GROUP BY o.entity_key ORDER BY n DESC, o.entity_key LIMIT {int(top)}",
        params,
    )
    by = quote_rows(store, f"q.speaker_entity_id IN {in_ids}", params, quotes_limit)
    about = quote_rows(
        store,
        f"q.speaker_entity_id NOT IN {in_ids} AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id IN {in_ids}"
        " AND m.article_id = q.article_id AND m.start_char >= q.start_char AND m.end_char <= q.end_char)"
        f" OR q.speaker_entity_id IS NULL AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id IN {in_ids}"
        " AND m.article_id = q.article_id AND m.start_char >= q.start_char AND m.end_char <= q.end_char)",
        params,
        quotes_limit,
    )
    return {
        "query": name,
        "records": len(records),
        "articles": len({r["article_id"] for r in records}),
        "keys": sorted({r["entity_key"] for r in records}),
        "kb_ids": sorted({r["kb_id"] for r in records if r["kb_id"]}),
        # Corpus-level identities of an actor the knowledge base lacks: every name it was written with.
        "identities": identities(store, (r["kb_id"] for r in records if r["kb_id"])),
        "names": [{"name": n, "type": t, "count": c} for (n, t), c in names.most_common()],
        "aliases": [{"text": r["text"], "kind": r["kind"], "count": int(r["n"])} for r in aliases],
        "mentions_over_time": [
            {"period": p, "mentions": c["mentions"], "articles": c["articles"]} for p, c in sorted(periods.items())
        ],
        "roles": [{"role": r, "count": c} for r, c in Counter(r["role"] for r in records if r["role"]).most_common()],
        "countries": sorted({r["country"] for r in records if r["country"]}),
        "event_roles": [{"role": r["role"], "event_type": r["type"], "count": int(r["n"])} for r in event_roles],
        "co_actors": [
            {"key": r["entity_key"], "name": r["name"], "type": r["type"], "events": int(r["n"])} for r in co_actors
        ],
        "quotes_by": by,
        "quotes_about": about,
    }


def entities(
    store: Store, q: str | None = None, *, entity_type: str | None = None, limit: int = 50, offset: int = 0
) -> Row:
    """The entities of the corpus by how many articles mention them; `q` narrows by name."""
    page = paging(limit, offset)
    conds: list[str] = ["a.is_current = 1"]
    params: Row = dict(page)
    if q:
        # The name is matched literally: % and _ in it are no wildcards.
        literal = fold(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conds.append("(e.name_folded LIKE :q ESCAPE '\\' OR e.entity_key = :raw)")
        params |= {"q": f"%{literal}%", "raw": q}
    if entity_type:
        conds.append("e.type = :type")
        params["type"] = entity_type
    where = " AND ".join(conds)
    total = store.fetch_value(
        "SELECT COUNT(DISTINCT e.entity_key) AS n FROM entities e JOIN articles a ON a.id = e.article_id"
        f" WHERE {where}",
        params,
    )
    rows = store.fetch_all(
        f"SELECT e.entity_key, MIN(e.name) AS name, MIN(e.type) AS type, COUNT(DISTINCT e.article_id) AS articles"
        f" FROM entities e JOIN articles a ON a.id = e.article_id WHERE {where}"
        " GROUP BY e.entity_key ORDER BY articles DESC, e.entity_key LIMIT :limit OFFSET :offset",
        params,
    )
    return {
        "query": q,
        "total": int(total or 0),
        **page,
        "items": [
            {"key": r["entity_key"], "name": r["name"], "type": r["type"], "articles": int(r["articles"])} for r in rows
        ],
    }
