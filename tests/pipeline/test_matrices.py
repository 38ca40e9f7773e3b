"""The models multiply through numpy's BLAS (faster on their small matrices) and read the same."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

import duiding.pipeline
from duiding.pipeline import MODEL_DIR, load
from duiding.pipeline.tokenizer import customise

needs_model = pytest.mark.skipif(not duiding.pipeline.model_available(), reason="needs the trained backbone")

TEXT = (
    "De Nederlandse minister van Buitenlandse Zaken sprak dinsdag in Brussel met haar Belgische collega. "
    "Volgens het ministerie werden 1.200 extra agenten ingezet, maar de vakbonden zeggen dat dat niet volstaat."
)


def _reading(nlp: spacy.language.Language) -> list[tuple[str, ...]]:
    doc = nlp(TEXT)
    return [(t.text, t.pos_, str(t.morph), t.lemma_, str(t.head.i), t.dep_, t.ent_iob_ + t.ent_type_) for t in doc]


def _nodes(nlp: spacy.language.Language) -> list[Any]:
    return [node for _name, proc in nlp.pipeline if hasattr(proc, "model") for node in proc.model.walk()]


@needs_model
def test_every_model_layer_uses_numpy_blas_and_reads_as_blis_does() -> None:
    nlp = load("duiding", layers=False)
    nodes = _nodes(nlp)
    assert nodes and all(not getattr(node.ops, "use_blis", True) for node in nodes)
    plain = customise(spacy.load(MODEL_DIR))  # thinc's default ops (blis)
    plain.add_pipe("duiding_segmenter", first=True)
    assert all(getattr(node.ops, "use_blis", False) for node in _nodes(plain))
    assert _reading(nlp) == _reading(plain)
