"""Coreference metrics (MUC, B³, BLANC) on hand-computed cases, and MEANTIME's coref files."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiding.evaluation.coref import b_cubed, blanc, muc
from duiding.evaluation.meantime_entities import read_coref, strip_leading

KEY = [frozenset("abc"), frozenset("de")]
RESPONSE = [frozenset("ab"), frozenset("cde")]


def test_muc() -> None:
    s = muc(KEY, RESPONSE)
    assert s.recall == pytest.approx(200 / 3) and s.precision == pytest.approx(200 / 3)


def test_b_cubed() -> None:
    s = b_cubed(KEY, RESPONSE)
    assert s.recall == pytest.approx(100 * 11 / 15) and s.precision == pytest.approx(100 * 11 / 15)


def test_blanc() -> None:
    s = blanc(KEY, RESPONSE)
    assert s.coref.f1 == pytest.approx(50.0)
    assert s.non.f1 == pytest.approx(200 / 3)
    assert s.f1 == pytest.approx((50 + 200 / 3) / 2)


def test_predicted_mentions_the_key_lacks() -> None:
    key, response = [frozenset("ab")], [frozenset("ac")]
    assert muc(key, response).f1 == 0.0
    assert b_cubed(key, response).recall == pytest.approx(25.0)
    assert b_cubed(key, response).precision == pytest.approx(25.0)
    perfect = blanc(KEY, KEY)
    assert perfect.f1 == pytest.approx(100.0)


def test_read_coref_and_strip_determiners(tmp_path: Path) -> None:
    rows = [
        ("1", "De", "(7"),
        ("2", "president", "7)"),
        ("3", "zei", "_"),
        ("4", "dat", "_"),
        ("5", "hij", "(7)"),
        ("6", "Apple", "(9)|(8"),
        ("7", "Inc.", "8)"),
    ]
    text = "#begin document (x);\n" + "".join(f"x\t{i}\t{w}\t{t}\n" for i, w, t in rows) + "#end document\n"
    path = tmp_path / "x.xml.coref_ne"
    path.write_text(text, encoding="utf-8")
    gold = read_coref(path)
    assert sorted(gold.mentions) == sorted([(("1", "2"), "7"), (("5",), "7"), (("6",), "9"), (("6", "7"), "8")])
    assert strip_leading(("1", "2"), gold.words) == ("2",)
    assert strip_leading(("5",), gold.words) == ("5",)


def test_name_core_of_meantime_spans() -> None:
    from duiding.evaluation.meantime_entities import name_core

    words = dict(enumerate("de nieuwe iPod van Apple Computer ‘ s het meest recente model van de iPhone".split()))
    w = {str(k): v for k, v in words.items()}
    assert name_core(("0", "1", "2"), w) == ("2",)  # de nieuwe iPod -> iPod
    assert name_core(("4", "5", "6", "7"), w) == ("4", "5")  # Apple Computer ‘ s -> Apple Computer
    description = tuple(str(k) for k in range(8, 15))
    assert name_core(description, w) == description[1:]  # only the determiner goes


def test_name_core_drops_an_organisations_title_and_the_noun_a_name_premodifies() -> None:
    from duiding.evaluation.meantime_entities import name_core

    w = {str(k): v for k, v in enumerate("Apple CEO Steve Jobs de iTunes store de iPod draagbare muziekspeler".split())}
    assert name_core(("0", "1", "2", "3"), w) == ("2", "3")  # Apple CEO Steve Jobs -> Steve Jobs
    assert name_core(("4", "5", "6"), w) == ("5",)  # de iTunes store -> iTunes
    assert name_core(("7", "8", "9", "10"), w) == ("8",)  # de iPod draagbare muziekspeler -> iPod
    w = {str(k): v for k, v in enumerate("de website van Apple Steve Jobs zei iets".split())}
    assert name_core(("0", "1", "2", "3"), w) == ("1", "2", "3")  # a description stays whole
    assert name_core(("3", "4", "5"), w) == ("3", "4", "5")  # no title: nothing goes


def test_gold_mentions_align_with_their_head(tmp_path: Path) -> None:
    from duiding.evaluation.meantime_entities import _align

    words = "Apple CEO Steve Jobs bezocht de website van Apple".split()
    tags = ["(1|(2)", "1", "1", "1)", "_", "(3", "3", "3", "3)|(2)"]
    text = "".join(f"x\t{i}\t{w}\t{t}\n" for i, (w, t) in enumerate(zip(words, tags, strict=True)))
    path = tmp_path / "y.xml.coref_ne"
    path.write_text(text, encoding="utf-8")
    gold = read_coref(path)
    predicted = [(("0",), "apple"), (("2", "3"), "jobs"), (("8",), "apple")]
    aligned = {gold.mentions[k][0]: label for (_doc, k), label in _align(gold, predicted)}
    assert aligned[("0", "1", "2", "3")] == "jobs"  # the name after the title is the head
    assert aligned[("0",)] == aligned[("8",)] == "apple"
    assert aligned[("5", "6", "7", "8")] != "apple"  # `de website van Apple` is not Apple
