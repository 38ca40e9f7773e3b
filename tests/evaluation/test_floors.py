"""The dev-split floors of floors.toml, checked whenever ../shared/data is present."""

from __future__ import annotations

from pathlib import Path

import pytest

from duiding.evaluation.floors import FLOORS_FILE, check, load_floors

FLOORS = load_floors()


def test_floors_file_is_well_formed() -> None:
    assert FLOORS, f"{FLOORS_FILE} lists no floors"
    for f in FLOORS:
        assert f.task in {"ner", "ud", "meantime", "times", "quotes", "openboek", "segmentation", "events"}
        assert 0 <= f.min <= 100


@pytest.mark.data
@pytest.mark.parametrize("floor", FLOORS, ids=[f"{f.task}:{f.gold}:{f.metric}" for f in FLOORS])
def test_floor_holds(floor, data_dir: Path) -> None:
    (outcome,) = check([floor], data_dir)
    if outcome.value is None:
        pytest.skip(outcome.reason)
    assert outcome.value >= floor.min, f"{floor.metric} on {floor.gold} fell to {outcome.value} (floor {floor.min})"
