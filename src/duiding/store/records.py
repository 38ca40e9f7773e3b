"""Between a reading (`duiding.reading/1` JSON) and the store's rows: flattening and rebuilding.

Pure functions, no I/O, shared by both stores. A field the contract adds later lands in the
record's `extra` column, so a stored reading is given back whole by `rebuild_reading`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from duiding import __version__
from duiding.dates import PartialDate
from duiding.errors import InputError
from duiding.records import SCHEMA, Block
from duiding.store.text import fold, index_text

Row = dict[str, Any]

ARTICLE_KEYS = {"id", "text", "title", "lede", "language", "source", "url", "published", "published_inferred"}
READING_KEYS = {"schema", "article", "pipeline", "sentences", "entities", "times", "quantities", "quotes", "events"}
SENTENCE_KEYS = {"index", "start", "end", "kind", "paragraph"}
SPAN_KEYS = {"id", "start", "end", "text", "sentence", "provenance"}
ENTITY_KEYS = {"id", "name", "type", "kb_id", "country", "role", "mentions", "provenance"}
MENTION_KEYS = {"start", "end", "text", "sentence", "kind"}
TIME_KEYS = SPAN_KEYS | {"type", "value", "mod", "precision", "certain", "candidates"}
QUANTITY_KEYS = SPAN_KEYS | {"value", "unit", "mod", "counts"}
QUOTE_KEYS = SPAN_KEYS | {"kind", "speaker", "speaker_text", "cue", "channel", "addressee"}
EVENT_KEYS = {
    "id",
    "type",
    "mode",
    "trigger",
    "sentence",
    "actors",
    "targets",
    "places",
    "time",
    "date",
    "quantities",
    "factuality",
    "source",
    "provenance",
}
ROLES = ("actor", "target", "place")


def content_hash(article: Mapping[str, Any]) -> str:
    """The same identity as `Article.content_hash`, computed from the article's JSON."""
    published = article.get("published") or {}
    h = hashlib.sha256()
    for part in (article.get("title") or "", published.get("value") or "", article["text"]):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def model_version(pipeline: Mapping[str, str]) -> str:
    """The trained model(s) behind a reading; `blank` when only rules ran."""
    models = sorted({v for v in pipeline.values() if not v.startswith("duiding-")})
    return "+".join(models) or "blank"


def interval(value: str | None) -> tuple[str | None, str | None]:
    """First and last day of a date value of any precision; (None, None) when it is no calendar date."""
    if not value:
        return None, None
    try:
        d = PartialDate.parse(value)
    except InputError:
        return None, None
    return d.first.isoformat(), d.last.isoformat()


def _extra(record: Mapping[str, Any], known: set[str], nested: Mapping[str, set[str]] | None = None) -> str | None:
    """The fields the columns do not hold, as JSON. A nested object (an event's factuality) with
    fields beyond its columns is kept whole, and replaces the rebuilt one."""
    rest = {k: v for k, v in record.items() if k not in known}
    for key, columns in (nested or {}).items():
        value = record.get(key)
        if isinstance(value, dict) and set(value) - columns:
            rest[key] = value
    return json.dumps(rest, ensure_ascii=False) if rest else None


def _flag(value: Any) -> int | None:
    return None if value is None else int(bool(value))


def _provenance(record: Mapping[str, Any]) -> tuple[str | None, str | None]:
    p = record.get("provenance") or {}
    return p.get("component"), p.get("version")


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class ReadingRows:
    """Every row one reading gives, before the store assigns its integer ids."""

    article: Row
    blocks: list[Row]
    sentences: list[Row]
    entities: list[Row]
    mentions: list[list[Row]]  # per entity, in entity order
    times: list[Row]
    quantities: list[Row]
    quotes: list[Row]
    events: list[Row]
    arguments: list[list[Row]]  # per event
    event_quantities: list[list[Row]]  # per event
    # The stems SQLite's full-text index stores (title, body, then one per quote); computed by
    # `with_search_index`, in the worker process when ingesting, so the writer only writes.
    search_index: list[str] | None = None

    def with_search_index(self) -> ReadingRows:
        if self.search_index is None:
            texts = [self.article["title"], self.article["text"], *(q["text"] for q in self.quotes)]
            self.search_index = [index_text(t) for t in texts]
        return self


def flatten(reading: Mapping[str, Any], *, blocks: Sequence[Block] = (), origin: str | None = None) -> ReadingRows:
    """Split one reading into rows. Raises `InputError` when it is not a `duiding.reading/1` reading."""
    if reading.get("schema") != SCHEMA or not isinstance(reading.get("article"), dict):
        raise InputError("this is not a duiding.reading/1 reading", "store the output of `duiding analyse --json`")
    art = reading["article"]
    text: str = art["text"]
    published = art.get("published") or {}
    inferred = art.get("published_inferred") or {}
    pub_first, pub_last = interval(published.get("value"))
    effective = published if pub_first else inferred
    eff_first, eff_last = (pub_first, pub_last) if pub_first else interval(inferred.get("value"))
    pipeline = dict(reading.get("pipeline") or {})
    extra: dict[str, Any] = {}
    if art_extra := {k: v for k, v in art.items() if k not in ARTICLE_KEYS}:
        extra["article"] = art_extra
    if top_extra := {k: v for k, v in reading.items() if k not in READING_KEYS}:
        extra["reading"] = top_extra
    article: Row = {
        "external_id": str(art["id"]),
        "content_hash": content_hash(art),
        "title": art.get("title"),
        "lede": art.get("lede"),
        "text": text,
        "language": art.get("language") or "nl",
        "source": art.get("source"),
        "url": art.get("url"),
        "published": published.get("value"),
        "published_precision": published.get("precision"),
        "published_first": pub_first,
        "published_last": pub_last,
        "inferred": inferred.get("value"),
        "inferred_precision": inferred.get("precision"),
        "inferred_evidence": json.dumps(inferred.get("evidence"), ensure_ascii=False) if inferred else None,
        "date_first": eff_first,
        "date_last": eff_last,
        "date_precision": effective.get("precision") if eff_first else None,
        "origin": origin,
        "model": model_version(pipeline),
        "pipeline": json.dumps(pipeline, ensure_ascii=False, sort_keys=True),
        "duiding_version": __version__,
        "analysed_at": now(),
        "extra": json.dumps(extra, ensure_ascii=False) if extra else None,
    }
    sentences = [
        {
            "idx": s["index"],
            "start_char": s["start"],
            "end_char": s["end"],
            "kind": s.get("kind"),
            "paragraph": s.get("paragraph"),
            "text": text[s["start"] : s["end"]],
            "extra": _extra(s, SENTENCE_KEYS),
        }
        for s in reading.get("sentences", [])
    ]
    entities, mentions = [], []
    for pos, e in enumerate(reading.get("entities", [])):
        component, version = _provenance(e)
        entities.append(
            {
                "local_id": e["id"],
                "position": pos,
                "name": e["name"],
                "name_folded": fold(e["name"]),
                "type": e["type"],
                "entity_key": entity_key(e),
                "kb_id": e.get("kb_id"),
                "country": e.get("country"),
                "role": e.get("role"),
                "component": component,
                "component_version": version,
                "extra": _extra(e, ENTITY_KEYS),
            }
        )
        mentions.append(
            [
                {
                    "position": i,
                    "start_char": m["start"],
                    "end_char": m["end"],
                    "text": m["text"],
                    "text_folded": fold(m["text"]),
                    "sentence": m["sentence"],
                    "kind": m.get("kind", "name"),
                    "extra": _extra(m, MENTION_KEYS),
                }
                for i, m in enumerate(e.get("mentions", []))
            ]
        )
    times = [_time_row(pos, t) for pos, t in enumerate(reading.get("times", []))]
    quantities = [_quantity_row(pos, q) for pos, q in enumerate(reading.get("quantities", []))]
    quotes = [_quote_row(pos, q) for pos, q in enumerate(reading.get("quotes", []))]
    events, arguments, event_quantities = [], [], []
    for pos, ev in enumerate(reading.get("events", [])):
        events.append(_event_row(pos, ev))
        arguments.append(
            [
                {"role": role, "position": i, "entity_local_id": ent}
                for role in ROLES
                for i, ent in enumerate(ev.get(role + "s") or [])
            ]
        )
        event_quantities.append(
            [{"position": i, "quantity_local_id": q} for i, q in enumerate(ev.get("quantities") or [])]
        )
    return ReadingRows(
        article=article,
        blocks=[
            {"position": i, "start_char": b.start, "end_char": b.end, "kind": b.kind} for i, b in enumerate(blocks)
        ],
        sentences=sentences,
        entities=entities,
        mentions=mentions,
        times=times,
        quantities=quantities,
        quotes=quotes,
        events=events,
        arguments=arguments,
        event_quantities=event_quantities,
    )


def entity_key(entity: Mapping[str, Any]) -> str:
    """What makes two articles' entities the same one: the knowledge-base id, else type and name."""
    if entity.get("kb_id"):
        return str(entity["kb_id"])
    return f"{entity['type']}:{fold(entity['name'])}"


def _span(pos: int, record: Mapping[str, Any]) -> Row:
    component, version = _provenance(record)
    return {
        "local_id": record["id"],
        "position": pos,
        "start_char": record["start"],
        "end_char": record["end"],
        "text": record["text"],
        "sentence": record["sentence"],
        "component": component,
        "component_version": version,
    }


def _time_row(pos: int, t: Mapping[str, Any]) -> Row:
    first, last = interval(t.get("value"))
    candidates = t.get("candidates")
    return _span(pos, t) | {
        "type": t["type"],
        "value": t.get("value"),
        "mod": t.get("mod"),
        "precision": t.get("precision"),
        "certain": 1 if t.get("certain", True) else 0,
        "candidates": json.dumps(candidates) if candidates is not None else None,
        "date_first": first,
        "date_last": last,
        "note": t.get("note"),
        "extra": _extra(t, TIME_KEYS),
    }


def _quantity_row(pos: int, q: Mapping[str, Any]) -> Row:
    value = q.get("value")
    return _span(pos, q) | {
        "value": value,
        "is_integer": 1 if isinstance(value, int) and not isinstance(value, bool) else 0,
        "unit": q.get("unit"),
        "mod": q.get("mod"),
        "counts": q.get("counts"),
        "counts_folded": fold(q["counts"]) if q.get("counts") else None,
        "source_local_id": q.get("source"),
        "upper": q.get("upper"),
        "ordinal": _flag(q.get("ordinal")),
        "extra": _extra(q, QUANTITY_KEYS),
    }


def _quote_row(pos: int, q: Mapping[str, Any]) -> Row:
    return _span(pos, q) | {
        "kind": q["kind"],
        "speaker": q.get("speaker"),
        "speaker_text": q.get("speaker_text"),
        "speaker_folded": fold(q["speaker_text"]) if q.get("speaker_text") else None,
        "cue": q.get("cue"),
        "channel": q.get("channel"),
        "addressee": q.get("addressee"),
        "cue_lemma": q.get("cue_lemma"),
        "addressee_text": q.get("addressee_text"),
        "extra": _extra(q, QUOTE_KEYS),
    }


def _event_row(pos: int, ev: Mapping[str, Any]) -> Row:
    component, version = _provenance(ev)
    date = ev.get("date") or {}
    first, last = interval(date.get("value"))
    factuality = ev.get("factuality") or {}
    trigger = ev["trigger"]
    return {
        "local_id": ev["id"],
        "position": pos,
        "type": ev["type"],
        "mode": ev.get("mode"),
        "trigger_start": trigger["start"],
        "trigger_end": trigger["end"],
        "trigger_text": trigger["text"],
        "sentence": ev["sentence"],
        "time_local_id": ev.get("time"),
        "date_value": date.get("value"),
        "date_precision": date.get("precision"),
        "date_first": first,
        "date_last": last,
        "certainty": factuality.get("certainty"),
        "polarity": factuality.get("polarity"),
        "source_local_id": ev.get("source"),
        "same_as": ev.get("same_as"),
        "modality": factuality.get("modality"),
        "future": _flag(factuality.get("future")),
        "component": component,
        "component_version": version,
        "extra": _extra(ev, EVENT_KEYS, _EVENT_NESTED),
    }


_EVENT_NESTED = {
    "factuality": {"certainty", "polarity"},
    "date": {"value", "precision"},
    "trigger": {"start", "end", "text"},
}


# Rebuilding a reading from rows (the JSONL export and the API's /articles/{id}).


def _with_extra(record: dict[str, Any], extra: str | None) -> dict[str, Any]:
    if extra:
        record.update(json.loads(extra))
    return record


def _with_provenance(record: dict[str, Any], row: Mapping[str, Any]) -> dict[str, Any]:
    if row.get("component") is not None:
        record["provenance"] = {"component": row["component"], "version": row["component_version"]}
    return record


def _span_json(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "id": row["local_id"],
        "start": row["start_char"],
        "end": row["end_char"],
        "text": row["text"],
        "sentence": row["sentence"],
    }


def rebuild_reading(
    article: Mapping[str, Any],
    sentences: Iterable[Mapping[str, Any]],
    entities: Iterable[Mapping[str, Any]],
    mentions: Iterable[Mapping[str, Any]],
    times: Iterable[Mapping[str, Any]],
    quantities: Iterable[Mapping[str, Any]],
    quotes: Iterable[Mapping[str, Any]],
    events: Iterable[Mapping[str, Any]],
    arguments: Iterable[Mapping[str, Any]],
    event_quantities: Iterable[Mapping[str, Any]],
) -> dict[str, Any]:
    """The `duiding.reading/1` JSON of one stored article from its rows (each list in stored order)."""
    extra = json.loads(article["extra"]) if article.get("extra") else {}
    published = (
        {"value": article["published"], "precision": article["published_precision"]} if article["published"] else None
    )
    inferred = None
    if article["inferred"]:
        inferred = {
            "value": article["inferred"],
            "precision": article["inferred_precision"],
            "evidence": json.loads(article["inferred_evidence"]) if article["inferred_evidence"] else [],
        }
    art = {
        "id": article["external_id"],
        "text": article["text"],
        "title": article["title"],
        "lede": article["lede"],
        "language": article["language"],
        "source": article["source"],
        "url": article["url"],
        "published": published,
        "published_inferred": inferred,
    } | extra.get("article", {})
    by_entity: dict[Any, list[dict[str, Any]]] = {}
    for m in mentions:
        by_entity.setdefault(m["entity_id"], []).append(
            _with_extra(
                {
                    "start": m["start_char"],
                    "end": m["end_char"],
                    "text": m["text"],
                    "sentence": m["sentence"],
                    "kind": m["kind"],
                },
                m["extra"],
            )
        )
    args: dict[Any, dict[str, list[str]]] = {}
    for a in arguments:
        args.setdefault(a["event_id"], {r: [] for r in ROLES})[a["role"]].append(a["entity_local_id"])
    event_qs: dict[Any, list[str]] = {}
    for eq in event_quantities:
        event_qs.setdefault(eq["event_id"], []).append(eq["quantity_local_id"])
    reading: dict[str, Any] = {
        "schema": SCHEMA,
        "article": art,
        "pipeline": json.loads(article["pipeline"]),
        "sentences": [
            _with_extra(
                {
                    "index": s["idx"],
                    "start": s["start_char"],
                    "end": s["end_char"],
                    "kind": s["kind"],
                    "paragraph": s["paragraph"],
                },
                s["extra"],
            )
            for s in sentences
        ],
        "entities": [
            _with_extra(
                _with_provenance(
                    {
                        "id": e["local_id"],
                        "name": e["name"],
                        "type": e["type"],
                        "mentions": by_entity.get(e["id"], []),
                        "kb_id": e["kb_id"],
                        "country": e["country"],
                        "role": e["role"],
                    },
                    e,
                ),
                e["extra"],
            )
            for e in entities
        ],
        "times": [
            _with_extra(
                _with_provenance(
                    _span_json(t)
                    | {
                        "type": t["type"],
                        "value": t["value"],
                        "mod": t["mod"],
                        "precision": t["precision"],
                        "certain": bool(t["certain"]),
                        "candidates": json.loads(t["candidates"]) if t["candidates"] else None,
                    },
                    t,
                ),
                t["extra"],
            )
            for t in times
        ],
        "quantities": [
            _with_extra(
                _with_provenance(
                    _span_json(q)
                    | {
                        "value": _number(q["value"], q["is_integer"]),
                        "unit": q["unit"],
                        "mod": q["mod"],
                        "counts": q["counts"],
                    },
                    q,
                ),
                q["extra"],
            )
            for q in quantities
        ],
        "quotes": [
            _with_extra(
                _with_provenance(
                    _span_json(q)
                    | {
                        "kind": q["kind"],
                        "speaker": q["speaker"],
                        "speaker_text": q["speaker_text"],
                        "cue": q["cue"],
                        "channel": q["channel"],
                        "addressee": q["addressee"],
                    },
                    q,
                ),
                q["extra"],
            )
            for q in quotes
        ],
        "events": [_event_json(ev, args.get(ev["id"]), event_qs.get(ev["id"], [])) for ev in events],
    }
    reading.update(extra.get("reading", {}))
    return reading


def _number(value: float | None, is_integer: int) -> float | int | None:
    if value is None:
        return None
    return int(value) if is_integer else float(value)


def _event_json(ev: Mapping[str, Any], args: dict[str, list[str]] | None, quantities: list[str]) -> dict[str, Any]:
    args = args or {r: [] for r in ROLES}
    record = {
        "id": ev["local_id"],
        "type": ev["type"],
        "mode": ev["mode"],
        "trigger": {"start": ev["trigger_start"], "end": ev["trigger_end"], "text": ev["trigger_text"]},
        "sentence": ev["sentence"],
        "actors": args["actor"],
        "targets": args["target"],
        "places": args["place"],
        "time": ev["time_local_id"],
        "date": {"value": ev["date_value"], "precision": ev["date_precision"]} if ev["date_value"] else None,
        "quantities": quantities,
        "factuality": {"certainty": ev["certainty"], "polarity": ev["polarity"]},
        "source": ev["source_local_id"],
    }
    return _with_extra(_with_provenance(record, ev), ev["extra"])
