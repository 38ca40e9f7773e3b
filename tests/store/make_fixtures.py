"""Builds tests/fixtures/store-readings.jsonl: readings with every layer filled by hand.

Until the extraction layers land, `duiding analyse` leaves entities, quotes and events empty;
these readings let the store and the queries be tested on all of them. The article text and
sentences come from duiding itself; each record is placed by finding its text, so every
offset is true. Run it again after changing the articles below:

    .venv/bin/python -m tests.store.make_fixtures
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from duiding.pipeline import analyse, load
from duiding.readers import article_from_record, read

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fixtures" / "store-readings.jsonl"
PROV = {"component": "fixture", "version": "fixture-1"}


class Builder:
    def __init__(self, reading: dict[str, Any]) -> None:
        self.r = reading
        self.text: str = reading["article"]["text"]
        for layer in ("entities", "times", "quantities", "quotes", "events"):
            reading[layer] = []

    def find(self, needle: str, n: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(n + 1):
            start = self.text.index(needle, start + 1)
        return start, start + len(needle)

    def sentence(self, start: int) -> int:
        return next(s["index"] for s in self.r["sentences"] if s["start"] <= start < s["end"])

    def span(self, needle: str, n: int = 0) -> dict[str, Any]:
        start, end = self.find(needle, n)
        return {"start": start, "end": end, "text": needle, "sentence": self.sentence(start)}

    def entity(self, id: str, name: str, type: str, mentions: list[tuple[str, int, str]], **kw: Any) -> None:
        self.r["entities"].append(
            {
                "id": id,
                "name": name,
                "type": type,
                "kb_id": kw.get("kb_id"),
                "country": kw.get("country"),
                "role": kw.get("role"),
                "mentions": [self.span(t, n) | {"kind": kind} for t, n, kind in mentions],
                "provenance": PROV,
            }
        )

    def time(self, id: str, needle: str, value: str, precision: str, n: int = 0, **kw: Any) -> None:
        self.r["times"].append(
            {"id": id}
            | self.span(needle, n)
            | {
                "type": "DATE",
                "value": value,
                "mod": None,
                "precision": precision,
                "certain": kw.get("certain", True),
                "candidates": kw.get("candidates"),
                "provenance": PROV,
            }
        )

    def quantity(self, id: str, needle: str, value: float, counts: str | None, n: int = 0, **kw: Any) -> None:
        self.r["quantities"].append(
            {"id": id}
            | self.span(needle, n)
            | {
                "value": value,
                "unit": kw.get("unit"),
                "mod": kw.get("mod"),
                "counts": counts,
                "provenance": PROV,
            }
        )

    def quote(
        self, id: str, needle: str, kind: str, speaker: str | None, speaker_text: str, cue: str, **kw: Any
    ) -> None:
        self.r["quotes"].append(
            {"id": id}
            | self.span(needle, kw.get("n", 0))
            | {
                "kind": kind,
                "speaker": speaker,
                "speaker_text": speaker_text,
                "cue": cue,
                "channel": kw.get("channel"),
                "addressee": kw.get("addressee"),
                "provenance": PROV,
            }
        )

    def event(self, id: str, type: str, trigger: str, n: int = 0, **kw: Any) -> None:
        span = self.span(trigger, n)
        self.r["events"].append(
            {
                "id": id,
                "type": type,
                "mode": kw.get("mode"),
                "trigger": {k: span[k] for k in ("start", "end", "text")},
                "sentence": span["sentence"],
                "actors": kw.get("actors", []),
                "targets": kw.get("targets", []),
                "places": kw.get("places", []),
                "time": kw.get("time"),
                "date": kw.get("date"),
                "quantities": kw.get("quantities", []),
                "factuality": {"certainty": kw.get("certainty", "CERTAIN"), "polarity": kw.get("polarity", "POS")},
                "source": kw.get("source"),
                "provenance": PROV,
            }
        )


def _seed(nlp: Any) -> dict[str, Any]:
    article = next(iter(read(ROOT / "examples" / "seed-article.txt")))
    r = analyse(article, nlp).to_json()
    r["article"] |= {"source": "De Standaard", "url": "https://example.org/standaard/wit-rusland-poetin"}
    b = Builder(r)
    b.entity(
        "e1",
        "Aleksandr Loekasjenko",
        "PER",
        [
            ("Aleksandr Loekasjenko", 0, "name"),
            ("Aleksandr Loekasjenko", 1, "name"),
            ("Loekasjenko", 3, "name"),
            ("Loekasjenko", 4, "name"),
            ("Loekasjenko", 5, "name"),
            ("Loekasjenko", 6, "name"),
            ("Loekasjenko", 8, "name"),
            ("De Wit-Russische president", 0, "nominal"),
        ],
        kb_id="Q12861",
        country="BY",
        role="president",
    )
    b.entity(
        "e2",
        "Vladimir Poetin",
        "PER",
        [
            ("Vladimir Poetin", 0, "name"),
            ("Poetin", 1, "name"),
            ("Poetin", 2, "name"),
            ("De Russische president", 0, "nominal"),
        ],
        kb_id="Q7747",
        country="RU",
        role="president",
    )
    b.entity(
        "e3",
        "Svetlana Tichanovskaja",
        "PER",
        [("Svetlana Tichanovskaja", 0, "name"), ("Tichanovskaja", 1, "name")],
        country="BY",
        role="oppositiekandidate",
    )
    b.entity("e4", "Minsk", "LOC", [("Minsk", 0, "name")], country="BY")
    b.entity("e5", "Rusland", "LOC", [("Rusland", 0, "name")], country="RU")
    b.entity("e6", "Wit-Rusland", "LOC", [("Wit-Rusland", 0, "name"), ("Wit-Rusland", 1, "name")], country="BY")
    b.entity("e7", "Telegram", "MISC", [("Telegram", 0, "name")])
    b.entity("e8", "politie", "ORG", [("De politie", 0, "nominal")], country="BY")
    b.entity("e9", "Sotsji", "LOC", [("Sotsji", 0, "name")], country="RU")
    mondays = ["2020-09-07", "2020-09-14", "2020-09-21", "2020-09-28"]
    b.time("t1", "maandag", "2020-09", "month", certain=False, candidates=mondays)
    b.time("t2", "9 augustus", "2020-08-09", "day")
    b.time("t3", "Zondag", "2020-09", "month", 0, certain=False, candidates=["2020-09-06", "2020-09-13"])
    b.quantity("q1", "1,5 miljard dollar", 1.5e9, "lening", unit="USD")
    b.quantity("q2", "80 procent", 80, "stemmen", unit="percent")
    b.quantity("q3", "10 procent", 10, "stemmen", unit="percent")
    b.quantity("q4", "meer dan 100.000", 100000, "Wit-Russen", mod="MORE_THAN")
    b.quantity("q5", "774", 774, "betogers")
    b.quantity("q6", "500", 500, "betogers")
    b.quote(
        "c1",
        "'Ik wil hem eraan herinneren dat de afspraken van de meeting in Sotsji geen juridische gewicht hebben'",
        "direct",
        "e3",
        "ze",
        "schreef",
        channel="Telegram",
        addressee="e2",
    )
    b.quote(
        "c2",
        "dat hij de verkeerde gesprekspartner heeft gekozen",
        "indirect",
        "e3",
        "Tichanovskaja",
        "waarschuwde",
        addressee="e2",
    )
    b.quote(
        "c5",
        "'Alle akkoorden dit met de onwettige Loekasjenko zijn gesloten, zullen de nieuwe leiders herzien. "
        "Het is spijtig dat je een dialoog aanknoopt met een dictator en niet met het Wit-Russische volk.'",
        "direct",
        "e3",
        "ze",
        "schreef",
        channel="Telegram",
    )
    b.quote(
        "c3",
        "dat Poetin Loekasjenko's afhankelijkheid wil gebruiken om hem te dwingen in te stemmen met een "
        "verdere integratie tussen de twee landen",
        "belief",
        None,
        "Analisten",
        "geloven",
    )
    b.quote("c4", "met 80 procent van de stemmen won", "attribution", None, "de officiële cijfers", "volgens")
    month = {"value": "2020-09", "precision": "month"}
    b.event("v1", "CONSULT", "onderhoud", actors=["e1", "e2"], time="t1", date=month)
    b.event("v2", "AID", "lening", actors=["e2"], targets=["e1"], quantities=["q1"], date=month)
    b.event("v3", "SUPPORT", "steunde", actors=["e2"], targets=["e1"], date=month)
    b.event("v4", "SUPPORT", "bedankte", actors=["e1"], targets=["e2"], date=month)
    b.event("v5", "PROTEST", "kwamen", 0, quantities=["q4"], time="t3", date=month)
    b.event(
        "v6",
        "COERCE",
        "opgepakt",
        mode="arrest",
        actors=["e8"],
        places=["e4"],
        quantities=["q5", "q6"],
        time="t3",
        date=month,
    )
    b.event("v7", "ACCUSE", "waarschuwde", actors=["e3"], targets=["e2"], source="c2", time="t1", date=month)
    b.event("v8", "OTHER", "presidentsverkiezingen", time="t2", date={"value": "2020-08-09", "precision": "day"})
    return r


def _article(nlp: Any, record: dict[str, Any]) -> dict[str, Any]:
    return analyse(article_from_record(record, id=record["id"]), nlp).to_json()


def _minsk_sunday(nlp: Any) -> dict[str, Any]:
    r = _article(
        nlp,
        {
            "id": "standaard-2020-09-07",
            "date": "2020-09-07",
            "source": "De Morgen",
            "title": "Opnieuw massaprotest in Minsk",
            "url": "https://example.org/morgen/massaprotest",
            "text": "Ook op zondag 6 september kwamen tienduizenden betogers de straat op in Minsk. "
            "De politie arresteerde volgens de mensenrechtenorganisatie Viasna 633 betogers. "
            "Het ministerie van Binnenlandse Zaken sprak van "
            "774 arrestaties. 'We laten ons niet bang maken', zei Maria Kolesnikova tegen persbureau Reuters. "
            "Kolesnikova verwijt Loekasjenko verkiezingsfraude.",
        },
    )
    b = Builder(r)
    b.entity("e1", "Minsk", "LOC", [("Minsk", 0, "name")], country="BY")
    b.entity("e2", "politie", "ORG", [("De politie", 0, "nominal")], country="BY")
    b.entity("e3", "Viasna", "ORG", [("Viasna", 0, "name")])
    b.entity("e4", "ministerie van Binnenlandse Zaken", "ORG", [("ministerie van Binnenlandse Zaken", 0, "name")])
    b.entity("e5", "Maria Kolesnikova", "PER", [("Maria Kolesnikova", 0, "name"), ("Kolesnikova", 1, "name")])
    b.entity("e6", "Reuters", "ORG", [("Reuters", 0, "name")])
    b.entity("e7", "Loekasjenko", "PER", [("Loekasjenko", 0, "name")], kb_id="Q12861")
    b.time("t1", "zondag 6 september", "2020-09-06", "day")
    b.quantity("q1", "633", 633, "betogers")
    b.quantity("q2", "774", 774, "betogers")
    b.quantity("q3", "tienduizenden", 10000, "betogers", mod="MORE_THAN")
    b.quote(
        "c1",
        "De politie arresteerde volgens de mensenrechtenorganisatie Viasna 633 betogers",
        "attribution",
        "e3",
        "Viasna",
        "volgens",
    )
    b.quote(
        "c2", "sprak van 774 arrestaties", "attribution", "e4", "Het ministerie van Binnenlandse Zaken", "sprak van"
    )
    b.quote("c3", "'We laten ons niet bang maken'", "direct", "e5", "Maria Kolesnikova", "zei", addressee="e6")
    day = {"value": "2020-09-06", "precision": "day"}
    b.event("v1", "PROTEST", "kwamen", places=["e1"], quantities=["q3"], time="t1", date=day)
    b.event(
        "v2",
        "COERCE",
        "arresteerde",
        mode="arrest",
        actors=["e2"],
        places=["e1"],
        quantities=["q1"],
        source="c1",
        time="t1",
        date=day,
    )
    b.event("v3", "COERCE", "arrestaties", mode="arrest", quantities=["q2"], source="c2", time="t1", date=day)
    b.event("v4", "ACCUSE", "verwijt", actors=["e5"], targets=["e7"], date={"value": "2020-09-07", "precision": "day"})
    return r


def _election(nlp: Any) -> dict[str, Any]:
    r = _article(
        nlp,
        {
            "id": "nos-2020-08-10",
            "date": "2020-08-10",
            "source": "NOS",
            "title": "Loekasjenko roept zich uit tot winnaar",
            "text": "Loekasjenko heeft de presidentsverkiezingen van 9 augustus gewonnen met 80 procent "
            "van de stemmen, meldt de kiescommissie. Oppositieleider Svetlana Tichanovskaja "
            "kreeg volgens de officiële uitslag "
            "10 procent. Tichanovskaja noemt de uitslag vervalst en eist een hertelling. Poetin feliciteerde "
            "Loekasjenko met zijn overwinning.",
        },
    )
    b = Builder(r)
    b.entity(
        "e1",
        "Loekasjenko",
        "PER",
        [("Loekasjenko", 0, "name"), ("Loekasjenko", 1, "name")],
        kb_id="Q12861",
        role="president",
    )
    b.entity("e2", "kiescommissie", "ORG", [("de kiescommissie", 0, "nominal")])
    b.entity(
        "e3",
        "Svetlana Tichanovskaja",
        "PER",
        [("Svetlana Tichanovskaja", 0, "name"), ("Tichanovskaja", 1, "name")],
        role="oppositieleider",
    )
    b.entity("e4", "Poetin", "PER", [("Poetin", 0, "name")], kb_id="Q7747")
    b.time("t1", "9 augustus", "2020-08-09", "day")
    b.quantity("q1", "80 procent", 80, "stemmen", unit="percent")
    b.quantity("q2", "10 procent", 10, "stemmen", unit="percent")
    b.quote(
        "c1",
        "Loekasjenko heeft de presidentsverkiezingen van 9 augustus gewonnen met 80 procent van de stemmen",
        "attribution",
        "e2",
        "de kiescommissie",
        "meldt",
    )
    b.event(
        "v1",
        "OTHER",
        "gewonnen",
        actors=["e1"],
        quantities=["q1"],
        time="t1",
        source="c1",
        date={"value": "2020-08-09", "precision": "day"},
    )
    b.event("v2", "ACCUSE", "noemt", actors=["e3"], targets=["e1"], date={"value": "2020-08-10", "precision": "day"})
    b.event("v3", "REQUEST", "eist", actors=["e3"], date={"value": "2020-08-10", "precision": "day"})
    b.event("v4", "SUPPORT", "feliciteerde", actors=["e4"], targets=["e1"], certainty="PROBABLE")
    return r


def _english(nlp: Any) -> dict[str, Any]:
    r = _article(
        nlp,
        {
            "id": "wire-2020-09-14",
            "date": "2020-09-14",
            "source": "Wire",
            "language": "en",
            "title": "Putin meets Lukashenko",
            "url": "https://example.org/wire/sochi",
            "text": "Russian President Vladimir Putin met Belarusian leader Alexander Lukashenko in Sochi on Monday. "
            "Putin promised a loan of 1.5 billion dollars.",
        },
    )
    b = Builder(r)
    b.entity("e1", "Vladimir Putin", "PER", [("Vladimir Putin", 0, "name"), ("Putin", 1, "name")], kb_id="Q7747")
    b.entity("e2", "Alexander Lukashenko", "PER", [("Alexander Lukashenko", 0, "name")], kb_id="Q12861")
    b.entity("e3", "Sochi", "LOC", [("Sochi", 0, "name")])
    b.time("t1", "Monday", "2020-09-14", "day")
    b.quantity("q1", "1.5 billion dollars", 1.5e9, "loan", unit="USD")
    day = {"value": "2020-09-14", "precision": "day"}
    b.event("v1", "CONSULT", "met", actors=["e1", "e2"], places=["e3"], time="t1", date=day)
    b.event("v2", "AID", "loan", actors=["e1"], targets=["e2"], quantities=["q1"], date=day)
    return r


def _council(nlp: Any) -> dict[str, Any]:
    r = _article(
        nlp,
        {
            "id": "raad-2019",
            "date": "2019",
            "source": "Gemeenteblad",
            "title": "Betaald parkeren in Utrecht",
            "text": "De gemeenteraad van Utrecht stemde in met het nieuwe parkeerbeleid. Bewoners betalen voortaan "
            "12,50 euro per maand voor een vergunning.",
        },
    )
    b = Builder(r)
    b.entity("e1", "gemeenteraad van Utrecht", "ORG", [("gemeenteraad van Utrecht", 0, "name")], country="NL")
    b.entity("e2", "Utrecht", "LOC", [("Utrecht", 0, "name")], country="NL")
    b.quantity("q1", "12,50 euro", 12.5, "vergunning", unit="EUR")
    b.event("v1", "AGREE", "stemde in", actors=["e1"], places=["e2"])
    return r


def _vilnius(nlp: Any) -> dict[str, Any]:
    r = _article(
        nlp,
        {
            "id": "hln-2020-10",
            "date": "2020-10",
            "source": "HLN",
            "title": "Tichanovskaja in Vilnius",
            "text": "Tichanovskaja ontmoette in Vilnius de Litouwse president. "
            "'Wit-Rusland verdient vrije verkiezingen', schreef ze op Telegram. "
            "Duizenden betogers protesteerden opnieuw in Minsk.",
        },
    )
    b = Builder(r)
    b.entity("e1", "Svetlana Tichanovskaja", "PER", [("Tichanovskaja", 0, "name"), ("ze", 0, "pronoun")])
    b.entity("e2", "Vilnius", "LOC", [("Vilnius", 0, "name")], country="LT")
    b.entity("e3", "Litouwse president", "PER", [("de Litouwse president", 0, "nominal")], country="LT")
    b.entity("e4", "Wit-Rusland", "LOC", [("Wit-Rusland", 0, "name")], country="BY")
    b.entity("e5", "Telegram", "MISC", [("Telegram", 0, "name")])
    b.entity("e6", "Minsk", "LOC", [("Minsk", 0, "name")], country="BY")
    b.quantity("q1", "Duizenden", 1000, "betogers", mod="MORE_THAN")
    b.quote("c1", "'Wit-Rusland verdient vrije verkiezingen'", "direct", "e1", "ze", "schreef", channel="Telegram")
    month = {"value": "2020-10", "precision": "month"}
    b.event("v1", "CONSULT", "ontmoette", actors=["e1"], targets=["e3"], places=["e2"], date=month)
    b.event("v2", "PROTEST", "protesteerden", places=["e6"], quantities=["q1"], date=month)
    return r


def build() -> list[dict[str, Any]]:
    nlp = load("blank")
    return [_seed(nlp), _minsk_sunday(nlp), _election(nlp), _english(nlp), _council(nlp), _vilnius(nlp)]


if __name__ == "__main__":
    readings = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in readings), encoding="utf-8")
    print(f"wrote {len(readings)} readings to {OUT}")
