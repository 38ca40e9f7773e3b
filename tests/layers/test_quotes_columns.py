"""The quote layer's token columns read the same values as spaCy's own Tokens and Doc."""

from __future__ import annotations

from duiding.layers.quotes import QuoteLayer
from duiding.layers.quotes.tokens import QUOTE_CHARS, Columns, Sentences, columns

TEXT = (
    'De minister zei gisteren:  "Het is ‘goed’." Hij ging weg.\n\n'
    "Dat is 's avonds « oké », aldus de woordvoerder van De Morgen. Rutte: 'Ja.'"
)


def test_columns_match_spacy_tokens(nlp):
    doc = nlp.make_doc(TEXT)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    c = Columns(doc)
    assert len(c) == len(doc) > 20
    for t in doc:
        i = t.i
        assert c.word[i] == (not (t.is_space or t.is_punct or t.text in QUOTE_CHARS))
        assert (c.space[i], c.ws[i], c.trailing[i]) == (t.is_space, bool(t.whitespace_), t.whitespace_)
        assert c.sent_start[i] == bool(t.is_sent_start)
        assert c.cap[i] == t.text[:1].isupper()
    assert c.span_text(3, 9) == doc[3:9].text
    sents = Sentences(doc)
    assert sents.text == doc.text
    assert sents.bounds == [(s.start, s.end) for s in doc.sents]


def test_columns_of_an_empty_doc(nlp):
    doc = nlp.make_doc("")
    assert len(Columns(doc)) == 0
    assert Sentences(doc).text == ""


def test_the_layer_drops_its_columns(nlp):
    doc = nlp.make_doc("Hij zei dat het regende.")
    for name, proc in nlp.pipeline:
        if name == "duiding_quotes":
            break
        doc = proc(doc)
    columns(doc)
    QuoteLayer()(doc)
    assert not any(key.startswith("duiding.quotes") for key in doc.user_data if isinstance(key, str))
