"""From an annotated `Doc` to a `Reading`: the records of every layer, with provenance."""

from __future__ import annotations

import bisect

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from duiding import __version__
from duiding.records import Article, Block, Entity, Mention, Provenance, Reading, Sentence


def pipeline_versions(nlp: Language) -> dict[str, str]:
    """Which version made each layer: duiding's own components carry the package version,
    trained components the model's name and version."""
    model = f"{nlp.meta.get('name', 'blank')}-{nlp.meta.get('version', '0')}"
    versions = {"tokenizer": f"duiding-{__version__}"}
    for name in nlp.pipe_names:
        versions[name] = f"duiding-{__version__}" if name.startswith("duiding_") else model
    return versions


def build_reading(article: Article, doc: Doc, nlp: Language) -> Reading:
    versions = pipeline_versions(nlp)
    sentences = _sentences(doc, article.blocks)
    entities = doc._.entities
    if entities is None:
        entities = _entities_from_ner(doc, Provenance("ner", versions.get("ner", "none")))
    return Reading(
        article=article,
        sentences=sentences,
        entities=list(entities),
        times=list(doc._.times or []),
        quantities=list(doc._.quantities or []),
        quotes=list(doc._.quotes or []),
        events=list(doc._.events or []),
        published_inferred=doc._.published_inferred,
        pipeline=versions,
    )


def _sentences(doc: Doc, blocks: tuple[Block, ...]) -> list[Sentence]:
    starts = [b.start for b in blocks]
    out: list[Sentence] = []
    if not len(doc):
        return out
    # read from arrays, as `sentence_index` is: a walk over `doc.sents` makes a Token per word
    first, space, idx, length = doc.to_array([SENT_START, IS_SPACE, IDX, LENGTH]).astype("int64").T.tolist()
    bounds = [i for i in range(1, len(doc)) if first[i] == 1]
    for a, z in zip([0, *bounds], [*bounds, len(doc)], strict=True):
        words = [i for i in range(a, z) if not space[i]]
        if not words:
            continue
        start, end = idx[words[0]], idx[words[-1]] + length[words[-1]]
        b = bisect.bisect_right(starts, start) - 1
        kind = blocks[b].kind if b >= 0 else "paragraph"
        out.append(Sentence(index=len(out), start=start, end=end, kind=kind, paragraph=max(b, 0)))
    return out


def sentence_index(doc: Doc) -> dict[int, int]:
    """Token index -> reading sentence index (space-only sentences are skipped, as in the reading).

    Read from arrays: three layers ask for it, and walking `doc.sents` makes a Token per word."""
    if not len(doc):
        return {}
    starts_flag, space = doc.to_array([SENT_START, IS_SPACE]).astype("int64").T
    starts = numpy.flatnonzero(starts_flag == 1)
    if not len(starts) or starts[0] != 0:
        starts = numpy.insert(starts, 0, 0)
    sentence_of_token = numpy.cumsum(numpy.isin(numpy.arange(len(doc)), starts)) - 1
    # a sentence counts when it has a word; tokens of space-only sentences join the one before
    has_word = numpy.bincount(sentence_of_token, weights=(space == 0), minlength=len(starts)) > 0
    counted = numpy.maximum(numpy.cumsum(has_word) - 1, 0)
    return dict(enumerate(counted[sentence_of_token].tolist()))


def _entities_from_ner(doc: Doc, provenance: Provenance) -> list[Entity]:
    """Until the entity layer links them, each distinct name and type is one entity."""
    sent_of = sentence_index(doc)
    by_key: dict[tuple[str, str], Entity] = {}
    for ent in doc.ents:
        if ent.label_ not in {"PER", "ORG", "LOC", "MISC"}:
            continue
        key = (ent.text, ent.label_)
        mention = _mention(ent, sent_of)
        if key in by_key:
            by_key[key].mentions.append(mention)
        else:
            by_key[key] = Entity(
                id=f"ent{len(by_key) + 1}",
                name=ent.text,
                type=ent.label_,  # type: ignore[arg-type]
                mentions=[mention],
                provenance=provenance,
            )
    return list(by_key.values())


def _mention(span: Span, sent_of: dict[int, int]) -> Mention:
    return Mention(span.start_char, span.end_char, span.text, sent_of[span.start], "name")
