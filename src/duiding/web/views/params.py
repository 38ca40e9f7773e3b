"""A page's query parameters: the same filters the API reads, checked with a fix to name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from duiding.errors import InputError
from duiding.store.queries import MAX_LIMIT, Filters

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True)
class Params:
    q: str | None = None
    entity: str | None = None
    entity_type: str | None = None
    event_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    source: str | None = None
    language: str | None = None
    limit: int = 20
    offset: int = 0

    @property
    def filters(self) -> Filters:
        return Filters(
            self.entity, self.entity_type, self.event_type, self.date_from, self.date_to, self.source, self.language
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def link(self, **changes: Any) -> dict[str, Any]:
        """The parameters of a link that changes some of them (paging back to the start)."""
        out = {k: v for k, v in asdict(self).items() if k not in ("limit", "offset")}
        return out | changes


def _text(query: Mapping[str, str], name: str) -> str | None:
    value = (query.get(name) or "").strip()
    return value or None


def _int(query: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise InputError(f"{name} must be a whole number, not {raw!r}", f"give {name}={default}") from None
    if not low <= value <= high:
        raise InputError(f"{name} {value} is out of range", f"give {name} between {low} and {high}")
    return value


def read(query: Mapping[str, str], *, limit: int = 20) -> Params:
    entity_type = _text(query, "entity_type")
    if entity_type and entity_type not in ENTITY_TYPES:
        raise InputError(f"unknown entity type {entity_type!r}", f"choose one of {', '.join(ENTITY_TYPES)}")
    event_type = _text(query, "event_type")
    return Params(
        q=_text(query, "q"),
        entity=_text(query, "entity"),
        entity_type=entity_type,
        event_type=event_type.upper() if event_type else None,
        date_from=_text(query, "date_from"),
        date_to=_text(query, "date_to"),
        source=_text(query, "source"),
        language=_text(query, "language"),
        limit=_int(query, "limit", limit, 1, MAX_LIMIT),
        offset=_int(query, "offset", 0, 0, 10**9),
    )
