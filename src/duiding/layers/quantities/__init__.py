"""The quantities layer (`duiding_quantities`): every amount, with its unit, modifier and what it counts.

One pass of the quantity grammar over the text; numbers inside time expressions
(`9 augustus`, `drie weken`, `2020`) are left to the times layer, which runs first.
Fills `doc._.quantities` (a list of `duiding.records.Quantity`).
"""

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from duiding import __version__
from duiding.lang.nl.counting import IDIOMS, LABEL_WORDS
from duiding.lang.nl.currencies import REDENOMINATED, SUPERSEDED
from duiding.lang.nl.quantity_modifiers import CHANGE_VERB_PREFIXES
from duiding.layers.doctokens import token_table
from duiding.layers.quantities.counting import counted_in_sentence, noun_after, refers_back
from duiding.layers.quantities.grammar import GRAMMAR, Amount, read_amount
from duiding.pipeline import extensions  # noqa: F401  (registers the Doc extensions)
from duiding.records import Provenance, Quantity

COMPONENT = "duiding_quantities"
PROVENANCE = Provenance(COMPONENT, __version__)


def find_amounts(text: str, blocked: list[tuple[int, int]]) -> list[Amount]:
    """Every amount, left to right, skipping those that overlap a blocked span (a time expression)."""
    ends = [e for _, e in blocked]
    out: list[Amount] = []

    def accept(name: str, groups: dict[str, str], m: re.Match[str]) -> bool:
        start, end = m.span()
        i = bisect.bisect_right(ends, start)  # the first blocked span that ends after the start
        if i < len(blocked) and blocked[i][0] < end:
            return False
        amount = read_amount(name, groups, start, end)
        if amount is None:
            return False
        out.append(amount)
        return True

    GRAMMAR.scan(text, accept)
    return out


_PREVIOUS_WORD = re.compile(r"([\w.]+)[\s:]*$")
_WORDS = re.compile(r"\w+")


def _previous_word(text: str, pos: int) -> str:
    m = _PREVIOUS_WORD.search(text[max(0, pos - 30) : pos])
    return m.group(1).lower().rstrip(".") if m else ""


def _is_label(text: str, a: Amount) -> bool:
    """`artikel 5`, `lijn 3`, `Boeing 737`: a number that names, not counts."""
    if a.unit is not None or a.mod is not None:
        return False
    return _previous_word(text, a.start) in LABEL_WORDS


def _in_idiom(text: str, a: Amount) -> bool:
    window = text[max(0, a.start - 20) : a.end + 20].lower()
    return any(
        idiom in window and window.find(idiom) <= a.start - max(0, a.start - 20) < window.find(idiom) + len(idiom)
        for idiom in IDIOMS
    )


def _to_not_up_to(text: str, a: Amount) -> bool:
    """`daalde tot 5,2 procent`: after a verb of change `tot` gives the value reached, not a bound."""
    if a.mod != "AT_MOST" or not text[a.start : a.end].lower().startswith("tot"):
        return False
    before = _WORDS.findall(text[max(0, a.start - 80) : a.start].lower())[-8:]
    return any(w.startswith(CHANGE_VERB_PREFIXES) for w in before)


def _currency(a: Amount, reference: dt.date | None, past_in_sentence: bool) -> str | None:
    """A currency word whose meaning depends on the date (`frank`: BEF before 2002, CHF after)."""
    code = a.unit
    if code is None:
        return code
    if code in SUPERSEDED and reference is not None and not a.qualified:
        until, later = SUPERSEDED[code]
        if reference >= dt.date.fromisoformat(until) and not past_in_sentence:
            code = later
    if code in REDENOMINATED and reference is not None:
        since, before = REDENOMINATED[code]
        if reference < dt.date.fromisoformat(since):
            code = before
    return code


def find_quantities(doc: Doc) -> Doc:
    view = token_table(doc).view
    text = view.text
    times = list(doc._.times or [])
    blocked = sorted((t.start, t.end) for t in times)
    spans = view.sentences
    sentence_of = view.sentence_of

    # The date a currency is read at: a dated time expression in the sentence, else publication.
    published = doc._.published
    dated: dict[int, dt.date] = {}
    past_ref: set[int] = set()
    for t in times:
        if t.value == "PAST_REF":
            past_ref.add(t.sentence)
        m = re.match(r"(\d{4})(?:-(\d{2}))?", t.value or "")
        if m and t.type == "DATE":
            dated.setdefault(t.sentence, dt.date(int(m.group(1)), int(m.group(2) or 1), 1))

    # A number inside a name, after its first word (`Boeing 737`, `Formule 1`), names rather than counts.
    inside_name = _inside_name_test(view.names)
    quantities: list[Quantity] = []
    for a in find_amounts(text, blocked):
        raw = text[a.start : a.end]
        sentence = sentence_of(a.start)
        if _is_label(text, a) or _in_idiom(text, a) or (a.unit is None and inside_name(a.start, a.end)):
            continue
        if a.ordinal and raw[:1].isupper() and text[spans[sentence][0] : a.start].strip():
            continue  # `de Tweede Kamer`, `de Eerste Wereldoorlog`: part of a name
        mod = None if _to_not_up_to(text, a) else a.mod
        start = a.start
        if mod is None and a.mod == "AT_MOST":
            start = a.start + re.match(r"tot\s+", raw, re.IGNORECASE).end()  # type: ignore[union-attr]
        counts = None
        if a.unit in (None, "percent") or a.ordinal:
            counts = noun_after(view, a.end, percent=a.unit == "percent")
        unit = a.unit
        if counts is None and not a.ordinal and a.unit in (None, "percent"):
            earlier = _referent(quantities, a, sentence, refers_back(text, a.start, a.end))
            if earlier is not None:
                counts = earlier.counts
                if unit is None and earlier.unit is not None and a.rule == "amount" and not a.words_only:
                    unit = earlier.unit  # `120 km/u waar 50 is toegelaten`
            if counts is None and a.unit is None:
                counts = counted_in_sentence(text[spans[sentence][0] : a.start])
        if a.words_only and counts is None and unit is None and a.mod is None and not a.ordinal:
            continue  # `acht` in `hij acht het mogelijk`: a number word with nothing to count
        reference = dated.get(sentence) or (published.first if published else None)
        unit = _currency(Amount(a.start, a.end, a.value, unit, qualified=a.qualified), reference, sentence in past_ref)
        quantities.append(
            Quantity(
                id=f"num{len(quantities) + 1}",
                start=start,
                end=a.end,
                text=text[start : a.end],
                sentence=sentence,
                value=a.value,
                provenance=PROVENANCE,
                unit=unit,
                mod=mod,
                counts=counts,
                upper=a.upper,
                ordinal=a.ordinal,
            )
        )
    _units_from_the_next(quantities, text)
    doc._.quantities = quantities
    return doc


def _inside_name_test(names: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test for `start`..`end` lying in a name that begins before it, without trying every name."""
    ordered = sorted(names)
    starts = [s for s, _ in ordered]
    # The furthest end among the names that begin up to each one.
    reach = list(itertools.accumulate((e for _, e in ordered), max))

    def inside(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, start)  # the names before `i` begin before `start`
        return i > 0 and reach[i - 1] >= end

    return inside


def _units_from_the_next(quantities: list[Quantity], text: str) -> None:
    """`van 90 naar 70 kilometer per uur`: a bare number takes the unit written once after the next."""
    for q, nxt in itertools.pairwise(quantities):
        bare = q.unit is None and q.counts is None and not q.ordinal
        joined = re.fullmatch(r"\s+(?:naar|tot|à|en|of)\s+", text[q.end : nxt.start]) is not None
        if bare and joined and nxt.unit is not None and q.sentence == nxt.sentence:
            q.unit = nxt.unit


def _referent(earlier: list[Quantity], a: Amount, sentence: int, cued: bool) -> Quantity | None:
    """The earlier quantity a bare number refers back to: in its sentence, or (for a
    percentage, or after `van wie`) the one before."""
    for q in reversed(earlier):
        if q.ordinal:
            continue
        same_kind = (q.unit == "percent") == (a.unit == "percent")
        if q.sentence == sentence and same_kind:
            return q
        if q.counts is None:
            continue
        if q.sentence == sentence - 1 and same_kind and (cued or a.unit == "percent"):
            return q
        if q.sentence < sentence - 1:
            return None
    return None


@Language.factory(
    COMPONENT,
    requires=["token.is_sent_start"],
    assigns=["doc._.quantities"],
)
def make_quantities_layer(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Compile the grammar's patterns at load time, not on the first article."""
    GRAMMAR.warm()
    return find_quantities
