"""A request-size limit in front of the app: a body over the limit is refused with 413, unread."""

from __future__ import annotations

import json
from typing import Any

from starlette.exceptions import HTTPException

Scope = dict[str, Any]


class SizeLimit:
    """ASGI middleware: refuse a declared Content-Length over `max_bytes`, and stop reading a body
    (chunked, or lying about its length) as soon as it passes the limit."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        seen = 0

        async def limited_receive() -> Any:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    # Raised where the app reads the body; the app's handler answers 413 in the one shape.
                    raise HTTPException(413, _too_large(self.max_bytes))
            return message

        await self.app(scope, limited_receive, send)

    async def _refuse(self, send: Any) -> None:
        body = json.dumps(
            {
                "error": _too_large(self.max_bytes),
                "fix": "send a smaller request, e.g. fewer articles at a time",
                "source": None,
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})


def _too_large(limit: int) -> str:
    return f"the request is larger than the limit of {limit} bytes"
