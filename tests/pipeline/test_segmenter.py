from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duiding.pipeline import load


@pytest.fixture(scope="module")
def blank():
    return load("blank", layers=False)


def _sents(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hij kwam o.a. met dhr. Jansen en mevr. Smit. Zij bleef thuis.",
            ["Hij kwam o.a. met dhr. Jansen en mevr. Smit.", "Zij bleef thuis."],
        ),
        (
            "Er kwamen 100.000 mensen. Er was 1,5 miljard nodig.",
            ["Er kwamen 100.000 mensen.", "Er was 1,5 miljard nodig."],
        ),
        ("'Het is spijtig.' 'Het kan beter', zei ze.", ["'Het is spijtig.'", "'Het kan beter', zei ze."]),
        ("Waarom? Omdat het moet!", ["Waarom?", "Omdat het moet!"]),
        ("Aleksandr G. Loekasjenko kwam. Hij bleef.", ["Aleksandr G. Loekasjenko kwam.", "Hij bleef."]),
        ("Hij zei: 'Kom hier.' Niemand kwam.", ["Hij zei: 'Kom hier.'", "Niemand kwam."]),
        ("Het kost 5 euro. in de winkel", ["Het kost 5 euro. in de winkel"]),
        # words that spaCy lists as abbreviations end a sentence; real abbreviations do not
        ("Dat was het al. Daarna bleef het stil.", ["Dat was het al.", "Daarna bleef het stil."]),
        ("De zaal zat vol. Iedereen juichte.", ["De zaal zat vol.", "Iedereen juichte."]),
        ("Zij wees het voorstel van de hand. Hij niet.", ["Zij wees het voorstel van de hand.", "Hij niet."]),
        ("Zie art. 5 van de wet. Dat geldt.", ["Zie art. 5 van de wet.", "Dat geldt."]),
    ],
)
def test_sentence_boundaries(blank, text: str, expected: list[str]) -> None:
    assert _sents(blank, text) == expected


def test_intertitle_and_paragraphs(blank) -> None:
    text = "Eerste zin. Tweede zin\n\nTussenkop hier\n\nDerde zin."
    assert _sents(blank, text) == ["Eerste zin.", "Tweede zin", "Tussenkop hier", "Derde zin."]


def test_tokens(blank) -> None:
    words = [
        t.text for t in blank("Loekasjenko's plannen: 12,3% van 100.000 in 's-Hertogenbosch, o.a. door de Wit-Russen.")
    ]
    assert words == [
        "Loekasjenko's",
        "plannen",
        ":",
        "12,3",
        "%",
        "van",
        "100.000",
        "in",
        "'s-Hertogenbosch",
        ",",
        "o.a.",
        "door",
        "de",
        "Wit-Russen",
        ".",
    ]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc ABC.!?'\n,")), min_size=1, max_size=80))
def test_sentences_tile_the_text(blank, text: str) -> None:
    doc = blank(text)
    if not len(doc):
        return
    sents = list(doc.sents)
    assert sents[0].start == 0 and sents[-1].end == len(doc)
    assert all(a.end == b.start for a, b in itertools.pairwise(sents))
