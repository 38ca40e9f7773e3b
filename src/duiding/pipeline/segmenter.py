"""Sentence boundaries that know the article's layout.

A sentence never crosses a block (lede, paragraph, intertitle), so an
intertitle is always a sentence of its own. Within a block, a sentence ends at
final punctuation (with its closing quotes) when the next word starts like a
sentence. Every token's `is_sent_start` is set, so a parser later in the
pipeline cannot move the boundaries.
"""

from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from duiding.lang.nl.punctuation import CLOSING, OPENING, SENTENCE_FINAL
from duiding.layout import find_blocks
from duiding.pipeline import extensions  # noqa: F401  (registers doc._.blocks)

VERSION = "0.1.0"


@Language.component(
    "duiding_segmenter",
    assigns=["token.is_sent_start"],
)
def segment(doc: Doc) -> Doc:
    if len(doc) == 0 or (doc.has_annotation("SENT_START") and doc._.blocks is None):
        return doc  # gold or caller-set boundaries are kept as they are
    blocks = doc._.blocks if doc._.blocks is not None else find_blocks(doc.text)
    block_starts = sorted(b.start for b in blocks)
    starts = [False] * len(doc)
    next_block = 0
    expect_start = True
    for tok in doc:
        if tok.is_space:
            continue
        while next_block < len(block_starts) and block_starts[next_block] <= tok.idx:
            expect_start = True
            next_block += 1
        if expect_start or _opens_sentence(tok, doc):
            starts[tok.i] = True
            expect_start = False
    starts[0] = True
    # One array write: setting `token.is_sent_start` token by token rescans the whole doc for a
    # parse each time, which made long documents quadratic.
    column = cast(Ints2d, numpy.array([[1 if s else -1] for s in starts], dtype="int64").astype("uint64"))
    doc.from_array([SENT_START], column)
    return doc


def _opens_sentence(tok: Token, doc: Doc) -> bool:
    """Does `tok` start a new sentence after final punctuation in the same block?"""
    prev = _previous_word(doc, tok.i)
    if prev is None or tok.i == 0:
        return False
    if tok.text in CLOSING and doc[tok.i - 1].whitespace_ == "":
        return False  # a quote glued to the word before it closes, it does not open
    # Step back over closing quotes and brackets glued to what they close:
    # `herzien.' Het` ends at the quote; the opening quote of `'Alle` does not count.
    j = prev.i
    while j > 0 and doc[j].text in CLOSING and doc[j - 1].whitespace_ == "":
        j -= 1
    if doc[j].text not in SENTENCE_FINAL:
        return False
    if doc[j].text in {".", "…", "..."} and j > 0 and _is_initial(doc[j - 1]):
        return False
    first = tok.text[:1]
    if tok.text in OPENING and tok.i + 1 < len(doc):
        first = doc[tok.i + 1].text[:1]
    return first.isupper() or first.isdigit()


def _previous_word(doc: Doc, i: int) -> Token | None:
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def _is_initial(tok: Token) -> bool:
    # `G . Rutte` when the tokenizer split an initial from its period.
    return len(tok.text) == 1 and tok.text.isupper() and tok.whitespace_ == ""
