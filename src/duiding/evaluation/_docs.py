"""Gold-tokenised documents: evaluation runs the pipeline on the gold tokens and sentences."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from duiding.dates import PartialDate


def gold_doc(
    nlp: Language,
    sentences: Sequence[Sequence[str]],
    spaces: Sequence[Sequence[bool]] | None = None,
    published: PartialDate | None = None,
) -> Doc:
    """A Doc with the gold words and sentence boundaries, which the segmenter keeps."""
    words = [w for sent in sentences for w in sent]
    flat_spaces = [True] * len(words) if spaces is None else [s for sent in spaces for s in sent]
    sent_starts: list[bool | int | None] = [i == 0 for sent in sentences for i in range(len(sent))]
    doc = Doc(nlp.vocab, words=words, spaces=flat_spaces, sent_starts=sent_starts)
    doc._.published = published
    return doc


def run(nlp: Language, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
    """Run every component after the tokenizer on prepared Docs (with Frog first, for its backbone)."""
    from duiding.pipeline import is_frog
    from duiding.pipeline.frog import annotate_gold

    if is_frog(nlp):
        docs = annotate_gold(nlp.vocab, list(docs))
    yield from nlp.pipe(docs, batch_size=batch_size)
