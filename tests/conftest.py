from __future__ import annotations

from pathlib import Path

import pytest

from duiding.evaluation.floors import default_data_dir

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "seed-article.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def data_dir() -> Path:
    d = default_data_dir()
    if not d.is_dir():
        pytest.skip(f"shared data not found at {d}: set DUIDING_DATA to run this test")
    return d


@pytest.fixture(scope="session")
def nlp():
    from duiding.pipeline import load

    return load()


@pytest.fixture(scope="session")
def seed_reading(nlp):
    from duiding.pipeline import analyse
    from duiding.readers import read

    article = next(iter(read(SEED)))
    return analyse(article, nlp)
