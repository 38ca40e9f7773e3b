"""The quote scorer's matching rules, and the OpenBoek reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiding.evaluation.openboek import DEV_BOOKS, TEST_BOOKS, load_book
from duiding.evaluation.quotes import evaluate, overlap, same_phrase


@pytest.mark.parametrize(
    ("gold", "predicted", "right"),
    [
        ("Pieter de Graaf", "minister van Financiën Pieter de Graaf", True),
        ("Thomas Hermans", "De directeur van de zoo, Thomas Hermans", True),
        ("Svetlana Tichanovskaja", "Tichanovskaja", True),
        ("de demonstranten", "De demonstranten", True),
        ("De minister van Justitie", "Justitie", False),
        ("Pieter de Graaf", "Jan de Graaf", False),
        ("de minister", "de ministers", False),
        ("Wim Claes", "netbeheerder Wim Claes van Elia", True),
        ("de minister", "de minister en de premier", False),
    ],
)
def test_same_phrase(gold: str, predicted: str, right: bool) -> None:
    assert same_phrase(gold, predicted) is right


def test_overlap_ignores_marks_and_edge_punctuation() -> None:
    text = "'Dit is het.', zei hij."
    assert overlap(text, (0, 13), (1, 11)) == 1.0


def test_scorer_on_a_small_gold(tmp_path: Path, nlp) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"id": "a", "text": "\'Ik stop ermee\', zei de trainer. De film \'Thuis\' loopt nog.", "quotes": ['
        '{"text": "Ik stop ermee", "kind": "direct", "speaker": "de trainer", "cue": "zeggen"}]}\n'
        '{"id": "b", "text": "Volgens de politie vielen er twee doden.", "quotes": ['
        '{"text": "vielen er twee doden", "kind": "attribution", "speaker": "de politie", "cue": "volgens"}]}\n',
        encoding="utf-8",
    )
    report = evaluate(nlp, gold, tmp_path / "pred.jsonl")
    assert report.scores["extent_f1"] == 100.0
    assert report.scores["speaker_accuracy"] == 100.0
    assert report.scores["cue_accuracy"] == 100.0
    assert (tmp_path / "pred.jsonl").read_text(encoding="utf-8").count('"id"') == 2


def test_openboek_split_is_by_book() -> None:
    assert not set(DEV_BOOKS) & set(TEST_BOOKS)
    assert len(DEV_BOOKS) + len(TEST_BOOKS) == 9


@pytest.mark.data
def test_openboek_book_reads_back(data_dir: Path) -> None:
    folder = data_dir / "openboek_nl"
    if not folder.is_dir():
        pytest.skip("openboek_nl not in the shared data")
    book = load_book(folder, "Verne_ReisOmDeWereld")
    xml = (folder / "quotes" / "Verne_ReisOmDeWereld.xml").read_text(encoding="utf-8")
    assert len(book.quotes) == xml.count("<quote ")
    first = book.quotes[0]
    assert book.text[first.start : first.end] == '"De nieuwe bediende,"'
    assert first.speaker == "Jamers_Forster_de_ontslagen_knecht"
    assert book.speaker_chains["Phileas_Fogg"], "a character's coreference chains are found"
    assert "\n\n" in book.text
