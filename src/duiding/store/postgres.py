"""The PostgreSQL store: psycopg 3, the built-in `dutch` text search configuration, GIN indexes."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Literal

from duiding.errors import InputError
from duiding.store.base import SQLStore
from duiding.store.records import ReadingRows
from duiding.store.text import fts5_query

_PARAM = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


@lru_cache(maxsize=512)
def to_pyformat(sql: str) -> str:
    """`:name` parameters (the shared SQL) as psycopg's `%(name)s`."""
    return _PARAM.sub(r"%(\1)s", sql.replace("%", "%%"))


class PostgresStore(SQLStore):
    dialect = "postgresql"

    def __init__(self, url: str, *, read_only: bool = False, migrate_to: int | None = None) -> None:
        super().__init__()
        self.url = url
        self.read_only = read_only
        self.migrate(migrate_to)

    def _connect(self) -> Any:
        import psycopg
        from psycopg.rows import dict_row

        try:
            conn = psycopg.connect(self.url, autocommit=True, row_factory=dict_row)  # type: ignore[arg-type]
        except psycopg.OperationalError as exc:
            raise InputError(
                f"cannot connect to PostgreSQL ({str(exc).strip().splitlines()[0]})",
                "check the server is running and the URL (postgresql://user@host:port/dbname)",
                _redacted(self.url),
            ) from None
        if self.read_only:
            conn.execute("SET default_transaction_read_only = on")
        return conn

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.connection().transaction():
            yield

    def _execute(self, sql: str, params: Mapping[str, Any] | None = None) -> Any:
        return self.connection().execute(to_pyformat(sql), dict(params or {}))

    def _execute_many(self, sql: str, rows: Sequence[Mapping[str, Any]]) -> None:
        if rows:
            with self.connection().cursor() as cur:
                cur.executemany(to_pyformat(sql), rows)

    def _insert(self, table: str, row: Mapping[str, Any]) -> int:
        cols = list(row)
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)}) RETURNING id"
        return int(self._execute(sql, row).fetchone()["id"])

    def _has_migrations_table(self) -> bool:
        return bool(self.fetch_value("SELECT to_regclass('schema_migrations') IS NOT NULL AS present"))

    def _apply_migration(self, version: int, name: str, sql: str) -> None:
        conn = self.connection()
        with conn.transaction():
            # One migrating process at a time; the others wait and then find the work done.
            conn.execute("SELECT pg_advisory_xact_lock(7410001)")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations"
                " (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
            if conn.execute("SELECT 1 FROM schema_migrations WHERE version = %s", (version,)).fetchone():
                return
            conn.execute(sql.encode())  # several statements: the simple query protocol
            conn.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)", (version, name))

    def text_hits(self, kind: Literal["articles", "quotes"]) -> str:
        table = "articles" if kind == "articles" else "quotes"
        return (
            f"SELECT id, ts_rank(search, websearch_to_tsquery('dutch', :q)) AS rank FROM {table}"
            " WHERE search @@ websearch_to_tsquery('dutch', :q)"
        )

    def text_query(self, query: str) -> str | None:
        # Parsed as SQLite would, so both refuse the same searches and find nothing for the same stop words.
        return query if fts5_query(query) is not None else None

    def _index_texts(self, rows: ReadingRows, article_id: int, quote_ids: Sequence[int], *, article: bool) -> None:
        pass  # generated tsvector columns index themselves

    def _unindex_quotes(self, article_id: int) -> None:
        pass

    def _lock_nil(self) -> None:
        # Two ingests at once would both make the identity of a new name, with the same id; the
        # second waits here until the first commits, and then finds it.
        self._execute("SELECT pg_advisory_xact_lock(7410002)")


def _redacted(url: str) -> str:
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)
