"""The events layer (`duiding_events`): who did what to whom, where and when, typed with PLOVER.

Triggers come from the Dutch trigger lexicon (`duiding.lang.nl.events`): verbs (also
separable and multi-word: `pakte ... op`, `kwamen ... de straat op`), event nouns (also with
a light verb: `verleende gratie`), and, for MEANTIME-style detection, every other full verb
and event noun as `OTHER`. Arguments are read from the dependency parse and given as entity
ids (`doc._.entities`) or, for groups that are no entity, as text. Each event carries its
sentence, factuality, time and date, quantities and the quote it is reported in. Without a
parse (blank backbone) triggers are found on the text and no arguments are read.
"""

from spacy.language import Language
from spacy.tokens import Doc

from duiding import __version__
from duiding.lang.nl.events import FUTURE_AGREE, PLACED_TYPES
from duiding.layers.doctokens import TokenTable, release, token_table
from duiding.layers.events import coreference, detect, syntax, textual
from duiding.layers.events.anchoring import datable, date_of, link_time, quantities_of, source_of, token_spans
from duiding.layers.events.arguments import Argument, EntityIndex, Roles, read_roles
from duiding.layers.events.conditions import EntityView
from duiding.layers.events.draft import Draft
from duiding.layers.events.factuality import read_factuality
from duiding.layers.events.lexicon import lexicon
from duiding.layers.events.places import main_place
from duiding.layers.quotes.records import QuoteIndex
from duiding.pipeline import extensions  # noqa: F401  (registers the Doc extensions)
from duiding.reading import sentence_index
from duiding.records import Event, Provenance, TextArgument, Time, Trigger

COMPONENT = "duiding_events"
PROVENANCE = Provenance(COMPONENT, __version__)
DEFINITE = frozenset({"de", "het", "deze", "dit", "die", "dat"})


def analyse_events(doc: Doc) -> list[Event]:
    with syntax.reading_clauses(doc):
        return _analyse_events(doc)


def _analyse_events(doc: Doc) -> list[Event]:
    lex = lexicon()
    ents = EntityView.of(doc)
    parsed = syntax.has_parse(doc)
    cands = detect.find(doc, lex, ents) if parsed else textual.find(doc, lex, ents)
    sent_of = sentence_index(doc)
    times = token_spans(doc, doc._.times or [])
    index = EntityIndex.of(doc, {i for toks, _ in times for i in toks})
    dates = datable(doc, times)
    quantities = token_spans(doc, doc._.quantities or [])
    events_at = {c.head for c in cands}
    quotes = QuoteIndex(list(doc._.quotes or []))
    table = token_table(doc)
    drafts: list[Draft] = []
    for n, cand in enumerate(cands, start=1):
        assert cand.sense is not None
        head = table.tokens[cand.head]
        if parsed:
            roles = read_roles(cand, doc, lex, index, events_at)
            fact = read_factuality(cand, doc)
            time, how = link_time(cand, doc, dates)
            quants = quantities_of(cand, doc, quantities, events_at)
        else:
            roles, fact, quants = Roles(), textual.factuality(cand, doc), []
            time, how = _sentence_time(cand.head, dates, sent_of), "sentence"
        if time is not None and _after_publication(time.value, doc):
            fact.future = True
        type_, mode = cand.sense.type, cand.sense.mode
        if type_ in FUTURE_AGREE and fact.future and fact.polarity == "POS":
            type_, mode = "AGREE", None  # PLOVER 3.1: future cooperation is coded as an agreement
        definite = cand.kind == "noun" and any(
            table.dep[c] == "det" and table.lower[c] in DEFINITE for c in table.children[cand.head]
        )
        drafts.append(
            Draft(
                id=f"event{n}",
                cand=cand,
                type=type_,
                mode=mode,
                sentence=sent_of.get(cand.head, 0),
                roles=roles,
                factuality=fact,
                time=time,
                date=date_of(time, how, doc._.published),
                quantities=quants,
                source=source_of(quotes, head.idx, head.idx + len(head)),
                definite=definite,
            )
        )
    coreference.link(drafts)
    _infer_places(doc, drafts)
    return [_record(doc, table, d) for d in drafts]


def _sentence_time(head: int, times: list[tuple[set[int], Time]], sent_of: dict[int, int]) -> Time | None:
    """Without a parse, the first date or time of the trigger's sentence."""
    for toks, t in times:
        if t.type in ("DATE", "TIME") and any(sent_of.get(i) == sent_of.get(head) for i in toks):
            return t
    return None


def _after_publication(value: str | None, doc: Doc) -> bool:
    pub = doc._.published
    if pub is None or not value or len(value) != 10 or not value[:4].isdigit():
        return False
    return value > pub.last.isoformat()


def _infer_places(doc: Doc, drafts: list[Draft]) -> None:
    need = [d for d in drafts if d.type in PLACED_TYPES and not d.roles.places]
    if not need:
        return
    found = main_place(doc)
    if found is None:
        return
    place, note = found
    for d in need:
        d.roles.places = [place]
        d.place_note = note


def _record(doc: Doc, table: TokenTable, d: Draft) -> Event:
    head = table.tokens[d.cand.head]
    parts = _spans(doc, [i for i in d.cand.parts if i != d.cand.head])
    return Event(
        id=d.id,
        type=d.type,
        mode=d.mode,
        trigger=Trigger(head.idx, head.idx + len(head), head.text),
        sentence=d.sentence,
        provenance=PROVENANCE,
        actors=_ids(d.roles.actors),
        targets=_ids(d.roles.targets),
        places=_ids(d.roles.places),
        time=d.time.id if d.time is not None else None,
        date=d.date,
        quantities=d.quantities,
        factuality=d.factuality,
        source=d.source,
        trigger_parts=parts,
        actor_texts=_texts(d.roles.actors),
        target_texts=_texts(d.roles.targets),
        place_note=d.place_note,
        same_as=d.same_as,
        inherited=d.inherited,
    )


def _ids(args: list[Argument]) -> list[str]:
    out: list[str] = []
    for a in args:
        if a.entity is not None and a.entity not in out:
            out.append(a.entity)
    return out


def _texts(args: list[Argument]) -> list[TextArgument]:
    return [TextArgument(a.start, a.end, a.text) for a in args if a.entity is None]


def _spans(doc: Doc, idx: list[int]) -> list[Trigger]:
    """Token indices -> character spans, one per run of adjacent tokens (`de straat op`)."""
    runs: list[list[int]] = []
    for i in sorted(idx):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [Trigger(*syntax.char_extent(doc, run[0], run[-1] + 1)) for run in runs]


class EventLayer:
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = analyse_events(doc)
        release(doc)  # the last layer: the shared token table is no longer needed
        return doc


@Language.factory(
    COMPONENT,
    requires=["token.is_sent_start"],
    assigns=["doc._.events"],
)
def make_event_layer(nlp: Language, name: str) -> EventLayer:
    lexicon()  # built once, when the pipeline loads, not on the first article
    return EventLayer()
