"""The duiding pipeline: one spaCy `Language` that carries every layer.

`load()` gives the pipeline for a backbone; `analyse()` turns an `Article`
into a `Reading`. The pipeline is a plain spaCy pipeline, so a user who knows
spaCy can call `nlp(text)` and read `doc._.times` and friends directly.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Literal

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from duiding.errors import InputError
from duiding.pipeline import extensions, segmenter  # noqa: F401  (register extensions and components)
from duiding.pipeline.tokenizer import customise
from duiding.records import Article, Reading

Backbone = Literal["auto", "duiding", "blank"]
BACKBONES: tuple[str, ...] = ("auto", "duiding", "blank")
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
    nlp = spacy.load(MODEL_DIR) if backbone != "blank" and model_available() else spacy.blank("nl")
    customise(nlp)
    nlp.add_pipe("duiding_segmenter", first=True)
    if layers:
        import duiding.layers

        for name in duiding.layers.ORDER:
            if Language.has_factory(name):
                nlp.add_pipe(name)
    return nlp


def make_doc(nlp: Language, article: Article) -> Doc:
    """Tokenise an article and attach what the components need to know about it."""
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc._.blocks = article.blocks or None
    return doc


def analyse(article: Article, nlp: Language | None = None) -> Reading:
    from duiding.reading import build_reading

    nlp = nlp or load()
    return build_reading(article, nlp(make_doc(nlp, article)), nlp)


def analyse_many(
    articles: Iterable[Article], nlp: Language | None = None, *, batch_size: int = 32
) -> Iterator[Reading]:
    from duiding.reading import build_reading

    nlp = nlp or load()
    pairs = ((make_doc(nlp, a), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield build_reading(article, doc, nlp)
