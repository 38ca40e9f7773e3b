"""The quote layer (`duiding_quotes`): who said what, to whom, through which channel, and when.

It fills `doc._.quotes` with `duiding.records.Quote`, ids `quote1...` in text order:

- `direct`: quoted speech in every Dutch and Flemish mark style, over sentences and
  paragraphs, interrupted by its attribution (one quote, its `parts` the quoted stretches),
  and colon speech; scare quotes and titles are left out. The span runs from the first to the
  last quoted character, marks excluded.
- `indirect`: a reporting verb with a dat-clause, a question clause or a te-infinitive; the
  span is the complement clause without its complementizer.
- `belief`: the same with a belief verb or phrase (`geloven`, `vrezen`, `ervan overtuigd zijn`).
- `attribution`: `volgens X`, `naar verluidt`, `aldus X`, `zo meldt X`, `Dat blijkt uit X`; the
  span is the clause attributed.

`cue` is the cue as written (`schreef`, `kondigde aan`, `volgens`), `cue_lemma` its dictionary
form. `speaker` and `addressee` are entity ids of `doc._.entities` where a mention covers the
phrase; `speaker_text`/`addressee_text` the phrase as written (`de demonstranten`). `time` is
the id of a `doc._.times` expression in the reporting clause. Quantities inside a quote get
its id as `source`; `quote_containing` gives the same for any span (events use it).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from duiding import __version__
from duiding.layers.quotes.attribution import find_attributions
from duiding.layers.quotes.direct import find_direct
from duiding.layers.quotes.model import Found
from duiding.layers.quotes.records import mark_claims, quote_containing, to_records
from duiding.layers.quotes.reported import find_reported
from duiding.layers.quotes.roles import channel_in
from duiding.layers.quotes.tokens import Sentences, time_tokens
from duiding.records import Provenance

COMPONENT = "duiding_quotes"
VERSION = f"duiding-{__version__}"

__all__ = ["COMPONENT", "VERSION", "analyse_quotes", "quote_containing"]


def analyse_quotes(doc: Doc) -> list[Found]:
    """Every quote of the Doc, before records are made (the evaluation reads these too)."""
    if len(doc) == 0:
        return []
    sents = Sentences(doc)
    stops = time_tokens(doc)
    direct = find_direct(doc, sents, stops)
    taken = [p for f in direct for p in f.parts]
    reported = find_reported(doc, sents, stops, taken)
    taken += [p for f in reported for p in f.parts]
    attributions = find_attributions(doc, sents, stops, taken)
    found = direct + reported + attributions
    for f in found:
        if f.channel is None:
            f.channel = channel_in(doc, f.frame)
    _context_speakers(doc, sents, found)
    return found


def _context_speakers(doc: Doc, sents: Sentences, found: list[Found]) -> None:
    """A direct quote with no attribution of its own: the speaker of the quote just before it
    (within a sentence), else the subject of the sentence before it."""
    from duiding.layers.quotes.roles import _previous_clause_subject

    ordered = sorted(found, key=lambda f: f.start)
    starts = [t.idx for t in doc]
    import bisect

    for n, f in enumerate(ordered):
        if f.kind != "direct" or f.speaker is not None:
            continue
        tok = max(0, bisect.bisect_right(starts, f.start) - 1)
        here = sents.of[tok]
        prev = ordered[n - 1] if n > 0 else None
        if prev is not None and prev.speaker is not None:
            ptok = max(0, bisect.bisect_right(starts, prev.end - 1) - 1)
            if here - sents.of[ptok] <= 1:
                f.speaker, f.speaker_from_context = prev.speaker, True
                continue
        if here > 0:
            s0, _ = sents.bounds[here - 1]
            # only a speaker who is the subject of the sentence just before
            sp = _previous_clause_subject(doc, s0, sents.words_end(s0), set())
            if sp is not None:
                f.speaker, f.speaker_from_context = sp, True


class QuoteLayer:
    def __call__(self, doc: Doc) -> Doc:
        provenance = Provenance(COMPONENT, VERSION)
        doc._.quotes = to_records(doc, analyse_quotes(doc), provenance)
        mark_claims(doc)
        return doc


@Language.factory(
    COMPONENT,
    requires=["doc.sents"],
    assigns=["doc._.quotes", "doc._.quantities"],
)
def make_quote_layer(nlp: Language, name: str) -> QuoteLayer:
    return QuoteLayer()
