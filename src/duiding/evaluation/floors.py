"""The floors file: scores on dev data that may not drop.

Each floor names a task, a gold path (relative to the shared data directory, or
`repo:` for gold sets kept in this repository), a metric and a minimum. Floors
on shared data are skipped, and said to be skipped, where that data is absent.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from duiding.evaluation.scoring import Report

REPO = Path(__file__).resolve().parents[3]
FLOORS_FILE = REPO / "floors.toml"


def default_data_dir() -> Path:
    return Path(os.environ.get("DUIDING_DATA", REPO.parent / "shared" / "data"))


@dataclass(frozen=True)
class Floor:
    task: str
    gold: str
    metric: str
    min: float
    backbone: str = "auto"

    def gold_path(self, data_dir: Path) -> Path:
        if self.gold.startswith("repo:"):
            return REPO / self.gold.removeprefix("repo:")
        return data_dir / self.gold


@dataclass(frozen=True)
class Outcome:
    floor: Floor
    value: float | None  # None: skipped
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.value is None or self.value >= self.floor.min


def load_floors(path: Path = FLOORS_FILE) -> list[Floor]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return [Floor(**item) for item in data.get("floor", [])]


def run_task(task: str, nlp: Language, gold: Path, out_dir: Path) -> Report:
    """Run one evaluation task, writing its predictions under `out_dir`."""
    from duiding.evaluation import events, meantime, ner, openboek, quotes, segmentation, times, ud

    tasks: dict[str, Callable[[], Report]] = {
        "ner": lambda: ner.evaluate(nlp, gold, out_dir / "ner.conll"),
        "ud": lambda: ud.evaluate(nlp, gold, out_dir / "ud.conllu"),
        "meantime": lambda: meantime.evaluate(nlp, gold, out_dir / "meantime"),
        "times": lambda: times.evaluate(nlp, gold, out_dir / "times.jsonl"),
        "quotes": lambda: quotes.evaluate(nlp, gold, out_dir / "quotes.jsonl"),
        "events": lambda: events.evaluate(nlp, gold, out_dir / "events.jsonl"),
        "openboek": lambda: openboek.evaluate(nlp, gold, out_dir / "openboek.jsonl", "dev"),
        "segmentation": lambda: segmentation.evaluate(nlp, gold),
    }
    if task not in tasks:
        raise KeyError(f"unknown evaluation task {task!r}")
    return tasks[task]()


def check(floors: list[Floor], data_dir: Path) -> list[Outcome]:
    from duiding.pipeline import load, model_available

    reports: dict[tuple[str, str, str], Report] = {}
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="duiding-floors-") as tmp:
        for floor in floors:
            gold = floor.gold_path(data_dir)
            if not gold.exists():
                outcomes.append(Outcome(floor, None, f"skipped: {gold} not found"))
                continue
            if floor.backbone == "duiding" and not model_available():
                outcomes.append(Outcome(floor, None, "skipped: the duiding model is not installed"))
                continue
            key = (floor.task, str(gold), floor.backbone)
            if key not in reports:
                out = Path(tmp) / f"{len(reports)}"
                reports[key] = run_task(floor.task, load(floor.backbone), gold, out)  # type: ignore[arg-type]
            outcomes.append(Outcome(floor, reports[key].get(floor.metric)))
    return outcomes
