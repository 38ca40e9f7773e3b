"""Errors on pages: the API's one error shape ({error, fix, source}), shown as a friendly page.

The API's handlers stay as they are; each is wrapped so that a browser asking for a page (not
/api, not /static, Accept naming text/html, no `format=json`) gets the same content as HTML, with
the same status code. Any other client keeps the JSON error, as the API promises.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.responses import Response

from duiding.web.render import error_page, wants_json

Handler = Callable[[Request, Exception], Response | Awaitable[Response]]
NOT_PAGES = ("/api", "/static", "/docs", "/redoc", "/openapi.json")


def is_page(request: Request) -> bool:
    return (
        not request.url.path.startswith(NOT_PAGES)
        and "text/html" in request.headers.get("accept", "")
        and not wants_json(request)
    )


def _for_pages(handler: Handler) -> Callable[[Request, Exception], Awaitable[Response]]:
    async def handle(request: Request, exc: Exception) -> Response:
        response = handler(request, exc)
        if inspect.isawaitable(response):
            response = await response
        if not is_page(request) or not isinstance(response, JSONResponse):
            return response
        body: Any = json.loads(bytes(response.body))
        if not isinstance(body, dict) or "error" not in body:
            return response
        html = error_page(request, response.status_code, body)
        for name, value in response.headers.items():
            if name.lower() not in ("content-type", "content-length"):
                html.headers.setdefault(name, value)
        return html

    return handle


def install(app: FastAPI) -> None:
    """Wrap every error handler the app has (install after the API's own)."""
    for key, handler in list(app.exception_handlers.items()):
        app.exception_handlers[key] = _for_pages(handler)
