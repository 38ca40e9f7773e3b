"""The app factory and the JSON endpoints. Every endpoint calls one plain function of
`duiding.store.queries`; the HTTP layer only parses parameters and pages the answer."""

from __future__ import annotations

import hmac
import os
import threading
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Header, Path, Query, Request
from starlette.exceptions import HTTPException

from duiding import __version__, web
from duiding.api import docs, errors
from duiding.api.limits import SizeLimit
from duiding.errors import InputError
from duiding.store import Store
from duiding.store import queries as Q

TOKEN_ENV = "DUIDING_API_TOKEN"
MAX_BODY_ENV = "DUIDING_API_MAX_BODY"
BACKBONE_ENV = "DUIDING_BACKBONE"
MAX_BODY = 2_000_000

Json = dict[str, Any]

DateFrom = Annotated[
    str | None, Query(description="Earliest date (YYYY, YYYY-MM or YYYY-MM-DD); partial dates overlap by precision")
]
DateTo = Annotated[str | None, Query(description="Latest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive")]
Entity = Annotated[str | None, Query(description="An entity: a name, an alias as written, or a KB id")]
EntityType = Annotated[str | None, Query(pattern="^(PER|ORG|LOC|MISC)$", description="PER, ORG, LOC or MISC")]
EventType = Annotated[str | None, Query(description="A PLOVER event type, e.g. PROTEST, COERCE, CONSULT; or OTHER")]
Source = Annotated[str | None, Query(description="The newspaper or source, as stored")]
Language = Annotated[str | None, Query(description="Language code, e.g. nl")]
Limit = Annotated[int, Query(ge=1, le=Q.MAX_LIMIT, description="Items per page")]
Offset = Annotated[int, Query(ge=0, description="Items to skip (pagination)")]
Search = Annotated[str | None, Query(description='Full-text search: words, "a phrase", OR, -excluded; Dutch stemming')]


def _filters(
    entity: str | None = None,
    entity_type: str | None = None,
    event_type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    source: str | None = None,
    language: str | None = None,
) -> Q.Filters:
    return Q.Filters(entity, entity_type, event_type, date_from, date_to, source, language)


def _paged(request: Request, result: Json) -> Json:
    """Add a link to the next page when there is one."""
    nxt = result["offset"] + result["limit"]
    result["next"] = str(request.url.include_query_params(offset=nxt)) if nxt < result["total"] else None
    return result


def create_app(
    store: Store,
    *,
    token: str | None = None,
    max_body: int = MAX_BODY,
    backbone: str = "auto",
) -> FastAPI:
    """The one app: JSON endpoints under /api, OpenAPI at /docs and /openapi.json.

    Read-only unless the operator gives a write token (here or in DUIDING_API_TOKEN); then
    `POST /api/articles` with `Authorization: Bearer TOKEN` analyses and stores articles.
    """
    token = token if token is not None else os.environ.get(TOKEN_ENV) or None
    app = FastAPI(
        title="duiding",
        version=__version__,
        docs_url=None,  # FastAPI's Swagger page loads from a CDN; api/docs.py renders one here
        redoc_url=None,
        description="Questions to a corpus of dated Dutch news: search, entities, timelines, the actor network, "
        "quotes and the numbers reported. Every error has the shape {error, fix, source}.",
    )
    app.state.store = store
    app.state.write_token = token
    errors.install(app)
    docs.install(app)
    app.add_middleware(SizeLimit, max_bytes=max_body)
    app.include_router(_read_routes(store))
    app.include_router(_write_routes(store, token, backbone))
    web.mount(app, store)  # the pages, each the HTML twin of an endpoint here
    return app


def app_from_env() -> FastAPI:
    """The app as `uvicorn --factory` builds it in each of several server processes (`duiding serve
    --workers N`): the store, the write token and the limits come from the environment."""
    from duiding.store import default_url, open_store

    token = os.environ.get(TOKEN_ENV) or ""
    store = open_store(default_url(), read_only=not token)
    max_body = int(os.environ.get(MAX_BODY_ENV) or MAX_BODY)
    return create_app(store, token=token, max_body=max_body, backbone=os.environ.get(BACKBONE_ENV) or "auto")


def _read_routes(store: Store) -> APIRouter:
    api = APIRouter(prefix="/api")

    @api.get("/health", summary="Is the store reachable; what it holds")
    def health() -> Json:
        return {
            "status": "ok",
            "dialect": store.dialect,
            "schema_version": store.schema_version(),
            "articles": int(store.fetch_value("SELECT COUNT(*) AS n FROM articles WHERE is_current = 1") or 0),
            "read_only": store.read_only,
        }

    @api.get("/search", summary="Full-text search with facets")
    def search(
        request: Request,
        q: Search = None,
        entity: Entity = None,
        entity_type: EntityType = None,
        event_type: EventType = None,
        date_from: DateFrom = None,
        date_to: DateTo = None,
        source: Source = None,
        language: Language = None,
        limit: Limit = 20,
        offset: Offset = 0,
        facets: Annotated[bool, Query(description="Count the hits by entity, type, source and language")] = True,
    ) -> Json:
        filters = _filters(entity, entity_type, event_type, date_from, date_to, source, language)
        return _paged(request, Q.search(store, q, filters, limit=limit, offset=offset, facets=facets))

    @api.get("/articles", summary="Current articles, newest first")
    def articles(
        request: Request,
        entity: Entity = None,
        entity_type: EntityType = None,
        event_type: EventType = None,
        date_from: DateFrom = None,
        date_to: DateTo = None,
        source: Source = None,
        language: Language = None,
        limit: Limit = 20,
        offset: Offset = 0,
    ) -> Json:
        filters = _filters(entity, entity_type, event_type, date_from, date_to, source, language)
        return _paged(request, Q.articles(store, filters, limit=limit, offset=offset))

    @api.get("/articles/{article_id:path}", summary="The stored reading of one article (duiding.reading/1)")
    def article(article_id: Annotated[str, Path(description="The article's id")]) -> Json:
        return Q.article(store, article_id)

    @api.get("/entities", summary="Entities by the number of articles that mention them")
    def entities(
        request: Request,
        q: Annotated[str | None, Query(description="Part of a name")] = None,
        type: EntityType = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Json:
        return _paged(request, Q.entities(store, q, entity_type=type, limit=limit, offset=offset))

    @api.get("/entities/{name:path}", summary="Entity profile: names, mentions over time, roles, co-actors, quotes")
    def entity(name: Annotated[str, Path(description="A name, an alias as written, or a KB id")]) -> Json:
        return Q.entity_profile(store, name)

    @api.get("/timeline", summary="Events in date order, for an entity, a pair of entities or a search")
    def timeline(
        request: Request,
        entity: Annotated[list[str], Query(description="One entity, or two for the events of a pair")] = [],  # noqa: B006
        q: Search = None,
        event_type: EventType = None,
        date_from: DateFrom = None,
        date_to: DateTo = None,
        source: Source = None,
        language: Language = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> Json:
        if len(entity) > 2:
            raise InputError("a timeline takes one entity or a pair", "give entity= once or twice")
        filters = _filters(None, None, event_type, date_from, date_to, source, language)
        return _paged(request, Q.timeline(store, entities=entity, q=q, filters=filters, limit=limit, offset=offset))

    @api.get("/network", summary="The actor network: edges typed by PLOVER event type, weighted by events")
    def network(
        q: Search = None,
        entity: Entity = None,
        event_type: EventType = None,
        date_from: DateFrom = None,
        date_to: DateTo = None,
        source: Source = None,
        language: Language = None,
        min_weight: Annotated[int, Query(ge=1, description="Leave out edges with fewer events")] = 1,
        limit: Annotated[int, Query(ge=1, le=Q.MAX_LIMIT, description="Most edges")] = 200,
    ) -> Json:
        filters = _filters(entity, None, event_type, date_from, date_to, source, language)
        return Q.network(store, filters, q=q, min_weight=min_weight, limit=limit)

    @api.get("/quotes", summary="Quotes by a speaker and/or about a topic")
    def quotes(
        request: Request,
        speaker: Annotated[str | None, Query(description="An entity, or a speaker as written")] = None,
        q: Search = None,
        kind: Annotated[str | None, Query(pattern="^(direct|indirect|belief|attribution)$")] = None,
        date_from: DateFrom = None,
        date_to: DateTo = None,
        source: Source = None,
        language: Language = None,
        limit: Limit = 20,
        offset: Offset = 0,
    ) -> Json:
        filters = _filters(None, None, None, date_from, date_to, source, language)
        result = Q.quotes(store, speaker=speaker, q=q, filters=filters, kind=kind, limit=limit, offset=offset)
        return _paged(request, result)

    @api.get("/numbers", summary="The numbers reported about a search, with sources: contested figures side by side")
    def numbers(
        q: Search = None,
        counts: Annotated[str | None, Query(description="Only numbers that count this, e.g. betogers")] = None,
        entity: Entity = None,
        date_from: DateFrom = None,
        date_to: DateTo = None,
        source: Source = None,
        language: Language = None,
        limit: Annotated[int, Query(ge=1, le=Q.MAX_LIMIT, description="Most groups")] = 50,
    ) -> Json:
        filters = _filters(entity, None, None, date_from, date_to, source, language)
        return Q.numbers(store, q, filters, counts=counts, limit=limit)

    return api


def _write_routes(store: Store, token: str | None, backbone: str) -> APIRouter:
    api = APIRouter(prefix="/api")
    analysing = threading.Lock()  # one pipeline, one article at a time

    def authorise(authorization: str | None) -> None:
        if not token:
            raise HTTPException(403, "this server is read-only: the operator set no write token")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPException(401, "a valid write token is needed", headers={"WWW-Authenticate": "Bearer"})

    @api.post(
        "/articles",
        status_code=201,
        summary="Analyse and store articles (needs the operator's write token)",
        description="The body is one article as JSON ({text, title, date, source, url, id}), a JSON array or "
        "JSON Lines of them, or plain text in the yardstick format. Returns what was stored; bad articles are "
        "listed with their fix and the others are stored.",
    )
    async def post_articles(
        request: Request, authorization: Annotated[str | None, Header(description="Bearer TOKEN")] = None
    ) -> Json:
        authorise(authorization)
        body = await request.body()
        kind = request.headers.get("content-type", "").split(";")[0].strip()
        name = "upload.json" if kind in ("application/json", "application/x-ndjson") else "upload.txt"
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(_store_upload, store, body, name, backbone, analysing)

    return api


def _store_upload(store: Store, body: bytes, name: str, backbone: str, lock: threading.Lock) -> Json:
    from duiding.pipeline import analyse, load
    from duiding.readers import read_bytes

    if store.read_only:
        raise HTTPException(403, "the store is open read-only")
    stored: list[Json] = []
    bad: list[Json] = []
    for item in read_bytes(body, name=name):
        if isinstance(item, InputError):
            bad.append(item.to_json())
            continue
        with lock:
            reading = analyse(item, load(backbone))  # type: ignore[arg-type]
            result = store.put(reading.to_json(), blocks=item.blocks, origin="api", resolve_nil=True)
        stored.append({"id": item.id, "outcome": result.outcome, "version": result.version})
    if not stored and bad:
        first = bad[0]
        raise InputError(first["error"] or "bad input", first["fix"] or "see /docs", first["source"])
    return {"stored": stored, "errors": bad}
