"""Partial dates: a date that knows how precise it is.

A Flemish newspaper header may say only `2020-09`. Treating that as
2020-09-01 would invent a day, so every date in duiding carries its
precision and the interval of days it covers.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from duiding.errors import InputError
from duiding.lang.nl.calendar import MONTHS, WEEKDAYS

Precision = Literal["year", "month", "week", "day"]
PRECISIONS: tuple[Precision, ...] = ("year", "month", "week", "day")

_ISO = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_ISO_WEEK = re.compile(r"^(?P<y>\d{4})-W(?P<w>\d{1,2})$")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to `precision`; `first`..`last` is the interval it covers."""

    value: str
    precision: Precision
    first: dt.date
    last: dt.date

    @classmethod
    def day(cls, date: dt.date) -> PartialDate:
        return cls(date.isoformat(), "day", date, date)

    @classmethod
    def month(cls, year: int, month: int) -> PartialDate:
        first = dt.date(year, month, 1)
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        return cls(f"{year:04d}-{month:02d}", "month", first, nxt - dt.timedelta(days=1))

    @classmethod
    def year(cls, year: int) -> PartialDate:
        return cls(f"{year:04d}", "year", dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def week(cls, year: int, week: int) -> PartialDate:
        first = dt.date.fromisocalendar(year, week, 1)
        return cls(f"{year:04d}-W{week:02d}", "week", first, first + dt.timedelta(days=6))

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse an ISO date of any precision (`2020`, `2020-09`, `2020-09-14`, `2020-W37`).

        Raises `InputError` naming the fix for anything impossible, such as `2020-13`.
        """
        raw = text.strip()
        week = _ISO_WEEK.match(raw)
        try:
            if week:
                return cls.week(int(week["y"]), int(week["w"]))
            iso = _ISO.match(raw)
            if not iso:
                raise ValueError("not an ISO date")
            year = int(iso["y"])
            if iso["d"]:
                return cls.day(dt.date(year, int(iso["m"]), int(iso["d"])))
            if iso["m"]:
                return cls.month(year, int(iso["m"]))
            return cls.year(year)
        except ValueError as exc:
            raise InputError(
                f"the date {raw!r} is not a valid date ({exc})",
                "write it as YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www, e.g. 2020-09 or 2020-09-14",
            ) from None

    def contains(self, date: dt.date) -> bool:
        return self.first <= date <= self.last

    def to_json(self) -> dict[str, str]:
        return {"value": self.value, "precision": self.precision}

    def __str__(self) -> str:
        return self.value


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# Publication dates as headers and bylines write them, each matched at the start of a string.
_PUBLISHED_FORMS = [
    re.compile(
        r"(?P<iso>\d{4}-W\d{1,2}|\d{4}(?:-\d{1,2}(?:-\d{1,2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?)(?![\d/])"
    ),
    re.compile(r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4}|\d{2})(?!\d)"),
    re.compile(r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?!\d)"),
    re.compile(
        rf"(?:(?:{_WEEKDAY_NAMES})\.?,?\s+)?(?P<d>\d{{1,2}})\s+(?P<mn>{_MONTH_NAMES})\.?\s+(?P<y>\d{{4}})\b",
        re.IGNORECASE,
    ),
    re.compile(rf"(?P<mn>{_MONTH_NAMES})\.?\s+(?P<y>\d{{4}})\b", re.IGNORECASE),
]


# What bylines put before the date: `Gepubliceerd op`, `Di`, `dinsdag,`.
_PREFIX = re.compile(
    rf"(?:(?:gepubliceerd|geplaatst|verschenen|bijgewerkt)(?:\s+op)?\s*:?\s*)?(?:(?:{_WEEKDAY_NAMES})\.?,?\s+)?",
    re.IGNORECASE,
)
# The time of day a byline may add after a day: `om 10:32`, `, 10.32 uur`, `- 10u32`.
_TIME_OF_DAY = re.compile(r"(?:\s*[,–-]\s*|\s+om\s+|\s+)\d{1,2}[:.u]\d{2}(?::\d{2})?(?!\d)(?:\s*uur)?", re.IGNORECASE)


def _two_digit_year(y: str) -> int:
    # News archives rarely reach back before 1950; "15/09/20" is 2020.
    year = int(y)
    if len(y) == 2:
        year += 2000 if year < 50 else 1900
    return year


def match_published(text: str) -> tuple[PartialDate, int] | None:
    """Find a publication date at the start of `text`; return it and the length it used.

    Raises `InputError` when something shaped like a date is impossible (`2020-13`).
    """
    prefix = _PREFIX.match(text)
    at = prefix.end() if prefix else 0
    for form in _PUBLISHED_FORMS:
        m = form.match(text, at) or (form.match(text) if at else None)
        if not m:
            continue
        parts = m.groupdict()
        if parts.get("iso"):
            return PartialDate.parse(parts["iso"]), m.end()
        year = _two_digit_year(parts["y"])
        month = MONTHS[parts["mn"].lower()] if parts.get("mn") else int(parts["m"])
        if not parts.get("d"):
            try:
                return PartialDate.month(year, month), m.end()
            except ValueError:
                pass
        else:
            try:
                day = PartialDate.day(dt.date(year, month, int(parts["d"])))
            except ValueError:
                pass
            else:
                clock = _TIME_OF_DAY.match(text, m.end())
                return day, clock.end() if clock else m.end()
        raise InputError(
            f"the date {m.group(0)!r} is not a valid date",
            "write it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2020-09 or 2020-09-14",
        )
    return None


def parse_published(text: str) -> PartialDate:
    """Parse a whole string as a publication date in any of the common forms."""
    raw = text.strip()
    found = match_published(raw)
    if found is None or raw[found[1] :].strip():
        raise InputError(
            f"{raw!r} is not a date duiding can read",
            "write it as YYYY-MM-DD (or YYYY-MM, YYYY), or as '15 september 2020'",
        )
    return found[0]
