"""Page tests run the real app under uvicorn over two stores: the hand-filled readings of every
layer (tests/fixtures/store-readings.jsonl) and the demo corpus, ingested once per session."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from duiding.api import create_app
from duiding.store import Store, open_store
from tests.web.server import LiveServer

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_READINGS = ROOT / "tests" / "fixtures" / "store-readings.jsonl"
DEMO_CORPUS = ROOT / "demo" / "corpus.jsonl"


@pytest.fixture(scope="session")
def fixture_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("web") / "fixture.db")
    for line in FIXTURE_READINGS.read_text(encoding="utf-8").splitlines():
        store.put(json.loads(line))
    yield store
    store.close()


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    from duiding.store.ingest import ingest

    store = open_store(tmp_path_factory.mktemp("web") / "demo.db")
    report = ingest([str(DEMO_CORPUS)], store, progress=False)
    assert report.stored == sum(1 for _ in DEMO_CORPUS.open(encoding="utf-8")), report
    yield store
    store.close()


@pytest.fixture(scope="session")
def fixture_server(fixture_store: Store) -> Iterator[LiveServer]:
    server = LiveServer(create_app(fixture_store)).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def demo_server(demo_store: Store) -> Iterator[LiveServer]:
    server = LiveServer(create_app(demo_store)).start()
    yield server
    server.stop()


@pytest.fixture
def http(fixture_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fixture_server.url, timeout=60) as client:
        yield client
