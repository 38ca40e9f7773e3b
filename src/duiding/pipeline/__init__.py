"""The duiding pipeline: one spaCy `Language` that carries every layer.

`load()` gives the pipeline for a backbone; `analyse()` turns an `Article`
into a `Reading`. The pipeline is a plain spaCy pipeline, so a user who knows
spaCy can call `nlp(text)` and read `doc._.times` and friends directly.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Literal

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from duiding.errors import InputError
from duiding.pipeline import extensions, frog, segmenter  # noqa: F401  (register extensions and components)
from duiding.pipeline.lemmas import speed_up_lemmatizer
from duiding.pipeline.matrices import use_numpy_blas
from duiding.pipeline.tokenizer import customise
from duiding.records import Article, Reading

Backbone = Literal["auto", "duiding", "blank", "frog"]
BACKBONES: tuple[str, ...] = ("auto", "duiding", "blank", "frog")
FROG_BATCH = 64  # articles per Frog run: Frog takes seconds to start
YOUNG_COLLECTION_THRESHOLD = 20_000  # allocations between young collections (Python's default: 700)
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "nl_news"


def model_available() -> bool:
    return (MODEL_DIR / "meta.json").exists()


@lru_cache(maxsize=4)
def load(backbone: Backbone = "auto", *, layers: bool = True) -> Language:
    """Build the pipeline: tokenizer, segmenter, the backbone's models, and the layer components.

    `auto` uses the trained duiding model when it is installed, else a blank Dutch pipeline.
    """
    if backbone not in BACKBONES:
        raise InputError(f"unknown backbone {backbone!r}", f"choose one of {', '.join(BACKBONES)}")
    if backbone == "duiding" and not model_available():
        raise InputError(
            f"the duiding model is not installed at {MODEL_DIR}",
            "reinstall duiding from a full checkout, or use --backbone blank",
        )
    if backbone == "frog":
        if not frog.available():
            raise InputError("Frog is not installed", "install it (Debian: apt-get install frog frogdata ucto)")
        # Frog tokenises, splits sentences, tags, parses and finds names itself (see make_docs).
        nlp = spacy.blank("nl")
        nlp.meta.update(name="frog", version="debian")
    else:
        nlp = spacy.load(MODEL_DIR) if backbone != "blank" and model_available() else spacy.blank("nl")
        use_numpy_blas(nlp)
        speed_up_lemmatizer(nlp)
        customise(nlp)
        nlp.add_pipe("duiding_segmenter", first=True)
    if layers:
        import duiding.layers

        for name in duiding.layers.ORDER:
            if Language.has_factory(name):
                nlp.add_pipe(name)
    _settle_collector()
    return nlp


def _settle_collector() -> None:
    """Keep the cycle collector off the pipeline's own objects and out of the hot path.

    The models, lexicons and knowledge-base tables live as long as the process; frozen, a full
    collection no longer walks them. Reading one article makes hundreds of thousands of short-lived
    objects that reference counting frees, and Python's default (a young collection every 700
    allocations) spent about a tenth of the layers' time collecting them. Measured with
    `duiding bench`: about 5% more words per second."""
    gc.collect()
    gc.freeze()
    young, *older = gc.get_threshold()
    if young < YOUNG_COLLECTION_THRESHOLD:
        gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *older)


def is_frog(nlp: Language) -> bool:
    return nlp.meta.get("name") == "frog"


def make_docs(nlp: Language, articles: Sequence[Article]) -> list[Doc]:
    """Tokenise articles and attach what the components need to know about them."""
    if is_frog(nlp):
        analysed = frog.run_frog([a.text for a in articles])
        docs = [frog.doc_from_frog(nlp.vocab, a.text, s) for a, s in zip(articles, analysed, strict=True)]
    else:
        docs = [nlp.make_doc(a.text) for a in articles]
    for doc, article in zip(docs, articles, strict=True):
        doc._.published = article.published
        doc._.blocks = article.blocks or None
    return docs


def make_doc(nlp: Language, article: Article) -> Doc:
    return make_docs(nlp, [article])[0]


def analyse(article: Article, nlp: Language | None = None) -> Reading:
    from duiding.reading import build_reading

    nlp = nlp or load()
    return build_reading(article, nlp(make_doc(nlp, article)), nlp)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for a in articles:
        batch.append(a)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def analyse_many(
    articles: Iterable[Article], nlp: Language | None = None, *, batch_size: int = 32
) -> Iterator[Reading]:
    from duiding.reading import build_reading

    nlp = nlp or load()
    size = FROG_BATCH if is_frog(nlp) else batch_size
    for batch in _batches(articles, size):
        docs = make_docs(nlp, batch)
        for doc, article in zip(nlp.pipe(docs, batch_size=size), batch, strict=True):
            yield build_reading(article, doc, nlp)
