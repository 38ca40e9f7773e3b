"""MEANTIME-nl (CLIN26) evaluation: named-entity mentions, event mentions and factuality.

Gold and predictions use the CLIN26 token formats (`ne/*.ne`, `factuality/*.factuality`).
MEANTIME types are PER, ORG, LOC, PRO (products) and FIN (financial entities);
duiding's MISC is written and scored as PRO, and gold FIN is scored as ORG,
since a financial entity (an index, an exchange) is an organisation in CoNLL terms.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from duiding.dates import PartialDate
from duiding.errors import InputError
from duiding.evaluation._docs import gold_doc, run
from duiding.evaluation.meantime_entities import score_coref, score_ne
from duiding.evaluation.scoring import PRF, Accuracy, Report, prf
from duiding.layers.entities.names import is_event_name
from duiding.layers.entities.repair import is_title

TO_MEANTIME = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "PRO"}
# Sentence units scored, as the CLIN26 scorers do (`score_nerc.py` reads the first five,
# `score_factuality.py -n 5`): title, DCT line, three sentences. MEANTIME annotated the opening
# sentences only; the files' later sentences are mostly unannotated.
SCORED_SENTENCES = 5
GOLD_MAP = {"FIN": "ORG"}
Row = list[str]


@dataclass
class GoldDoc:
    name: str
    sentences: list[list[Row]]  # rows: tok_id, token, ...

    @property
    def dct(self) -> PartialDate | None:
        """The creation date: the single token of sentence 2, e.g. `06-Mar-08`."""
        if len(self.sentences) < 2 or not self.sentences[1]:
            return None
        try:
            return PartialDate.day(dt.datetime.strptime(self.sentences[1][0][1], "%d-%b-%y").date())
        except ValueError:
            return None

    @property
    def body(self) -> list[list[Row]]:
        """Every sentence but the DCT line, which is metadata, not text."""
        return [s for i, s in enumerate(self.sentences) if i != 1]


def read_tokens(path: Path) -> GoldDoc:
    sentences: list[list[Row]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sentences[-1]:
                sentences.append([])
            continue
        sentences[-1].append(line.rstrip("\n").split("\t"))
    return GoldDoc(path.name, [s for s in sentences if s])


def ne_mentions(doc: GoldDoc) -> list[tuple[str, frozenset[str], str]]:
    """(doc, token ids, type) for every mention, nested ones included."""
    out = []
    open_: list[tuple[str, list[str]]] = []
    for row in (r for s in doc.sentences for r in s):
        for part in row[2].split("|"):
            if part in {"", "_"}:
                continue
            label = part.strip("()")
            if part.startswith("("):
                open_.append((label, []))
            for _, ids in open_:
                if row[0] not in ids:
                    ids.append(row[0])
            if part.endswith(")"):
                for k in range(len(open_) - 1, -1, -1):
                    if open_[k][0] == label:
                        lab, ids = open_.pop(k)
                        out.append((doc.name, frozenset(ids), GOLD_MAP.get(lab, lab)))
                        break
    return out


def event_mentions(doc: GoldDoc) -> list[tuple[str, frozenset[str], str, str]]:
    """(doc, token ids, certainty, polarity): B-E starts a mention, I-E adds to the last one."""
    mentions: list[tuple[list[str], str, str]] = []
    for row in (r for s in doc.sentences for r in s):
        tag = row[2] if len(row) > 2 else "_"
        if tag == "B-E":
            mentions.append(([row[0]], row[3][2:] if len(row) > 3 else "_", row[4][2:] if len(row) > 4 else "_"))
        elif tag == "I-E" and mentions:
            mentions[-1][0].append(row[0])
    return [(doc.name, frozenset(ids), cert or "_", pol or "_") for ids, cert, pol in mentions]


def _docs(gold_dir: Path, layer: str) -> list[GoldDoc]:
    folder = gold_dir / layer
    if not folder.is_dir():
        raise InputError(
            f"no {layer}/ folder in the gold directory",
            "give a directory laid out like meantime_nl_clin26/dev_corpora (with ne/ and factuality/)",
            str(gold_dir),
        )
    return [read_tokens(p) for p in sorted(folder.iterdir()) if p.is_file()]


def _predict(nlp: Language, docs: list[GoldDoc]) -> list[tuple[Doc, list[str]]]:
    """Run the pipeline on each document's body; return the Doc and the gold token id of each token."""
    prepared = []
    for gd in docs:
        body = gd.body
        doc = gold_doc(nlp, [[r[1] for r in s] for s in body], published=gd.dct)
        prepared.append((doc, [r[0] for s in body for r in s]))
    done = run(nlp, (d for d, _ in prepared))
    return [(doc, ids) for doc, (_, ids) in zip(done, prepared, strict=True)]


def _predicted_entities(doc: Doc) -> list[tuple[int, int, str, str]]:
    """(first token, end token, type, link) of predicted name mentions."""
    if doc._.entities is not None:
        out = []
        for ent in doc._.entities:
            if ent.type == "MISC" and is_event_name(ent.name):
                continue  # MEANTIME's PRO is products; a named event is no entity there
            for m in ent.mentions:
                if m.kind not in ("name", "demonym"):
                    continue
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    # MEANTIME marks a country adjective as a LOC mention of the country.
                    label = "LOC" if m.kind == "demonym" else ent.type
                    if m.kind == "demonym":
                        out.append((span.start, span.end, label, ent.kb_id or "_"))
                        continue
                    start = noun_phrase_start(doc, span.start, span.end)
                    end = noun_phrase_end(doc, start, span.end) if start < span.start else span.end
                    out.append((start, end, label, ent.kb_id or "_"))
        return _places_with_their_region(doc, sorted(set(out)))
    return [(e.start, e.end, e.label_, "_") for e in doc.ents if e.label_ in TO_MEANTIME]


LIST_WORDS = frozenset({",", "en", "of", "and", "or"})


def _places_with_their_region(doc: Doc, mentions: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """`San Jose , Californië` is one place mention in MEANTIME (the place and where it lies),
    not two; a list (`Parijs, Londen en Berlijn`) stays apart."""
    by_start = {m[0]: m for m in mentions if m[2] == "LOC"}
    out: list[tuple[int, int, str, str]] = []
    taken: set[int] = set()
    for m in mentions:
        if m[0] in taken:
            continue
        start, end, label, link = m
        region = by_start.get(end + 1) if label == "LOC" and end < len(doc) and doc[end].text == "," else None
        in_list = (start > 0 and doc[start - 1].text == ",") or (
            region is not None and region[1] < len(doc) and doc[region[1]].text.lower() in LIST_WORDS
        )
        if region is not None and not in_list:
            out.append((start, region[1], "LOC", link))
            taken.add(region[0])
        else:
            out.append(m)
    return out


ARTICLES = frozenset({"de", "het", "een", "'t"})
PREMODIFIERS = frozenset({"ADJ", "ADV", "VERB"})


def noun_phrase_start(doc: Doc, start: int, end: int) -> int:
    """Where MEANTIME's mention of a name starts: it marks the noun phrase, so the article,
    adjectives and participles that the parser attaches to the name come in (`de onlangs
    aangekondigde iPhone 4`), and a title right before the name (`CEO Steve Jobs`), however the
    parser hung them together, unless an organisation's name comes before the title (`Apple
    CEO Steve Jobs`, where MEANTIME marks `Steve Jobs`); the recogniser marks the name."""
    k = start
    sent_start = doc[start].sent.start
    while k > sent_start:
        t = doc[k - 1]
        inside = range(k, end)
        attached = t.head.i in inside
        if is_title(t.text) and (attached or any(doc[i].head.i == t.i for i in inside)):
            if k - 1 > sent_start and (doc[k - 2].pos_ == "PROPN" or doc[k - 2].text in ("en", ",")):
                break  # `Apple CEO Steve Jobs`, `CEO en medeoprichter Steve Jobs`: the name alone
            k -= 1
            continue
        if not attached:
            break
        if t.text.lower() in ARTICLES:
            return k - 1  # nothing before the article belongs to the phrase
        # An adverb only as part of an adjective's phrase (`onlangs aangekondigde`), not on its
        # own (`zowel Apple`).
        if t.pos_ in PREMODIFIERS and t.text.isalpha() and (t.pos_ != "ADV" or t.head.i < start):
            k -= 1
            continue
        break
    return k


MAX_HEAD_WORDS = 3


def noun_phrase_end(doc: Doc, start: int, end: int) -> int:
    """Where MEANTIME's mention ends when an article opens it: at the common noun the name
    premodifies (`de iTunes store`, `de iPod draagbare muziekspelers`), not at the name."""
    if doc[start].text.lower() not in ARTICLES:
        return end
    k = end
    sent_end = doc[end - 1].sent.end
    while k < min(sent_end, end + MAX_HEAD_WORDS) and doc[k].text.isalpha() and doc[k].text.islower():
        if doc[k].pos_ not in ("ADJ", "NOUN"):
            break
        k += 1
    while k > end and doc[k - 1].pos_ != "NOUN":
        k -= 1  # the phrase ends in its noun
    return k


def _predicted_events(doc: Doc) -> list[tuple[list[int], str, str]]:
    """Token indices of each event mention: the trigger and its parts (`kondigde ... aan` is one mention)."""
    out = []
    for ev in doc._.events or []:
        tokens: set[int] = set()
        for start, end in [(ev.trigger.start, ev.trigger.end), *((p.start, p.end) for p in ev.trigger_parts)]:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                tokens.update(range(span.start, span.end))
        if tokens:
            out.append((sorted(tokens), ev.factuality.certainty, ev.factuality.polarity))
    return out


def _write(path: Path, gd: GoldDoc, columns: dict[str, list[str]], width: int) -> None:
    lines = []
    for s in gd.sentences:
        for r in s:
            lines.append("\t".join([r[0], r[1], *columns.get(r[0], ["_"] * width)]))
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def _ne_columns(doc: Doc, ids: list[str]) -> dict[str, list[str]]:
    cols: dict[str, list[str]] = {}
    for start, end, label, link in _predicted_entities(doc):
        lab = TO_MEANTIME.get(label, label)
        for i in range(start, end):
            tag = ("(" if i == start else "") + lab + (")" if i == end - 1 else "")
            prev = cols.get(ids[i])
            cols[ids[i]] = [f"{prev[0]}|{tag}" if prev else tag, link]
    return cols


def _event_columns(doc: Doc, ids: list[str]) -> dict[str, list[str]]:
    cols: dict[str, list[str]] = {}
    for tokens, cert, pol in _predicted_events(doc):
        for k, i in enumerate(tokens):
            p = "B-" if k == 0 else "I-"
            cols.setdefault(ids[i], [f"{p}E", f"{p}{cert}", f"{p}{pol}"])
    return cols


def evaluate(nlp: Language, gold_dir: Path, out_dir: Path) -> Report:
    ne_docs = _docs(gold_dir, "ne")
    fact_docs = _docs(gold_dir, "factuality")
    report = Report("meantime", str(gold_dir))

    gold_ne, pred_ne, coref_docs, ne_window = [], [], [], set()
    for gd, (doc, ids) in zip(ne_docs, _predict(nlp, ne_docs), strict=True):
        cols = _ne_columns(doc, ids)
        _write(out_dir / "ne" / gd.name, gd, cols, 2)
        gold_ne += ne_mentions(gd)
        pred_ne += ne_mentions(
            GoldDoc(gd.name, [[[r[0], r[1], *cols.get(r[0], ["_", "_"])] for r in s] for s in gd.sentences])
        )
        coref_docs.append((gd.name, doc, ids))
        ne_window |= _window(gd)
    in_window = [[m for m in items if all((m[0], i) in ne_window for i in m[1])] for items in (gold_ne, pred_ne)]
    score_ne(report, ne_docs, in_window[0], in_window[1])
    score_ne(report, ne_docs, gold_ne, pred_ne, suffix="_all")
    score_coref(report, gold_dir, coref_docs)

    gold_ev, pred_ev, window = [], [], set()
    for gd, (doc, ids) in zip(fact_docs, _predict(nlp, fact_docs), strict=True):
        cols = _event_columns(doc, ids)
        _write(out_dir / "factuality" / gd.name, gd, cols, 3)
        gold_ev += event_mentions(gd)
        pred_ev += event_mentions(
            GoldDoc(gd.name, [[[r[0], r[1], *cols.get(r[0], ["_"] * 3)] for r in s] for s in gd.sentences])
        )
        window |= _window(gd)
    scored = (
        [e for e in gold_ev if all((e[0], i) in window for i in e[1])],
        [e for e in pred_ev if all((e[0], i) in window for i in e[1])],
    )
    for suffix, (gold, pred) in (("", scored), ("_all", (gold_ev, pred_ev))):
        strict = prf([(d, ids) for d, ids, *_ in gold], [(d, ids) for d, ids, *_ in pred])
        matched, lenient = _match_overlap(gold, pred)
        fact = Accuracy()
        for g, p in matched:
            if g[2] != "_":
                fact.add((g[2], g[3]) == (p[2], p[3]))
        name = "events" if not suffix else "events (all sentences)"
        report.tables[name] = {"strict": strict.to_json(), "overlap": lenient.to_json(), "factuality": fact.to_json()}
        report.scores.update(
            {
                f"events.f1{suffix}": round(lenient.f1, 2),
                f"events.strict_f1{suffix}": round(strict.f1, 2),
                f"factuality.accuracy{suffix}": round(fact.value, 2),
            }
        )
    report.notes.append(
        f"events: scored on the first {SCORED_SENTENCES} sentence units of each file (title, DCT line, three body "
        "sentences), as the CLIN26 scorer does by default (score_factuality.py -n 5): MEANTIME annotated only the "
        "opening sentences, and the files' last sentence is mostly unannotated; *_all scores every sentence"
    )
    report.notes.append(
        "events.f1: one-to-one match on any shared token; strict_f1: identical token sets (a mention is its trigger "
        "and parts, e.g. kondigde ... aan); factuality.accuracy: certainty and polarity both right, over matched "
        "mentions whose gold has a value"
    )
    return report


def _window(gd: GoldDoc) -> set[tuple[str, str]]:
    """(file, token id) of the sentence units the CLIN26 scorers read: the first five."""
    return {(gd.name, r[0]) for s in gd.sentences[:SCORED_SENTENCES] for r in s}


EventItem = tuple[str, frozenset[str], str, str]


def _match_overlap(
    gold: Iterable[EventItem], pred: Iterable[EventItem]
) -> tuple[list[tuple[EventItem, EventItem]], PRF]:
    """Pair each predicted event with an unpaired gold event of the same document that shares a token."""
    free = list(gold)
    pairs = []
    fp = 0
    for p in pred:
        hit = next((g for g in free if g[0] == p[0] and g[1] & p[1]), None)
        if hit is None:
            fp += 1
        else:
            free.remove(hit)
            pairs.append((hit, p))
    return pairs, PRF(tp=len(pairs), fp=fp, fn=len(free))
