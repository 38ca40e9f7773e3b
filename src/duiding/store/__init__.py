"""The store: where readings are kept and questioned. One protocol, two implementations.

`open_store(url)` gives a `SQLiteStore` for a file path (the default, `duiding.db`) or a
`sqlite:///path` URL, and a `PostgresStore` for a `postgresql://` URL. Both share one test
suite, one schema (versioned migrations) and the same queries (`duiding.store.queries`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, Literal, Protocol

from duiding.errors import InputError
from duiding.records import Block
from duiding.store.base import PutResult
from duiding.store.records import ReadingRows

DEFAULT_DB = "duiding.db"
DB_ENV = "DUIDING_DB"

__all__ = ["DB_ENV", "DEFAULT_DB", "PutResult", "Store", "default_url", "open_store"]


class Store(Protocol):
    """What ingest, queries, exports and the HTTP API need from a store."""

    dialect: str
    url: str
    read_only: bool

    def close(self) -> None: ...
    def migrate(self, upto: int | None = None) -> int: ...
    def schema_version(self) -> int: ...
    def transaction(self) -> AbstractContextManager[None]: ...
    def fetch_all(self, sql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]: ...
    def fetch_one(self, sql: str, params: Mapping[str, Any] | None = None) -> dict[str, Any] | None: ...
    def fetch_value(self, sql: str, params: Mapping[str, Any] | None = None) -> Any: ...
    def text_hits(self, kind: Literal["articles", "quotes"]) -> str: ...
    def text_query(self, query: str) -> str | None: ...
    def known_hashes(self) -> set[str]: ...
    def put(
        self,
        reading: Mapping[str, Any],
        *,
        blocks: Sequence[Block] = (),
        origin: str | None = None,
        resolve_nil: bool = False,
    ) -> PutResult: ...
    def put_many(
        self, items: Sequence[tuple[Mapping[str, Any], Sequence[Block], str | None]], *, resolve_nil: bool = False
    ) -> list[PutResult]: ...
    def put_rows(self, items: Sequence[ReadingRows], *, resolve_nil: bool = False) -> list[PutResult]: ...
    def replace_analysis(
        self, article_id: int, reading: Mapping[str, Any], *, resolve_nil: bool = False
    ) -> PutResult: ...
    def replace_rows(self, article_id: int, rows: ReadingRows, *, resolve_nil: bool = False) -> PutResult: ...
    def record_error(self, err: InputError, stage: str) -> None: ...
    def counts(self) -> dict[str, int]: ...
    def article_row(self, article_id: int) -> dict[str, Any] | None: ...
    def current_article_id(self, external_id: str) -> int | None: ...
    def blocks(self, article_id: int) -> list[Block]: ...
    def reading(self, article_id: int) -> dict[str, Any] | None: ...
    def article_ids(self, *, current_only: bool = True) -> list[int]: ...
    def readings(self, *, current_only: bool = True) -> Iterator[dict[str, Any]]: ...
    def errors(self) -> list[dict[str, Any]]: ...
    def pipelines(self) -> list[dict[str, Any]]: ...


def default_url() -> str:
    return os.environ.get(DB_ENV) or DEFAULT_DB


def open_store(url: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Store:
    """Open (and, unless read-only, create or migrate) the store at `url`."""
    url = os.fspath(url) if url else default_url()
    if url.startswith(("postgresql://", "postgres://")):
        from duiding.store.postgres import PostgresStore

        return PostgresStore(url, read_only=read_only)
    if "://" in url and not url.startswith("sqlite://"):
        raise InputError(
            f"unknown database URL {url!r}", "give a file path (duiding.db), sqlite:///path or postgresql://…"
        )
    from duiding.store.sqlite import SQLiteStore

    # As SQLAlchemy writes them: sqlite:///relative.db, sqlite:////absolute/path.db.
    path = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url
    if path.startswith("sqlite://"):
        raise InputError(f"cannot read the SQLite URL {url!r}", "write sqlite:///file.db or just the file path")
    return SQLiteStore(path, read_only=read_only)
