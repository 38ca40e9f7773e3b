"""The HTTP API, through a real HTTP client (httpx) against the app running under uvicorn."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import uvicorn

from duiding.api import create_app
from duiding.store import Store

TOKEN = "s3cret-test-token"
ERROR_KEYS = {"error", "fix", "source"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Running:
    def __init__(self, app: Any) -> None:
        self.port = _free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> httpx.Client:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.01)
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{self.port}", timeout=60)
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self.server.should_exit = True
        self.thread.join(timeout=30)


@pytest.fixture
def http(filled: Store) -> Iterator[httpx.Client]:
    with Running(create_app(filled, token=TOKEN, max_body=20_000)) as client:
        yield client


def assert_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == ERROR_KEYS and body["error"] and body["fix"]
    return body


def test_search_with_facets_and_pages(http: httpx.Client) -> None:
    first = http.get("/api/search", params={"q": "Loekasjenko", "limit": 2}).json()
    assert first["total"] == 3 and len(first["items"]) == 2
    assert first["facets"]["entity"][0]["key"] == "Q12861"
    second = http.get(first["next"]).json()
    assert second["offset"] == 2 and second["next"] is None
    seen = [i["id"] for i in first["items"] + second["items"]]
    assert sorted(seen) == ["nos-2020-08-10", "seed-article", "standaard-2020-09-07"]
    dated = http.get("/api/search", params={"date_from": "2020-09-10", "date_to": "2020-09-12"}).json()
    assert [i["id"] for i in dated["items"]] == ["seed-article"]


def test_every_question_has_an_endpoint(http: httpx.Client, fixture_readings: list[dict]) -> None:
    profile = http.get("/api/entities/Loekasjenko").json()
    assert profile["kb_ids"] == ["Q12861"]
    assert http.get("/api/entities", params={"type": "PER"}).json()["items"][0]["key"] == "Q12861"
    pair = http.get("/api/timeline", params=[("entity", "Poetin"), ("entity", "Loekasjenko")]).json()
    assert pair["total"] == 7
    net = http.get("/api/network", params={"date_from": "2020-09", "date_to": "2020-09", "min_weight": 2}).json()
    assert {e["type"] for e in net["edges"]} == {"AID", "CONSULT"}
    said = http.get("/api/quotes", params={"speaker": "Tichanovskaja"}).json()
    assert said["total"] == 4
    numbers = http.get("/api/numbers", params={"q": "betogers", "counts": "betogers"}).json()
    assert numbers["groups"][0]["contested"] is True
    assert http.get("/api/articles/raad-2019").json() == fixture_readings[4]
    assert http.get("/api/articles", params={"source": "HLN"}).json()["items"][0]["id"] == "hln-2020-10"
    health = http.get("/api/health").json()
    assert health["status"] == "ok" and health["articles"] == 6


def test_one_error_shape(http: httpx.Client) -> None:
    assert "date_from" in assert_error(http.get("/api/search", params={"date_from": "2020-13"}), 400)["error"]
    assert "limit" in assert_error(http.get("/api/search", params={"limit": 0}), 422)["error"]
    assert_error(http.get("/api/search", params={"entity_type": "PERSON"}), 422)
    assert_error(http.get("/api/entities/Nobody Inparticular"), 404)
    assert_error(http.get("/api/articles/nope"), 404)
    assert_error(http.get("/no/such/path"), 404)
    assert_error(http.delete("/api/articles/raad-2019"), 405)
    assert_error(http.get("/api/timeline"), 400)


def test_user_text_never_reaches_sql(http: httpx.Client) -> None:
    for evil in ["'; DROP TABLE articles; --", '" OR 1=1 --', "x) UNION SELECT * FROM errors --"]:
        assert http.get("/api/search", params={"q": evil, "entity": evil, "source": evil}).status_code == 200
        assert http.get(f"/api/entities/{evil}").status_code == 404
    assert http.get("/api/health").json()["articles"] == 6


def test_openapi_documents_the_endpoints(http: httpx.Client) -> None:
    spec = http.get("/openapi.json").json()
    for path in (
        "/api/search",
        "/api/entities/{name}",
        "/api/timeline",
        "/api/network",
        "/api/quotes",
        "/api/numbers",
        "/api/articles",
    ):
        assert path in spec["paths"], path
    params = {p["name"]: p for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert "partial dates" in params["date_from"]["description"]
    docs = http.get("/docs")
    assert docs.status_code == 200 and "/api/search" in docs.text and "date_from" in docs.text
    # The docs page is served whole from here: no script, stylesheet or link to another host.
    assert "<script" not in docs.text and "://" not in docs.text


def test_writing_needs_the_token(http: httpx.Client) -> None:
    article = {
        "id": "api-1",
        "text": "De gemeenteraad van Gent keurde dinsdag de begroting goed.",
        "date": "2021-03-02",
    }
    assert_error(http.post("/api/articles", json=article), 401)
    assert_error(http.post("/api/articles", json=article, headers={"Authorization": "Bearer wrong"}), 401)
    ok = http.post("/api/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 201, ok.text
    assert ok.json()["stored"] == [{"id": "api-1", "outcome": "stored", "version": 1}]
    assert http.get("/api/search", params={"q": "begroting"}).json()["items"][0]["id"] == "api-1"
    again = http.post("/api/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.json()["stored"][0]["outcome"] == "duplicate"
    bad = http.post(
        "/api/articles",
        content=b'{"title": "no text"}',
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert "text" in assert_error(bad, 400)["error"]


def test_read_only_without_a_token(filled: Store) -> None:
    with Running(create_app(filled, token="")) as client:
        body = assert_error(client.post("/api/articles", json={"text": "Iets."}), 403)
        assert "DUIDING_API_TOKEN" in body["fix"]


def test_request_size_is_limited(http: httpx.Client) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = {"text": "Een zin. " * 5000}
    assert_error(http.post("/api/articles", json=big, headers=auth), 413)

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit counts what arrives
        for _ in range(50):
            yield b"x" * 1000

    assert_error(http.post("/api/articles", content=chunks(), headers=auth), 413)
    assert http.get("/api/health").status_code == 200
