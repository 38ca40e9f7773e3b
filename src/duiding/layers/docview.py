"""What the times and quantities layers read from a Doc, taken in bulk so no Python loop runs per token.

`doc.text` is rebuilt from the tokens on every access and iterating tokens creates a
Python object per token; on a long article both cost more than the layers' own work
(and every Token made is work for the cycle collector, too). A `DocView` reads the text
and the token attributes as arrays (`Doc.to_array`).
"""

from __future__ import annotations

import bisect
import itertools
from functools import cached_property

import numpy
from spacy.attrs import IDX, MORPH, ORTH, POS, SENT_START, SPACY
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

_VERB, _AUX = POS_IDS["VERB"], POS_IDS["AUX"]


class DocView:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.has_pos = doc.has_annotation("POS")
        self.has_morph = doc.has_annotation("MORPH")
        # Every attribute in one read: each `to_array` call walks all the tokens.
        attrs = [IDX, SENT_START, ORTH, SPACY] + ([POS] if self.has_pos else []) + ([MORPH] if self.has_morph else [])
        arr = doc.to_array(attrs) if len(doc) else numpy.zeros((0, len(attrs)), dtype="uint64")
        arr = arr.reshape(len(doc), len(attrs))
        self._column = {attr: arr[:, k] for k, attr in enumerate(attrs)}
        self.token_starts: list[int] = self._column[IDX].tolist()
        self.text: str = _joined_text(doc, self._column[ORTH].tolist(), self._column[SPACY].tolist())

    @cached_property
    def sentence_token_starts(self) -> list[int]:
        """Token index of the first token of every sentence (as the segmenter or parser set them)."""
        flags = self._column[SENT_START].astype("int64")
        starts = numpy.flatnonzero(flags == 1).tolist()
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        return [int(i) for i in starts] if len(self.doc) else []

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Character spans of the reading's sentences; space-only sentences are skipped, as in the reading."""
        text = self.text
        bounds = [self.token_starts[i] for i in self.sentence_token_starts] + [len(text)]
        spans = []
        for s, e in itertools.pairwise(bounds):
            chunk = text[s:e]
            if chunk.strip():
                start = s + len(chunk) - len(chunk.lstrip())
                spans.append((start, s + len(chunk.rstrip())))
        return spans or [(0, len(text))]

    def sentence_of(self, pos: int) -> int:
        starts = self.sentence_starts
        return max(bisect.bisect_right(starts, pos) - 1, 0)

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def token_at(self, pos: int) -> int | None:
        """The index of the token that starts at character `pos`."""
        i = bisect.bisect_left(self.token_starts, pos)
        return i if i < len(self.token_starts) and self.token_starts[i] == pos else None

    def tag_at(self, pos: int) -> str | None:
        """The coarse part-of-speech tag of the token starting at `pos`, where the backbone gives tags."""
        if not self.has_pos:
            return None
        i = self.token_at(pos)
        return None if i is None else POS_NAMES.get(int(self._column[POS][i]))

    def tag_of(self, i: int) -> str | None:
        return POS_NAMES.get(int(self._column[POS][i])) if self.has_pos and 0 <= i < len(self.doc) else None

    @cached_property
    def sentence_tense(self) -> dict[int, str]:
        """Per sentence start (character): `past` when it has a past or perfect verb, `future` for present only."""
        if not self.has_morph or not len(self.doc):
            return {}
        # Each distinct analysis is read once; a token takes its analysis' tense.
        analyses, analysis_of = numpy.unique(self._column[MORPH], return_inverse=True)
        strings = self.doc.vocab.strings
        tenses = numpy.array([_tense(strings[h] if h else "") for h in analyses.tolist()])[analysis_of.reshape(-1)]
        is_past = tenses == _PAST
        is_present = tenses == _PRESENT
        if self.has_pos:
            pos = self._column[POS]
            is_present &= (pos == _VERB) | (pos == _AUX)
        first = self.sentence_token_starts
        # Per sentence at once: every sentence has a token, so no `reduceat` range is empty.
        has_past = numpy.logical_or.reduceat(is_past, first).tolist()
        has_present = numpy.logical_or.reduceat(is_present, first).tolist()
        out: dict[int, str] = {}
        ends = [*first[1:], len(self.doc)]
        text = self.text
        for k, b in enumerate(ends):
            if not (has_past[k] or has_present[k]):
                continue
            s = self.token_starts[first[k]]
            e = self.token_starts[b] if b < len(self.doc) else len(text)
            chunk = text[s:e]
            start = s + len(chunk) - len(chunk.lstrip())
            out[start] = "past" if has_past[k] else "future"
        return out

    @cached_property
    def names(self) -> list[tuple[int, int]]:
        if not self.doc.has_annotation("ENT_IOB"):
            return []
        return [(e.start_char, e.end_char) for e in self.doc.ents]


def _joined_text(doc: Doc, orths: list[int], spaces: list[int]) -> str:
    """`doc.text`, joined from the token strings without making a Token per token."""
    strings = doc.vocab.strings
    return "".join([strings[o] + " " if space else strings[o] for o, space in zip(orths, spaces, strict=True)])


_NO_TENSE, _PAST, _PRESENT = 0, 1, 2


def _tense(features: str) -> int:
    if "Tense=Past" in features or "VerbForm=Part" in features:
        return _PAST
    if "Tense=Pres" in features:
        return _PRESENT
    return _NO_TENSE
