"""Bad input: one line naming the problem and the fix, exit code 2, no traceback; batches go on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BAD = {
    "empty.txt": (b"", "empty"),
    "binary.bin": (bytes(range(256)) * 20, "binary"),
    "broken.json": (b'{"text": "Hallo", "date": ', "broken JSON"),
    "baddate.txt": (b" date 2020-13 Een zin.\n\nNog een zin.", "not a valid date"),
    "nodate.txt": (b" date Een zin zonder datum.", "no date follows"),
    "notext.json": (b'{"title": "Alleen een titel"}', "no 'text'"),
}


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "duiding", *args], capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def bad_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("bad")
    for name, (data, _) in BAD.items():
        (d / name).write_bytes(data)
    (d / "huge.txt").write_bytes(b"woord " * 9_000_000)  # 54 MB
    (d / "good.txt").write_text(" date 2020-09-14 Een goed artikel.\n\nMet een tweede alinea.", encoding="utf-8")
    return d


@pytest.mark.parametrize("name", [*BAD, "huge.txt", "missing.txt"])
def test_one_line_error_with_fix_and_exit_2(bad_dir: Path, name: str) -> None:
    proc = _cli("analyse", str(bad_dir / name), "--json")
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "Fix:" in lines[0] and str(bad_dir / name) in lines[0]
    expected = {"huge.txt": "over the 5 MB limit", "missing.txt": "no such file"}.get(name) or BAD[name][1]
    assert expected in lines[0]


def test_directory_lists_bad_files_and_reads_the_rest(bad_dir: Path) -> None:
    proc = _cli("analyse", str(bad_dir), "--json")
    assert proc.returncode == 1  # partial: the good article was read, the bad ones skipped
    assert len(proc.stdout.strip().splitlines()) == 1
    assert '"id": "good"' in proc.stdout
    for name in [*BAD, "huge.txt"]:
        assert str(bad_dir / name) in proc.stderr
    assert "Traceback" not in proc.stderr


def test_bad_line_in_jsonl_is_skipped(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text(
        '{"text": "Een."}\n{"text": \n{"text": "Drie.", "date": "2020-02-30"}\n{"text": "Vier."}\n', encoding="utf-8"
    )
    proc = _cli("analyse", str(f), "--json")
    assert proc.returncode == 1
    assert len(proc.stdout.strip().splitlines()) == 2
    assert f"{f}:2" in proc.stderr and f"{f}:3" in proc.stderr
