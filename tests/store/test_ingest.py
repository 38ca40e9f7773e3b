"""`duiding ingest`: parallel, idempotent, versioned, resumable after kill -9, and it keeps bad files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.store.synthetic import write_corpus
from typer.testing import CliRunner

import duiding.store.commands  # noqa: F401  (registers the commands, as duiding.cli does)
from duiding.cli import app
from duiding.store import open_store
from duiding.store.ingest import ingest, reanalyse

ROOT = Path(__file__).resolve().parents[2]


def test_ingest_in_workers_is_idempotent(store_url: str, tmp_path: Path, seed_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 12, sentences=4)
    store = open_store(store_url)
    first = ingest([str(corpus), str(seed_path)], store, workers=2, progress=False)
    assert (first.found, first.stored, first.already_stored, len(first.bad)) == (13, 13, 0, 0)
    counts = store.counts()
    assert counts["articles"] == 13 and counts["sentences"] > 13 * 4
    # Again, and the same article under another name: nothing new is stored.
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "seed-again.txt").write_bytes(seed_path.read_bytes())
    again = ingest([str(corpus), str(tmp_path / "copy")], store, workers=2, progress=False)
    assert (again.found, again.stored, again.already_stored) == (13, 0, 13)
    assert store.counts() == counts
    assert store.fetch_value("SELECT model FROM articles WHERE external_id = 'seed-article'") == first.model
    store.close()


def test_changed_article_becomes_a_new_version(store_url: str, tmp_path: Path) -> None:
    path = tmp_path / "nieuws.txt"
    path.write_text(" date 2020-09-14 De raad vergaderde.\n\nHet besluit viel maandag.", encoding="utf-8")
    store = open_store(store_url)
    assert ingest([str(path)], store, workers=0, progress=False).stored == 1
    path.write_text(" date 2020-09-14 De raad vergaderde.\n\nHet besluit viel dinsdag.", encoding="utf-8")
    report = ingest([str(path)], store, workers=0, progress=False)
    assert report.new_versions == 1
    versions = store.fetch_all("SELECT version, is_current FROM articles WHERE external_id = 'nieuws' ORDER BY version")
    assert versions == [{"version": 1, "is_current": 0}, {"version": 2, "is_current": 1}]
    store.close()


def test_bad_files_are_reported_kept_and_skipped(store_url: str, tmp_path: Path, seed_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "goed.txt").write_bytes(seed_path.read_bytes())
    (corpus / "leeg.txt").write_text("", encoding="utf-8")
    (corpus / "kapot.jsonl").write_text('{"text": "Een zin."}\n{"text": \n', encoding="utf-8")
    (corpus / "datum.txt").write_text(" date 2020-13 Onmogelijke datum.", encoding="utf-8")
    store = open_store(store_url)
    report = ingest([str(corpus)], store, workers=0, progress=False)
    assert report.stored == 2 and len(report.bad) == 3
    sources = sorted(Path(e["source"]).name for e in store.errors())
    assert sources == ["datum.txt", "kapot.jsonl:2", "leeg.txt"]
    assert all(e["fix"] for e in store.errors())
    ingest([str(corpus)], store, workers=0, progress=False)  # seen again: counted, not duplicated
    assert [e["times"] for e in store.errors()] == [2, 2, 2]
    store.close()


def test_reanalyse_redoes_only_what_another_pipeline_made(store_url: str, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 5, sentences=3)
    store = open_store(store_url)
    ingest([str(corpus)], store, workers=0, progress=False)
    assert reanalyse(store, workers=0, progress=False).reanalysed == 0  # all made by this pipeline
    with store.transaction():
        store.fetch_all(
            "UPDATE articles SET pipeline = :p, model = 'old-0.1' WHERE external_id IN ('synth-00001', 'synth-00003')"
            " RETURNING id",
            {"p": json.dumps({"tokenizer": "duiding-0.0.1"})},
        )
    before = store.counts()
    report = reanalyse(store, workers=2, progress=False)
    assert (report.reanalysed, report.already_stored) == (2, 3)
    assert store.counts() == before
    assert store.fetch_all("SELECT DISTINCT model FROM articles") == [{"model": report.model}]
    store.close()


def _count(db: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def _ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "duiding",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--workers",
        "2",
        "--no-progress",
        "--backbone",
        "blank",
    ]


def _processes_using(marker: str) -> list[int]:
    found = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            if marker in cmdline:
                found.append(int(pid))
    return found


def test_kill_9_mid_ingest_then_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 200)
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    subprocess.run(_ingest_cmd(corpus, whole), check=True, capture_output=True, timeout=600)

    proc = subprocess.Popen(_ingest_cmd(corpus, killed), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while _count(killed) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)  # the main process only, as `kill -9 PID` does
    proc.wait()
    at_kill = _count(killed)
    assert 20 <= at_kill < 200, f"killed at {at_kill} articles: not in the middle"
    time.sleep(0.5)
    assert _processes_using(str(killed)) == [], "worker processes outlived their killed parent"

    rerun = subprocess.run([*_ingest_cmd(corpus, killed), "--json"], capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads(rerun.stdout)
    assert report["already_stored"] == at_kill and report["stored"] == 200 - at_kill
    a, b = open_store(whole, read_only=True), open_store(killed, read_only=True)
    assert a.counts() == b.counts() and b.counts()["articles"] == 200
    assert a.known_hashes() == b.known_hashes()
    a.close()
    b.close()


def test_cli_ingest_summary_and_exit_code(tmp_path: Path, seed_path: Path) -> None:
    (tmp_path / "leeg.txt").write_text("", encoding="utf-8")
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(
        app, ["ingest", str(seed_path), str(tmp_path / "leeg.txt"), "--db", str(db), "--no-progress", "--json"]
    )
    assert result.exit_code == 1, result.output  # one input skipped, the rest done
    assert "leeg.txt" in result.stderr and "Fix:" in result.stderr
    assert json.loads(result.stdout)["stored"] == 1
    found = CliRunner().invoke(app, ["search", "Loekasjenko", "--db", str(db)])
    assert found.exit_code == 0 and json.loads(found.stdout)["items"][0]["id"] == "seed-article"
    missing = CliRunner().invoke(app, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "duiding ingest" in missing.stderr


def test_a_reading_the_store_refuses_is_reported_and_the_batch_goes_on(
    store_url: str, fixture_readings: list[dict]
) -> None:
    import copy

    from duiding.store.ingest import IngestReport, store_batch
    from duiding.store.records import flatten

    broken = copy.deepcopy(fixture_readings[2])
    broken["entities"][1]["id"] = broken["entities"][0]["id"]  # two entities, one id: a layer's bug
    batch = [flatten(fixture_readings[0]), flatten(broken, origin="broken.jsonl:3"), flatten(fixture_readings[3])]
    store = open_store(store_url)
    report = IngestReport(workers=1)
    seen = []
    results = store_batch(store, batch, report, seen.append)
    assert [r.outcome for r in results] == ["stored", "stored"]
    assert len(report.bad) == 1 and seen == report.bad
    assert store.counts()["articles"] == 2
    errors = store.errors()
    assert errors[0]["source"] == "broken.jsonl:3" and errors[0]["stage"] == "store"
    store.close()
