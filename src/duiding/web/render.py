"""Turning a page's data into a response: HTML through Jinja2, or the same data as JSON (or CSV).

Every page is built from one plain dict (its "view"). A browser gets it rendered as HTML; a client
that asks for JSON (`Accept: application/json` or `?format=json`) gets the dict itself, so the
JSON twin shows exactly what the page shows.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from duiding import __version__
from duiding.web import plover

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

# What a page may load: only this server. Inline styles are allowed for the network drawing
# (cytoscape sets element styles); scripts only from /static.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'self'"
)
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin"}

NAV = (
    ("search", "/", "Search"),
    ("events", "/events", "Events"),
    ("network", "/network", "Network"),
    ("map", "/map", "Map"),
    ("numbers", "/numbers", "Numbers"),
    ("entities", "/entities", "Entities"),
)


def wants_json(request: Request) -> bool:
    """JSON when `?format=json`, or when the Accept header asks for JSON and not for HTML."""
    fmt = request.query_params.get("format")
    if fmt:
        return fmt == "json"
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def json_url(request: Request) -> str:
    """This page's JSON twin: the same URL with `format=json`."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "format"]
    return request.url.path + "?" + urlencode([*params, ("format", "json")])


def entity_url(key: str | None) -> str | None:
    return f"/entities/{quote(key, safe='')}" if key else None


def article_url(article_id: str, sentence: int | None = None) -> str:
    url = f"/articles/{quote(article_id, safe='')}"
    return f"{url}#s{sentence}" if sentence is not None else url


def query_url(path: str, **params: Any) -> str:
    """A link with the given parameters, leaving out the empty ones."""
    given = [(k, v) for k, v in params.items() if v not in (None, "", [], False)]
    return path + ("?" + urlencode(given, doseq=True) if given else "")


def _tojson_script(value: Any) -> Markup:
    """JSON for a `<script type="application/json">` block: `</` can not close the element."""
    text = json.dumps(value, ensure_ascii=False).replace("</", "<\\/")
    return Markup(text)  # escaped for a script element above


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals |= {
        "entity_url": entity_url,
        "article_url": article_url,
        "query_url": query_url,
        "nav": NAV,
        "version": __version__,
    }
    from duiding.web.views.search import highlight

    env.filters["script_json"] = _tojson_script
    env.filters["number"] = format_number
    env.filters["combine"] = lambda base, **changes: {**base, **changes}
    env.filters["highlight"] = highlight
    env.filters["plover_colour"] = plover.colour
    return env


def format_number(value: Any) -> str:
    """1500000000 -> 1.500.000.000, 1.5 -> 1,5 (Dutch notation, as the texts write it)."""
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if isinstance(value, float):
        return f"{value:,.6g}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return str(value)


def page(
    request: Request,
    template: str,
    view: Mapping[str, Any],
    *,
    title: str,
    active: str | None = None,
    status: int = 200,
    api: list[tuple[str, str]] | None = None,
    html: Mapping[str, Any] | None = None,
) -> Response:
    """The page as HTML, or its view as JSON when the client asks for JSON. `html` is what only the
    HTML shows (e.g. the annotated text), made from the view."""
    if wants_json(request):
        return JSONResponse(dict(view), status_code=status, headers=HEADERS)
    text = (
        environment()
        .get_template(template)
        .render(
            view=view,
            title=title,
            active=active,
            request=request,
            json_twin=json_url(request),
            api_links=api or [],
            extra=html or {},
        )
    )
    return HTMLResponse(text, status_code=status, headers=HEADERS)


def error_page(request: Request, status: int, body: Mapping[str, Any]) -> Response:
    """The one error shape ({error, fix, source}) as a friendly page."""
    html = (
        environment()
        .get_template("error.html")
        .render(
            error=body,
            status=status,
            title=f"{status}: {body.get('error') or 'error'}",
            active=None,
            request=request,
            json_twin=json_url(request),
            api_links=[],
        )
    )
    return HTMLResponse(html, status_code=status, headers=HEADERS)
