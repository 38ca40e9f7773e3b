"""Quotes on duiding's own news gold set (JSON Lines, see `_gold_jsonl`).

A predicted quote matches a gold quote when their contents, stripped of
quotation marks and edge punctuation, overlap by at least 80% of their union.
Speaker accuracy counts a matched quote right when the gold speaker is the
name of the predicted speaker entity, one of its mentions, or its speaker text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spacy.language import Language

from duiding.evaluation._gold_jsonl import read_gold
from duiding.evaluation.scoring import PRF, Accuracy, Report
from duiding.pipeline import analyse
from duiding.readers import article_from_record
from duiding.records import Reading

_EDGE = " \t\n'\"‘’“”„«»‹›,.:;-–—"


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def overlap(text: str, a: tuple[int, int], b: tuple[int, int]) -> float:
    a, b = _core(text, *a), _core(text, *b)
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _speaker_names(reading: Reading, quote: Any) -> set[str]:
    names = {quote.speaker_text or ""}
    for e in reading.entities:
        if e.id == quote.speaker:
            names |= {e.name} | {m.text for m in e.mentions}
    return {n.casefold().strip() for n in names if n}


def evaluate(nlp: Language, gold_path: Path, predictions: Path) -> Report:
    extent = PRF()
    speaker, kind = Accuracy(), Accuracy()
    out_lines = []
    for rec in read_gold(gold_path, ("quotes",)):
        article = article_from_record({"id": rec.id, "text": rec.text, "date": rec.published}, id=rec.id)
        reading = analyse(article, nlp)
        free = list(reading.quotes)
        for g in rec.layers["quotes"]:
            best = max(free, key=lambda q: overlap(rec.text, (g["start"], g["end"]), (q.start, q.end)), default=None)
            if best is None or overlap(rec.text, (g["start"], g["end"]), (best.start, best.end)) < 0.8:
                extent.fn += 1
                continue
            free.remove(best)
            extent.tp += 1
            kind.add(best.kind == g.get("kind"))
            if g.get("speaker"):
                speaker.add(str(g["speaker"]).casefold().strip() in _speaker_names(reading, best))
        extent.fp += len(free)
        out_lines.append(
            json.dumps(
                {
                    "id": rec.id,
                    "text": rec.text,
                    "quotes": [
                        {
                            "text": q.text,
                            "start": q.start,
                            "end": q.end,
                            "kind": q.kind,
                            "speaker": next(iter(sorted(_speaker_names(reading, q))), None),
                            "cue": q.cue,
                            "channel": q.channel,
                            "addressee": q.addressee,
                        }
                        for q in reading.quotes
                    ],
                },
                ensure_ascii=False,
            )
        )
    predictions.parent.mkdir(parents=True, exist_ok=True)
    predictions.write_text("\n".join(out_lines) + "\n", encoding="utf-8")
    report = Report("quotes", str(gold_path))
    report.tables = {"quotes": {"extent": extent.to_json(), "speaker": speaker.to_json(), "kind": kind.to_json()}}
    report.scores = {
        "extent_f1": round(extent.f1, 2),
        "speaker_accuracy": round(speaker.value, 2),
        "kind_accuracy": round(kind.value, 2),
    }
    return report
