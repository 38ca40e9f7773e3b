"""The lemmatizer's table of (edit tree, word) results gives spaCy's own lemmas, token for token."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language

import duiding.pipeline
from duiding.pipeline import MODEL_DIR, load
from duiding.pipeline import lemmas as lemmas_module
from duiding.pipeline.matrices import use_numpy_blas
from duiding.pipeline.tokenizer import customise

needs_model = pytest.mark.skipif(not duiding.pipeline.model_available(), reason="needs the trained backbone")

TEXTS = [
    "De betogers werden zondag door de politie opgepakt; de agenten sloegen hen met wapenstokken.",
    "Ze liepen, renden en vluchtten naar de grootste pleinen van de steden, waar meisjes zongen.",
    "Het kabinet heeft de regeringsvorming afgebroken en de onderhandelingen zijn mislukt.",
    "Xyzzyquux brblt 12,5% van 3.400 vrtfs in 't Gooi en 's-Hertogenbosch.",
]


def _spacy_own() -> Language:
    nlp = customise(use_numpy_blas(spacy.load(MODEL_DIR)))
    nlp.add_pipe("duiding_segmenter", first=True)
    return nlp


def _lemmas(nlp: Language) -> list[list[str]]:
    return [[t.lemma_ for t in doc] for doc in nlp.pipe(TEXTS)]


@needs_model
def test_the_table_gives_spacys_own_lemmas() -> None:
    nlp = load("duiding", layers=False)
    lemmatizer = nlp.get_pipe("trainable_lemmatizer")
    assert "set_annotations" in vars(lemmatizer)  # the table is in use
    assert _lemmas(nlp) == _lemmas(_spacy_own())


@needs_model
def test_a_full_table_starts_over_and_still_reads_right(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lemmas_module, "_MAX_ENTRIES", 5)
    nlp = lemmas_module.speed_up_lemmatizer(_spacy_own())
    table = vars(nlp.get_pipe("trainable_lemmatizer"))["set_annotations"].__self__.table
    assert _lemmas(nlp) == _lemmas(_spacy_own())
    assert 0 < len(table) <= 5


@needs_model
def test_other_lemmatizer_settings_keep_spacys_methods() -> None:
    nlp = _spacy_own()
    lemmatizer: Any = nlp.get_pipe("trainable_lemmatizer")
    lemmatizer.top_k = 2
    lemmas_module.speed_up_lemmatizer(nlp)
    assert "set_annotations" not in vars(lemmatizer)
