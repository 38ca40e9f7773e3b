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

from spacy.language import Language
from spacy.tokens import Doc

from duiding import __version__
from duiding.lang.nl.roles import ROLE_NOUNS
from duiding.lang.nl.speech_grammar import PERSON_SUFFIXES, SUBJECT_PRONOUNS
from duiding.layers.quotes.attribution import find_attributions
from duiding.layers.quotes.direct import TokenIndex, find_direct, paragraphs
from duiding.layers.quotes.model import Covered, Found
from duiding.layers.quotes.records import MentionIndex, entity_for, mark_claims, quote_containing, to_records
from duiding.layers.quotes.reported import find_reported
from duiding.layers.quotes.roles import _previous_clause_subject, channel_in
from duiding.layers.quotes.tokens import Sentences, release_columns, time_tokens
from duiding.records import Provenance

COMPONENT = "duiding_quotes"
VERSION = f"duiding-{__version__}"

__all__ = ["COMPONENT", "VERSION", "analyse_quotes", "quote_containing"]


def analyse_quotes(doc: Doc) -> list[Found]:
    """Every quote of the Doc, before records are made (the evaluation reads these too)."""
    try:
        return _analyse(doc, Sentences(doc))
    finally:
        release_columns(doc)


def _analyse(doc: Doc, sents: Sentences) -> list[Found]:
    if len(doc) == 0:
        return []
    stops = time_tokens(doc)
    direct = find_direct(doc, sents, stops)
    taken = Covered(p for f in direct for p in f.parts)
    reported = find_reported(doc, sents, stops, taken)
    for p in (p for f in reported for p in f.parts):
        taken.add(p)
    attributions = find_attributions(doc, sents, stops, taken)
    found = direct + reported + attributions
    for f in found:
        if f.channel is None:
            f.channel = channel_in(doc, f.frame)
    _context_speakers(doc, sents, found)
    return found


def _context_speakers(doc: Doc, sents: Sentences, found: list[Found]) -> None:
    """A direct quote with no attribution of its own takes its speaker from the context:

    - within the turn of the quote before it (same paragraph, or the next sentence), that
      quote's speaker;
    - in an exchange (the two quotes before it, in paragraphs of their own, have different
      speakers), the speaker of the turn before last: dialogue alternates;
    - else the quote just before it, within one paragraph (a journalist's next paragraph of
      the same person's words);
    - else the subject of the sentence before it, where that is a person-like phrase.
    """
    ordered = sorted((f for f in found if f.kind == "direct"), key=lambda f: f.start)
    pars = paragraphs(doc, sents.text)
    index = TokenIndex(doc)
    mentions = MentionIndex(doc._.entities or [])
    par_of = {id(f): _paragraph(pars, f.start) for f in ordered}
    for n, f in enumerate(ordered):
        if f.speaker is not None:
            continue
        here = sents.of[index.at(f.start)]
        p_here = par_of[id(f)]
        prev = ordered[n - 1] if n > 0 else None
        before = ordered[n - 2] if n > 1 else None
        if prev is not None and prev.speaker is not None:
            p_prev = par_of[id(prev)]
            same_turn = p_prev == p_here or (here - sents.of[index.at(prev.end - 1)] <= 1 and p_here - p_prev <= 0)
            if same_turn:
                f.speaker, f.speaker_from_context = prev.speaker, True
                continue
            if (
                before is not None
                and before.speaker is not None
                and 0 <= p_prev - par_of[id(before)] <= 2
                and p_here - p_prev <= 2
                and not _same_speaker(doc, before.speaker, prev.speaker, mentions)
            ):
                f.speaker, f.speaker_from_context = before.speaker, True
                continue
            if p_here - p_prev <= 1:
                f.speaker, f.speaker_from_context = prev.speaker, True
                continue
        if here > 0:
            s0, _ = sents.bounds[here - 1]
            sp = _previous_clause_subject(doc, s0, sents.words_end(s0), set())
            if sp is not None and _person_like(doc, sp, mentions):
                f.speaker, f.speaker_from_context = sp, True


def _paragraph(pars: list[tuple[int, int]], offset: int) -> int:
    for n, (a, b) in enumerate(pars):
        if a <= offset < b:
            return n
    return len(pars)


def _same_speaker(doc: Doc, a: tuple[int, int], b: tuple[int, int], mentions: MentionIndex) -> bool:
    """The same person, as far as the text shows: the same entity, or the same words."""
    ea, eb = entity_for(doc, a, mentions), entity_for(doc, b, mentions)
    if ea is not None and eb is not None:
        return ea == eb
    return doc[a[0] : a[1]].text.casefold() == doc[b[0] : b[1]].text.casefold()


def _person_like(doc: Doc, span: tuple[int, int], mentions: MentionIndex) -> bool:
    """A pronoun, a name, a person of the entity layer, or a role noun (`de directeur`)."""
    ws = [t for t in doc[span[0] : span[1]] if not (t.is_punct or t.is_space)]
    if not ws:
        return False
    if mentions:
        e = entity_for(doc, span, mentions)
        if e is not None:
            return next((x.type for x in mentions.entities if x.id == e), None) == "PER"
    if len(ws) == 1 and ws[0].lower_ in SUBJECT_PRONOUNS:
        return True
    if any(t.text[:1].isupper() and not t.is_sent_start for t in ws):
        return True
    head = ws[-1].lower_
    singulars = {head, head.removesuffix("s"), head.removesuffix("en"), head.removesuffix("nen")}
    return any(h in ROLE_NOUNS or h.endswith(PERSON_SUFFIXES) for h in singulars if h)


class QuoteLayer:
    def __call__(self, doc: Doc) -> Doc:
        provenance = Provenance(COMPONENT, VERSION)
        sents = Sentences(doc)
        try:
            doc._.quotes = to_records(doc, sents, _analyse(doc, sents), provenance)
        finally:
            release_columns(doc)
        mark_claims(doc)
        return doc


@Language.factory(
    COMPONENT,
    requires=["doc.sents"],
    assigns=["doc._.quotes", "doc._.quantities"],
)
def make_quote_layer(nlp: Language, name: str) -> QuoteLayer:
    return QuoteLayer()
