"""The shared token table reads the same values as spaCy's own Token attributes."""

from __future__ import annotations

import gc
import weakref

from duiding.layers.doctokens import release, token_table


def test_table_matches_spacy_tokens(nlp):
    doc = nlp("De minister zei gisteren in Den Haag dat het kabinet de steun niet intrekt. Het regende.")
    table = token_table(doc)
    assert len(table) == len(doc) > 10
    for tok in doc:
        i = tok.i
        got = (table.text[i], table.lower[i], table.lemma[i], table.pos[i], table.tag[i], table.dep[i])
        assert got == (tok.text, tok.lower_, tok.lemma_, tok.pos_, tok.tag_, tok.dep_)
        assert (table.head[i], table.idx[i]) == (tok.head.i, tok.idx)
        assert table.children[i] == tuple(c.i for c in tok.children)
        assert table.tokens[i].i == i
    # A non-root token has a head elsewhere, so the head column is not the identity.
    assert any(table.head[i] != i for i in range(len(doc)))


def test_table_is_made_once_and_released_with_the_doc(nlp):
    doc = nlp.make_doc("Een korte zin.")
    assert token_table(doc) is token_table(doc)
    ref = weakref.ref(doc)
    release(doc)
    gc.disable()  # released, the Doc goes without the cycle collector
    try:
        del doc
        assert ref() is None
    finally:
        gc.enable()


def test_an_unreleased_table_does_not_keep_the_doc(nlp):
    doc = nlp.make_doc("Een korte zin.")
    token_table(doc)
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    assert ref() is None


def test_empty_doc(nlp):
    doc = nlp.make_doc("")
    table = token_table(doc)
    assert len(table) == 0 and table.children == [] and table.head == []
