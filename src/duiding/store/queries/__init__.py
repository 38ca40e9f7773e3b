"""The questions a corpus answers, as plain functions over a `Store`.

Each returns plain JSON-ready data; the CLI prints it and the HTTP API serves it as it is.
The SQL is written once for both stores, with parameters only (never user text in SQL).
Dates respect partial precision: an article published "2020-09" (month) covers
2020-09-01..2020-09-30 and matches any date range that overlaps it.
"""

from __future__ import annotations

from duiding.store.queries.common import MAX_LIMIT, Filters, NotFound, resolve_entity
from duiding.store.queries.entities import entities, entity_profile
from duiding.store.queries.events import network, timeline
from duiding.store.queries.numbers import numbers
from duiding.store.queries.quotes import quotes
from duiding.store.queries.search import FACET_SCOPE, article, articles, search

__all__ = [
    "FACET_SCOPE",
    "MAX_LIMIT",
    "Filters",
    "NotFound",
    "article",
    "articles",
    "entities",
    "entity_profile",
    "network",
    "numbers",
    "quotes",
    "resolve_entity",
    "search",
    "timeline",
]
