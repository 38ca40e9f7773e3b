"""Times and quantities on duiding's own gold set (JSON Lines, see `_gold_jsonl`).

Time: extent F1 (exact character span), value and type accuracy on matched spans.
Quantity: extent F1, and the share of matched quantities whose value (both ends of a range),
unit and mod are all right; what they count is scored apart. Time mods are scored apart too.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from spacy.language import Language

from duiding.evaluation._gold_jsonl import read_gold
from duiding.evaluation.scoring import Accuracy, Report, prf
from duiding.pipeline import analyse
from duiding.readers import article_from_record


def evaluate(nlp: Language, gold_path: Path, predictions: Path) -> Report:
    t_gold, t_pred, q_gold, q_pred = [], [], [], []
    t_value, t_type, t_mod, q_all, q_value, q_counts = (Accuracy() for _ in range(6))
    out_lines = []
    for rec in read_gold(gold_path, ("times", "quantities")):
        record: dict[str, Any] = {"id": rec.id, "text": rec.text, "date": rec.published}
        article = article_from_record(record, id=rec.id)
        # Gold offsets refer to the raw text; the reader only trims it, which shifts nothing
        # when the gold text has no leading whitespace.
        reading = analyse(article, nlp)
        times = {(t.start, t.end): t for t in reading.times}
        quants = {(q.start, q.end): q for q in reading.quantities}
        t_gold += [(rec.id, g["start"], g["end"]) for g in rec.layers["times"]]
        t_pred += [(rec.id, *k) for k in times]
        q_gold += [(rec.id, g["start"], g["end"]) for g in rec.layers["quantities"]]
        q_pred += [(rec.id, *k) for k in quants]
        for g in rec.layers["times"]:
            if (p := times.get((g["start"], g["end"]))) is not None:
                t_value.add(p.value == g.get("value"))
                t_type.add(p.type == g.get("type", "DATE"))
                t_mod.add(p.mod == g.get("mod"))
        for g in rec.layers["quantities"]:
            if (q := quants.get((g["start"], g["end"]))) is not None:
                # A range's value is both its ends: `tussen 10 en 20` is not `10`.
                ok_value = _same_number(q.value, g.get("value")) and _same_number(q.upper, g.get("upper"))
                q_value.add(ok_value)
                q_all.add(ok_value and q.unit == g.get("unit") and q.mod == g.get("mod"))
                q_counts.add(q.counts == g.get("counts"))
        out_lines.append(
            json.dumps(
                {
                    "id": rec.id,
                    "text": rec.text,
                    "published": rec.published,
                    "times": [_time_json(t) for t in reading.times],
                    "quantities": [_quantity_json(q) for q in reading.quantities],
                },
                ensure_ascii=False,
            )
        )
    predictions.parent.mkdir(parents=True, exist_ok=True)
    predictions.write_text("\n".join(out_lines) + "\n", encoding="utf-8")
    te, qe = prf(t_gold, t_pred), prf(q_gold, q_pred)
    report = Report("times", str(gold_path))
    report.tables = {
        "times": {"extent": te.to_json(), "value": t_value.to_json(), "type": t_type.to_json(), "mod": t_mod.to_json()},
        "quantities": {
            "extent": qe.to_json(),
            "value": q_value.to_json(),
            "value_unit_mod": q_all.to_json(),
            "counts": q_counts.to_json(),
        },
    }
    report.scores = {
        "time.extent_f1": round(te.f1, 2),
        "time.value_accuracy": round(t_value.value, 2),
        "time.type_accuracy": round(t_type.value, 2),
        "time.mod_accuracy": round(t_mod.value, 2),
        "quantity.extent_f1": round(qe.f1, 2),
        "quantity.value_accuracy": round(q_value.value, 2),
        "quantity.value_unit_mod_accuracy": round(q_all.value, 2),
        "quantity.counts_accuracy": round(q_counts.value, 2),
    }
    return report


def _same_number(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(float(a), float(b), rel_tol=1e-9)  # type: ignore[arg-type]


def _time_json(t: Any) -> dict[str, Any]:
    keys = ("text", "start", "end", "type", "value", "mod", "precision", "certain", "candidates", "note")
    return {k: getattr(t, k, None) for k in keys}


def _quantity_json(q: Any) -> dict[str, Any]:
    keys = ("text", "start", "end", "value", "unit", "mod", "counts", "upper", "ordinal")
    return {k: getattr(q, k, None) for k in keys}
