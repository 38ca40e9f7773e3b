"""The knowledge base build is reproducible: the shipped file is what the script makes."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from duiding.kb import KB_PATH, KnowledgeBase
from duiding.kb.build import stable_id

ROOT = Path(__file__).resolve().parents[2]


def test_ids_derive_from_source_ids() -> None:
    assert stable_id("iso3166:BY") == stable_id("iso3166:BY")
    assert stable_id("iso3166:BY") != stable_id("iso3166:RU")
    assert KnowledgeBase().country("BY").id == stable_id("iso3166:BY")  # type: ignore[union-attr]


@pytest.mark.data
def test_rebuild_gives_the_shipped_file(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "actors.sqlite"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_kb.py"), "--data", str(data_dir), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert digest == hashlib.sha256(KB_PATH.read_bytes()).hexdigest(), "rebuild the KB: scripts/build_kb.py"
