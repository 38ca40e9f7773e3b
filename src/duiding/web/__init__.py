"""duiding's web pages: server-rendered (Jinja2) on the same app as the HTTP API.

`mount(app, store)` adds the pages, the static files and HTML error pages to the app that
`duiding.api.create_app` builds. Every page has a JSON twin (`?format=json` or
`Accept: application/json`) and links to the API endpoints it is built from. Everything a
page needs is served from here: no CDN, no external request.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from duiding.store import Store
from duiding.web import errors
from duiding.web.render import STATIC
from duiding.web.routes import router


def mount(app: FastAPI, store: Store) -> None:
    app.include_router(router(store))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    errors.install(app)


__all__ = ["mount"]
