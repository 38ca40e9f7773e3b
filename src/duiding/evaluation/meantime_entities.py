"""MEANTIME-nl entity scoring: named-entity mentions and within-document coreference.

Named-entity mentions. MEANTIME marks the whole noun phrase of a name (`de nieuwe iPhone 4`,
`het Verenigd Koninkrijk`, `" Jobs`, `CEO Steve Jobs`, `de iTunes store`), where a CoNLL-style
recogniser marks the name itself; a quarter of the dev mentions open with a determiner, some
with adjectives or a title. `ne.f1` therefore compares the name core of each span on both
sides (`name_core`: leading determiners, punctuation, a title (also with its organisation:
`Apple CEO Steve Jobs`) and lowercase premodifiers, a trailing possessive and the lowercase
noun the name premodifies removed), and still requires the same type. `ne.strict_f1` compares
the spans exactly as annotated; the response files write each name with the article,
adjectives and title the parser attaches to it (`meantime.noun_phrase_start`), after an
article up to the noun the name premodifies (`de iTunes store`), and a place
with the region written after it as one mention (`San Jose , Californië`), as MEANTIME does.
Descriptions (`het besturingssysteem van Apple`, `het meest recente model van de iPhone`) and
names inside longer phrases (`het California Theater in San Jose`) stay errors in both. MEANTIME marks a country
adjective as a mention of the country (`Amerikaanse` -> LOC United_States); duiding's demonym
mentions are scored as LOC mentions for that reason.

Coreference (`coref_ne`, the chains of every entity mention, named, nominal and pronominal):
- `coref.*` scores the clustering on the gold mentions ("key mentions"): each gold mention
  takes the entity of the predicted mention that matches it (same span after determiners,
  else a predicted mention inside it that can be its head: none of the gold mention's
  prepositions before it, the last of several), and stays a singleton where none does.
  MEANTIME annotates only some pronouns, so predicted mentions the gold lacks are not
  counted against the system here.
- `coref.e2e.*` scores the predicted mentions as they are (exact spans after determiners),
  the CoNLL-2012 end-to-end setting, which also charges mention detection.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from duiding.evaluation.coref import Chain, CorefScores, chains_from_labels
from duiding.evaluation.scoring import Report, prf, prf_by_label, table
from duiding.layers.entities.repair import is_title

if TYPE_CHECKING:
    from duiding.evaluation.meantime import GoldDoc

DETERMINERS: frozenset[str] = frozenset({"de", "het", "een", "'t", "the", "a", "an"})
Mention = tuple[str, frozenset[str]]  # (document, gold token ids)


def strip_leading(ids: Sequence[str], words: dict[str, str]) -> tuple[str, ...]:
    """Token ids in text order without leading determiners and punctuation."""
    out = list(ids)
    while len(out) > 1:
        w = words.get(out[0], "")
        if w.lower() in DETERMINERS or (w and not any(ch.isalnum() for ch in w)):
            out.pop(0)
        else:
            break
    return tuple(out)


# Words that make a lowercase opening a description of its own (`het meest recente model van
# de iPhone`), not premodifiers of a name (`de nieuwe iPod`).
FUNCTION_WORDS: frozenset[str] = frozenset(
    {"van", "in", "op", "voor", "met", "bij", "uit", "aan", "naar", "over", "door", "tegen", "tot", "om", "na"}
    | {"en", "of", "maar", "de", "het", "een", "deze", "die", "dit", "dat", "zijn", "haar", "hun", "the"}
)


def _name_like(word: str) -> bool:
    return bool(word) and (word[:1].isupper() or word[:1].isdigit() or (len(word) > 1 and word[1:2].isupper()))


def name_core(ids: Sequence[str], words: dict[str, str]) -> tuple[str, ...]:
    """A name mention as a recogniser marks it: without leading determiners and punctuation,
    a title (`CEO Steve Jobs`), lowercase premodifiers (`nieuwe iPod`, `onlangs
    aangekondigde iPhone 4`), a trailing
    possessive (`Apple Computer ' s`) and the lowercase nouns a name premodifies (`iTunes store`,
    `iPod draagbare muziekspeler`). A lowercase opening with a preposition, conjunction or
    determiner in it is a description and is kept whole."""
    out = list(strip_leading(ids, words))
    while len(out) > 1 and is_title(words.get(out[0], "")) and _name_like(words.get(out[1], "")):
        out.pop(0)  # a title before a name (`CEO Steve Jobs`) is not part of the name
    title = next((k for k in range(1, len(out) - 1) if is_title(words.get(out[k], ""))), None)
    if title is not None and all(_name_like(words.get(i, "")) for i in out[:title] + out[title + 1 :]):
        out = out[title + 1 :]  # nor is an organisation's title (`Apple CEO Steve Jobs`)
    first_name = next((k for k, i in enumerate(out) if _name_like(words.get(i, ""))), None)
    if first_name:
        prefix = [words.get(i, "") for i in out[:first_name]]
        if all(w.isalpha() and w.islower() and w not in FUNCTION_WORDS for w in prefix):
            out = out[first_name:]
    while len(out) > 1 and (words.get(out[-1], "") in {"s", "'s", "’s"} or not words.get(out[-1], "").strip("'‘’`")):
        out.pop()
    last_name = max((k for k, i in enumerate(out) if _name_like(words.get(i, ""))), default=None)
    if last_name is not None and last_name + 1 < len(out):
        tail = [words.get(i, "") for i in out[last_name + 1 :]]
        if all(w.isalpha() and w.islower() and w not in FUNCTION_WORDS for w in tail):
            out = out[: last_name + 1]  # a common noun the name premodifies (`iTunes store`)
    return tuple(out)


@dataclass
class GoldCoref:
    name: str
    words: dict[str, str]  # token id -> word
    order: dict[str, int]  # token id -> position
    mentions: list[tuple[tuple[str, ...], str]]  # (token ids in order, chain id)


def read_coref(path: Path) -> GoldCoref:
    """A CoNLL-2011 coreference file: `doc  tok_id  token  (12|12)|(7`."""
    words: dict[str, str] = {}
    order: dict[str, int] = {}
    open_: dict[str, list[list[str]]] = {}
    mentions: list[tuple[tuple[str, ...], str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 4:
            continue
        tid, word, tag = cols[1], cols[2], cols[3]
        words[tid] = word
        order[tid] = len(order)
        parts = [p for p in tag.split("|") if p not in ("", "_")]
        for p in parts:
            if p.startswith("("):
                open_.setdefault(p.strip("()"), []).append([])
        for stack in open_.values():
            for m in stack:
                m.append(tid)
        for p in parts:
            if p.endswith(")"):
                cid = p.strip("()")
                if open_.get(cid):
                    ids = open_[cid].pop()
                    mentions.append((tuple(dict.fromkeys(ids)), cid))
    return GoldCoref(path.name.rsplit(".", 1)[0], words, order, mentions)


def predicted_mentions(doc: Doc, ids: list[str]) -> list[tuple[tuple[str, ...], str]]:
    """(gold token ids, entity id) for every mention of every entity the layer found."""
    out = []
    for ent in doc._.entities or []:
        for m in ent.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                out.append((tuple(ids[i] for i in range(span.start, span.end)), ent.id))
    return out


def _align(gold: GoldCoref, predicted: list[tuple[tuple[str, ...], str]]) -> list[tuple[Hashable, Hashable]]:
    """Gold mentions with the entity of the predicted mention each aligns with, or itself."""
    norm_pred = [(frozenset(strip_leading(p_ids, gold.words)), ent) for p_ids, ent in predicted]
    exact: dict[frozenset[str], str] = {}
    for p_set, ent in norm_pred:
        exact.setdefault(p_set, ent)
    used: set[frozenset[str]] = set()
    out: list[tuple[Hashable, Hashable]] = []
    golds = sorted(enumerate(gold.mentions), key=lambda x: len(x[1][0]))
    for k, (g_ids, _cid) in golds:
        g = frozenset(strip_leading(g_ids, gold.words))
        label: Hashable = ("gold-singleton", k)
        if g in exact:
            label = exact[g]
            used.add(g)
        else:
            heads = [(max(gold.order[i] for i in p), len(p), p, e) for p, e in norm_pred if _head_of(p, g_ids, gold)]
            heads = [h for h in heads if h[2] not in used]
            if heads:
                _end, _n, p, e = max(heads, key=lambda x: (x[0], x[1]))
                label = e
                used.add(p)
        out.append(((gold.name, k), label))
    return out


PREPOSITIONS: frozenset[str] = frozenset(
    {"van", "in", "op", "voor", "met", "bij", "uit", "aan", "naar", "over", "door", "tegen", "tot", "om", "na", "of"}
)


def _head_of(p: frozenset[str], g_ids: Sequence[str], gold: GoldCoref) -> bool:
    """Whether predicted mention `p`, inside gold mention `g`, can be its head: no preposition
    of `g` comes before it (`de website van Apple` is not Apple) and no hyphenated noun
    follows it (`het Apple -merk` is not Apple). Of several, the last is taken (Dutch puts
    titles before a name: `Apple CEO Steve Jobs`)."""
    if not p < frozenset(g_ids):
        return False
    first = min(gold.order[i] for i in p)
    last = max(gold.order[i] for i in p)
    before = [gold.words[i].lower() for i in g_ids if gold.order[i] < first]
    after = [gold.words[i] for i in g_ids if gold.order[i] > last]
    return not (PREPOSITIONS & set(before)) and not (after and after[0].startswith("-"))


def coref_scores(
    gold_dir: Path, docs: list[tuple[str, Doc, list[str]]]
) -> tuple[CorefScores, CorefScores, float] | None:
    """(key-mention scores, end-to-end scores, share of gold mentions aligned) over the
    documents `(ne file name, predicted Doc, gold token ids)`; None without `coref_ne/`."""
    folder = gold_dir / "coref_ne"
    if not folder.is_dir():
        return None
    by_name = {p.name.rsplit(".", 1)[0]: p for p in folder.iterdir() if p.is_file()}
    keyed, e2e = CorefScores.empty(), CorefScores.empty()
    aligned = total = 0
    for ne_name, doc, ids in docs:
        path = by_name.get(ne_name.rsplit(".", 1)[0])
        if path is None:
            continue
        gold = read_coref(path)
        key: list[Chain] = chains_from_labels(((gold.name, k), cid) for k, (_ids, cid) in enumerate(gold.mentions))
        pairs = _align(gold, predicted_mentions(doc, ids))
        aligned += sum(1 for _m, lab in pairs if not (isinstance(lab, tuple) and lab[0] == "gold-singleton"))
        total += len(pairs)
        keyed.add_document(key, chains_from_labels(pairs))
        gold_norm = chains_from_labels(
            ((gold.name, frozenset(strip_leading(g_ids, gold.words))), cid) for g_ids, cid in gold.mentions
        )
        pred_norm = chains_from_labels(
            ((gold.name, frozenset(strip_leading(p_ids, gold.words))), ent)
            for p_ids, ent in predicted_mentions(doc, ids)
        )
        e2e.add_document(_dedupe(gold_norm), _dedupe(pred_norm))
    return keyed, e2e, (100.0 * aligned / total if total else 0.0)


def _dedupe(chains: list[Chain]) -> list[Chain]:
    """A mention in two predicted chains (two entities claiming one span) stays in the first."""
    seen: set[Hashable] = set()
    out = []
    for c in chains:
        kept = frozenset(m for m in c if m not in seen)
        seen |= kept
        if kept:
            out.append(kept)
    return out


NEItem = tuple[str, frozenset[str], str]  # (document, gold token ids, type)


def _normalise(items: list[NEItem], words: dict[str, dict[str, str]], order: dict[str, dict[str, int]]) -> list[NEItem]:
    out = []
    for d, ids, lab in items:
        ordered = sorted(ids, key=lambda i: order[d].get(i, 0))
        out.append((d, frozenset(name_core(ordered, words[d])), lab))
    return out


def score_ne(report: Report, docs: list[GoldDoc], gold: list[NEItem], pred: list[NEItem], suffix: str = "") -> None:
    """`ne.*` on name cores (see the module doc), `ne.strict_f1` on spans as annotated; `suffix`
    names the sentences scored (`""`: the CLIN26 window, `_all`: every sentence)."""
    words = {gd.name: {r[0]: r[1] for s in gd.sentences for r in s} for gd in docs}
    order = {gd.name: {r[0]: i for i, r in enumerate(r for s in gd.sentences for r in s)} for gd in docs}
    strict = prf_by_label(gold, pred)
    g, p = _normalise(gold, words, order), _normalise(pred, words, order)
    rows = prf_by_label(g, p)
    untyped = prf([(d, ids) for d, ids, _ in g], [(d, ids) for d, ids, _ in p])
    label = "" if not suffix else " (all sentences)"
    report.tables["ne" + label] = table(rows)
    report.tables["ne_strict" + label] = table(strict)
    report.scores.update(
        {
            f"ne.f1{suffix}": round(rows["overall"].f1, 2),
            f"ne.precision{suffix}": round(rows["overall"].precision, 2),
            f"ne.recall{suffix}": round(rows["overall"].recall, 2),
            f"ne.untyped_f1{suffix}": round(untyped.f1, 2),
            f"ne.strict_f1{suffix}": round(strict["overall"].f1, 2),
        }
    )
    if suffix:
        return
    report.notes.append(
        "NE: same type and name core of the span (no leading determiners, punctuation, titles, lowercase premodifiers, "
        "trailing possessive, the common noun after a name; strict_f1: spans as annotated, "
        "duiding's name mentions written with their article, adjectives and title); "
        "duiding MISC = MEANTIME PRO, gold FIN scored as ORG, demonym mentions scored as LOC; "
        "ne.* on the first 5 sentence units, as the CLIN26 NERC scorer (score_nerc.py, first_five_sentences), "
        "ne.*_all on every sentence"
    )


def score_coref(report: Report, gold_dir: Path, docs: list[tuple[str, Doc, list[str]]]) -> None:
    """`coref.*` (key mentions) and `coref.e2e.*` (predicted mentions) from `coref_ne/`."""
    scored = coref_scores(gold_dir, docs)
    if scored is None:
        report.notes.append("coref: no coref_ne/ folder in the gold directory, not scored")
        return
    keyed, e2e, aligned = scored
    report.tables["coref"] = {
        "muc": keyed.muc.to_json(),
        "b3": keyed.b3.to_json(),
        "blanc_coref": keyed.blanc.coref.to_json(),
        "blanc_non_coref": keyed.blanc.non.to_json(),
    }
    report.tables["coref_e2e"] = {
        "muc": e2e.muc.to_json(),
        "b3": e2e.b3.to_json(),
        "blanc_coref": e2e.blanc.coref.to_json(),
        "blanc_non_coref": e2e.blanc.non.to_json(),
    }
    report.scores.update(
        {
            "coref.muc": round(keyed.muc.f1, 2),
            "coref.b3": round(keyed.b3.f1, 2),
            "coref.blanc": round(keyed.blanc.f1, 2),
            "coref.aligned": round(aligned, 2),
            "coref.e2e.muc": round(e2e.muc.f1, 2),
            "coref.e2e.b3": round(e2e.b3.f1, 2),
            "coref.e2e.blanc": round(e2e.blanc.f1, 2),
        }
    )
    report.notes.append(
        "coref: coref_ne chains; coref.* on the gold mentions, each taking the entity of the predicted mention "
        "aligned with it (coref.aligned: % of gold mentions aligned); coref.e2e.* on the predicted mentions"
    )
