"""NIL identities in the store: the `duiding.kb.nil.NilStore` protocol on the store's own tables.

An actor the knowledge base lacks gets a corpus-level identity (`nil:` and 12 hex digits) that
later articles reuse across romanisations (`duiding.kb.nil.Resolver`). Here the identities live
in `nil_identities` (one row each; its romanisation keys and names as written, as JSON) and
`nil_blocks` (the coarse buckets `candidates` looks them up by), written through the store's
connection, so they belong to the transaction of the article that made them: a batch that is
rolled back (a crash, `kill -9`) leaves none behind, and its rerun makes the same ids again.

`resolve_rows` is what ingest and re-analysis call, for each reading, in the order the articles
are stored, after the duplicate check and before the entity rows are written: it patches
`kb_id` and `entity_key` of the unlinked entities to their identity's id.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from duiding.kb.nil import NilIdentity, Resolver
from duiding.records import Entity, Mention, Provenance
from duiding.store.records import ReadingRows, entity_key, now

if TYPE_CHECKING:
    from duiding.store.base import SQLStore

NIL_PREFIX = "nil:"


class SQLNilStore:
    """NIL identities in the store's tables; the SQL is the subset both dialects speak."""

    def __init__(self, store: SQLStore) -> None:
        self.store = store

    def candidates(self, type_: str, blocks: set[str]) -> list[NilIdentity]:
        if not blocks:
            return []
        params: dict[str, Any] = {f"b{i}": b for i, b in enumerate(sorted(blocks))}
        in_blocks = ", ".join(":" + k for k in params)
        rows = self.store.fetch_all(
            "SELECT * FROM nil_identities WHERE id IN"
            f" (SELECT identity_id FROM nil_blocks WHERE type = :type AND block IN ({in_blocks})) ORDER BY id",
            params | {"type": type_},
        )
        return [_identity(r) for r in rows]

    def get(self, identity_id: str) -> NilIdentity | None:
        row = self.store.fetch_one("SELECT * FROM nil_identities WHERE id = :id", {"id": identity_id})
        return _identity(row) if row else None

    def add(self, identity: NilIdentity) -> None:
        stamp = now()
        self.store._execute(
            "INSERT INTO nil_identities (id, type, name, country, first_article, keys, names, created_at, updated_at)"
            " VALUES (:id, :type, :name, :country, :first_article, :keys, :names, :t, :t)",
            _row(identity) | {"first_article": identity.first_article, "t": stamp},
        )
        self._index(identity)

    def update(self, identity: NilIdentity) -> None:
        self.store._execute(
            "UPDATE nil_identities SET name = :name, country = :country, keys = :keys, names = :names,"
            " updated_at = :t WHERE id = :id",
            _row(identity) | {"t": now()},
        )
        self._index(identity)

    def _index(self, identity: NilIdentity) -> None:
        self.store._execute_many(
            "INSERT INTO nil_blocks (type, block, identity_id) VALUES (:type, :block, :id)"
            " ON CONFLICT (type, block, identity_id) DO NOTHING",
            [
                {"type": identity.type, "block": b, "id": identity.id}
                for b in sorted(Resolver.blocks_of_keys(identity.keys))
            ],
        )


def _row(identity: NilIdentity) -> dict[str, Any]:
    return {
        "id": identity.id,
        "type": identity.type,
        "name": identity.name,
        "country": identity.country,
        "keys": json.dumps(sorted(identity.keys), ensure_ascii=False),
        "names": json.dumps(list(identity.names), ensure_ascii=False),
    }


def _identity(row: Mapping[str, Any]) -> NilIdentity:
    return NilIdentity(
        id=row["id"],
        type=row["type"],
        name=row["name"],
        keys=frozenset(json.loads(row["keys"])),
        country=row["country"],
        first_article=row["first_article"],
        names=tuple(json.loads(row["names"])),
    )


def _entities(rows: ReadingRows) -> list[Entity]:
    """The resolver's view of a reading's entities. A `nil:` id the rows already carry (a reading
    stored before, given again) is resolved afresh, so the tables always know the ids used."""
    out = []
    for e, mentions in zip(rows.entities, rows.mentions, strict=True):
        kb_id = e["kb_id"] if e["kb_id"] and not str(e["kb_id"]).startswith(NIL_PREFIX) else None
        out.append(
            Entity(
                id=e["local_id"],
                name=e["name"],
                type=e["type"],
                mentions=[
                    Mention(m["start_char"], m["end_char"], m["text"], m["sentence"], m["kind"]) for m in mentions
                ],
                provenance=Provenance(e["component"] or "", e["component_version"] or ""),
                kb_id=kb_id,
                country=e["country"],
            )
        )
    return out


def resolve_rows(store: SQLStore, rows: ReadingRows) -> ReadingRows:
    """The rows with each unlinked named entity's `kb_id` and `entity_key` set to its corpus
    identity, made or updated in the store's open transaction. The given rows are left as they
    are (a batch retried after a rollback resolves again from them)."""
    entities = _entities(rows)
    if not any(e.kb_id is None for e in entities):
        return rows
    store._lock_nil()
    mapping = Resolver(SQLNilStore(store)).assign(entities, rows.article["external_id"])
    patched = [_patched(e, mapping.get(e["local_id"])) for e in rows.entities]
    return replace(rows, entities=patched)


def _patched(entity: dict[str, Any], nil_id: str | None) -> dict[str, Any]:
    if nil_id is None:
        if entity["kb_id"] and str(entity["kb_id"]).startswith(NIL_PREFIX):  # no name left to resolve
            return entity | {"kb_id": None, "entity_key": _name_key(entity)}
        return entity
    return entity | {"kb_id": nil_id, "entity_key": nil_id}


def _name_key(entity: Mapping[str, Any]) -> str:
    return entity_key({"kb_id": None, "type": entity["type"], "name": entity["name"]})


def identities(store: Any, ids: Iterable[str]) -> list[dict[str, Any]]:
    """The stored identities with these ids, as JSON (for the entity profile)."""
    wanted = sorted({i for i in ids if i.startswith(NIL_PREFIX)})
    if not wanted:
        return []
    params = {f"n{i}": v for i, v in enumerate(wanted)}
    rows = store.fetch_all(
        f"SELECT * FROM nil_identities WHERE id IN ({', '.join(':' + k for k in params)}) ORDER BY id", params
    )
    return [
        {
            "id": r["id"],
            "type": r["type"],
            "name": r["name"],
            "names": json.loads(r["names"]),
            "country": r["country"],
            "first_article": r["first_article"],
        }
        for r in rows
    ]


__all__ = ["NIL_PREFIX", "SQLNilStore", "identities", "resolve_rows"]
