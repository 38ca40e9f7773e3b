"""One JSON error shape for every failure: `{"error", "fix", "source"}`, as `InputError.to_json()`."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from duiding.errors import InputError
from duiding.store.queries import NotFound

_FIXES = {
    401: "send the operator's token as 'Authorization: Bearer TOKEN'",
    403: "ask the operator to set a write token (DUIDING_API_TOKEN) and send it as 'Authorization: Bearer TOKEN'",
    404: "check the path; the endpoints are listed at /docs",
    405: "check the method; the endpoints are listed at /docs",
    413: "send a smaller request, e.g. fewer articles at a time",
}


def error_response(status: int, error: str, fix: str, source: str | None = None) -> JSONResponse:
    return JSONResponse({"error": error, "fix": fix, "source": source}, status_code=status)


def _location(loc: Any) -> str:
    return ".".join(str(p) for p in loc if p not in ("query", "path", "body"))


def install(app: FastAPI) -> None:
    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError) -> JSONResponse:
        status = 404 if isinstance(exc, NotFound) else 400
        return JSONResponse(exc.to_json(), status_code=status)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{_location(e['loc'])}: {e['msg']}" for e in exc.errors())
        return error_response(422, f"invalid request ({problems})", "correct the parameters named; see /docs")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        fix = _FIXES.get(exc.status_code, "see /docs")
        response = error_response(exc.status_code, str(exc.detail), fix)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> JSONResponse:
        return error_response(
            500, f"internal error ({type(exc).__name__})", "report this request to the duiding developers"
        )
