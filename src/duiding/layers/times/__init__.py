"""The times layer (`duiding_times`): every time expression, normalised, honest about precision.

One pass of the time grammar over the text finds the expressions; the anchoring step
resolves them against the publication date, narrowing a partial date with the article's
own evidence. Fills `doc._.times` (a list of `duiding.records.Time`) and, where the
evidence leaves exactly one publication day, `doc._.published_inferred`.
"""

from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc

from duiding import __version__
from duiding.layers.times.anchoring import Mention, find_series, resolve
from duiding.layers.times.grammar import Context, find_times
from duiding.layers.times.meanings import Lean
from duiding.pipeline import extensions  # noqa: F401  (registers the Doc extensions)
from duiding.records import Provenance, Time

COMPONENT = "duiding_times"
PROVENANCE = Provenance(COMPONENT, __version__)


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the reading's sentences (space-only sentences are skipped, as in the reading)."""
    spans = []
    for sent in doc.sents:
        if sent.text.strip():
            spans.append((sent.start_char, sent.end_char))
    return spans or [(0, len(doc.text))]


def _tense(doc: Doc, spans: list[tuple[int, int]]) -> dict[int, Lean]:
    """Per sentence start: past when the backbone finds a past or perfect verb, future for present tense only."""
    if not doc.has_annotation("MORPH"):
        return {}
    out: dict[int, Lean] = {}
    for sent in doc.sents:
        past = present = False
        for tok in sent:
            tense = tok.morph.get("Tense", [])
            if "Past" in tense or "Part" in tok.morph.get("VerbForm", []):
                past = True
            elif "Pres" in tense and tok.pos_ in ("VERB", "AUX"):
                present = True
        if past:
            out[sent.start_char] = "past"
        elif present:
            out[sent.start_char] = "future"
    return out


def context_for(doc: Doc, spans: list[tuple[int, int]]) -> Context:
    ctx = Context(doc.text, [s for s, _ in spans])
    ctx.tense = _tense(doc, spans)
    if doc.has_annotation("ENT_IOB"):
        ctx.names = [(e.start_char, e.end_char) for e in doc.ents]
    if doc.has_annotation("POS"):
        ctx.conjunctions = {t.idx for t in doc if t.lower_ == "nu" and (t.pos_ == "SCONJ" or t.dep_ == "mark")}
        ctx.token_starts = [t.idx for t in doc]
        ctx.token_tags = [t.pos_ for t in doc]
    return ctx


@Language.component(
    COMPONENT,
    requires=["token.is_sent_start"],
    assigns=["doc._.times", "doc._.published_inferred"],
)
def find_and_anchor_times(doc: Doc) -> Doc:
    spans = sentence_spans(doc)
    starts = [s for s, _ in spans]
    ctx = context_for(doc, spans)

    def sentence_of(pos: int) -> int:
        return max(bisect.bisect_right(starts, pos) - 1, 0)

    mentions = [
        Mention(f.start, f.end, doc.text[f.start : f.end], sentence_of(f.start), f.meaning) for f in find_times(ctx)
    ]
    texts = [doc.text[s:e] for s, e in spans]
    anchoring = resolve(mentions, doc._.published, texts, find_series(doc.text, sentence_of))
    times = []
    for n, (m, r) in enumerate(zip(mentions, anchoring.resolved, strict=True), start=1):
        times.append(
            Time(
                id=f"time{n}",
                start=m.start,
                end=m.end,
                text=m.text,
                sentence=m.sentence,
                type=m.meaning.type,
                value=r.value.value,
                provenance=PROVENANCE,
                mod=m.meaning.mod,
                precision=r.value.precision,
                certain=r.certain and m.meaning.note is None,
                candidates=r.candidates,
                note=m.meaning.note,
            )
        )
    doc._.times = times
    published = doc._.published
    if published is not None and published.precision != "day" and anchoring.inferred is not None:
        doc._.published_inferred = anchoring.inferred
    return doc
