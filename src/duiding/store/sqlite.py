"""The SQLite store: one file, FTS5 over Dutch stems, readable by datasette as it is."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from duiding.errors import InputError
from duiding.store.base import SQLStore
from duiding.store.records import ReadingRows
from duiding.store.text import fts5_query


class SQLiteStore(SQLStore):
    dialect = "sqlite"

    def __init__(self, path: str | Path, *, read_only: bool = False, migrate_to: int | None = None) -> None:
        super().__init__()
        self.path = Path(path)
        self.url = str(self.path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise InputError(f"there is no database at {self.path}", "run `duiding ingest PATH --db FILE` first")
        self.migrate(migrate_to)

    def _connect(self) -> sqlite3.Connection:
        if self.read_only:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30, check_same_thread=False)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        conn.isolation_level = None  # transactions are explicit: BEGIN IMMEDIATE ... COMMIT
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")
        if not self.read_only:
            # WAL: readers (the API) never wait for the ingest, and a kill -9 loses at most the open transaction.
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    @contextmanager
    def transaction(self) -> Iterator[None]:
        conn = self.connection()
        if conn.in_transaction:  # nested: the outer transaction decides
            yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _execute(self, sql: str, params: Mapping[str, Any] | None = None) -> sqlite3.Cursor:
        return self.connection().execute(sql, dict(params or {}))

    def _execute_many(self, sql: str, rows: Sequence[Mapping[str, Any]]) -> None:
        if rows:
            self.connection().executemany(sql, rows)

    def _insert(self, table: str, row: Mapping[str, Any]) -> int:
        cols = list(row)
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"
        cur = self.connection().execute(sql, dict(row))
        assert cur.lastrowid is not None
        return cur.lastrowid

    def _has_migrations_table(self) -> bool:
        return bool(
            self.fetch_one("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
        )

    def _apply_migration(self, version: int, name: str, sql: str) -> None:
        conn = self.connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations"
                " (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            if conn.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone():
                conn.execute("ROLLBACK")  # another process applied it meanwhile
                return
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, datetime('now'))",
                (version, name),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def text_hits(self, kind: Literal["articles", "quotes"]) -> str:
        table = "article_search" if kind == "articles" else "quote_search"
        # bm25() is lower for better matches; the title counts five times the body.
        weights = "5.0, 1.0" if kind == "articles" else "1.0"
        # LIMIT -1 keeps SQLite from flattening the subquery into the join, where it would run the
        # full-text match once per article instead of once.
        return f"SELECT rowid AS id, -bm25({table}, {weights}) AS rank FROM {table} WHERE {table} MATCH :q LIMIT -1"

    def text_query(self, query: str) -> str | None:
        return fts5_query(query)

    def _index_texts(self, rows: ReadingRows, article_id: int, quote_ids: Sequence[int], *, article: bool) -> None:
        title, body, *quotes = rows.with_search_index().search_index or []
        if article:
            self._execute(
                "INSERT INTO article_search (rowid, title, body) VALUES (:id, :title, :body)",
                {"id": article_id, "title": title, "body": body},
            )
        self._execute_many(
            "INSERT INTO quote_search (rowid, body) VALUES (:id, :body)",
            [{"id": qid, "body": stems} for qid, stems in zip(quote_ids, quotes, strict=True)],
        )

    def _unindex_quotes(self, article_id: int) -> None:
        self._execute(
            "DELETE FROM quote_search WHERE rowid IN (SELECT id FROM quotes WHERE article_id = :a)", {"a": article_id}
        )

    def _lock_nil(self) -> None:
        pass  # BEGIN IMMEDIATE already keeps every other writer out until the transaction ends


def _statements(script: str) -> list[str]:
    """Split a migration into statements (sqlite3 runs one at a time inside a transaction)."""
    out, current = [], ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return out
