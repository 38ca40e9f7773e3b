"""`duiding kb`: a name in any romanisation, a demonym or an id, with roles at a date."""

from __future__ import annotations

import json

from typer.testing import CliRunner

import duiding.kb.commands  # noqa: F401  (registers the command when cli.py does not yet)
from duiding.cli import app

runner = CliRunner()


def test_kb_command_finds_a_person_and_their_role_at_a_date() -> None:
    result = runner.invoke(app, ["kb", "Alexander Lukashenko", "--date", "2010-06-01"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found[0]["name"] == "Alyaksandr Lukashenka" and found[0]["country"] == "BY"
    assert [r["class"] for r in found[0]["roles"] if r["status"] == "held"] == ["head_of_state"]


def test_kb_command_reads_demonyms_and_rejects_bad_dates() -> None:
    found = json.loads(runner.invoke(app, ["kb", "Litouwse"]).stdout)
    assert [(e["name"], e["match"]) for e in found] == [("Litouwen", "demonym")]
    bad = runner.invoke(app, ["kb", "Minsk", "--date", "2020-13"])
    assert bad.exit_code == 2
