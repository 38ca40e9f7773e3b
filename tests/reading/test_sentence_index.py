"""`sentence_index` (read from arrays) numbers tokens as a walk over `doc.sents` does."""

from __future__ import annotations

import pytest

from duiding.pipeline import load
from duiding.reading import sentence_index


def _walked(doc) -> dict[int, int]:
    index: dict[int, int] = {}
    n = -1
    for sent in doc.sents:
        if any(not t.is_space for t in sent):
            n += 1
        for t in sent:
            index[t.i] = max(n, 0)
    return index


@pytest.fixture(scope="module")
def blank():
    return load("blank", layers=False)


@pytest.mark.parametrize(
    "text",
    [
        "Eén zin.",
        "Eerste zin. Tweede zin! Derde?",
        "\n\nKop\n\nEerste zin.\n\n  \n\nTweede zin.",
        "Tussenkop\n\n\n\n",
        "",
    ],
)
def test_sentence_index_numbers_tokens_as_the_sentences_walk(blank, text: str) -> None:
    doc = blank(text)
    assert sentence_index(doc) == _walked(doc)


def test_sentence_index_counts_only_sentences_with_words(blank) -> None:
    doc = blank("Eerste zin.\n\n  \n\nTweede zin.")
    index = sentence_index(doc)
    assert max(index.values()) == 1
    assert index[len(doc) - 1] == 1
