"""`customise` sets the tokenizer's affix rules with the special cases unloaded and loads them
once at the end: the result must be the tokenizer those settings make when built in one go."""

from __future__ import annotations

import spacy
from spacy.tokenizer import Tokenizer

from duiding.lang.nl.punctuation import WORDS_NOT_ABBREVIATIONS
from duiding.pipeline.tokenizer import customise

TEXT = (
    "Dhr. Jansen (o.a. oud-minister) zei om 10 u. d.w.z. ca. 12,3% m.b.t. blz. 4 vol. 2: "
    "'s-Hertogenbosch, ’s-Gravenhage en al. Kon. Paleis; i.p.v. 3 km. Zie ook art. 5 lid 2, "
    "vs. de VS, t.a.v. e.e.a. en me. Smit. Het dat. zei hij, pas. Nr. 7."
)


def _words(tok: Tokenizer) -> list[str]:
    return [t.text for t in tok(TEXT)]


def test_customised_tokenizer_equals_one_built_with_the_same_settings() -> None:
    nlp = customise(spacy.blank("nl"))
    tok = nlp.tokenizer
    reference = Tokenizer(
        nlp.vocab,
        rules=dict(tok.rules),
        prefix_search=tok.prefix_search,
        suffix_search=tok.suffix_search,
        infix_finditer=tok.infix_finditer,
        token_match=tok.token_match,
        url_match=tok.url_match,
    )
    assert _words(tok) == _words(reference)
    assert "o.a." in _words(tok) and "'s-Hertogenbosch" in _words(tok) and "%" in _words(tok)


def test_customise_keeps_the_rules_but_the_words_that_end_sentences() -> None:
    before = dict(spacy.blank("nl").tokenizer.rules)
    after = dict(customise(spacy.blank("nl")).tokenizer.rules)
    assert after == {k: v for k, v in before.items() if k not in WORDS_NOT_ABBREVIATIONS}
    assert len(after) > 1000


def test_customise_twice_changes_nothing() -> None:
    nlp = customise(spacy.blank("nl"))
    once = _words(nlp.tokenizer)
    assert _words(customise(nlp).tokenizer) == once
