"""What a time expression means, and its TIMEX3 value for a given reference day.

A meaning is resolved against the article's publication date. Absolute expressions
(`9 augustus 2020`) need no reference; `9 augustus` needs the year; deictic ones
(`maandag`, `gisteren`, `vorige week`) need the day itself. The anchoring step
(`anchoring.py`) calls `at(day)` for every day the publication date leaves possible,
so these classes only answer for one day at a time.

A deictic meaning may answer None for a day: a bare past `maandag` names one of the six
days before publication (a Monday seven days back is `vorige maandag`, today is
`vandaag`), so a Monday publication day cannot be the reference of a bare past `maandag`.
That refusal is what lets the article's own evidence narrow the publication day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from duiding.dates import PartialDate
from duiding.lang.nl.calendar import SEASON_FIRST_MONTH

Day = dt.date
ONE_DAY = dt.timedelta(days=1)
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Value:
    """A TIMEX3 value with its precision and, where it is a calendar period, the days it covers."""

    value: str | None
    precision: str | None = None
    first: Day | None = None
    last: Day | None = None


# ---------------------------------------------------------------- calendar helpers
#
# Anchoring reads each deictic expression on every candidate day of a partial publication
# date, so the same few hundred values are built over and over; the pure helpers below keep
# them in small bounded caches (a Value is immutable, so one instance can be shared).


@lru_cache(maxsize=4096)
def day_value(day: Day, part: str = "") -> Value:
    return Value(day.isoformat() + (f"T{part}" if part else ""), "day", day, day)


@lru_cache(maxsize=4096)
def week_value(day: Day) -> Value:
    y, w, _ = day.isocalendar()
    first = day - dt.timedelta(days=day.isoweekday() - 1)
    return Value(f"{y:04d}-W{w:02d}", "week", first, first + dt.timedelta(days=6))


@lru_cache(maxsize=4096)
def weekend_value(saturday: Day) -> Value:
    y, w, _ = saturday.isocalendar()
    return Value(f"{y:04d}-W{w:02d}-WE", "weekend", saturday, saturday + ONE_DAY)


@lru_cache(maxsize=1024)
def month_value(year: int, month: int) -> Value:
    p = PartialDate.month(year, month)
    return Value(p.value, "month", p.first, p.last)


@lru_cache(maxsize=1024)
def year_value(year: int) -> Value:
    return Value(f"{year:04d}", "year", dt.date(year, 1, 1), dt.date(year, 12, 31))


@lru_cache(maxsize=1024)
def quarter_value(year: int, q: int) -> Value:
    first = dt.date(year, 3 * q - 2, 1)
    last = month_value(year, 3 * q).last
    return Value(f"{year:04d}-Q{q}", "quarter", first, last)


@lru_cache(maxsize=1024)
def half_value(year: int, h: int) -> Value:
    first = dt.date(year, 1 if h == 1 else 7, 1)
    last = dt.date(year, 6, 30) if h == 1 else dt.date(year, 12, 31)
    return Value(f"{year:04d}-H{h}", "half", first, last)


@lru_cache(maxsize=1024)
def season_value(year: int, season: str) -> Value:
    m = SEASON_FIRST_MONTH[season]
    first = dt.date(year, m, 1)
    end_month = m + 2
    last = month_value(year + (end_month - 1) // 12, (end_month - 1) % 12 + 1).last
    return Value(f"{year:04d}-{season}", "season", first, last)


def season_year(day: Day) -> tuple[int, str]:
    """The season a day falls in, and the year TIMEX3 gives it (January is in last year's winter)."""
    m = day.month
    if m in (12, 1, 2):
        return (day.year if m == 12 else day.year - 1), "WI"
    return day.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(m, "FA")


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def easter(year: int) -> Day:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    return dt.date(year, month, (h + ell - 7 * m + 114) % 31 + 1)


# ---------------------------------------------------------------- meanings

Lean = Literal["past", "future", "neutral"]


@dataclass(frozen=True)
class Meaning:
    """The base: a value that needs no reference at all."""

    type: TimeType = "DATE"
    mod: str | None = None
    fixed: Value = field(default_factory=lambda: Value(None))
    note: str | None = None

    # A deictic meaning depends on the reference *day*; the others at most on the publication date.
    deictic = False

    def at(self, day: Day | None, published: PartialDate | None, strict: bool = True) -> Value | None:
        return self.fixed

    def with_mod(self, mod: str | None) -> Meaning:
        return replace(self, mod=mod) if mod else self


@dataclass(frozen=True)
class CalendarDate(Meaning):
    """A month, or a day of a month, with or without its year (`augustus`, `9 augustus 2020`)."""

    month: int = 1
    dom: int | None = None
    year: int | None = None
    weekday: int | None = None
    lean: Lean = "neutral"
    part: str = ""

    def exists(self) -> bool:
        """False for a day no calendar has (`31 februari`); a year left out may be a leap year."""
        return self.dom is None or _valid(self.year if self.year is not None else 2000, self.month, self.dom)

    def at(self, day: Day | None, published: PartialDate | None, strict: bool = True) -> Value | None:
        year = (
            self.year
            if self.year is not None
            else choose_year(self.month, self.dom, self.weekday, published, self.lean)
        )
        if year is None:
            return Value(
                f"XXXX-{self.month:02d}" + (f"-{self.dom:02d}" if self.dom else ""), "day" if self.dom else "month"
            )
        if self.dom is None:
            return month_value(year, self.month)
        return day_value(dt.date(year, self.month, self.dom), self.part)


@dataclass(frozen=True)
class NthWeekday(Meaning):
    """`de vierde maandag van september`, `de laatste zondag van maart`."""

    month: int = 1
    n: int = 1  # -1: the last
    weekday: int = 1
    year: int | None = None
    lean: Lean = "neutral"

    def at(self, day: Day | None, published: PartialDate | None, strict: bool = True) -> Value | None:
        year = self.year if self.year is not None else choose_year(self.month, None, None, published, self.lean)
        if year is None:
            return Value(None)
        days = [d for d in _span_days(month_value(year, self.month)) if d.isoweekday() == self.weekday]
        if self.n == -1:
            return day_value(days[-1])
        return day_value(days[self.n - 1]) if self.n <= len(days) else Value(None)


def _span_days(v: Value) -> list[Day]:
    assert v.first is not None and v.last is not None
    return [v.first + ONE_DAY * k for k in range((v.last - v.first).days + 1)]


def choose_year(
    month: int, dom: int | None, weekday: int | None, published: PartialDate | None, lean: Lean
) -> int | None:
    """The year of a month (or day) written without one, from the publication date.

    Within a year-precise publication date the month is that year's. Otherwise the month
    within six months back and five ahead of the publication month (news mostly looks
    back, but announces months ahead); a cue (`sinds`, `zal`) moves the window, and a
    weekday written with the date (`dinsdag 22 september`) picks the year it fits.
    """
    if published is None:
        return None
    if published.precision == "year":
        return published.first.year
    ref = published.first
    base = ref.year * 12 + ref.month - 1
    low, high = {"neutral": (-6, 5), "past": (-11, 0), "future": (0, 11)}[lean]
    years = [ref.year - 1, ref.year, ref.year + 1]
    if dom is not None and weekday is not None:
        fitting = [y for y in years if _valid(y, month, dom) and dt.date(y, month, dom).isoweekday() == weekday]
        if fitting:
            return min(fitting, key=lambda y: abs(y * 12 + month - 1 - base))
    for y in years:
        if low <= y * 12 + month - 1 - base <= high:
            return y
    return ref.year


def _valid(year: int, month: int, dom: int) -> bool:
    try:
        dt.date(year, month, dom)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Holiday(Meaning):
    """A holiday on a fixed day (`Kerstmis`) or one that moves with Easter (`Pinksteren`)."""

    month: int = 0
    dom: int = 0
    easter_offset: int | None = None
    part: str = ""
    year: int | None = None

    def at(self, day: Day | None, published: PartialDate | None, strict: bool = True) -> Value | None:
        if self.easter_offset is None:
            year = self.year or choose_year(self.month, self.dom, None, published, "neutral")
            if year is None:
                return Value(f"XXXX-{self.month:02d}-{self.dom:02d}" + (f"T{self.part}" if self.part else ""), "day")
            return day_value(dt.date(year, self.month, self.dom), self.part)
        if self.year is None and published is None:
            return Value(None)
        if self.year is not None:
            return day_value(easter(self.year) + dt.timedelta(days=self.easter_offset), self.part)
        assert published is not None
        ref = published.first + (published.last - published.first) / 2
        best = min(
            (easter(y) + dt.timedelta(days=self.easter_offset) for y in (ref.year - 1, ref.year, ref.year + 1)),
            key=lambda d: abs((d - ref).days),
        )
        return day_value(best, self.part)


@dataclass(frozen=True)
class YearOf(Meaning):
    """A period of a year that may be left out: a quarter, a half, a season, an ISO week."""

    kind: Literal["quarter", "half", "season", "week"] = "quarter"
    index: int = 1
    season: str = ""
    year: int | None = None

    def at(self, day: Day | None, published: PartialDate | None, strict: bool = True) -> Value | None:
        year = self.year
        if year is None:
            if published is None:
                return Value(None)
            year = published.first.year
            # A quarter or half not yet begun at publication is last year's (`het vierde kwartaal` in February).
            if self.kind in ("quarter", "half") and self._value(year).first > published.last:  # type: ignore[operator]
                year -= 1
            if self.kind == "season":
                year = season_year(published.first)[0] if self.season == "WI" else year
        return self._value(year)

    def _value(self, year: int) -> Value:
        if self.kind == "quarter":
            return quarter_value(year, self.index)
        if self.kind == "half":
            return half_value(year, self.index)
        if self.kind == "season":
            return season_value(year, self.season)
        first = dt.date.fromisocalendar(year, self.index, 1)
        return week_value(first)


# ---------------------------------------------------------------- deictic meanings


@dataclass(frozen=True)
class DayShift(Meaning):
    """`vandaag`, `gisteren`, `overmorgen`, `vanavond`, `drie dagen geleden`."""

    days: int = 0
    part: str = ""
    deictic = True

    def at(self, day: Day | None, published: PartialDate | None, strict: bool = True) -> Value | None:
        if day is None:
            return Value(None)
        return day_value(day + dt.timedelta(days=self.days), self.part)


WeekdayRelation = Literal["past", "future", "last", "next"]


@dataclass(frozen=True)
class Weekday(Meaning):
    """A weekday relative to the reference day.

    `past` (a bare weekday in a past context) is one of the six days before the reference
    day; `future` one of the six after; `last`/`next` (`vorige maandag`, `maandag a.s.`)
    reach seven days. Not strict, `past` and `future` may also be the reference day itself.
    """

    weekday: int = 1
    relation: WeekdayRelation = "past"
    part: str = ""
    deictic = True

    def at(self, day: Day | None, published: PartialDate | None, strict: bool = True) -> Value | None:
        if day is None:
            return Value(f"XXXX-WXX-{self.weekday}" + (f"T{self.part}" if self.part else ""), "weekday")
        # Counted, not searched: anchoring asks this for every candidate day of a year.
        ahead = (self.weekday - day.isoweekday()) % 7  # to the next such weekday; 0 on the day itself
        if ahead == 0:
            # The day itself is strictly neither `past` nor `future`; `last` and `next` reach a week.
            if self.relation in ("past", "future"):
                return None if strict else day_value(day, self.part)
            k = -7 if self.relation == "last" else 7
        else:
            k = ahead - 7 if self.relation in ("past", "last") else ahead
        return day_value(day + dt.timedelta(days=k), self.part)


@dataclass(frozen=True)
class WeekdayOfWeek(Meaning):
    """`vorige week maandag`: a weekday in a week counted from the reference day's week."""

    weekday: int = 1
    weeks: int = -1
    deictic = True

    def at(self, day: Day | None, published: PartialDate | None, strict: bool = True) -> Value | None:
        if day is None:
            return Value(None)
        monday = day - dt.timedelta(days=day.isoweekday() - 1) + dt.timedelta(weeks=self.weeks)
        return day_value(monday + dt.timedelta(days=self.weekday - 1))


@dataclass(frozen=True)
class NightOf(Meaning):
    """`de nacht van zaterdag op zondag`: the night that begins on the first weekday named."""

    weekday: int = 6
    deictic = True

    def at(self, day: Day | None, published: PartialDate | None, strict: bool = True) -> Value | None:
        inner = Weekday(weekday=self.weekday, relation="past").at(day, published, strict)
        if day is not None and inner is None and not strict:
            inner = Weekday(weekday=self.weekday, relation="last").at(day, published, strict)
        if inner is None or inner.first is None:
            return inner if day is not None else Value(f"XXXX-WXX-{self.weekday}TNI")
        return day_value(inner.first, "NI")


@dataclass(frozen=True)
class RelativeYearMonth(Meaning):
    """`mei vorig jaar`: a month of the year before (or after) the reference day's."""

    month: int = 1
    shift: int = -1
    deictic = True

    def at(self, day: Day | None, published: PartialDate | None, strict: bool = True) -> Value | None:
        if day is None:
            return Value(None)
        return month_value(day.year + self.shift, self.month)


@dataclass(frozen=True)
class RelativeYearPart(Meaning):
    """`het eerste kwartaal van vorig jaar`: a quarter or half of a year counted from the reference day's."""

    kind: Literal["quarter", "half"] = "quarter"
    index: int = 1
    shift: int = 0
    deictic = True

    def at(self, day: Day | None, published: PartialDate | None, strict: bool = True) -> Value | None:
        if day is None:
            return Value(None)
        return YearOf(kind=self.kind, index=self.index, year=day.year + self.shift).at(None, None)


PeriodUnit = Literal["week", "month", "year", "quarter", "weekend", "decade", "century"]


@dataclass(frozen=True)
class PeriodShift(Meaning):
    """`vorige week`, `volgend jaar`, `deze maand`, `twee weken geleden`, `over drie maanden`, `dit weekend`."""

    unit: PeriodUnit = "week"
    shift: int = 0
    deictic = True

    def at(self, day: Day | None, published: PartialDate | None, strict: bool = True) -> Value | None:
        if day is None:
            return Value(None)
        if self.unit == "week":
            return week_value(day + dt.timedelta(weeks=self.shift))
        if self.unit == "month":
            return month_value(*add_months(day.year, day.month, self.shift))
        if self.unit == "year":
            return year_value(day.year + self.shift)
        if self.unit == "quarter":
            y, m = add_months(day.year, day.month, 3 * self.shift)
            return quarter_value(y, (m - 1) // 3 + 1)
        if self.unit == "weekend":
            return weekend_value(_weekend_saturday(day, self.shift))
        if self.unit == "decade":
            start = (day.year // 10 + self.shift) * 10
            return Value(f"{start // 10:03d}", "decade", dt.date(start, 1, 1), dt.date(start + 9, 12, 31))
        start = (day.year // 100 + self.shift) * 100
        return Value(f"{start // 100:02d}", "century", dt.date(start, 1, 1), dt.date(start + 99, 12, 31))


def _weekend_saturday(day: Day, shift: int) -> Day:
    """The Saturday of `dit weekend` (0), the last weekend before the day (-1), the next one (+1)."""
    this = day + dt.timedelta(days=6 - day.isoweekday())  # the Saturday of the day's ISO week
    if shift == 0:
        return this
    if shift < 0:
        # The latest weekend whose Sunday lies before the day.
        last = this if this + ONE_DAY < day else this - dt.timedelta(days=7)
        return last + dt.timedelta(weeks=shift + 1)
    nxt = this if this > day else this + dt.timedelta(days=7)
    return nxt + dt.timedelta(weeks=shift - 1)


@dataclass(frozen=True)
class SeasonShift(Meaning):
    """`deze zomer`, `vorige winter` (the last one that ended), `volgend voorjaar` (the next to begin)."""

    season: str = "SU"
    shift: int = 0
    deictic = True

    def at(self, day: Day | None, published: PartialDate | None, strict: bool = True) -> Value | None:
        if day is None:
            return Value(None)
        y = day.year
        if self.shift == 0:
            y = season_year(day)[0] if self.season == "WI" else y
            return season_value(y, self.season)
        candidates = [season_value(y + k, self.season) for k in (-2, -1, 0, 1, 2)]
        if self.shift < 0:
            return [v for v in candidates if v.last is not None and v.last < day][-1]
        return next(v for v in candidates if v.first is not None and v.first > day)


def common_value(values: list[Value]) -> Value:
    """The finest calendar period (week, month, year) that holds every candidate; its precision is certain."""
    firsts = [v.first for v in values if v.first is not None]
    lasts = [v.last for v in values if v.last is not None]
    if len(firsts) != len(values) or not firsts:
        return Value(None)
    first, last = min(firsts), max(lasts)
    if first.isocalendar()[:2] == last.isocalendar()[:2]:
        return week_value(first)
    if (first.year, first.month) == (last.year, last.month):
        return month_value(first.year, first.month)
    if first.year == last.year:
        return year_value(first.year)
    return Value(None)
