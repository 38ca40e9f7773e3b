"""Exports: the readings as JSON Lines, and the event and entity tables as CSV or Parquet.

The event table has one row per event (actor, target, type, mode, place, date and its
precision, quantities, source URL and sentence text); the entity table one row per entity of
each article. Both read current articles only, in batches, so a large store streams out.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from duiding.errors import InputError
from duiding.store import Store

BATCH = 500

EVENT_COLUMNS: dict[str, str] = {
    "article": "string", "event": "string", "type": "string", "mode": "string", "trigger": "string",
    "actor": "string", "target": "string", "place": "string", "date": "string", "precision": "string",
    "date_from": "string", "quantities": "string", "certainty": "string", "polarity": "string",
    "modality": "string", "same_as": "string",
    "according_to": "string", "source": "string", "url": "string", "published": "string", "sentence": "string",
    "component": "string", "version": "string",
}  # fmt: skip
ENTITY_COLUMNS: dict[str, str] = {
    "article": "string", "entity": "string", "name": "string", "type": "string", "key": "string",
    "kb_id": "string", "country": "string", "role": "string", "mentions": "int64", "aliases": "string",
    "source": "string", "url": "string", "published": "string", "component": "string", "version": "string",
}  # fmt: skip
TABLES = {"events": EVENT_COLUMNS, "entities": ENTITY_COLUMNS}


def export_readings(store: Store, out: TextIO) -> int:
    """Every current reading, one `duiding.reading/1` JSON object a line; returns how many."""
    n = 0
    for reading in store.readings():
        out.write(json.dumps(reading, ensure_ascii=False) + "\n")
        n += 1
    return n


def _batches(store: Store) -> Iterator[tuple[str, dict[str, Any]]]:
    ids = store.article_ids()
    for i in range(0, len(ids), BATCH):
        chunk = ids[i : i + BATCH]
        params = {f"a{j}": v for j, v in enumerate(chunk)}
        yield "(" + ", ".join(":" + k for k in params) + ")", params


def _joined(values: list[str]) -> str:
    return "; ".join(v for v in values if v)


def event_rows(store: Store) -> Iterator[dict[str, Any]]:
    for in_ids, params in _batches(store):
        args: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for r in store.fetch_all(
            "SELECT r.event_id, r.role, COALESCE(e.name, r.entity_local_id) AS name FROM event_arguments r"
            " JOIN events v ON v.id = r.event_id LEFT JOIN entities e ON e.id = r.entity_id"
            f" WHERE v.article_id IN {in_ids} ORDER BY r.event_id, r.role, r.position",
            params,
        ):
            args[r["event_id"]][r["role"]].append(r["name"])
        quantities: dict[int, list[str]] = defaultdict(list)
        for r in store.fetch_all(
            "SELECT x.event_id, q.text FROM event_quantities x JOIN events v ON v.id = x.event_id"
            f" JOIN quantities q ON q.id = x.quantity_id WHERE v.article_id IN {in_ids}"
            " ORDER BY x.event_id, x.position",
            params,
        ):
            quantities[r["event_id"]].append(r["text"])
        for r in store.fetch_all(
            "SELECT v.*, a.external_id, a.source, a.url, a.published, a.published_precision, s.text AS sentence_text,"
            " COALESCE(n.name, q.speaker_text) AS according_to FROM events v JOIN articles a ON a.id = v.article_id"
            " LEFT JOIN sentences s ON s.article_id = v.article_id AND s.idx = v.sentence"
            " LEFT JOIN quotes q ON q.id = v.quote_id LEFT JOIN entities n ON n.id = q.speaker_entity_id"
            f" WHERE v.article_id IN {in_ids} ORDER BY v.article_id, v.position",
            params,
        ):
            a = args[r["id"]]
            extra = json.loads(r["extra"]) if r["extra"] else {}
            for role in ("actor", "target"):  # arguments that are no entity, as written
                a[role] += [t["text"] for t in extra.get(f"{role}_texts") or []]
            own_date = r["date_value"] is not None
            yield {
                "article": r["external_id"],
                "event": r["local_id"],
                "type": r["type"],
                "mode": r["mode"],
                "trigger": r["trigger_text"],
                "actor": _joined(a["actor"]),
                "target": _joined(a["target"]),
                "place": _joined(a["place"]),
                "date": r["date_value"] if own_date else r["published"],
                "precision": r["date_precision"] if own_date else r["published_precision"],
                "date_from": "event" if own_date else ("article" if r["published"] else None),
                "quantities": _joined(quantities[r["id"]]),
                "certainty": r["certainty"],
                "polarity": r["polarity"],
                "modality": r["modality"],
                "same_as": r["same_as"],
                "according_to": r["according_to"],
                "source": r["source"],
                "url": r["url"],
                "published": r["published"],
                "sentence": r["sentence_text"],
                "component": r["component"],
                "version": r["component_version"],
            }


def entity_rows(store: Store) -> Iterator[dict[str, Any]]:
    for in_ids, params in _batches(store):
        aliases: dict[int, list[str]] = defaultdict(list)
        for r in store.fetch_all(
            f"SELECT entity_id, text FROM mentions WHERE article_id IN {in_ids} ORDER BY entity_id, position", params
        ):
            if r["text"] not in aliases[r["entity_id"]]:
                aliases[r["entity_id"]].append(r["text"])
        for r in store.fetch_all(
            "SELECT e.*, a.external_id, a.source, a.url, a.published,"
            " (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS mention_count"
            f" FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.article_id IN {in_ids}"
            " ORDER BY e.article_id, e.position",
            params,
        ):
            yield {
                "article": r["external_id"],
                "entity": r["local_id"],
                "name": r["name"],
                "type": r["type"],
                "key": r["entity_key"],
                "kb_id": r["kb_id"],
                "country": r["country"],
                "role": r["role"],
                "mentions": int(r["mention_count"]),
                "aliases": _joined(aliases[r["id"]]),
                "source": r["source"],
                "url": r["url"],
                "published": r["published"],
                "component": r["component"],
                "version": r["component_version"],
            }


def export_table(store: Store, table: str, path: Path, fmt: str | None = None) -> int:
    """Write the event or entity table to `path` as CSV or Parquet (by `fmt`, else by the suffix)."""
    if table not in TABLES:
        raise InputError(f"no table {table!r} to export", f"choose one of {', '.join(TABLES)}")
    fmt = fmt or path.suffix.lstrip(".").lower()
    columns = TABLES[table]
    rows = event_rows(store) if table == "events" else entity_rows(store)
    if fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(columns))
            writer.writeheader()
            n = 0
            for row in rows:
                writer.writerow(row)
                n += 1
        return n
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(name, pa.int64() if kind == "int64" else pa.string()) for name, kind in columns.items()])
        data = list(rows)
        table_ = pa.Table.from_pylist(data, schema=schema)
        pq.write_table(table_, path)
        return len(data)
    raise InputError(f"cannot export as {fmt!r}", "name the file .csv or .parquet, or give --format csv|parquet")
