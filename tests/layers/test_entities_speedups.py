"""The entity layer's speed-ups answer as the plain ways do: compounds found by `str.endswith`
as by looking up every ending, and span texts read from the token table as spaCy gives them."""

from __future__ import annotations

import spacy

from duiding.lang.nl.nominals import MIN_COMPOUND_PREFIX
from duiding.layers.doctokens import token_table
from duiding.layers.entities import descriptions as d
from duiding.layers.entities.tokens import end_char, sentence_starts, text_of


def _endings(word: str) -> list[str]:
    return [word[k:] for k in range(MIN_COMPOUND_PREFIX, len(word) + 1)]


def _plain_compound_class(word: str) -> str | None:
    rank = {n: k for k, n in enumerate(d._CLASS_NOUNS)}
    fits = [e for e in _endings(word) if e in d._CLASS_NOUNS]
    return min(fits, key=rank.__getitem__) if fits else None


def test_compounds_by_endswith_equal_the_endings_looked_up() -> None:
    nouns = [*d._ROLES, *d._TITLES, *d._CLASS_NOUNS]
    words = [p + n for n in nouns for p in ("", "a", "ab", "abc", "oud-", "bouw", "x-y")]
    words += [n[1:] for n in nouns] + [n[:-1] for n in nouns] + ["", "a", "bedrijfsleven", "staatsbedrijf"]
    for word in words:
        person = any(e in d._ROLES or e in d._TITLES for e in _endings(word))
        assert d._is_person_compound(word) == person, word
        assert d._compound_class(word) == _plain_compound_class(word), word


def test_span_texts_from_the_table_equal_spacy_spans() -> None:
    nlp = spacy.blank("nl")
    doc = nlp("De  Wit-Russische president\tAleksandr Loekasjenko's (66) zei:\n\n'Nee.'  ")
    doc[0].is_sent_start = True
    doc[6].is_sent_start = True
    tt = token_table(doc)
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            span = doc[start:end]
            assert text_of(tt, start, end) == span.text, (start, end)
            assert (tt.idx[start], end_char(tt, end)) == (span.start_char, span.end_char)
    assert sentence_starts(doc) == [bool(t.is_sent_start) for t in doc]
