"""Frog as an optional backbone: the same reading contract, Frog's analysis underneath."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from duiding.cli import app
from duiding.pipeline import analyse, frog, load
from duiding.readers import read
from tests.helpers import assert_valid_reading

pytestmark = pytest.mark.skipif(not frog.available(), reason="Frog is not installed (apt-get install frog)")


def test_frog_reading_keeps_the_contract(seed_path: Path) -> None:
    article = next(iter(read(seed_path)))
    nlp = load("frog")
    reading = analyse(article, nlp)
    data = json.loads(json.dumps(reading.to_json()))
    assert_valid_reading(data)
    assert reading.article.text == article.text
    assert data["pipeline"]["tokenizer"].startswith("duiding")
    persons = {m["text"] for e in data["entities"] if e["type"] == "PER" for m in e["mentions"]}
    assert "Svetlana Tichanovskaja" in persons


def test_frog_on_gold_tokens(tmp_path: Path) -> None:
    gold = Path(__file__).resolve().parents[1] / "fixtures" / "ud-sample.conllu"
    out = tmp_path / "frog.conllu"
    result = CliRunner().invoke(
        app, ["eval", "ud", str(gold), "--predictions", str(out), "--backbone", "frog", "--json"]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["scores"]
    assert scores["words"] == 13
    assert scores["upos"] > 50  # Frog tags these two plain sentences mostly right
    rows = [line.split("\t") for line in out.read_text().splitlines() if line and not line.startswith("#")]
    assert [r[2] for r in rows[:3]] == ["de", "politie", "pakken"]
