"""The duiding.reading/1 contract: schema-valid, offsets true to the text, sentences real."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from duiding.records import Reading
from tests.helpers import assert_valid_reading


def test_seed_reading_is_valid(seed_reading: Reading) -> None:
    assert_valid_reading(json.loads(json.dumps(seed_reading.to_json())))


def test_seed_published_month_precision(seed_reading: Reading) -> None:
    article = seed_reading.to_json()["article"]
    assert article["published"] == {"value": "2020-09", "precision": "month"}
    assert article["lede"].startswith("Nu de protesten")


def test_intertitles_are_sentences_of_their_own(seed_reading: Reading) -> None:
    text = seed_reading.article.text
    inter = [text[s.start : s.end] for s in seed_reading.sentences if s.kind == "intertitle"]
    assert inter == ["Ongeziene protesten", "Moeilijk balanceren"]
    assert [s.kind for s in seed_reading.sentences[:2]] == ["lede", "lede"]


def test_seed_sentences(seed_reading: Reading) -> None:
    text = seed_reading.article.text
    sents = [text[s.start : s.end] for s in seed_reading.sentences]
    assert len(sents) == 28
    # Quotes that span sentences are split at the sentence, never inside the opening mark.
    assert sents[19].startswith("'Alle akkoorden") and sents[20].endswith("volk.'")
    assert sents[14] == "Zondag werden 774 betogers opgepakt, van wie 500 in de hoofdstad Minsk."


def test_every_reading_of_a_corpus_is_valid(tmp_path: Path, seed_path: Path) -> None:
    meantime = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "mini-corpus.jsonl"
    (tmp_path / "a.txt").write_bytes(seed_path.read_bytes())
    (tmp_path / "b.jsonl").write_bytes(meantime.read_bytes())
    proc = subprocess.run(
        [sys.executable, "-m", "duiding", "analyse", str(tmp_path), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    readings = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["article"]["id"] for r in readings][:2] == ["a", "b-1"]
    assert len(readings) == 1 + len(meantime.read_text(encoding="utf-8").splitlines())
    for r in readings:
        assert_valid_reading(r)
