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
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc
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
    words = _Words(doc)
    starts = [False] * len(doc)
    next_block = 0
    expect_start = True
    for i, start in enumerate(words.idx):
        if words.space[i]:
            continue
        while next_block < len(block_starts) and block_starts[next_block] <= start:
            expect_start = True
            next_block += 1
        if expect_start or _opens_sentence(words, i):
            starts[i] = True
            expect_start = False
    starts[0] = True
    # One array write: setting `token.is_sent_start` token by token rescans the whole doc for a
    # parse each time, which made long documents quadratic.
    column = cast(Ints2d, numpy.array([[1 if s else -1] for s in starts], dtype="int64").astype("uint64"))
    doc.from_array([SENT_START], column)
    return doc


class _Words:
    """The token texts, glue and offsets as lists, read in one pass (a Token per look-up cost more
    than the segmenter's own work)."""

    def __init__(self, doc: Doc) -> None:
        orth, glued, space, idx = doc.to_array([ORTH, SPACY, IS_SPACE, IDX]).astype("uint64").T.tolist()
        strings = doc.vocab.strings
        decoded = {h: strings[h] for h in set(orth)}
        self.text: list[str] = [decoded[h] for h in orth]
        self.glued_to_next: list[bool] = [not w for w in glued]  # SPACY: a space follows the token
        self.space: list[int] = space
        self.idx: list[int] = idx


def _opens_sentence(words: _Words, i: int) -> bool:
    """Does token `i` start a new sentence after final punctuation in the same block?"""
    text, glued = words.text, words.glued_to_next
    prev = _previous_word(words, i)
    if prev is None or i == 0:
        return False
    if text[i] in CLOSING and glued[i - 1]:
        return False  # a quote glued to the word before it closes, it does not open
    # Step back over closing quotes and brackets glued to what they close:
    # `herzien.' Het` ends at the quote; the opening quote of `'Alle` does not count.
    j = prev
    while j > 0 and text[j] in CLOSING and glued[j - 1]:
        j -= 1
    if text[j] not in SENTENCE_FINAL:
        return False
    if text[j] in {".", "…", "..."} and j > 0 and _is_initial(text[j - 1], glued[j - 1]):
        return False
    first = text[i][:1]
    if text[i] in OPENING and i + 1 < len(text):
        first = text[i + 1][:1]
    return first.isupper() or first.isdigit()


def _previous_word(words: _Words, i: int) -> int | None:
    i -= 1
    while i >= 0 and words.space[i]:
        i -= 1
    return i if i >= 0 else None


def _is_initial(text: str, glued_to_next: bool) -> bool:
    # `G . Rutte` when the tokenizer split an initial from its period.
    return len(text) == 1 and text.isupper() and glued_to_next
