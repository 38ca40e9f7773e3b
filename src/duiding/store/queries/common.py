"""What the questions share: filters, pages, the WHERE over current articles, entity lookup."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from duiding.dates import PartialDate
from duiding.errors import InputError
from duiding.store import Store
from duiding.store.text import fold

Row = dict[str, Any]

MAX_LIMIT = 500


class NotFound(InputError):
    """Nothing in the store answers to what was asked for (HTTP 404)."""


@dataclass(frozen=True, slots=True)
class Filters:
    """Narrow a question to some articles: all given conditions must hold."""

    entity: str | None = None
    entity_type: str | None = None
    event_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    source: str | None = None
    language: str | None = None

    def interval(self) -> tuple[str | None, str | None]:
        """The days the range covers: from the first day of `date_from` to the last day of `date_to`."""
        first = _parse_date(self.date_from, "date_from").first.isoformat() if self.date_from else None
        last = _parse_date(self.date_to, "date_to").last.isoformat() if self.date_to else None
        if first and last and first > last:
            raise InputError(f"date_from {self.date_from} is after date_to {self.date_to}", "swap the two dates")
        return first, last


def _parse_date(value: str, name: str) -> PartialDate:
    try:
        return PartialDate.parse(value)
    except InputError as err:
        raise InputError(f"{name}: {err.problem}", err.fix) from None


def paging(limit: int, offset: int) -> dict[str, int]:
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(f"limit {limit} is out of range", f"ask for 1 to {MAX_LIMIT} items a page")
    if offset < 0:
        raise InputError(f"offset {offset} is negative", "give an offset of 0 or more")
    return {"limit": limit, "offset": offset}


def in_list(prefix: str, values: Iterable[Any]) -> tuple[str, dict[str, Any]]:
    """An `IN (...)` list of parameters; `(NULL)` (matches nothing) for an empty list."""
    params = {f"{prefix}{i}": v for i, v in enumerate(values)}
    return "(" + (", ".join(":" + k for k in params) or "NULL") + ")", params


def overlap(first_col: str, last_col: str, interval: tuple[str | None, str | None]) -> tuple[list[str], Row]:
    """Conditions that a stored date interval overlaps the asked one."""
    first, last = interval
    conds, params = [], {}
    if first:
        conds.append(f"{last_col} >= :range_first")
        params["range_first"] = first
    if last:
        conds.append(f"{first_col} <= :range_last")
        params["range_last"] = last
    return conds, params


def entity_condition(alias: str, entity: str, prefix: str = "ent") -> tuple[str, Row]:
    """Articles (alias.id) with an entity that answers to a name, an alias as written, or a KB or
    NIL id, or that shares the key of one that does (one actor, written otherwise elsewhere).
    An entity's `entity_key` is its `kb_id` where it has one, so the keys cover the ids; each
    branch of the union is one index lookup."""
    keys = (
        f"SELECT CAST(:{prefix} AS TEXT) UNION SELECT entity_key FROM entities WHERE name_folded = :{prefix}_folded"
        " UNION SELECT e.entity_key FROM mentions m JOIN entities e ON e.id = m.entity_id"
        f" WHERE m.text_folded = :{prefix}_folded AND m.kind = 'name'"
    )
    cond = f"{alias}.id IN (SELECT article_id FROM entities WHERE entity_key IN ({keys}))"
    return cond, {prefix: entity, f"{prefix}_folded": fold(entity)}


class Where:
    """The FROM and WHERE of a question over current articles `a`, text search joined as `h`."""

    def __init__(self, store: Store, q: str | None, filters: Filters) -> None:
        self.params: Row = {}
        self.joins = ""  # the text search, joined to articles `a` as `h`
        self.ranked = False
        self.empty = False
        self.conds = ["a.is_current = 1"]
        if q is not None and q.strip():
            prepared = store.text_query(q)
            if prepared is None:
                self.empty = True  # only stop words: nothing can match
            self.joins = f" JOIN ({store.text_hits('articles')}) h ON h.id = a.id"
            self.params["q"] = prepared or ""
            self.ranked = True
        if filters.entity:
            cond, params = entity_condition("a", filters.entity)
            self.conds.append(cond)
            self.params |= params
        if filters.entity_type:
            self.conds.append(
                "EXISTS (SELECT 1 FROM entities te WHERE te.type = :entity_type AND te.article_id = a.id)"
            )
            self.params["entity_type"] = filters.entity_type
        if filters.event_type:
            self.conds.append("EXISTS (SELECT 1 FROM events tv WHERE tv.type = :event_type AND tv.article_id = a.id)")
            self.params["event_type"] = filters.event_type
        if filters.source:
            self.conds.append("a.source = :source")
            self.params["source"] = filters.source
        if filters.language:
            self.conds.append("a.language = :language")
            self.params["language"] = filters.language
        conds, params = overlap("a.date_first", "a.date_last", filters.interval())
        self.conds += conds
        self.params |= params

    @property
    def source(self) -> str:
        return f"articles a{self.joins}"

    @property
    def sql(self) -> str:
        return f"FROM {self.source} WHERE {' AND '.join(self.conds)}"


def article_json(row: Mapping[str, Any]) -> Row:
    published = {"value": row["published"], "precision": row["published_precision"]} if row["published"] else None
    return {
        "id": row["external_id"],
        "title": row["title"],
        "source": row["source"],
        "url": row["url"],
        "language": row["language"],
        "published": published,
    }


ARTICLE_COLS = (
    "a.id AS article_pk, a.external_id, a.title, a.source, a.url, a.language, a.published,"
    " a.published_precision, a.date_first, a.date_last, a.date_precision"
)


def resolve_entity(store: Store, name: str) -> list[int]:
    """Entity records (current articles) that answer to a name, an alias as written or a KB id,
    and every record sharing an entity key (a KB id links spellings across articles) with one."""
    params = {"e": name, "ef": fold(name)}
    rows = store.fetch_all(
        "WITH direct AS (SELECT e.id, e.entity_key FROM entities e JOIN articles a ON a.id = e.article_id"
        " WHERE a.is_current = 1 AND (e.name_folded = :ef OR e.kb_id = :e OR e.entity_key = :e"
        " OR e.id IN (SELECT m.entity_id FROM mentions m WHERE m.text_folded = :ef AND m.kind = 'name')))"
        " SELECT e.id FROM entities e JOIN articles a ON a.id = e.article_id"
        " WHERE a.is_current = 1 AND (e.id IN (SELECT id FROM direct)"
        " OR e.entity_key IN (SELECT entity_key FROM direct)) ORDER BY e.id",
        params,
    )
    return [int(r["id"]) for r in rows]


def quantity_json(q: Mapping[str, Any]) -> Row:
    value = q["value"]
    if value is not None and q["is_integer"]:
        value = int(value)
    upper = q.get("upper")
    if upper is not None and q["is_integer"] and float(upper).is_integer():
        upper = int(upper)
    return {
        "text": q["text"],
        "value": value,
        "upper": upper,
        "unit": q["unit"],
        "mod": q["mod"],
        "counts": q["counts"],
    }
