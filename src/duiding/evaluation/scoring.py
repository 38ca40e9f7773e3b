"""Precision, recall, F1 and accuracy, and the `Report` every evaluation returns."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return 100.0 * self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return 100.0 * self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 2),
            "recall": round(self.recall, 2),
            "f1": round(self.f1, 2),
            "gold": self.tp + self.fn,
            "predicted": self.tp + self.fp,
        }


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return 100.0 * self.correct / self.total if self.total else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {"accuracy": round(self.value, 2), "n": self.total}


def prf(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> PRF:
    """Micro P/R/F1 over multisets of hashable items (e.g. `(doc, start, end, label)`)."""
    g, p = Counter(gold), Counter(predicted)
    tp = sum((g & p).values())
    return PRF(tp=tp, fp=sum(p.values()) - tp, fn=sum(g.values()) - tp)


def prf_by_label(gold: Iterable[tuple[Any, ...]], predicted: Iterable[tuple[Any, ...]]) -> dict[str, PRF]:
    """Per-label P/R/F1 where the label is the last element of each item, plus `overall`."""
    gold, predicted = list(gold), list(predicted)
    labels = sorted({x[-1] for x in gold} | {x[-1] for x in predicted})
    out = {lab: prf([x for x in gold if x[-1] == lab], [x for x in predicted if x[-1] == lab]) for lab in labels}
    out["overall"] = prf(gold, predicted)
    return out


@dataclass
class Report:
    """What an evaluation measured: a task name, flat scores, and detail tables."""

    task: str
    gold: str
    scores: dict[str, float] = field(default_factory=dict)
    tables: dict[str, dict[str, dict[str, float | int]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"task": self.task, "gold": self.gold, "scores": self.scores, "tables": self.tables, "notes": self.notes}

    def get(self, metric: str) -> float:
        if metric not in self.scores:
            raise KeyError(f"{self.task} reports no metric {metric!r}; it has {', '.join(sorted(self.scores))}")
        return self.scores[metric]


def table(rows: dict[str, PRF]) -> dict[str, dict[str, float | int]]:
    return {label: score.to_json() for label, score in rows.items()}
