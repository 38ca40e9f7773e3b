"""The article page: the text with every layer highlighted, and the lists of what was read."""

from __future__ import annotations

from typing import Any

from duiding.store import Store
from duiding.store import queries as Q
from duiding.web import queries as W
from duiding.web.annotate import Paragraph, annotated, event_roles, precision_note, quantity_line


def article_view(store: Store, article_id: str) -> dict[str, Any]:
    """The stored reading (duiding.reading/1) and the corpus-wide key of each of its entities."""
    reading = Q.article(store, article_id)
    return {"reading": reading, "entity_keys": W.entity_keys(store, article_id)}


def article_panels(view: dict[str, Any]) -> dict[str, Any]:
    """What the HTML shows beside the text: the annotated paragraphs and the side lists."""
    reading = view["reading"]
    keys = view["entity_keys"]
    names = {e["id"]: e["name"] for e in reading.get("entities") or []}
    quantities = {q["id"]: q for q in reading.get("quantities") or []}
    times = {t["id"]: t for t in reading.get("times") or []}
    events = [
        v
        | {
            "roles": event_roles(v, names),
            "numbers": [quantity_line(quantities[q]) for q in v.get("quantities") or [] if q in quantities],
            "time_text": times[v["time"]]["text"] if v.get("time") in times else None,
        }
        for v in reading.get("events") or []
    ]
    quotes = [
        c | {"speaker_name": names.get(c.get("speaker") or ""), "addressee_name": names.get(c.get("addressee") or "")}
        for c in reading.get("quotes") or []
    ]
    numbers = [q | {"line": quantity_line(q)} for q in reading.get("quantities") or []]
    entities = sorted(
        (
            e | {"key": keys.get(e["id"]) or e.get("kb_id") or e["name"], "count": len(e.get("mentions") or [])}
            for e in reading.get("entities") or []
        ),
        key=lambda e: (-e["count"], e["name"]),
    )
    paragraphs: list[Paragraph] = annotated(reading, keys)
    article = reading["article"]
    return {
        "paragraphs": paragraphs,
        "events": events,
        "quotes": quotes,
        "numbers": numbers,
        "entities": entities,
        "times": reading.get("times") or [],
        "published_note": precision_note((article.get("published") or {}).get("precision")),
        "inferred_note": precision_note((article.get("published_inferred") or {}).get("precision")),
    }
