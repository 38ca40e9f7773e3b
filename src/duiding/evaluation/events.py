"""Events on duiding's own PLOVER-typed news gold set (JSON Lines, see `_gold_jsonl`).

Gold events give their trigger by text (and occurrence), a PLOVER type (or OTHER) and mode,
actors, targets and places by their text in the sentence, certainty and polarity.

Matching: a predicted event matches a gold event when its trigger, or a part of it (the
particle of `kondigde ... aan`, the light verb of `verleende gratie`), overlaps the gold
trigger; each is matched at most once, a typed prediction before an `OTHER` one.

Scores:
- `type_accuracy`: over all gold events, a missed event counts as wrong; `type_accuracy_matched`
  over the matched ones only. `mode_accuracy`: matched events of the right type with a gold mode.
- detection: recall over all gold events; precision over the predicted PLOVER-typed events
  (`OTHER` predictions are general event mentions, which the gold does not list exhaustively).
- `actor_accuracy`, `target_accuracy`, `place_accuracy`: over matched events where the gold or the
  prediction has that role; right when every gold argument overlaps a predicted one and every
  predicted one overlaps a gold one. A predicted entity argument is located by its mentions in
  the event's sentence, a text argument by its own span. `argument_accuracy` pools actors and targets.
- `factuality_accuracy`: certainty and polarity both right, over matched events.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spacy.language import Language

from duiding.errors import InputError
from duiding.evaluation._gold_jsonl import GoldRecord, gold_lines, locate
from duiding.evaluation.scoring import PRF, Accuracy, Report
from duiding.pipeline import analyse
from duiding.readers import article_from_record
from duiding.records import Event, Reading

ROLES = (("actors", "actor_texts"), ("targets", "target_texts"), ("places", None))
Span = tuple[int, int]


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def trigger_spans(ev: Event) -> list[Span]:
    return [(ev.trigger.start, ev.trigger.end), *((p.start, p.end) for p in ev.trigger_parts)]


def argument_spans(reading: Reading, ev: Event, role: str, text_role: str | None) -> list[list[Span]]:
    """One list of spans per predicted argument: an entity's mentions in the event's sentence,
    or a text argument's own span."""
    sentence = next((s for s in reading.sentences if s.index == ev.sentence), None)
    out: list[list[Span]] = []
    for ent_id in getattr(ev, role):
        ent = next((e for e in reading.entities if e.id == ent_id), None)
        if ent is None:
            continue
        spans = [
            (m.start, m.end)
            for m in ent.mentions
            if sentence is None or (sentence.start <= m.start and m.end <= sentence.end)
        ]
        out.append(spans)
    if text_role:
        out += [[(a.start, a.end)] for a in getattr(ev, text_role)]
    return out


def _gold_spans(text: str, items: list[Any], where: str) -> list[Span]:
    spans = []
    for item in items:
        spec = item if isinstance(item, dict) else {"text": item}
        spans.append(locate(text, spec, where))
    return spans


def roles_agree(gold: list[Span], predicted: list[list[Span]]) -> bool:
    free = list(predicted)
    for g in gold:
        hit = next((p for p in free if any(_overlaps(g, s) for s in p)), None)
        if hit is None:
            return False
        free.remove(hit)
    return all(any(_overlaps(g, s) for g in gold for s in p) for p in free)


def match(gold_events: list[dict[str, Any]], predicted: list[Event]) -> list[tuple[dict[str, Any], Event | None]]:
    """Pair gold and predicted events by overlapping triggers, typed predictions first."""
    free = sorted(predicted, key=lambda e: (e.type == "OTHER" and e.mode is None, e.type == "OTHER"))
    pairs: list[tuple[dict[str, Any], Event | None]] = []
    for g in gold_events:
        gspan = (g["start"], g["end"])
        exact = [e for e in free if (e.trigger.start, e.trigger.end) == gspan]
        hit = exact[0] if exact else next((e for e in free if any(_overlaps(gspan, s) for s in trigger_spans(e))), None)
        if hit is not None:
            free.remove(hit)
        pairs.append((g, hit))
    return pairs


def read_events_gold(path: Path) -> list[GoldRecord]:
    """The gold records, each event's trigger located (`trigger` text, `occurrence`)."""
    out = []
    for n, where, rec, text in gold_lines(path, "the events gold JSON Lines file"):
        events = []
        for ev in rec.get("events", []):
            if "trigger" not in ev:
                raise InputError("a gold event has no 'trigger'", "give the trigger's text", where)
            ev = dict(ev)
            ev["start"], ev["end"] = locate(text, {"text": ev["trigger"], **ev}, where)
            events.append(ev)
        out.append(GoldRecord(str(rec.get("id", n)), text, rec.get("published"), {"events": events}))
    return out


def evaluate(nlp: Language, gold_path: Path, predictions: Path) -> Report:
    detection = PRF()
    type_all, type_matched, mode, fact = Accuracy(), Accuracy(), Accuracy(), Accuracy()
    role_acc = {role: Accuracy() for role, _ in ROLES}
    by_type: dict[str, Accuracy] = {}
    out_lines = []
    for rec in read_events_gold(gold_path):
        article = article_from_record({"id": rec.id, "text": rec.text, "date": rec.published}, id=rec.id)
        reading = analyse(article, nlp)
        where = f"{gold_path}:{rec.id}"
        pairs = match(rec.layers["events"], reading.events)
        matched_ids = {id(p) for _, p in pairs if p is not None}
        for g, p in pairs:
            by_type.setdefault(g["type"], Accuracy())
            if p is None:
                detection.fn += 1
                type_all.add(False)
                by_type[g["type"]].add(False)
                continue
            detection.tp += 1
            ok = p.type == g["type"]
            type_all.add(ok)
            type_matched.add(ok)
            by_type[g["type"]].add(ok)
            if ok and g.get("mode"):
                mode.add(p.mode == g["mode"])
            fact.add((p.factuality.certainty, p.factuality.polarity) == (g.get("certainty"), g.get("polarity")))
            for role, text_role in ROLES:
                gold_spans = _gold_spans(rec.text, g.get(role, []), where)
                pred_spans = argument_spans(reading, p, role, text_role)
                if gold_spans or pred_spans:
                    role_acc[role].add(roles_agree(gold_spans, pred_spans))
        detection.fp += sum(1 for e in reading.events if e.type != "OTHER" and id(e) not in matched_ids)
        out_lines.append(json.dumps(_prediction(rec.id, rec.text, reading), ensure_ascii=False))
    predictions.parent.mkdir(parents=True, exist_ok=True)
    predictions.write_text("\n".join(out_lines) + "\n", encoding="utf-8")
    args = Accuracy(
        role_acc["actors"].correct + role_acc["targets"].correct, role_acc["actors"].total + role_acc["targets"].total
    )
    report = Report("events", str(gold_path))
    report.tables = {
        "events": {
            "detection (typed precision)": detection.to_json(),
            "type (all gold)": type_all.to_json(),
            "type (matched)": type_matched.to_json(),
            "mode": mode.to_json(),
            "actors": role_acc["actors"].to_json(),
            "targets": role_acc["targets"].to_json(),
            "places": role_acc["places"].to_json(),
            "factuality": fact.to_json(),
        },
        "type by gold type": {t: a.to_json() for t, a in sorted(by_type.items())},
    }
    report.scores = {
        "type_accuracy": round(type_all.value, 2),
        "type_accuracy_matched": round(type_matched.value, 2),
        "mode_accuracy": round(mode.value, 2),
        "detection_recall": round(detection.recall, 2),
        "detection_precision": round(detection.precision, 2),
        "actor_accuracy": round(role_acc["actors"].value, 2),
        "target_accuracy": round(role_acc["targets"].value, 2),
        "argument_accuracy": round(args.value, 2),
        "place_accuracy": round(role_acc["places"].value, 2),
        "factuality_accuracy": round(fact.value, 2),
    }
    report.notes.append("type_accuracy counts a missed gold event as wrong; precision counts typed predictions only")
    return report


def _prediction(rec_id: str, text: str, reading: Reading) -> dict[str, Any]:
    names = {e.id: e.name for e in reading.entities}

    def role_texts(ev: Event, role: str, text_role: str | None) -> list[str]:
        out = [names.get(i, i) for i in getattr(ev, role)]
        return out + ([a.text for a in getattr(ev, text_role)] if text_role else [])

    return {
        "id": rec_id,
        "text": text,
        "events": [
            {
                "trigger": ev.trigger.text,
                "start": ev.trigger.start,
                "end": ev.trigger.end,
                "parts": [[p.start, p.end] for p in ev.trigger_parts],
                "type": ev.type,
                "mode": ev.mode,
                "actors": role_texts(ev, "actors", "actor_texts"),
                "targets": role_texts(ev, "targets", "target_texts"),
                "places": role_texts(ev, "places", None),
                "certainty": ev.factuality.certainty,
                "polarity": ev.factuality.polarity,
            }
            for ev in reading.events
        ],
    }
