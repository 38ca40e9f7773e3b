"""The questions a corpus answers, as plain functions over a `Store`.

Each returns plain JSON-ready data; the CLI prints it and the HTTP API serves it as it is.
The SQL is written once for both stores, with parameters only (never user text in SQL).
Dates respect partial precision: an article published "2020-09" (month) covers
2020-09-01..2020-09-30 and matches any date range that overlaps it.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from duiding.dates import PartialDate
from duiding.errors import InputError
from duiding.store import Store
from duiding.store.text import fold, stems

Row = dict[str, Any]
MAX_LIMIT = 500


class NotFound(InputError):
    """Nothing in the store answers to what was asked for (HTTP 404)."""


@dataclass(frozen=True, slots=True)
class Filters:
    """Narrow a question to some articles: all given conditions must hold."""

    entity: str | None = None
    entity_type: str | None = None
    event_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    source: str | None = None
    language: str | None = None

    def interval(self) -> tuple[str | None, str | None]:
        """The days the range covers: from the first day of `date_from` to the last day of `date_to`."""
        first = _parse_date(self.date_from, "date_from").first.isoformat() if self.date_from else None
        last = _parse_date(self.date_to, "date_to").last.isoformat() if self.date_to else None
        if first and last and first > last:
            raise InputError(f"date_from {self.date_from} is after date_to {self.date_to}", "swap the two dates")
        return first, last


def _parse_date(value: str, name: str) -> PartialDate:
    try:
        return PartialDate.parse(value)
    except InputError as err:
        raise InputError(f"{name}: {err.problem}", err.fix) from None


def _page(limit: int, offset: int) -> dict[str, int]:
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(f"limit {limit} is out of range", f"ask for 1 to {MAX_LIMIT} items a page")
    if offset < 0:
        raise InputError(f"offset {offset} is negative", "give an offset of 0 or more")
    return {"limit": limit, "offset": offset}


def _in(prefix: str, values: Iterable[Any]) -> tuple[str, dict[str, Any]]:
    """An `IN (...)` list of parameters; `(NULL)` (matches nothing) for an empty list."""
    params = {f"{prefix}{i}": v for i, v in enumerate(values)}
    return "(" + (", ".join(":" + k for k in params) or "NULL") + ")", params


def _overlap(first_col: str, last_col: str, interval: tuple[str | None, str | None]) -> tuple[list[str], Row]:
    """Conditions that a stored date interval overlaps the asked one."""
    first, last = interval
    conds, params = [], {}
    if first:
        conds.append(f"{last_col} >= :range_first")
        params["range_first"] = first
    if last:
        conds.append(f"{first_col} <= :range_last")
        params["range_last"] = last
    return conds, params


def _entity_condition(alias: str, entity: str, prefix: str = "ent") -> tuple[str, Row]:
    """Articles (alias.id) with an entity that answers to a name, an alias as written, or a KB id.
    Each branch of the union is one index lookup."""
    cond = (
        f"{alias}.id IN (SELECT article_id FROM entities WHERE name_folded = :{prefix}_folded"
        f" UNION SELECT article_id FROM entities WHERE kb_id = :{prefix}"
        f" UNION SELECT article_id FROM entities WHERE entity_key = :{prefix}"
        f" UNION SELECT article_id FROM mentions WHERE text_folded = :{prefix}_folded AND kind = 'name')"
    )
    return cond, {prefix: entity, f"{prefix}_folded": fold(entity)}


class _Where:
    """The FROM and WHERE of a question over current articles `a`, text search joined as `h`."""

    def __init__(self, store: Store, q: str | None, filters: Filters) -> None:
        self.params: Row = {}
        self.joins = ""  # the text search, joined to articles `a` as `h`
        self.ranked = False
        self.empty = False
        self.conds = ["a.is_current = 1"]
        if q is not None and q.strip():
            prepared = store.text_query(q)
            if prepared is None:
                self.empty = True  # only stop words: nothing can match
            self.joins = f" JOIN ({store.text_hits('articles')}) h ON h.id = a.id"
            self.params["q"] = prepared or ""
            self.ranked = True
        if filters.entity:
            cond, params = _entity_condition("a", filters.entity)
            self.conds.append(cond)
            self.params |= params
        if filters.entity_type:
            self.conds.append(
                "EXISTS (SELECT 1 FROM entities te WHERE te.type = :entity_type AND te.article_id = a.id)"
            )
            self.params["entity_type"] = filters.entity_type
        if filters.event_type:
            self.conds.append("EXISTS (SELECT 1 FROM events tv WHERE tv.type = :event_type AND tv.article_id = a.id)")
            self.params["event_type"] = filters.event_type
        if filters.source:
            self.conds.append("a.source = :source")
            self.params["source"] = filters.source
        if filters.language:
            self.conds.append("a.language = :language")
            self.params["language"] = filters.language
        conds, params = _overlap("a.date_first", "a.date_last", filters.interval())
        self.conds += conds
        self.params |= params

    @property
    def source(self) -> str:
        return f"articles a{self.joins}"

    @property
    def sql(self) -> str:
        return f"FROM {self.source} WHERE {' AND '.join(self.conds)}"


def _article_json(row: Mapping[str, Any]) -> Row:
    published = {"value": row["published"], "precision": row["published_precision"]} if row["published"] else None
    return {
        "id": row["external_id"],
        "title": row["title"],
        "source": row["source"],
        "url": row["url"],
        "language": row["language"],
        "published": published,
    }


_ARTICLE_COLS = (
    "a.id AS article_pk, a.external_id, a.title, a.source, a.url, a.language, a.published,"
    " a.published_precision, a.date_first, a.date_last, a.date_precision"
)


# Search.


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
    page = _page(limit, offset)
    where = _Where(store, q, filters)
    result: Row = {"query": q, "total": 0, **page, "items": [], "facets": {}, "facets_over": 0}
    if where.empty:
        return result
    order = "h.rank DESC, a.date_first DESC NULLS LAST, a.id" if where.ranked else "a.date_first DESC NULLS LAST, a.id"
    rank = "h.rank" if where.ranked else "0.0"
    rows = store.fetch_all(
        f"SELECT {_ARTICLE_COLS}, a.text, {rank} AS score {where.sql} ORDER BY {order} LIMIT :limit OFFSET :offset",
        where.params | page,
    )
    snippets = _snippets(store, rows, q)
    result["items"] = [
        _article_json(r) | {"score": round(float(r["score"]), 4), "snippet": snippets.get(r["article_pk"])}
        for r in rows
    ]
    result["total"] = int(store.fetch_value(f"SELECT COUNT(*) AS n {where.sql}", where.params) or 0)
    if facets:
        result["facets_over"], result["facets"] = _facets(store, where, order)
    return result


def _facets(store: Store, where: _Where, order: str) -> tuple[int, Row]:
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
    ids, params = _in("s", [r["article_pk"] for r in rows])
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


# Entities.


def resolve_entity(store: Store, name: str) -> list[int]:
    """Entity records (current articles) that answer to a name, an alias as written or a KB id,
    and every record sharing an entity key (a KB id links spellings across articles) with one."""
    params = {"e": name, "ef": fold(name)}
    rows = store.fetch_all(
        "WITH direct AS (SELECT e.id, e.entity_key FROM entities e JOIN articles a ON a.id = e.article_id"
        " WHERE a.is_current = 1 AND (e.name_folded = :ef OR e.kb_id = :e OR e.entity_key = :e"
        " OR e.id IN (SELECT m.entity_id FROM mentions m WHERE m.text_folded = :ef AND m.kind = 'name')))"
        " SELECT e.id FROM entities e JOIN articles a ON a.id = e.article_id"
        " WHERE a.is_current = 1 AND (e.id IN (SELECT id FROM direct)"
        " OR e.entity_key IN (SELECT entity_key FROM direct)) ORDER BY e.id",
        params,
    )
    return [int(r["id"]) for r in rows]


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
    in_ids, params = _in("id", ids)
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
    by = _quote_rows(store, f"q.speaker_entity_id IN {in_ids}", params, quotes_limit)
    about = _quote_rows(
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
    page = _page(limit, offset)
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


# Quotes.


def _quote_rows(store: Store, condition: str, params: Row, limit: int, offset: int = 0) -> list[Row]:
    rows = store.fetch_all(
        f"SELECT q.id, q.local_id, q.kind, q.text, q.sentence, q.speaker, q.speaker_text, q.cue, q.channel,"
        " q.addressee, q.addressee_text, q.cue_lemma, n.name AS speaker_name, n.entity_key AS speaker_key,"
        " ad.name AS addressee_name,"
        f" {_ARTICLE_COLS} FROM quotes q JOIN articles a ON a.id = q.article_id"
        " LEFT JOIN entities n ON n.id = q.speaker_entity_id"
        " LEFT JOIN entities ad ON ad.article_id = q.article_id AND ad.local_id = q.addressee"
        f" WHERE a.is_current = 1 AND ({condition})"
        " ORDER BY a.date_first NULLS LAST, a.id, q.position LIMIT :quote_limit OFFSET :quote_offset",
        params | {"quote_limit": limit, "quote_offset": offset},
    )
    return [
        {
            "text": r["text"],
            "kind": r["kind"],
            "speaker": {
                "name": r["speaker_name"] or r["speaker_text"],
                "key": r["speaker_key"],
                "as_written": r["speaker_text"],
            },
            "cue": r["cue"],
            "channel": r["channel"],
            "addressee": r["addressee_name"] or r["addressee_text"] or r["addressee"],
            "cue_lemma": r["cue_lemma"],
            "sentence": r["sentence"],
            "article": _article_json(r),
        }
        for r in rows
    ]


def quotes(
    store: Store,
    *,
    speaker: str | None = None,
    q: str | None = None,
    filters: Filters = Filters(),
    kind: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> Row:
    """Quotes by a speaker (an entity, or a speaker as written) and/or about a topic (full text)."""
    page = _page(limit, offset)
    where = _Where(store, None, filters)
    conds, params = list(where.conds), dict(where.params)
    if speaker:
        ids = resolve_entity(store, speaker)
        in_ids, id_params = _in("sp", ids)
        conds.append(f"(q.speaker_entity_id IN {in_ids} OR q.speaker_folded = :speaker_folded)")
        params |= id_params | {"speaker_folded": fold(speaker)}
    if q and q.strip():
        prepared = store.text_query(q)
        if prepared is None:
            return {"speaker": speaker, "query": q, "total": 0, **page, "items": []}
        conds.append(f"q.id IN (SELECT id FROM ({store.text_hits('quotes')}) qh)")
        params["q"] = prepared
    if kind:
        conds.append("q.kind = :kind")
        params["kind"] = kind
    condition = " AND ".join(conds)
    total = store.fetch_value(
        f"SELECT COUNT(*) AS n FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {condition}", params
    )
    items = _quote_rows(store, condition, params, limit, offset)
    return {"speaker": speaker, "query": q, "total": int(total or 0), **page, "items": items}


# Events: the timeline and the network.


def _event_where(store: Store, entities: Sequence[str], q: str | None, filters: Filters) -> tuple[str, str, Row]:
    """FROM (events `v` of current articles `a`) and WHERE of an event question, and its parameters."""
    where = _Where(store, q, Filters(source=filters.source, language=filters.language))
    conds, params = list(where.conds), dict(where.params)
    conds.append("v.same_as IS NULL")  # a later mention of an event already counted (`het gesprek`)
    for n, name in enumerate(entities):
        in_ids, id_params = _in(f"e{n}_", resolve_entity(store, name))
        conds.append(
            f"EXISTS (SELECT 1 FROM event_arguments r{n} WHERE r{n}.event_id = v.id AND r{n}.entity_id IN {in_ids})"
        )
        params |= id_params
    if filters.event_type:
        conds.append("v.type = :event_type")
        params["event_type"] = filters.event_type
    if filters.entity_type:
        conds.append(
            "EXISTS (SELECT 1 FROM event_arguments rt JOIN entities et ON et.id = rt.entity_id"
            " WHERE rt.event_id = v.id AND et.type = :entity_type)"
        )
        params["entity_type"] = filters.entity_type
    dconds, dparams = _overlap(
        "COALESCE(v.date_first, a.date_first)", "COALESCE(v.date_last, a.date_last)", filters.interval()
    )
    source = f"events v JOIN articles a ON a.id = v.article_id{where.joins}"
    return source, " AND ".join(conds + dconds), params | dparams


def timeline(
    store: Store,
    *,
    entities: Sequence[str] = (),
    q: str | None = None,
    filters: Filters = Filters(),
    limit: int = 100,
    offset: int = 0,
) -> Row:
    """Events in date order: of an entity, of a pair (both take part), and/or in articles matching a search."""
    if not entities and not (q and q.strip()):
        raise InputError("a timeline needs an entity, a pair of entities or a search", "give --entity or a search")
    page = _page(limit, offset)
    source, where, params = _event_where(store, entities, q, filters)
    total = store.fetch_value(f"SELECT COUNT(*) AS n FROM {source} WHERE {where}", params)
    rows = store.fetch_all(
        f"SELECT v.*, {_ARTICLE_COLS}, s.text AS sentence_text, COALESCE(v.date_first, a.date_first) AS when_first"
        f" FROM {source} LEFT JOIN sentences s ON s.article_id = v.article_id AND s.idx = v.sentence"
        f" WHERE {where}"
        " ORDER BY when_first NULLS LAST, COALESCE(v.date_last, a.date_last), a.id, v.position"
        " LIMIT :limit OFFSET :offset",
        params | page,
    )
    return {
        "entities": list(entities),
        "query": q,
        "total": int(total or 0),
        **page,
        "items": _event_items(store, rows),
    }


def _event_items(store: Store, rows: Sequence[Row]) -> list[Row]:
    if not rows:
        return []
    in_ids, params = _in("v", [r["id"] for r in rows])
    args: dict[int, dict[str, list[Row]]] = defaultdict(lambda: {"actor": [], "target": [], "place": []})
    for a in store.fetch_all(
        "SELECT r.event_id, r.role, r.entity_local_id, e.name, e.type, e.entity_key FROM event_arguments r"
        f" LEFT JOIN entities e ON e.id = r.entity_id WHERE r.event_id IN {in_ids} ORDER BY r.event_id, r.role,"
        " r.position",
        params,
    ):
        args[a["event_id"]][a["role"]].append(
            {"name": a["name"] or a["entity_local_id"], "type": a["type"], "key": a["entity_key"]}
        )
    quantities: dict[int, list[Row]] = defaultdict(list)
    for q in store.fetch_all(
        "SELECT x.event_id, q.text, q.value, q.upper, q.is_integer, q.unit, q.mod, q.counts FROM event_quantities x"
        f" JOIN quantities q ON q.id = x.quantity_id WHERE x.event_id IN {in_ids} ORDER BY x.event_id, x.position",
        params,
    ):
        quantities[q["event_id"]].append(_quantity_json(q))
    speakers = {
        r["id"]: r["name"]
        for r in store.fetch_all(
            "SELECT v.id, COALESCE(n.name, q.speaker_text) AS name FROM events v JOIN quotes q ON q.id = v.quote_id"
            f" LEFT JOIN entities n ON n.id = q.speaker_entity_id WHERE v.id IN {in_ids}",
            params,
        )
    }
    items = []
    for r in rows:
        from_event = r["date_value"] is not None
        date = None
        if from_event:
            date = {"value": r["date_value"], "precision": r["date_precision"], "from": "event"}
        elif r["published"]:
            date = {"value": r["published"], "precision": r["published_precision"], "from": "article"}
        a = args[r["id"]]
        extra = json.loads(r["extra"]) if r["extra"] else {}
        for role in ("actor", "target"):  # arguments that are no entity (`de politie`), as written
            a[role] += [{"name": t["text"], "type": None, "key": None} for t in extra.get(f"{role}_texts") or []]
        items.append(
            {
                "type": r["type"],
                "mode": r["mode"],
                "trigger": r["trigger_text"],
                "date": date,
                "actors": a["actor"],
                "targets": a["target"],
                "places": a["place"],
                "quantities": quantities.get(r["id"], []),
                "factuality": {
                    "certainty": r["certainty"],
                    "polarity": r["polarity"],
                    "modality": r["modality"],
                    "future": None if r["future"] is None else bool(r["future"]),
                },
                "according_to": speakers.get(r["id"]),
                "sentence": r["sentence_text"],
                "article": _article_json(r),
                "provenance": {"component": r["component"], "version": r["component_version"]},
            }
        )
    return items


def _quantity_json(q: Mapping[str, Any]) -> Row:
    value = q["value"]
    if value is not None and q["is_integer"]:
        value = int(value)
    upper = q.get("upper")
    if upper is not None and q["is_integer"] and float(upper).is_integer():
        upper = int(upper)
    return {
        "text": q["text"],
        "value": value,
        "upper": upper,
        "unit": q["unit"],
        "mod": q["mod"],
        "counts": q["counts"],
    }


def network(
    store: Store, filters: Filters = Filters(), *, q: str | None = None, min_weight: int = 1, limit: int = 200
) -> Row:
    """Who did what to whom: actor -> target edges typed by PLOVER event type and weighted by the
    number of events, plus undirected edges between actors of the same event (a meeting)."""
    page = _page(limit, 0)
    source, where, params = _event_where(store, [filters.entity] if filters.entity else [], q, filters)
    params |= {"min_weight": min_weight, "limit": page["limit"]}
    directed = store.fetch_all(
        "SELECT x.entity_key AS source, y.entity_key AS target, v.type, COUNT(DISTINCT v.id) AS weight"
        f" FROM {source} {_ARGS_JOIN.format(a='actor', b='target')} {where}"
        " GROUP BY x.entity_key, y.entity_key, v.type HAVING COUNT(DISTINCT v.id) >= :min_weight"
        " ORDER BY weight DESC, source, target, v.type LIMIT :limit",
        params,
    )
    together = store.fetch_all(
        "SELECT x.entity_key AS source, y.entity_key AS target, v.type, COUNT(DISTINCT v.id) AS weight"
        f" FROM {source} {_ARGS_JOIN.format(a='actor', b='actor')} {where} AND x.entity_key < y.entity_key"
        " GROUP BY x.entity_key, y.entity_key, v.type HAVING COUNT(DISTINCT v.id) >= :min_weight"
        " ORDER BY weight DESC, source, target, v.type LIMIT :limit",
        params,
    )
    edges = [
        {
            "source": r["source"],
            "target": r["target"],
            "type": r["type"],
            "weight": int(r["weight"]),
            "directed": directed_flag,
        }
        for rows, directed_flag in ((directed, True), (together, False))
        for r in rows
    ]
    edges.sort(key=lambda e: (-e["weight"], e["source"], e["target"], e["type"]))
    keys = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    return {"edges": edges[: page["limit"]], "nodes": _nodes(store, keys, edges)}


_ARGS_JOIN = (
    "JOIN event_arguments ra ON ra.event_id = v.id AND ra.role = '{a}' JOIN entities x ON x.id = ra.entity_id"
    " JOIN event_arguments rb ON rb.event_id = v.id AND rb.role = '{b}' JOIN entities y ON y.id = rb.entity_id"
    " WHERE x.entity_key <> y.entity_key AND"
)


def _nodes(store: Store, keys: Sequence[str], edges: Sequence[Row]) -> list[Row]:
    if not keys:
        return []
    in_keys, params = _in("k", keys)
    names: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for r in store.fetch_all(
        f"SELECT entity_key, name, type, COUNT(*) AS n FROM entities WHERE entity_key IN {in_keys}"
        " GROUP BY entity_key, name, type",
        params,
    ):
        names[r["entity_key"]][(r["name"], r["type"])] += int(r["n"])
    weight: Counter[str] = Counter()
    for e in edges:
        weight[e["source"]] += e["weight"]
        weight[e["target"]] += e["weight"]
    nodes = []
    for key in keys:
        (name, type_), _ = names[key].most_common(1)[0] if names[key] else ((key, None), 0)
        nodes.append({"key": key, "name": name, "type": type_, "weight": weight[key]})
    return sorted(nodes, key=lambda n: (-n["weight"], n["key"]))


# Numbers.


def numbers(
    store: Store, q: str | None = None, filters: Filters = Filters(), *, counts: str | None = None, limit: int = 50
) -> Row:
    """The numbers reported in the articles a search finds, grouped by what they count, each with
    its sources (newspaper, and who it is attributed to) and modifiers: contested figures side by side."""
    page = _page(limit, 0)
    where = _Where(store, q, filters)
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
        f" {_ARTICLE_COLS}"
        f" FROM quantities q JOIN articles a ON a.id = q.article_id{where.joins}"
        " LEFT JOIN sentences s ON s.article_id = q.article_id AND s.idx = q.sentence"
        f" WHERE {' AND '.join(conds)} ORDER BY a.date_first NULLS LAST, a.id, q.position",
        params,
    )
    attributions = _attributions(store, rows)
    groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in rows:
        report = _quantity_json(r) | {
            "according_to": attributions.get(r["id"]),
            "sentence": r["sentence_text"],
            "article": _article_json(r),
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
    in_articles, params = _in("a", sorted({r["article_id"] for r in rows}))
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


# One article.


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
