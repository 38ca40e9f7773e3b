from __future__ import annotations

import json
from pathlib import Path

import spacy
from typer.testing import CliRunner

from duiding.cli import app
from tests.helpers import assert_valid_reading

runner = CliRunner()


def test_analyse_json_single_object(seed_path: Path) -> None:
    result = runner.invoke(app, ["analyse", str(seed_path), "--json"])
    assert result.exit_code == 0, result.output
    reading = json.loads(result.stdout)
    assert_valid_reading(reading)
    assert reading["article"]["published"] == {"value": "2020-09", "precision": "month"}


def test_analyse_stdin_and_readable_view(seed_path: Path) -> None:
    result = runner.invoke(app, ["analyse", "-"], input=seed_path.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    assert "published 2020-09 (month)" in result.stdout
    assert "Ongeziene protesten" in result.stdout and "intertitle" in result.stdout


def test_eval_ner_writes_predictions_in_gold_format(tmp_path: Path) -> None:
    gold = Path(__file__).resolve().parents[1] / "fixtures" / "ner-predictions.conll"
    gold_only = tmp_path / "gold.conll"
    gold_only.write_text(
        "\n".join(" ".join(line.split()[:3]) for line in gold.read_text().splitlines()), encoding="utf-8"
    )
    out = tmp_path / "pred.conll"
    result = runner.invoke(app, ["eval", "ner", str(gold_only), "--predictions", str(out), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["scores"]
    assert scores["tokens"] == 11
    rows = [line.split() for line in out.read_text().splitlines() if line.strip() and not line.startswith("-DOCSTART-")]
    assert len(rows) == 11 and all(len(r) == 4 for r in rows)
    assert [r[0] for r in rows[:2]] == ["Poetin", "ontmoette"]


def test_eval_ud_round_trip(tmp_path: Path) -> None:
    gold = Path(__file__).resolve().parents[1] / "fixtures" / "ud-sample.conllu"
    out = tmp_path / "pred.conllu"
    result = runner.invoke(app, ["eval", "ud", str(gold), "--predictions", str(out), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["scores"]["words"] == 13
    words = [line.split("\t") for line in out.read_text().splitlines() if line and not line.startswith("#")]
    assert len(words) == 13 and all(len(w) == 10 for w in words)
    assert [w[1] for w in words[:3]] == ["De", "politie", "pakte"]


def test_missing_gold_is_a_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "ner", str(tmp_path / "nope"), "--predictions", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "Fix:" in result.output and "Traceback" not in result.output


def test_bench_reports_the_figures(seed_path: Path) -> None:
    result = runner.invoke(app, ["bench", str(seed_path)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["articles"] == 1 and out["words"] == len(seed_path.read_text(encoding="utf-8").split()) - 2
    for key in ("words_per_s", "articles_per_s", "peak_rss_mb", "load_s"):
        assert out["duiding"][key] > 0
    assert out["duiding"]["spacy"] == spacy.__version__
