"""Events: the timeline of an entity, a pair or a search, and the actor network."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence

from duiding.errors import InputError
from duiding.store import Store
from duiding.store.queries.common import (
    ARTICLE_COLS,
    Filters,
    Row,
    Where,
    article_json,
    in_list,
    overlap,
    paging,
    quantity_json,
    resolve_entity,
)


def _event_where(store: Store, entities: Sequence[str], q: str | None, filters: Filters) -> tuple[str, str, Row]:
    """FROM (events `v` of current articles `a`) and WHERE of an event question, and its parameters."""
    where = Where(store, q, Filters(source=filters.source, language=filters.language))
    conds, params = list(where.conds), dict(where.params)
    conds.append("v.same_as IS NULL")  # a later mention of an event already counted (`het gesprek`)
    for n, name in enumerate(entities):
        in_ids, id_params = in_list(f"e{n}_", resolve_entity(store, name))
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
    dconds, dparams = overlap(
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
    page = paging(limit, offset)
    source, where, params = _event_where(store, entities, q, filters)
    total = store.fetch_value(f"SELECT COUNT(*) AS n FROM {source} WHERE {where}", params)
    rows = store.fetch_all(
        f"SELECT v.*, {ARTICLE_COLS}, s.text AS sentence_text, COALESCE(v.date_first, a.date_first) AS when_first"
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
    in_ids, params = in_list("v", [r["id"] for r in rows])
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
        quantities[q["event_id"]].append(quantity_json(q))
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
                "article": article_json(r),
                "provenance": {"component": r["component"], "version": r["component_version"]},
            }
        )
    return items


def network(
    store: Store, filters: Filters = Filters(), *, q: str | None = None, min_weight: int = 1, limit: int = 200
) -> Row:
    """Who did what to whom: actor -> target edges typed by PLOVER event type and weighted by the
    number of events, plus undirected edges between actors of the same event (a meeting)."""
    page = paging(limit, 0)
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
    in_keys, params = in_list("k", keys)
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
