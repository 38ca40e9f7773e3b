"""The times layer: Dutch time expressions, normalised, and honest about the precision of the anchor.

The yardstick tests run the full pipeline on the seed article (with whichever backbone is
installed); the others use the blank pipeline, so the layer's own rules are tested alone.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duiding.dates import PartialDate
from duiding.pipeline import analyse
from duiding.readers import read
from duiding.records import Article, Reading, Time
from tests.conftest import SEED
from tests.helpers import assert_valid_reading, times_and_quantities_alone

BLANK = times_and_quantities_alone()
SEED_ARTICLE = next(iter(read(SEED)))
assert isinstance(SEED_ARTICLE, Article)


def times_of(text: str, published: str | None = None) -> list[Time]:
    article = Article(id="t", text=text, published=PartialDate.parse(published) if published else None)
    return analyse(article, BLANK).times


def one(text: str, published: str | None = None) -> Time:
    found = times_of(text, published)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


def by_text(reading: Reading) -> dict[str, list[Time]]:
    out: dict[str, list[Time]] = {}
    for t in reading.times:
        out.setdefault(t.text.lower(), []).append(t)
    return out


# ---------------------------------------------------------------- the yardstick


def test_yardstick_header_keeps_month_precision(seed_reading: Reading) -> None:
    assert seed_reading.article.published == PartialDate.month(2020, 9)
    assert seed_reading.published_inferred is None  # the evidence leaves several days


def test_yardstick_seven_expressions(seed_reading: Reading) -> None:
    found = by_text(seed_reading)
    assert set(found) == {"maandag", "begin augustus", "9 augustus", "zondag", "de voorbije weken", "tot nu"}
    assert all((t.value, t.mod, t.type) == ("2020-08", "START", "DATE") for t in found["begin augustus"])
    assert [(t.value, t.certain) for t in found["9 augustus"]] == [("2020-08-09", True)]
    assert all((t.value, t.type) == ("PXW", "DURATION") for t in found["de voorbije weken"])
    assert [(t.value, t.mod) for t in found["tot nu"]] == [("PRESENT_REF", "ON_OR_BEFORE")]
    # `Nu de protesten ...` opens the lede: a conjunction, not a time.
    assert not any(t.text == "Nu" for t in seed_reading.times)


def test_yardstick_weekdays_keep_month_precision_with_their_candidates(seed_reading: Reading) -> None:
    found = by_text(seed_reading)
    for t in found["maandag"]:
        assert (t.value, t.precision, t.certain) == ("2020-09", "month", False)
        assert t.candidates == ["2020-09-07", "2020-09-14"]
    for t in found["zondag"]:
        assert (t.value, t.precision, t.certain) == ("2020-09", "month", False)
        assert t.candidates == ["2020-09-06", "2020-09-13"]


def test_yardstick_with_a_precise_date_gets_the_exact_day() -> None:
    article = Article(id="seed", text=SEED_ARTICLE.text, published=PartialDate.parse("2020-09-15"))
    found = by_text(analyse(article, BLANK))
    assert {(t.value, t.certain) for t in found["maandag"]} == {("2020-09-14", True)}
    assert {(t.value, t.certain) for t in found["zondag"]} == {("2020-09-13", True)}


def test_yardstick_reading_is_valid(seed_reading: Reading) -> None:
    assert_valid_reading(json.loads(json.dumps(seed_reading.to_json())))
    for t in seed_reading.times:
        assert t.provenance.component == "duiding_times"
    assert [t.id for t in seed_reading.times] == [f"time{i}" for i in range(1, len(seed_reading.times) + 1)]


def test_the_cause_narrows_the_onset_of_the_series() -> None:
    """Without the election date as cause, protests `begin augustus` could have started on 1 August,
    and the fifth weekend could be 29/30 August: more candidates, not a guess."""
    text = SEED_ARTICLE.text.replace("De aanleiding waren de presidentsverkiezingen van 9 augustus, die", "Daarbij")
    assert text != SEED_ARTICLE.text
    article = Article(id="seed", text=text, published=PartialDate.month(2020, 9))
    found = by_text(analyse(article, BLANK))
    assert found["zondag"][0].candidates == ["2020-08-30", "2020-09-06", "2020-09-13"]
    assert found["maandag"][0].candidates == ["2020-08-31", "2020-09-07", "2020-09-14"]


def test_evidence_that_leaves_one_day_infers_the_publication_day() -> None:
    text = (
        "De stakingen in de haven braken uit op maandag 1 maart. "
        "Vandaag betogen de havenarbeiders voor de derde zaterdag op rij in het centrum."
    )
    reading = analyse(Article(id="t", text=text, published=PartialDate.month(2021, 3)), BLANK)
    assert reading.published_inferred is not None
    assert reading.published_inferred["value"] == "2021-03-20"
    roles = {e["role"] for e in reading.published_inferred["evidence"]}
    assert {"series", "onset", "series element"} <= roles
    vandaag = by_text(reading)["vandaag"][0]
    assert (vandaag.value, vandaag.certain) == ("2021-03-20", True)


def test_without_evidence_a_weekday_lists_every_possible_day() -> None:
    t = one("De Kamer stemde dinsdag in met de regeling.", "2020-09")
    assert (t.value, t.certain) == ("2020-09", False)
    assert t.candidates == ["2020-09-01", "2020-09-08", "2020-09-15", "2020-09-22", "2020-09-29"]


# ---------------------------------------------------------------- forms


@pytest.mark.parametrize(
    ("text", "published", "value", "mod", "type_"),
    [
        ("9 aug. 2020", None, "2020-08-09", None, "DATE"),
        ("09/08/2020", None, "2020-08-09", None, "DATE"),
        ("2020", None, "2020", None, "DATE"),
        ("de jaren negentig", None, "199", None, "DATE"),
        ("gisteren", "2020-09-16", "2020-09-15", None, "DATE"),
        ("vorige week", "2020-09-16", "2020-W37", None, "DATE"),
        ("volgend jaar", "2020-09-16", "2021", None, "DATE"),
        ("vanochtend", "2020-09-16", "2020-09-16TMO", None, "TIME"),
        ("het voorbije weekend", "2020-09-16", "2020-W37-WE", None, "DATE"),
        ("deze zomer", "2021-03-10", "2021-SU", None, "DATE"),
        ("begin augustus", "2020-09-16", "2020-08", "START", "DATE"),
        ("midden september", "2020-09-16", "2020-09", "MID", "DATE"),
        ("eind vorig jaar", "2020-09-16", "2019", "END", "DATE"),
        ("de voorbije weken", "2020-09-16", "PXW", None, "DURATION"),
        ("drie weken", None, "P3W", None, "DURATION"),
        ("anderhalf jaar", None, "P18M", None, "DURATION"),
        ("elke zondag", None, "XXXX-WXX-7", None, "SET"),
        ("wekelijks", None, "P1W", None, "SET"),
        ("nu", None, "PRESENT_REF", None, "DATE"),
        ("destijds", None, "PAST_REF", None, "DATE"),
        ("twee weken geleden", "2021-03-10", "2021-W08", None, "DATE"),
        ("over drie maanden", "2021-03-10", "2021-06", None, "DATE"),
        ("Pinksteren", "2021-05-18", "2021-05-23", None, "DATE"),
        ("om 14.30 uur", None, "XXXX-XX-XXT14:30", None, "TIME"),
        ("de vierde maandag van september", "2021-09", "2021-09-27", None, "DATE"),
        ("de nacht van 9 op 10 november 1989", None, "1989-11-09TNI", None, "TIME"),
    ],
)
def test_forms(text: str, published: str | None, value: str, mod: str | None, type_: str) -> None:
    t = one(f"Het gebeurde {text}." if text[0].islower() else f"{text} gebeurde het.", published)
    assert (t.value, t.mod, t.type) == (value, mod, type_)


def test_weekday_resolution_follows_tense_cues() -> None:
    # Published on Wednesday 16 September 2020.
    assert one("De minister sprak zondag in Gent.", "2020-09-16").value == "2020-09-13"
    assert one("De minister zal zondag in Gent spreken.", "2020-09-16").value == "2020-09-20"
    assert one("Het museum blijft tot zaterdag gesloten.", "2020-09-16").value == "2020-09-19"
    assert one("Vorige woensdag viel het besluit.", "2020-09-16").value == "2020-09-09"
    # `tot` closing a span that began at an earlier day does not point forward.
    found = times_of("De verkiezingen duurden van vrijdag tot zondag.", "2024-03-19")
    assert [t.value for t in found] == ["2024-03-15", "2024-03-17"]


def test_a_month_without_year_takes_the_nearest_year() -> None:
    assert one("Sinds maart werken velen thuis.", "2020-09-16").value == "2020-03"
    assert one("In oktober volgt een evaluatie.", "2016-06-24").value == "2016-10"
    assert one("Het gebeurde op 26 mei.", "2019-11-22").value == "2019-05-26"
    assert one("Het parlement stemt dinsdag 22 september.", "2020-09-16").value == "2020-09-22"


# ---------------------------------------------------------------- not a date


def test_a_decimal_is_not_a_date() -> None:
    assert times_of("De economie groeide met 1,5 procent.", "2020-09-16") == []
    assert times_of("Het gemiddelde steeg van 6,5 naar 7,1.") == []


def test_a_weekday_as_a_name_is_not_a_date() -> None:
    assert times_of("Het satirische programma Dinsdag haalde veel kijkers.", "2020-09-16") == []
    assert times_of("Robinson Crusoe leerde zijn knecht Vrijdag lezen.", "2020-09-16") == []


def test_an_impossible_date_is_flagged_and_left_unnormalised() -> None:
    t = one("De bijeenkomst van 31 februari heeft nooit plaatsgevonden.", "2020-09-16")
    assert t.text == "31 februari"
    assert (t.value, t.certain) == (None, False)
    assert t.note is not None and "impossible" in t.note


def test_nu_as_conjunction_is_not_a_time() -> None:
    assert times_of("Nu de regering gevallen is, komen er verkiezingen.") == []
    found = times_of("De oorlog duurt nu al drie weken.")
    assert [(t.text, t.value) for t in found] == [("nu", "PRESENT_REF"), ("drie weken", "P3W")]


# ---------------------------------------------------------------- properties

WORDS = st.sampled_from(
    "maandag Zondag 9 augustus 1,5 2020 begin eind vorige week gisteren nu tot de het jaren negentig "
    "31 februari procent meer dan . , ' - / 09/08/2020 om uur 14.30 elke over geleden drie weken "
    "voor het vijfde weekend op een rij braken uit aanleiding van".split()
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(WORDS, st.text(min_size=1, max_size=6)), min_size=1, max_size=30),
    st.sampled_from([None, "2020", "2020-09", "2020-W37", "2020-09-16"]),
)
def test_random_text_never_crashes_and_spans_are_true(words: list[str], published: str | None) -> None:
    text = " ".join(words).strip() or "x"
    article = Article(id="p", text=text, published=PartialDate.parse(published) if published else None)
    reading = analyse(article, BLANK)
    for t in reading.times:
        assert text[t.start : t.end] == t.text
        if not t.certain and t.candidates:
            assert t.value is None or all(c.startswith(t.value[:4]) for c in t.candidates)
    assert_valid_reading(json.loads(json.dumps(reading.to_json())))


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2080, 12, 31)), st.integers(1, 7))
def test_a_past_weekday_is_one_of_the_six_days_before(day: dt.date, weekday: int) -> None:
    names = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    t = one(f"De minister sprak {names[weekday - 1]} in Gent.", day.isoformat())
    resolved = dt.date.fromisoformat(t.value or "")
    assert resolved.isoweekday() == weekday and t.certain
    assert day - dt.timedelta(days=6) <= resolved <= day


# ---------------------------------------------------------------- with a backbone's annotations


def annotated(words: list[str], pos: list[str], morphs: list[str], published: str) -> Time:
    """Run the layer on a Doc tagged by hand, as the trained backbone would tag it."""
    from spacy.tokens import Doc

    spaces = [i + 1 < len(words) and words[i + 1] not in ".," for i in range(len(words))]
    doc = Doc(BLANK.vocab, words=words, spaces=spaces, pos=pos, morphs=morphs)
    doc = BLANK.get_pipe("duiding_segmenter")(doc)
    doc._.published = PartialDate.parse(published)
    (t,) = BLANK.get_pipe("duiding_times")(doc)._.times
    return t


def test_present_tense_sends_a_weekday_forward() -> None:
    words = ["De", "raad", "vergadert", "donderdagavond", "over", "het", "plan", "."]
    pos = ["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"]
    morphs = ["", "", "Tense=Pres|VerbForm=Fin", "", "", "", "", ""]
    assert annotated(words, pos, morphs, "2020-09-16").value == "2020-09-17TEV"
    words[2], morphs[2] = "vergaderde", "Tense=Past|VerbForm=Fin"
    assert annotated(words, pos, morphs, "2020-09-16").value == "2020-09-10TEV"
