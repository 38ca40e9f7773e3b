"""duiding's HTTP API (FastAPI): the corpus questions as JSON, with one error shape.

`create_app(store)` builds the one app object; a web UI mounts its pages on the same app,
each page the HTML twin of an endpoint here. `duiding serve` runs it under uvicorn.
"""

from __future__ import annotations

from duiding.api.app import TOKEN_ENV, create_app

__all__ = ["TOKEN_ENV", "create_app"]
