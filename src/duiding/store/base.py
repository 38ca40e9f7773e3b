"""What both stores share: writing a reading in one transaction, reading it back, the error table.

A subclass supplies the connection, the parameter style and the full-text search. SQL here is
written once, with `:name` parameters, in the subset SQLite and PostgreSQL both speak.
"""

from __future__ import annotations

import contextlib
import json
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Literal

from duiding.errors import InputError
from duiding.records import Block
from duiding.store.migrations import LATEST, MIGRATIONS
from duiding.store.nil import resolve_rows
from duiding.store.records import ReadingRows, flatten, now, rebuild_reading

Row = dict[str, Any]
Outcome = Literal["stored", "new_version", "duplicate", "reanalysed"]

# Tables whose rows make up a reading, in the order they are deleted when an article is re-analysed.
LAYER_TABLES = (
    "event_arguments",
    "event_quantities",
    "events",
    "quotes",
    "quantities",
    "times",
    "mentions",
    "entities",
)
COUNTED_TABLES = (
    "articles",
    "blocks",
    "sentences",
    "entities",
    "mentions",
    "times",
    "quantities",
    "quotes",
    "events",
    "event_arguments",
    "event_quantities",
    "errors",
    "nil_identities",
)


@dataclass(frozen=True, slots=True)
class PutResult:
    outcome: Outcome
    article_id: int
    version: int


class SQLStore(ABC):
    """A `Store` over a DB-API connection per thread."""

    dialect: str
    url: str
    read_only: bool

    def __init__(self) -> None:
        self._local = threading.local()
        self._connections: list[Any] = []
        self._lock = threading.Lock()

    # What a dialect supplies.

    @abstractmethod
    def _connect(self) -> Any: ...

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]: ...

    @abstractmethod
    def _execute(self, sql: str, params: Mapping[str, Any] | None = None) -> Any: ...

    @abstractmethod
    def _execute_many(self, sql: str, rows: Sequence[Mapping[str, Any]]) -> None: ...

    @abstractmethod
    def _insert(self, table: str, row: Mapping[str, Any]) -> int: ...

    @abstractmethod
    def _apply_migration(self, version: int, name: str, sql: str) -> None: ...

    @abstractmethod
    def _has_migrations_table(self) -> bool: ...

    @abstractmethod
    def text_hits(self, kind: Literal["articles", "quotes"]) -> str:
        """A subquery giving `id` and `rank` (higher is better) of the articles or quotes that
        match the search in parameter `:q`, as prepared by `text_query`."""

    @abstractmethod
    def text_query(self, query: str) -> str | None:
        """The search as the dialect's `text_hits` wants it; None when it can match nothing."""

    @abstractmethod
    def _index_texts(self, rows: ReadingRows, article_id: int, quote_ids: Sequence[int], *, article: bool) -> None: ...

    @abstractmethod
    def _unindex_quotes(self, article_id: int) -> None: ...

    @abstractmethod
    def _lock_nil(self) -> None:
        """Keep other writers out of the NIL identities until this transaction ends."""

    # Connections.

    def connection(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(Exception):  # a finished thread's connection may be gone
                    conn.close()
            self._connections.clear()
        self._local = threading.local()

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Queries.

    def fetch_all(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        return [dict(r) for r in self._execute(sql, params).fetchall()]

    def fetch_one(self, sql: str, params: Mapping[str, Any] | None = None) -> Row | None:
        row = self._execute(sql, params).fetchone()
        return dict(row) if row is not None else None

    def fetch_value(self, sql: str, params: Mapping[str, Any] | None = None) -> Any:
        row = self.fetch_one(sql, params)
        return next(iter(row.values())) if row else None

    # Schema.

    def schema_version(self) -> int:
        if not self._has_migrations_table():
            return 0
        return int(self.fetch_value("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations") or 0)

    def migrate(self, upto: int | None = None) -> int:
        """Bring the schema up to date (or up to version `upto`); return its version.
        Refuse a database from a newer duiding."""
        current = self.schema_version()
        if current > LATEST:
            raise InputError(
                f"the database {self.url} has schema version {current}, newer than this duiding knows ({LATEST})",
                "upgrade duiding, or use another --db",
            )
        if current < LATEST and self.read_only:
            raise InputError(
                f"the database {self.url} has schema version {current}, and this duiding needs {LATEST}",
                "run `duiding ingest` or `duiding migrate` on it once to bring it up to date",
            )
        for m in MIGRATIONS:
            if current < m.version <= (upto or LATEST):
                self._apply_migration(m.version, m.name, m.sqlite if self.dialect == "sqlite" else m.postgres)
        return self.schema_version()

    # Writing.

    def known_hashes(self) -> set[str]:
        return {r["content_hash"] for r in self.fetch_all("SELECT content_hash FROM articles")}

    def put(
        self,
        reading: Mapping[str, Any],
        *,
        blocks: Sequence[Block] = (),
        origin: str | None = None,
        resolve_nil: bool = False,
    ) -> PutResult:
        """Store one reading in one transaction: stored, a new version of a changed article, or a duplicate.
        With `resolve_nil`, entities the knowledge base lacks get their corpus identity first
        (`duiding.store.nil`); without, the reading is stored exactly as given."""
        rows = flatten(reading, blocks=blocks, origin=origin)
        with self.transaction():
            return self._put_rows(rows, resolve_nil=resolve_nil)

    def put_many(
        self, items: Sequence[tuple[Mapping[str, Any], Sequence[Block], str | None]], *, resolve_nil: bool = False
    ) -> list[PutResult]:
        """Store several readings in one transaction: all of them, or none after a crash."""
        return self.put_rows([flatten(r, blocks=b, origin=o) for r, b, o in items], resolve_nil=resolve_nil)

    def put_rows(self, items: Sequence[ReadingRows], *, resolve_nil: bool = False) -> list[PutResult]:
        """Store flattened readings (`records.flatten`) in one transaction, in the order given
        (which is the order NIL identities are resolved in)."""
        with self.transaction():
            return [self._put_rows(rows, resolve_nil=resolve_nil) for rows in items]

    def _put_rows(self, rows: ReadingRows, *, resolve_nil: bool = False) -> PutResult:
        art = rows.article
        same = self.fetch_one("SELECT id, version FROM articles WHERE content_hash = :h", {"h": art["content_hash"]})
        if same:
            return PutResult("duplicate", int(same["id"]), int(same["version"]))
        if resolve_nil:
            rows = resolve_rows(self, rows)
        latest = self.fetch_value(
            "SELECT MAX(version) AS v FROM articles WHERE external_id = :x", {"x": art["external_id"]}
        )
        version = int(latest or 0) + 1
        if latest:
            self._execute(
                "UPDATE articles SET is_current = 0 WHERE external_id = :x AND is_current = 1",
                {"x": art["external_id"]},
            )
        article_id = self._insert("articles", art | {"version": version, "is_current": 1, "ingested_at": now()})
        self._execute_many(
            "INSERT INTO blocks (article_id, position, start_char, end_char, kind)"
            " VALUES (:article_id, :position, :start_char, :end_char, :kind)",
            [b | {"article_id": article_id} for b in rows.blocks],
        )
        self._put_layers(article_id, rows, index_article=True)
        return PutResult("new_version" if latest else "stored", article_id, version)

    def _put_layers(self, article_id: int, rows: ReadingRows, *, index_article: bool) -> None:
        self._execute_many(
            "INSERT INTO sentences (article_id, idx, start_char, end_char, kind, paragraph, text, extra)"
            " VALUES (:article_id, :idx, :start_char, :end_char, :kind, :paragraph, :text, :extra)",
            [s | {"article_id": article_id} for s in rows.sentences],
        )
        entity_ids: dict[str, int] = {}
        mentions: list[Row] = []
        for entity, its_mentions in zip(rows.entities, rows.mentions, strict=True):
            eid = self._insert("entities", entity | {"article_id": article_id})
            entity_ids[entity["local_id"]] = eid
            mentions += [m | {"article_id": article_id, "entity_id": eid} for m in its_mentions]
        self._execute_many(
            "INSERT INTO mentions (article_id, entity_id, position, start_char, end_char, text, text_folded,"
            " sentence, kind, extra) VALUES (:article_id, :entity_id, :position, :start_char, :end_char, :text,"
            " :text_folded, :sentence, :kind, :extra)",
            mentions,
        )
        time_ids = {t["local_id"]: self._insert("times", t | {"article_id": article_id}) for t in rows.times}
        quantity_ids = {
            q["local_id"]: self._insert("quantities", q | {"article_id": article_id}) for q in rows.quantities
        }
        quote_ids: dict[str, int] = {}
        for q in rows.quotes:
            speaker = entity_ids.get(q["speaker"]) if q["speaker"] else None
            quote_ids[q["local_id"]] = self._insert(
                "quotes", q | {"article_id": article_id, "speaker_entity_id": speaker}
            )
        arguments: list[Row] = []
        event_quantities: list[Row] = []
        for ev, args, qs in zip(rows.events, rows.arguments, rows.event_quantities, strict=True):
            event_id = self._insert(
                "events",
                ev
                | {
                    "article_id": article_id,
                    "time_id": time_ids.get(ev["time_local_id"] or ""),
                    "quote_id": quote_ids.get(ev["source_local_id"] or ""),
                },
            )
            arguments += [a | {"event_id": event_id, "entity_id": entity_ids.get(a["entity_local_id"])} for a in args]
            event_quantities += [
                q | {"event_id": event_id, "quantity_id": quantity_ids.get(q["quantity_local_id"])} for q in qs
            ]
        self._execute_many(
            "INSERT INTO event_arguments (event_id, role, position, entity_local_id, entity_id)"
            " VALUES (:event_id, :role, :position, :entity_local_id, :entity_id)",
            arguments,
        )
        self._execute_many(
            "INSERT INTO event_quantities (event_id, position, quantity_local_id, quantity_id)"
            " VALUES (:event_id, :position, :quantity_local_id, :quantity_id)",
            event_quantities,
        )
        self._index_texts(rows, article_id, list(quote_ids.values()), article=index_article)

    def replace_analysis(self, article_id: int, reading: Mapping[str, Any], *, resolve_nil: bool = False) -> PutResult:
        """Replace what was read in a stored article by a new reading of the same text (re-analysis)."""
        return self.replace_rows(article_id, flatten(reading), resolve_nil=resolve_nil)

    def replace_rows(self, article_id: int, rows: ReadingRows, *, resolve_nil: bool = False) -> PutResult:
        """`replace_analysis` for a flattened reading."""
        with self.transaction():
            stored = self.fetch_one("SELECT content_hash, version FROM articles WHERE id = :id", {"id": article_id})
            if stored is None or stored["content_hash"] != rows.article["content_hash"]:
                raise InputError(
                    f"article {article_id} is not stored with this text", "re-analyse only stored articles"
                )
            if resolve_nil:
                rows = resolve_rows(self, rows)
            self._unindex_quotes(article_id)
            events = "SELECT id FROM events WHERE article_id = :a"
            self._execute(f"DELETE FROM event_arguments WHERE event_id IN ({events})", {"a": article_id})
            self._execute(f"DELETE FROM event_quantities WHERE event_id IN ({events})", {"a": article_id})
            for table in (*LAYER_TABLES[2:], "sentences"):
                self._execute(f"DELETE FROM {table} WHERE article_id = :a", {"a": article_id})
            art = rows.article
            self._execute(
                "UPDATE articles SET model = :model, pipeline = :pipeline, duiding_version = :duiding_version,"
                " analysed_at = :analysed_at, inferred = :inferred, inferred_precision = :inferred_precision,"
                " inferred_evidence = :inferred_evidence, date_first = :date_first, date_last = :date_last,"
                " date_precision = :date_precision WHERE id = :id",
                {
                    k: art[k]
                    for k in (
                        "model",
                        "pipeline",
                        "duiding_version",
                        "analysed_at",
                        "inferred",
                        "inferred_precision",
                        "inferred_evidence",
                        "date_first",
                        "date_last",
                        "date_precision",
                    )
                }
                | {"id": article_id},
            )
            self._put_layers(article_id, rows, index_article=False)
            return PutResult("reanalysed", article_id, int(stored["version"]))

    def record_error(self, err: InputError, stage: str) -> None:
        """Keep a bad input in the error table; seeing it again counts it, never duplicates it."""
        stamp = now()
        with self.transaction():
            self._execute(
                "INSERT INTO errors (source, stage, error, fix, first_seen, last_seen, times)"
                " VALUES (:source, :stage, :error, :fix, :t, :t, 1)"
                " ON CONFLICT (source, stage, error) DO UPDATE SET last_seen = :t, times = errors.times + 1",
                {"source": err.source or "", "stage": stage, "error": err.problem, "fix": err.fix, "t": stamp},
            )

    # Reading back.

    def counts(self) -> dict[str, int]:
        """Rows per table: how a test tells two stores hold the same record."""
        return {t: int(self.fetch_value(f"SELECT COUNT(*) AS n FROM {t}") or 0) for t in COUNTED_TABLES}

    def article_row(self, article_id: int) -> Row | None:
        return self.fetch_one("SELECT * FROM articles WHERE id = :id", {"id": article_id})

    def current_article_id(self, external_id: str) -> int | None:
        value = self.fetch_value(
            "SELECT id FROM articles WHERE external_id = :x AND is_current = 1", {"x": external_id}
        )
        return int(value) if value is not None else None

    def blocks(self, article_id: int) -> list[Block]:
        rows = self.fetch_all(
            "SELECT start_char, end_char, kind FROM blocks WHERE article_id = :a ORDER BY position", {"a": article_id}
        )
        return [Block(r["start_char"], r["end_char"], r["kind"]) for r in rows]

    def reading(self, article_id: int) -> dict[str, Any] | None:
        """The stored article's `duiding.reading/1` JSON, as it was stored."""
        article = self.article_row(article_id)
        if article is None:
            return None
        p = {"a": article_id}
        by_pos = "WHERE article_id = :a ORDER BY position"
        events = self.fetch_all(f"SELECT * FROM events {by_pos}", p)
        of_events = "SELECT id FROM events WHERE article_id = :a"
        return rebuild_reading(
            article,
            self.fetch_all("SELECT * FROM sentences WHERE article_id = :a ORDER BY idx", p),
            self.fetch_all(f"SELECT * FROM entities {by_pos}", p),
            self.fetch_all("SELECT * FROM mentions WHERE article_id = :a ORDER BY entity_id, position", p),
            self.fetch_all(f"SELECT * FROM times {by_pos}", p),
            self.fetch_all(f"SELECT * FROM quantities {by_pos}", p),
            self.fetch_all(f"SELECT * FROM quotes {by_pos}", p),
            events,
            self.fetch_all(
                f"SELECT * FROM event_arguments WHERE event_id IN ({of_events}) ORDER BY event_id, role, position", p
            ),
            self.fetch_all(
                f"SELECT * FROM event_quantities WHERE event_id IN ({of_events}) ORDER BY event_id, position", p
            ),
        )

    def article_ids(self, *, current_only: bool = True) -> list[int]:
        where = "WHERE is_current = 1" if current_only else ""
        return [int(r["id"]) for r in self.fetch_all(f"SELECT id FROM articles {where} ORDER BY id")]

    def readings(self, *, current_only: bool = True) -> Iterator[dict[str, Any]]:
        for article_id in self.article_ids(current_only=current_only):
            reading = self.reading(article_id)
            if reading is not None:
                yield reading

    def errors(self) -> list[Row]:
        return self.fetch_all("SELECT source, stage, error, fix, times, last_seen FROM errors ORDER BY id")

    def pipelines(self) -> list[Row]:
        """How many current articles each model and pipeline analysed."""
        rows = self.fetch_all(
            "SELECT model, pipeline, COUNT(*) AS articles FROM articles WHERE is_current = 1"
            " GROUP BY model, pipeline ORDER BY articles DESC"
        )
        return [r | {"pipeline": json.loads(r["pipeline"])} for r in rows]
