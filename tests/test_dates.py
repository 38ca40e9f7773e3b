from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from duiding.dates import PartialDate, parse_published
from duiding.errors import InputError


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("2020-09", "2020-09", "month"),
        ("2020", "2020", "year"),
        ("2020-09-14", "2020-09-14", "day"),
        ("2020-09-14T10:30:00+02:00", "2020-09-14", "day"),
        ("2020-W37", "2020-W37", "week"),
        ("dinsdag 15 september 2020", "2020-09-15", "day"),
        ("15 sep. 2020", "2020-09-15", "day"),
        ("15/09/20", "2020-09-15", "day"),
        ("15-09-2020", "2020-09-15", "day"),
        ("september 2020", "2020-09", "month"),
        ("2020/09/15", "2020-09-15", "day"),
        ("15 september 2020 om 10:32", "2020-09-15", "day"),
        ("15 september 2020, 10.32 uur", "2020-09-15", "day"),
        ("Di 15/09/2020 - 10:32", "2020-09-15", "day"),
        ("Gepubliceerd op 15 september 2020", "2020-09-15", "day"),
    ],
)
def test_published_forms(text: str, value: str, precision: str) -> None:
    d = parse_published(text)
    assert (d.value, d.precision) == (value, precision)


def test_intervals() -> None:
    assert PartialDate.parse("2020-02").last == dt.date(2020, 2, 29)
    assert PartialDate.parse("2021-12").last == dt.date(2021, 12, 31)
    w = PartialDate.parse("2020-W37")
    assert (w.first, w.last) == (dt.date(2020, 9, 7), dt.date(2020, 9, 13))
    assert PartialDate.parse("2020-09").contains(dt.date(2020, 9, 14))


@pytest.mark.parametrize("text", ["2020-13", "2020-00", "2020-02-30", "31/02/2020", "31 februari 2020", "gisteren"])
def test_impossible_dates_name_the_fix(text: str) -> None:
    with pytest.raises(InputError) as info:
        parse_published(text)
    assert "Fix:" in str(info.value) and "YYYY" in info.value.fix


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_every_real_day_round_trips(day: dt.date) -> None:
    for text in (day.isoformat(), f"{day.day}/{day.month}/{day.year}"):
        d = parse_published(text)
        assert (d.first, d.last, d.precision) == (day, day, "day")
    m = parse_published(day.strftime("%Y-%m"))
    assert m.contains(day) and m.precision == "month"


@given(st.integers(1900, 2099), st.integers(13, 99))
def test_months_past_twelve_always_fail(year: int, month: int) -> None:
    with pytest.raises(InputError):
        parse_published(f"{year}-{month}")
