"""`/docs`: the OpenAPI description as one self-contained HTML page.

FastAPI's own Swagger page loads its script from a CDN, and duiding makes no
request outside the server it runs on; this page is rendered here, with no script.
"""

from __future__ import annotations

from html import escape
from typing import Any

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

_STYLE = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h2{border-top:1px solid #ccc;padding-top:1rem;font-size:1.1rem}code{background:#f2f2f2;padding:0 .2rem}
.m{font-weight:bold;color:#0b5394}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;
text-align:left;vertical-align:top}"""


def install(app: FastAPI) -> None:
    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(render(app.openapi()))


def render(spec: dict[str, Any]) -> str:
    info = spec.get("info", {})
    title = escape(info.get("title", ""))
    parts = [
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title} API</title>",
        f"<style>{_STYLE}</style></head><body><main>",
        f"<h1>{escape(info.get('title', ''))} {escape(str(info.get('version', '')))} — HTTP API</h1>",
        f"<p>{escape(info.get('description', ''))}</p>",
        "<p>Machine-readable: <a href='/openapi.json'>/openapi.json</a> (OpenAPI).</p>",
    ]
    for path, methods in sorted(spec.get("paths", {}).items()):
        for method, op in methods.items():
            anchor, shown = escape(method + path), escape(path)
            parts.append(f"<h2 id='{anchor}'><span class='m'>{method.upper()}</span> <code>{shown}</code></h2>")
            if op.get("summary"):
                parts.append(f"<p><strong>{escape(op['summary'])}</strong></p>")
            if op.get("description"):
                parts.append(f"<p>{escape(op['description'])}</p>")
            params = op.get("parameters", [])
            if params:
                parts.append("<table><tr><th>parameter</th><th>in</th><th>description</th></tr>")
                for p in params:
                    desc = p.get("description") or p.get("schema", {}).get("description", "")
                    parts.append(
                        f"<tr><td><code>{escape(p['name'])}</code>{' (required)' if p.get('required') else ''}</td>"
                        f"<td>{escape(p.get('in', ''))}</td><td>{escape(desc)}</td></tr>"
                    )
                parts.append("</table>")
    parts.append("</main></body></html>")
    return "".join(parts)
