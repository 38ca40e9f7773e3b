"""Every store test runs on both stores: SQLite, and a real PostgreSQL server started here."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.store.pg_server import OPTIONAL_ENV, PgServer, find_bindir, start_server

from duiding.store import Store, open_store

FIXTURE_READINGS = Path(__file__).resolve().parents[1] / "fixtures" / "store-readings.jsonl"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    if find_bindir() is None and os.environ.get(OPTIONAL_ENV) == "1":
        pytest.skip(f"PostgreSQL is not installed and {OPTIONAL_ENV}=1 makes it optional")
    server = start_server()  # fails the tests, loudly, if PostgreSQL is there but will not start
    yield server
    server.stop()


_counter = iter(range(1_000_000))


@pytest.fixture
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database on the backend the test is parametrised with."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    server: PgServer = request.getfixturevalue("pg_server")
    return server.create_database(f"t{os.getpid()}_{next(_counter)}")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store_url" in metafunc.fixturenames:
        metafunc.parametrize("store_url", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = open_store(store_url)
    yield s
    s.close()


@pytest.fixture(scope="session")
def fixture_readings() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FIXTURE_READINGS.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def filled(store: Store, fixture_readings: list[dict[str, Any]]) -> Store:
    for r in fixture_readings:
        store.put(r)
    return store
