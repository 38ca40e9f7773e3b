"""The quantities layer: Dutch amounts with their unit, modifier and what they count."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duiding.dates import PartialDate
from duiding.layers.numbers import parse_digits, parse_word
from duiding.pipeline import analyse
from duiding.records import Article, Quantity, Reading
from tests.helpers import assert_valid_reading, times_and_quantities_alone

BLANK = times_and_quantities_alone()


def quantities_of(text: str, published: str | None = None) -> list[Quantity]:
    article = Article(id="q", text=text, published=PartialDate.parse(published) if published else None)
    return analyse(article, BLANK).quantities


def one(text: str, published: str | None = None) -> Quantity:
    found = quantities_of(text, published)
    assert len(found) == 1, [(q.text, q.value) for q in found]
    return found[0]


# ---------------------------------------------------------------- the yardstick


def test_yardstick_seven_quantities(seed_reading: Reading) -> None:
    got = {q.text: (q.value, q.unit, q.mod, q.counts, q.ordinal) for q in seed_reading.quantities}
    assert got["1,5 miljard dollar"] == (1_500_000_000, "USD", None, None, False)
    assert got["80 procent"] == (80, "percent", None, "stemmen", False)
    assert got["10 procent"][:3] == (10, "percent", None)
    assert got["meer dan 100.000"] == (100_000, None, "MORE_THAN", "Wit-Russen", False)
    assert got["774"] == (774, None, None, "betogers", False)
    # `van wie 500 in de hoofdstad`: the noun is left out; the count refers back to the arrested protesters.
    assert got["500"] == (500, None, None, "betogers", False)
    assert got["vijfde"] == (5, None, None, "weekend", True)
    for q in seed_reading.quantities:
        assert q.provenance.component == "duiding_quantities"
        assert seed_reading.article.text[q.start : q.end] == q.text


def test_yardstick_numbers_in_dates_are_not_quantities(seed_reading: Reading) -> None:
    assert not any(q.text in ("9", "9 augustus") for q in seed_reading.quantities)
    assert not any(q.text == "vier" for q in seed_reading.quantities)  # `onder vier ogen`


# ---------------------------------------------------------------- forms


@pytest.mark.parametrize(
    ("text", "value", "unit", "mod"),
    [
        ("1,5", 1.5, None, None),
        ("100.000", 100_000, None, None),
        ("1.500.000", 1_500_000, None, None),
        ("12,3%", 12.3, "percent", None),
        ("twintig", 20, None, None),
        ("anderhalf miljoen", 1_500_000, None, None),
        ("een half miljoen", 500_000, None, None),
        ("tientallen", 20, None, "AT_LEAST"),
        ("honderden", 200, None, "AT_LEAST"),
        ("een dozijn", 12, None, None),
        ("2 miljard euro", 2_000_000_000, "EUR", None),
        ("€ 12,50", 12.5, "EUR", None),
        ("$3 miljard", 3_000_000_000, "USD", None),
        ("200 roebel", 200, "RUB", None),
        ("50 miljoen pond", 50_000_000, "GBP", None),
        ("3 procentpunt", 3, "pp", None),
        ("meer dan 100", 100, None, "MORE_THAN"),
        ("ruim 100", 100, None, "MORE_THAN"),
        ("bijna 100", 100, None, "LESS_THAN"),
        ("zowat 100", 100, None, "APPROX"),
        ("circa 100", 100, None, "APPROX"),
        ("ongeveer 100", 100, None, "APPROX"),
        ("minstens 100", 100, None, "AT_LEAST"),
        ("hooguit 100", 100, None, "AT_MOST"),
        ("tot 100", 100, None, "AT_MOST"),
        ("130 km/u", 130, "km/h", None),
        ("min acht graden", -8, "°C", None),
    ],
)
def test_forms(text: str, value: float, unit: str | None, mod: str | None) -> None:
    q = one(f"Het ging om {text} betogers.")
    assert q.text == text
    assert math.isclose(float(q.value or 0), value) and (q.unit, q.mod) == (unit, mod)


def test_a_unit_written_once_serves_both_numbers() -> None:
    qs = quantities_of("De snelheidslimiet daalt van 90 naar 70 kilometer per uur.")
    assert [(q.value, q.unit) for q in qs] == [(90, "km/h"), (70, "km/h")]
    q = one("De schade loopt op tot honderden miljoenen euro.")
    assert (q.value, q.unit) == (200_000_000, "EUR")


def test_ranges_keep_both_ends() -> None:
    q = one("De bouw kost tussen 15 en 20 miljoen euro.")
    assert (q.value, q.upper, q.unit) == (15_000_000, 20_000_000, "EUR")
    q = one("De lonen stijgen 10 à 20 procent.")
    assert (q.value, q.upper, q.unit) == (10, 20, "percent")
    # Found by the property test: a scale written once applies to both ends before they are compared.
    assert all(q.upper is None or q.upper > q.value for q in quantities_of("2-1 miljoen"))


def test_currency_depends_on_time_and_place() -> None:
    assert one("Een villa kostte 45 miljoen frank.", "1998-05-12").unit == "BEF"
    assert one("Een villa kost 45 miljoen frank.", "2015-05-12").unit == "CHF"
    assert one("In 1995 kostte een villa 45 miljoen frank.", "2015-05-12").unit == "BEF"
    assert one("Een villa kost 45 miljoen Zwitserse frank.", "1998-05-12").unit == "CHF"
    assert one("Een liter benzine kost 2,19 gulden.", "1998-05-12").unit == "NLG"
    assert one("Een brood kost 2 Wit-Russische roebel.", "2020-06-03").unit == "BYN"
    assert one("Een brood kost 2 Wit-Russische roebel.", "2015-06-03").unit == "BYR"


def test_what_is_counted() -> None:
    assert one("Er werden 774 jonge betogers opgepakt.").counts == "betogers"
    assert one("Ongeveer 70 procent van de Belgen is gevaccineerd.").counts == "Belgen"
    qs = quantities_of("De politie arresteerde 60 supporters; twintig van hen blijven in de cel.")
    assert [(q.value, q.counts) for q in qs] == [(60, "supporters"), (20, "supporters")]
    assert one("Het aantal asielaanvragen steeg in april tot 2.800.", "2022-05-10").counts == "asielaanvragen"


def test_to_after_a_verb_of_change_is_not_a_bound() -> None:
    q = one("De werkloosheid daalde tot 5,2 procent.")
    assert (q.text, q.mod) == ("5,2 procent", None)
    assert one("Temperaturen tot 38 graden.").mod == "AT_MOST"


@pytest.mark.parametrize(
    "text",
    [
        "Volgens artikel 5 van het verdrag helpen bondgenoten elkaar.",
        "Club Brugge won met 2-1 van Anderlecht.",
        "De Tweede Kamer debatteert over COVID-19.",
        "Een 34-jarige man werd opgepakt.",
        "Hij sprak onder vier ogen met de premier.",
        "Een liter diesel kost veel.",
        "Voor het eerst gebruikten de agenten geweld.",
        "De verkiezingen van 9 augustus 2020 waren vervalst.",
        "Hij acht het mogelijk.",
    ],
)
def test_not_a_quantity(text: str) -> None:
    assert quantities_of(text, "2020-09-16") == []


def test_a_decimal_is_a_number_not_a_date() -> None:
    article = Article(id="q", text="De economie groeide met 1,5 procent.", published=PartialDate.parse("2020-09-16"))
    reading = analyse(article, BLANK)
    assert reading.times == []
    assert [(q.text, q.value, q.unit) for q in reading.quantities] == [("1,5 procent", 1.5, "percent")]


# ---------------------------------------------------------------- properties


def dutch_words(n: int) -> str:
    """An independent Dutch speller for 1..999999, to test the reader against."""
    units = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
    teens = [
        "tien",
        "elf",
        "twaalf",
        "dertien",
        "veertien",
        "vijftien",
        "zestien",
        "zeventien",
        "achttien",
        "negentien",
    ]
    tens = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]

    def below_100(k: int) -> str:
        if k < 10:
            return units[k]
        if k < 20:
            return teens[k - 10]
        u, t = k % 10, k // 10
        if not u:
            return tens[t]
        joint = "ën" if units[u].endswith("e") else "en"
        return units[u] + joint + tens[t]

    def below_1000(k: int) -> str:
        h, rest = divmod(k, 100)
        head = "" if h == 0 else ("honderd" if h == 1 else units[h] + "honderd")
        return head + below_100(rest)

    th, rest = divmod(n, 1000)
    head = "" if th == 0 else ("duizend" if th == 1 else below_1000(th) + "duizend")
    return head + below_1000(rest)


@given(st.integers(1, 999_999))
def test_word_numbers_read_back(n: int) -> None:
    assert parse_word(dutch_words(n)) == n


@given(st.integers(0, 10**12))
def test_dutch_digit_groups_read_back(n: int) -> None:
    assert parse_digits(f"{n:,}".replace(",", ".")) == n


@given(st.integers(0, 10**6), st.integers(1, 99))
def test_dutch_decimals_read_back(whole: int, frac: int) -> None:
    assert parse_digits(f"{whole},{frac:02d}") == pytest.approx(whole + frac / 100)


TOKENS = st.sampled_from(
    "meer dan ruim 1,5 miljard dollar € $ 80 procent % 100.000 774 van wie 500 in de vijfde tussen en à tot "
    "tientallen een half miljoen anderhalf - min graden frank 2-1 artikel 5 . , twintig".split()
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(TOKENS, st.text(min_size=1, max_size=5)), min_size=1, max_size=30),
    st.sampled_from([None, "1998-05-12", "2020-09"]),
)
def test_random_text_never_crashes_and_spans_are_true(words: list[str], published: str | None) -> None:
    text = " ".join(words).strip() or "x"
    article = Article(id="p", text=text, published=PartialDate.parse(published) if published else None)
    reading = analyse(article, BLANK)
    for q in reading.quantities:
        assert text[q.start : q.end] == q.text
        assert isinstance(q.value, int | float) and not isinstance(q.value, bool)
        assert q.upper is None or q.upper > q.value
    assert_valid_reading(json.loads(json.dumps(reading.to_json())))
