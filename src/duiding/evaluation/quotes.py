"""Quotes on duiding's own news gold set (JSON Lines, see `_gold_jsonl`).

Gold conventions (tests/gold/quotes-dev.jsonl): a direct quote's span is the quoted text
without its marks (for an interrupted quote, from the first to the last quoted character);
an indirect quote's or belief's span is the complement clause without `dat`/`of`/`om`; an
attribution's span is the clause attributed. `speaker` is the speaker as named in the text
(the antecedent's name for a pronoun), or null where none is named (`naar verluidt`); `cue`
the cue's dictionary form; `channel`, `addressee` and `time` are given where the text has them.

Matching: a predicted quote matches a gold quote when their contents, stripped of quotation
marks, spaces and edge punctuation, overlap by at least 80% of their union; each prediction
matches one gold quote at most (best overlap first). Extent F1 counts matches.

On the matched quotes:
- kind accuracy: the same kind;
- speaker accuracy: over every gold quote that gives `speaker`. A null gold speaker is right
  when nothing is predicted. A named one is right when it names the same phrase as one of the
  predicted speaker entity's name and mentions or the predicted `speaker_text`: equal after
  case folding, or the one inside the other (whole words) such that they end in the same word
  or only a `van` phrase follows (`Pieter de Graaf` in `minister van Financiën Pieter de Graaf`,
  `Wim Claes` in `netbeheerder Wim Claes van Elia`), or the shorter is the head of the longer
  (`Aleksijevitsj` for `Svetlana Aleksijevitsj`, not `Justitie` for `de minister van Justitie`);
- addressee accuracy: the same rule on the addressee entity and `addressee_text`;
- cue accuracy: the gold cue equals the predicted `cue` or `cue_lemma` (case folded);
- channel accuracy: the gold channel and the predicted one, case folded and without their
  leading preposition and article, are equal or one contains the other;
- time accuracy: the predicted `time` is a time whose text is the gold time.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from spacy.language import Language

from duiding.evaluation._gold_jsonl import read_gold
from duiding.evaluation.scoring import PRF, Accuracy, Report
from duiding.pipeline import analyse_many
from duiding.readers import article_from_record
from duiding.records import Quote, Reading

_EDGE = " \t\n'\"‘’“”„«»‹›,.:;-–—"
_LEAD = re.compile(
    r"^(?:(?:op|in|aan|tegenover|via|tijdens|bij|voor|met|tegen)\s+)?(?:(?:de|het|een|zijn|haar|hun)\s+)?"
)
KINDS = ("direct", "indirect", "belief", "attribution")
MIN_OVERLAP = 0.8


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


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[,.;:!?'\"]", " ", s).casefold().split())


def _head(s: str) -> str:
    left = s.split(" van ")[0]
    return _norm(left).split(" ")[-1] if _norm(left) else ""


def same_phrase(gold: str, cand: str) -> bool:
    g, c = _norm(gold), _norm(cand)
    if not g or not c:
        return False
    if g == c:
        return True
    if f" {g} " in f" {c} ":
        rest = f" {c} ".split(f" {g} ", 1)[1].strip()
        return not rest or rest.startswith("van ")
    if f" {c} " in f" {g} ":
        return c.split(" ")[-1] == _head(gold)
    return False


def _entity_names(reading: Reading, entity_id: str | None) -> list[str]:
    for e in reading.entities:
        if e.id == entity_id:
            return [e.name, *(m.text for m in e.mentions)]
    return []


def speaker_names(reading: Reading, quote: Quote) -> list[str]:
    names = _entity_names(reading, quote.speaker)
    return [*names, quote.speaker_text] if quote.speaker_text else names


def addressee_names(reading: Reading, quote: Quote) -> list[str]:
    names = _entity_names(reading, quote.addressee)
    return [*names, quote.addressee_text] if quote.addressee_text else names


def _channel_key(s: str) -> str:
    return _LEAD.sub("", _norm(s))


def _time_text(reading: Reading, time_id: str | None) -> str | None:
    return next((t.text for t in reading.times if t.id == time_id), None)


def match(text: str, gold: list[dict[str, Any]], predicted: list[Quote]) -> list[tuple[dict[str, Any], Quote | None]]:
    """Each gold quote with its predicted match (or None): best overlaps first, one to one."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            o = overlap(text, (g["start"], g["end"]), (p.start, p.end))
            if o >= MIN_OVERLAP:
                pairs.append((o, gi, pi))
    used_g: dict[int, int] = {}
    used_p: set[int] = set()
    for _o, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g[gi] = pi
            used_p.add(pi)
    return [(g, predicted[used_g[gi]] if gi in used_g else None) for gi, g in enumerate(gold)]


def evaluate(nlp: Language, gold_path: Path, predictions: Path) -> Report:
    extent = PRF()
    by_kind = {k: PRF() for k in KINDS}
    acc = {name: Accuracy() for name in ("kind", "speaker", "cue", "channel", "addressee", "time")}
    out_lines = []
    records = list(read_gold(gold_path, ("quotes",)))
    articles = [
        article_from_record({"id": rec.id, "text": rec.text, "date": rec.published}, id=rec.id) for rec in records
    ]
    # all at once, so that a backbone with a slow start (Frog) reads them in batches
    for rec, reading in zip(records, analyse_many(articles, nlp), strict=True):
        matched: set[str] = set()
        for g, p in match(rec.text, rec.layers["quotes"], reading.quotes):
            kind = by_kind.get(g.get("kind", ""), PRF())
            if p is None:
                extent.fn += 1
                kind.fn += 1
                continue
            matched.add(p.id)
            extent.tp += 1
            kind.tp += 1
            acc["kind"].add(p.kind == g.get("kind"))
            _score_roles(acc, reading, g, p)
        for p in reading.quotes:
            if p.id not in matched:
                extent.fp += 1
                by_kind[p.kind].fp += 1
        out_lines.append(json.dumps(_prediction_line(rec.id, rec.text, reading), ensure_ascii=False))
    predictions.parent.mkdir(parents=True, exist_ok=True)
    predictions.write_text("\n".join(out_lines) + "\n", encoding="utf-8")
    report = Report("quotes", str(gold_path))
    report.tables = {
        "extent": {"all": extent.to_json(), **{k: v.to_json() for k, v in by_kind.items()}},
        "attribution": {name: a.to_json() for name, a in acc.items()},
    }
    report.scores = {
        "extent_f1": round(extent.f1, 2),
        **{f"{name}_accuracy": round(a.value, 2) for name, a in acc.items()},
    }
    return report


def _score_roles(acc: dict[str, Accuracy], reading: Reading, g: dict[str, Any], p: Quote) -> None:
    if "speaker" in g:
        if g["speaker"] is None:
            acc["speaker"].add(p.speaker is None and p.speaker_text is None)
        else:
            acc["speaker"].add(any(same_phrase(str(g["speaker"]), n) for n in speaker_names(reading, p)))
    if g.get("cue"):
        cue = str(g["cue"]).casefold()
        acc["cue"].add(cue in {(p.cue or "").casefold(), (p.cue_lemma or "").casefold()})
    if g.get("channel"):
        gk, pk = _channel_key(str(g["channel"])), _channel_key(p.channel or "")
        acc["channel"].add(bool(pk) and (gk == pk or gk in pk or pk in gk))
    if g.get("addressee"):
        acc["addressee"].add(any(same_phrase(str(g["addressee"]), n) for n in addressee_names(reading, p)))
    if g.get("time"):
        acc["time"].add(_time_text(reading, p.time) == g["time"])


def _prediction_line(rec_id: str, text: str, reading: Reading) -> dict[str, Any]:
    return {
        "id": rec_id,
        "text": text,
        "quotes": [
            {
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "kind": q.kind,
                "speaker": next(iter(speaker_names(reading, q)), None),
                "speaker_text": q.speaker_text,
                "cue": q.cue_lemma or q.cue,
                "channel": q.channel,
                "addressee": next(iter(addressee_names(reading, q)), None),
                "time": _time_text(reading, q.time),
            }
            for q in reading.quotes
        ],
    }
