"""The pages, each the HTML twin of an API question. Route functions only read parameters,
call a view and render it; `?format=json` (or `Accept: application/json`) gives the view itself."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from duiding.errors import InputError
from duiding.store import Store
from duiding.store import queries as Q
from duiding.web import plover
from duiding.web.render import HEADERS, page, query_url
from duiding.web.views import params
from duiding.web.views.article import article_panels, article_view
from duiding.web.views.entity import entity_view
from duiding.web.views.events import events_csv, events_view
from duiding.web.views.network import network_view
from duiding.web.views.numbers import numbers_view
from duiding.web.views.places import map_drawing, map_view
from duiding.web.views.search import search_view

FILTERS = ("q", "entity", "entity_type", "event_type", "date_from", "date_to", "source", "language")


def _api(path: str, p: params.Params, *names: str, **extra: Any) -> str:
    given = {k: v for k, v in p.to_json().items() if k in (names or FILTERS)}
    return query_url(path, **given, **extra)


def _order(request: Request) -> Any:
    order = request.query_params.get("order") or "asc"
    if order not in ("asc", "desc"):
        raise InputError(f"order must be asc or desc, not {order!r}", "give order=asc (oldest first) or order=desc")
    return order


def _min_weight(request: Request) -> int:
    raw = request.query_params.get("min_weight") or "1"
    if not raw.isdigit() or int(raw) < 1:
        raise InputError(f"min_weight must be a whole number of at least 1, not {raw!r}", "give min_weight=1")
    return int(raw)


def _shortened(text: str, most: int = 90) -> str:
    """A title for an article without one: its opening words, cut at a word."""
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    return text[:most].rsplit(" ", 1)[0] + " …"


def router(store: Store) -> APIRouter:
    pages = APIRouter(include_in_schema=False)

    @pages.get("/")
    def search(request: Request) -> Response:
        p = params.read(request.query_params)
        view = search_view(store, p)
        title = f"Search: {p.q}" if p.q else "Search"
        return page(
            request, "search.html", view, title=title, active="search", api=[("search", _api("/api/search", p))]
        )

    @pages.get("/articles")
    def articles() -> Response:
        return RedirectResponse("/", status_code=307)

    @pages.get("/articles/{article_id:path}")
    def article(request: Request, article_id: str) -> Response:
        view = article_view(store, article_id)
        art = view["reading"]["article"]
        title = art.get("title") or _shortened(art.get("lede") or art["text"])
        api = [("reading", f"/api/articles/{article_id}")]
        return page(request, "article.html", view, title=title, active="search", api=api, html=article_panels(view))

    @pages.get("/entities")
    def entities(request: Request) -> Response:
        q = (request.query_params.get("q") or "").strip() or None
        p = params.read(request.query_params, limit=50)
        view = {"query": q, "type": p.entity_type} | Q.entities(
            store, q, entity_type=p.entity_type, limit=p.limit, offset=p.offset
        )
        api = [("entities", query_url("/api/entities", q=q, type=p.entity_type))]
        return page(request, "entities.html", view, title="Entities", active="entities", api=api)

    @pages.get("/entities/{name:path}")
    def entity(request: Request, name: str) -> Response:
        view = entity_view(store, name)
        api = [
            ("profile", f"/api/entities/{name}"),
            ("timeline", query_url("/api/timeline", entity=name)),
            ("network", query_url("/api/network", entity=name)),
        ]
        return page(request, "entity.html", view, title=view["canonical_name"], active="entities", api=api)

    @pages.get("/events")
    def events(request: Request) -> Response:
        p = params.read(request.query_params, limit=50)
        order = _order(request)
        export = request.query_params.get("format") == "csv"
        view = events_view(store, p, order, export=export)
        if export:
            headers = HEADERS | {"Content-Disposition": 'attachment; filename="events.csv"'}
            return Response(events_csv(view), media_type="text/csv; charset=utf-8", headers=headers)
        api = [("timeline", _api("/api/timeline", p, "q", "event_type", "date_from", "date_to", "source"))]
        return page(request, "events.html", view, title="Events", active="events", api=api)

    @pages.get("/network")
    def network(request: Request) -> Response:
        p = params.read(request.query_params)
        weight = _min_weight(request)
        view = network_view(store, p, weight)
        api = [("network", _api("/api/network", p, *FILTERS, min_weight=weight if weight > 1 else None))]
        html = {"all_types": plover.legend()}
        return page(request, "network.html", view, title="Network", active="network", api=api, html=html)

    @pages.get("/map")
    def places(request: Request) -> Response:
        p = params.read(request.query_params)
        view = map_view(store, p)
        api = [("search", _api("/api/search", p))]
        return page(request, "map.html", view, title="Map", active="map", api=api, html=map_drawing(view))

    @pages.get("/numbers")
    def numbers(request: Request) -> Response:
        p = params.read(request.query_params, limit=50)
        counts = (request.query_params.get("counts") or "").strip() or None
        view = numbers_view(store, p, counts)
        api = [("numbers", _api("/api/numbers", p, "q", "entity", "date_from", "date_to", "source", counts=counts))]
        return page(request, "numbers.html", view, title="Numbers", active="numbers", api=api)

    return pages
