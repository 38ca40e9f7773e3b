"""Exports: readings as JSON Lines, the event and entity tables as CSV and Parquet."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from tests.helpers import assert_valid_reading
from typer.testing import CliRunner

import duiding.store.commands  # noqa: F401  (registers the commands, as duiding.cli does)
from duiding.cli import app
from duiding.errors import InputError
from duiding.store import Store
from duiding.store.export import EVENT_COLUMNS, export_readings, export_table


def test_readings_jsonl_gives_back_what_was_stored(filled: Store, fixture_readings: list[dict[str, Any]]) -> None:
    out = io.StringIO()
    assert export_readings(filled, out) == len(fixture_readings)
    back = [json.loads(line) for line in out.getvalue().splitlines()]
    assert back == fixture_readings
    for r in back:
        assert_valid_reading(r)


def test_event_table_csv_one_row_per_event(
    filled: Store, fixture_readings: list[dict[str, Any]], tmp_path: Path
) -> None:
    path = tmp_path / "events.csv"
    n = export_table(filled, "events", path)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert n == len(rows) == sum(len(r["events"]) for r in fixture_readings)
    assert list(rows[0]) == list(EVENT_COLUMNS)
    arrest = next(r for r in rows if r["article"] == "seed-article" and r["type"] == "COERCE")
    assert arrest["mode"] == "arrest" and arrest["actor"] == "politie" and arrest["place"] == "Minsk"
    assert arrest["quantities"] == "774; 500"
    assert (arrest["date"], arrest["precision"], arrest["date_from"]) == ("2020-09", "month", "event")
    assert arrest["sentence"] == "Zondag werden 774 betogers opgepakt, van wie 500 in de hoofdstad Minsk."
    assert arrest["url"] == "https://example.org/standaard/wit-rusland-poetin"
    undated = next(r for r in rows if r["article"] == "nos-2020-08-10" and r["type"] == "SUPPORT")
    assert (undated["date"], undated["date_from"]) == ("2020-08-10", "article")
    viasna = next(r for r in rows if r["article"] == "standaard-2020-09-07" and r["trigger"] == "arresteerde")
    assert viasna["according_to"] == "Viasna"


def test_parquet_tables(filled: Store, tmp_path: Path) -> None:
    events = tmp_path / "events.parquet"
    export_table(filled, "events", events)
    table = pq.read_table(events)
    assert table.column_names == list(EVENT_COLUMNS) and table.num_rows == 21
    entities = tmp_path / "entities.parquet"
    export_table(filled, "entities", entities)
    rows = pq.read_table(entities).to_pylist()
    loek = next(r for r in rows if r["article"] == "seed-article" and r["entity"] == "e1")
    assert loek["key"] == "Q12861" and loek["mentions"] == 8 and "De Wit-Russische president" in loek["aliases"]
    with pytest.raises(InputError, match="csv"):
        export_table(filled, "events", tmp_path / "events.xlsx")


def test_cli_export(tmp_path: Path, fixture_readings: list[dict[str, Any]]) -> None:
    from duiding.store import open_store

    db = tmp_path / "x.db"
    s = open_store(db)
    for r in fixture_readings:
        s.put(r)
    s.close()
    out = tmp_path / "readings.jsonl"
    result = CliRunner().invoke(app, ["export", "readings", "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(fixture_readings)
    table = tmp_path / "entities.csv"
    assert CliRunner().invoke(app, ["export", "entities", "-o", str(table), "--db", str(db)]).exit_code == 0
    assert table.read_text(encoding="utf-8").startswith("article,entity,name,type,key")
    listing = CliRunner().invoke(app, ["entities", "--entity-type", "PER", "--db", str(db)])
    assert listing.exit_code == 0 and json.loads(listing.stdout)["items"][0]["key"] == "Q12861"
    profile = CliRunner().invoke(app, ["entity", "Kolesnikova", "--db", str(db)])
    assert json.loads(profile.stdout)["aliases"][0]["text"] in {"Maria Kolesnikova", "Kolesnikova"}
    pair = CliRunner().invoke(app, ["timeline", "--entity", "Poetin", "--entity", "Loekasjenko", "--db", str(db)])
    assert json.loads(pair.stdout)["total"] == 7
    missing = CliRunner().invoke(app, ["entity", "Niemand", "--db", str(db)])
    assert missing.exit_code == 2 and "Fix:" in missing.stderr
