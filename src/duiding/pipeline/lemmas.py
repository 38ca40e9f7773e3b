"""The trainable lemmatizer's per-word work, done once per (edit tree, word).

spaCy's edit-tree lemmatizer applies the predicted tree to every token twice (once to check that
it fits, once to write the lemma) and writes each lemma through a fresh `Token`. A news corpus
repeats its words: the same tree on the same word gives the same lemma, so the result is kept in
a bounded table and a Doc's lemmas are written as one array. The model, its scores and its
choices are spaCy's own; only the bookkeeping changes, and the lemmas are the same, token for
token (checked on the speed corpus's 134,000 tokens).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.pipeline import EditTreeLemmatizer
from spacy.tokens import Doc

_MAX_ENTRIES = 300_000  # (tree, word) pairs; a month of news stays well under it
_NO_FIT = -1  # string ids are unsigned, so this is never a lemma (the empty lemma's id is 0)


class _TreeLemmas:
    """Lemma string ids by (tree id, word), and the lemmatizer methods that read them."""

    def __init__(self, lemmatizer: EditTreeLemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.labels = numpy.asarray(lemmatizer.cfg["labels"], dtype=numpy.int64)
        self.table: dict[tuple[int, str], int] = {}  # lemma's string id, or _NO_FIT

    def lemma_id(self, doc: Doc, tree: int, word: str) -> int:
        key = (tree, word)
        found = self.table.get(key)
        if found is None:
            lemma = self.lemmatizer.trees.apply(tree, word)
            found = _NO_FIT if lemma is None else doc.vocab.strings.add(lemma)
            if len(self.table) >= _MAX_ENTRIES:
                self.table.clear()
            self.table[key] = found
        return found

    def guesses(self, docs: Sequence[Doc], scores: Sequence[Any]) -> list[numpy.ndarray]:
        """spaCy's top-1 choice: the best tree per token, or -1 where it does not fit the word."""
        out = []
        for doc, doc_scores in zip(docs, scores, strict=True):
            trees = self.labels[numpy.asarray(doc_scores).argmax(axis=1)].tolist()
            words = _words(doc)
            fitting = [
                -1 if self.lemma_id(doc, tree, word) == _NO_FIT else tree
                for tree, word in zip(trees, words, strict=True)
            ]
            out.append(numpy.array(fitting, dtype=numpy.int64))
        return out

    def set_annotations(self, docs: Iterable[Doc], batch_tree_ids: Sequence[Any]) -> None:
        overwrite = self.lemmatizer.overwrite
        for doc, tree_ids in zip(docs, batch_tree_ids, strict=False):
            if hasattr(tree_ids, "get"):
                tree_ids = tree_ids.get()
            columns = doc.to_array([LEMMA, ORTH])
            lemmas = columns[:, 0].copy()
            words = _words(doc)
            for j, tree in enumerate(tree_ids.tolist()):
                if not overwrite and lemmas[j] != 0:
                    continue
                # The backoff is "orth" (checked by speed_up); -1 means no tree fits the word.
                lemmas[j] = columns[j, 1] if tree == -1 else self.lemma_id(doc, tree, words[j])
            doc.from_array([LEMMA], cast(Any, lemmas.reshape(-1, 1)))


def _words(doc: Doc) -> list[str]:
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


def speed_up_lemmatizer(nlp: Language) -> Language:
    """Give each top-1, orth-backoff edit-tree lemmatizer of `nlp` the table above. Returns `nlp`."""
    for _name, component in nlp.pipeline:
        if not isinstance(component, EditTreeLemmatizer):
            continue
        if component.top_k != 1 or component.backoff != "orth" or not component.cfg.get("labels"):
            continue  # other settings keep spaCy's own methods
        lemmas = _TreeLemmas(component)
        component._scores2guesses_top_k_equals_1 = lemmas.guesses  # type: ignore[method-assign]
        component.set_annotations = lemmas.set_annotations  # type: ignore[method-assign]
    return nlp
