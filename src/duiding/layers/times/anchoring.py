"""Anchoring: resolving relative time expressions against a publication date that may be partial.

With a day-precise publication date every expression resolves by arithmetic. With a
month (or week, or year) the publication day is unknown, so every day of that period is a
candidate reference day, and the article's own evidence narrows them:

- a bare weekday in the past (`maandag`) names one of the six days before publication,
  so a reference day on which that weekday is not among the six previous days is ruled out;
- a counted series (`voor het vijfde weekend op een rij`) fixes which weekend (week, day,
  month) the expression in its sentence falls in, counted from the series' onset: the
  article's date of the events breaking out (`begin augustus ... uitbraken`), bounded from
  below by a date named as their cause (`De aanleiding waren de verkiezingen van 9 augustus`).
  Where the onset falls inside a period (the election weekend), that period may or may not
  count as the first, and both readings are kept.

Every expression is then resolved for every reference day left. One value for all days is
certain; several are reported as candidates with the value at the precision they share.
The publication day itself is inferred only when exactly one day is left.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from duiding.dates import PartialDate
from duiding.lang.nl.time_evidence import CAUSE_CUES, ONSET_VERBS, SERIES_BEFORE, SERIES_CUES, SERIES_UNITS
from duiding.layers import numbers
from duiding.layers.times.meanings import Day, Meaning, Value, common_value

ONE_DAY = dt.timedelta(days=1)
MAX_CANDIDATES = 31


@dataclass
class Mention:
    """A time expression as the anchoring step sees it."""

    start: int
    end: int
    text: str
    sentence: int
    meaning: Meaning


@dataclass
class Resolved:
    value: Value
    certain: bool
    candidates: list[str] | None = None


@dataclass
class Series:
    """`voor het vijfde weekend op een rij`: the n-th period of a run."""

    start: int
    end: int
    text: str
    sentence: int
    n: int
    unit: str


@dataclass
class Anchoring:
    resolved: list[Resolved]
    days: list[Day]  # the publication days the evidence leaves (empty without a publication date)
    inferred: dict[str, Any] | None = None
    evidence: list[dict[str, Any]] = field(default_factory=list)


_SERIES_CUE = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(c) for c in (*SERIES_CUES, *SERIES_BEFORE))})(?!\w)", re.IGNORECASE
)
_SERIES = re.compile(
    r"(?:(?:het|de)\s+)?(?P<ord>[a-zë]+(?:ste|de)|\d{1,2}(?:ste|de|e))\s+"
    rf"(?:(?P<before>{'|'.join(SERIES_BEFORE)})\s+)?(?P<unit>{'|'.join(SERIES_UNITS)})"
    rf"(?:\s+(?P<cue>{'|'.join(re.escape(c) for c in SERIES_CUES)}))?$",
    re.IGNORECASE,
)


def find_series(text: str, sentence_of: Callable[[int], int]) -> list[Series]:
    """`voor het vijfde weekend op een rij`: found from its cue, read backwards to the ordinal."""
    out = []
    for cue in _SERIES_CUE.finditer(text):
        end = cue.end() if cue.group(0).lower() not in SERIES_BEFORE else _unit_end(text, cue.end())
        window_start = max(0, cue.start() - 40)
        m = None
        for k in range(window_start, cue.start()):
            if k == 0 or not text[k - 1].isalnum():
                m = _SERIES.match(text, k, end)
                if m:
                    break
        if m is None or not (m.group("cue") or m.group("before")):
            continue
        n = numbers.parse_ordinal(m.group("ord"))
        if n is None or n < 2:
            continue
        unit = SERIES_UNITS[m.group("unit").lower()]
        out.append(Series(m.start(), m.end(), m.group(0), sentence_of(m.start()), n, unit))
    return out


def _unit_end(text: str, pos: int) -> int:
    """After `opeenvolgende`, the end of the unit word that follows."""
    m = re.match(r"\s+\w+", text[pos:])
    return pos + m.end() if m else pos


def resolve(
    mentions: list[Mention],
    published: PartialDate | None,
    sentences: list[str],
    series: list[Series],
) -> Anchoring:
    """Resolve every mention; narrow a partial publication date with the article's evidence."""
    if published is None:
        return Anchoring([_certain(m.meaning.at(None, None)) for m in mentions], [])
    if published.precision == "day":
        day = published.first
        return Anchoring([_at_day(m.meaning, day, published) for m in mentions], [day])

    days = period_days(published)
    deictic = [m for m in mentions if m.meaning.deictic]
    readings = {id(m): read_every_day(m.meaning, published) for m in deictic}
    # An expression no reference day can satisfy strictly is read leniently and constrains nothing.
    strict = {id(m): bool(readings[id(m)].allowed) for m in deictic}
    by_expression = [readings[id(m)].allowed for m in deictic if strict[id(m)] and readings[id(m)].refuses]
    possible = set(days).intersection(*by_expression) if by_expression else set(days)
    constraints = _series_constraints(mentions, published, sentences, series)
    narrowed = {d for d in possible if all(ok(d) for ok, _ in constraints)} if constraints else possible
    evidence: list[dict[str, Any]] = []
    if narrowed:
        if len(narrowed) < len(possible):
            for _, ev in constraints:
                evidence += ev
        possible = narrowed
    if not possible:
        possible, strict = set(days), {id(m): False for m in deictic}
    # All days left is the common case: the cached tuple is the same and is a cheaper cache key.
    chosen = days if len(possible) == len(days) else tuple(sorted(possible))
    evidence = [_evidence(m, "weekday") for m in deictic if strict[id(m)] and readings[id(m)].refuses] + evidence

    resolved = []
    for m in mentions:
        if not m.meaning.deictic:
            resolved.append(_certain(m.meaning.at(chosen[0], published)))
            continue
        value, certain, candidates = _resolve_on(m.meaning, published, strict[id(m)], chosen)
        resolved.append(Resolved(value, certain, list(candidates) if candidates is not None else None))
    inferred = None
    if len(chosen) == 1:
        inferred = {"value": chosen[0].isoformat(), "precision": "day", "evidence": evidence}
    return Anchoring(resolved, list(chosen), inferred, evidence)


# ---------------------------------------------------------------- reading on every candidate day
#
# A year-dated article leaves 366 candidate days, and each deictic expression is read on
# every one of them. The readings depend on nothing but the expression and the publication
# date, and articles of the same period share most of their expressions (`gisteren`, `vorige
# week`, `woensdag`), so they are computed once per (expression, publication date) and kept
# in bounded caches. Everything cached is immutable.


@dataclass(frozen=True)
class DayReadings:
    """A deictic expression read strictly on each candidate day, in the order of `period_days`."""

    values: tuple[Value | None, ...]
    allowed: frozenset[Day]  # the days with a strict reading
    refuses: bool  # some day has none (a bare past `maandag` on a Monday)


@lru_cache(maxsize=64)
def period_days(published: PartialDate) -> tuple[Day, ...]:
    """Every day of a partial publication date, in order."""
    return tuple(published.first + ONE_DAY * k for k in range((published.last - published.first).days + 1))


@lru_cache(maxsize=256)  # an entry holds a year of values, some 20 kB
def read_every_day(meaning: Meaning, published: PartialDate) -> DayReadings:
    days = period_days(published)
    values = tuple(meaning.at(d, published) for d in days)
    allowed = frozenset(d for d, v in zip(days, values, strict=True) if v is not None)
    return DayReadings(values, allowed, len(allowed) < len(days))


@lru_cache(maxsize=1024)
def _resolve_on(
    meaning: Meaning, published: PartialDate, strict: bool, chosen: tuple[Day, ...]
) -> tuple[Value, bool, tuple[str, ...] | None]:
    """A deictic expression resolved over the chosen days, as the parts of a `Resolved` (which is mutable)."""
    strict_values = read_every_day(meaning, published).values
    first = published.first
    values = [(strict_values[(d - first).days] if strict else None) or meaning.at(d, published, False) for d in chosen]
    r = _combine([v for v in values if v is not None])
    return r.value, r.certain, tuple(r.candidates) if r.candidates is not None else None


def _evidence(m: Mention, role: str) -> dict[str, Any]:
    return {"role": role, "text": m.text, "start": m.start, "end": m.end, "sentence": m.sentence}


def _certain(v: Value | None) -> Resolved:
    v = v or Value(None)
    return Resolved(v, v.value is not None)


def _at_day(meaning: Meaning, day: Day, published: PartialDate) -> Resolved:
    return _certain(meaning.at(day, published) or meaning.at(day, published, False))


def _combine(values: list[Value]) -> Resolved:
    distinct: dict[str | None, Value] = {}
    for v in values:
        distinct.setdefault(v.value, v)
    if len(distinct) == 1:
        return _certain(values[0])
    if not distinct:
        return Resolved(Value(None), False)
    names = sorted(str(k) for k in distinct if k is not None)
    return Resolved(common_value(list(distinct.values())), False, names if len(names) <= MAX_CANDIDATES else None)


# ---------------------------------------------------------------- series and onsets


Constraint = tuple[Callable[[Day], bool], list[dict[str, Any]]]


def _series_constraints(
    mentions: list[Mention], published: PartialDate, sentences: list[str], series: list[Series]
) -> list[Constraint]:
    onsets = _onsets(mentions, published, sentences)
    out: list[Constraint] = []
    for s in series:
        before = [o for o in onsets if o[0].sentence <= s.sentence]
        if not before:
            continue
        _, onset_days, onset_evidence = before[-1]
        allowed = _nth_period_days(onset_days, s.n, s.unit)
        if not allowed:
            continue
        element = next((m for m in mentions if m.sentence == s.sentence and m.meaning.deictic), None)
        ev = [
            {"role": "series", "text": s.text, "start": s.start, "end": s.end, "sentence": s.sentence},
            *onset_evidence,
        ]
        if element is None:
            out.append((lambda d, allowed=allowed: d in allowed, ev))  # type: ignore[misc]
            continue
        ev.insert(0, _evidence(element, "series element"))

        def ok(d: Day, element: Mention = element, allowed: set[Day] = allowed) -> bool:
            v = element.meaning.at(d, published)
            if v is None or v.first is None or v.last is None:
                return True  # the weekday rule decides about this day, not the series
            return v.first in allowed and v.last in allowed

        out.append((ok, ev))
    return out


def _onsets(
    mentions: list[Mention], published: PartialDate, sentences: list[str]
) -> list[tuple[Mention, set[Day], list[dict[str, Any]]]]:
    """Dated onsets (`begin augustus ... uitbraken`), each narrowed by a dated cause nearby."""
    found = []
    for m in mentions:
        if m.meaning.deictic or m.meaning.type != "DATE":
            continue
        words = set(re.findall(r"\w+", sentences[m.sentence].lower()))
        if not words & ONSET_VERBS:
            continue
        days = _days_of(m.meaning, published)
        if days:
            found.append((m, days))
    # The same onset told twice (`sinds begin augustus`, `nadat begin augustus`) is one event:
    # a cause named beside any telling bounds them all.
    out = []
    for m, days in found:
        same = [o for o, d in found if d == days]
        lower, cause_ev = _cause_bound(same, mentions, published, sentences, max(days))
        bounded = {d for d in days if lower is None or d >= lower} or days
        ev = [_evidence(m, "onset"), *cause_ev]
        out.append((m, bounded, ev))
    return out


def _cause_bound(
    onsets: list[Mention], mentions: list[Mention], published: PartialDate, sentences: list[str], latest: Day
) -> tuple[Day | None, list[dict[str, Any]]]:
    best: tuple[Day | None, list[dict[str, Any]]] = (None, [])
    near = {o.sentence for o in onsets} | {o.sentence + 1 for o in onsets}
    for m in mentions:
        # the cheap sentence test first: comparing mentions field by field is not
        if m.sentence not in near or m.meaning.deictic or m in onsets:
            continue
        sentence = sentences[m.sentence].lower()
        if not any(re.search(rf"(?<!\w){re.escape(c)}", sentence) for c in CAUSE_CUES):
            continue
        v = m.meaning.at(published.first, published)
        if v is None or v.first is None or v.first != v.last or v.first > latest:
            continue
        if best[0] is None or v.first > best[0]:
            best = (v.first, [_evidence(m, "cause")])
    return best


def _days_of(meaning: Meaning, published: PartialDate) -> set[Day]:
    """The days an onset expression allows, with `begin`, `midden`, `eind` taken as thirds."""
    v = meaning.at(published.first, published)
    if v is None or v.first is None or v.last is None:
        return set()
    first, last = v.first, v.last
    length = (last - first).days + 1
    third = max(length // 3, 1)
    if meaning.mod == "START":
        last = first + ONE_DAY * (third - 1)
    elif meaning.mod == "MID":
        first, last = first + ONE_DAY * third, first + ONE_DAY * (2 * third - 1)
    elif meaning.mod == "END":
        first = first + ONE_DAY * (2 * third)
    return set(_span(first, last))


def _span(first: Day, last: Day) -> Iterable[Day]:
    d = first
    while d <= last:
        yield d
        d += ONE_DAY


def _instance(unit: str, day: Day) -> tuple[Day, Day] | None:
    """The period of `unit` that contains `day`, or None when the day is in none (a Tuesday, for weekends)."""
    wd = day.isoweekday()
    if unit == "weekend":
        if wd < 6:
            return None
        sat = day - ONE_DAY * (wd - 6)
        return sat, sat + ONE_DAY
    if unit.startswith("weekday"):
        return (day, day) if wd == int(unit[-1]) else None
    if unit == "day":
        return day, day
    if unit == "week":
        mon = day - ONE_DAY * (wd - 1)
        return mon, mon + ONE_DAY * 6
    if unit == "month":
        p = PartialDate.month(day.year, day.month)
        return p.first, p.last
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


def _next_instance(unit: str, after: Day) -> tuple[Day, Day]:
    d = after + ONE_DAY
    while True:
        inst = _instance(unit, d)
        if inst is not None and inst[0] > after:
            return inst
        d += ONE_DAY


def _nth_period_days(onset: set[Day], n: int, unit: str) -> set[Day]:
    """The days of the n-th period of a run that began on one of the onset days.

    The period the onset falls in may or may not count as the first (a protest that broke
    out on an election Sunday: does that weekend count?), so both are kept.
    """
    firsts: set[tuple[Day, Day]] = set()
    for o in onset:
        inst = _instance(unit, o)
        if inst is not None:
            firsts.add(inst)
            firsts.add(_next_instance(unit, inst[1]))
        else:
            firsts.add(_next_instance(unit, o))
    allowed: set[Day] = set()
    for inst in firsts:
        for _ in range(n - 1):
            inst = _next_instance(unit, inst[1])
        allowed.update(_span(*inst))
    return allowed
