"""Reading clauses and noun phrases from tokens: by the dependency parse where the backbone
gives one, else by word order and function words (Dutch puts the finite verb second in a
main clause, so the constituent before it, or the noun phrase right after it, is the subject).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token

from duiding.lang.nl.calendar import MONTH_NAMES, WEEKDAY_NAMES
from duiding.lang.nl.quote_marks import DOUBLE_OPEN, GUILLEMET_CLOSE, GUILLEMET_OPEN, SINGLE_CLOSE, SINGLE_OPEN
from duiding.lang.nl.speech_grammar import (
    ADVERBS,
    COORDINATORS,
    DETERMINERS,
    FINITE_AUXILIARIES,
    NP_ENDERS,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    QUESTION_WORDS,
    RELATIVES,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from duiding.layers.quotes.lexicon import form_table

QUOTE_CHARS = frozenset(DOUBLE_OPEN | SINGLE_OPEN | SINGLE_CLOSE | GUILLEMET_OPEN | GUILLEMET_CLOSE | {"”", "’"})
NAME_PARTICLES = frozenset(
    {
        "de",
        "van",
        "der",
        "den",
        "ten",
        "ter",
        "la",
        "le",
        "el",
        "al",
        "du",
        "da",
        "di",
        "von",
        "zu",
        "van's",
        "bin",
        "ibn",
    }
)
TIME_WORDS = frozenset(WEEKDAY_NAMES) | frozenset(MONTH_NAMES)
BOUNDARY = frozenset({",", ";", ":", "-", "–", "—", "(", ")", "[", "]"})

Span = tuple[int, int]  # token indices, end exclusive


def is_word(t: Token) -> bool:
    return not (t.is_space or t.is_punct or t.text in QUOTE_CHARS)


def is_capitalised(t: Token) -> bool:
    return t.text[:1].isupper()


def is_verb_form(t: Token) -> bool:
    """A known verb form of the lexicons (finite, participle or infinitive), or a verb by the
    tagger where the word around it does not say otherwise: a word after a determiner, or a
    title right before a name (`viroloog Katrien Bogaert`), is no verb whatever the tag."""
    if t.lower_ in form_table():
        return True
    doc = t.doc
    if not (doc.has_annotation("POS") and t.pos_ in ("VERB", "AUX")):
        return False
    if t.i > 0 and doc[t.i - 1].lower_ in DETERMINERS:
        return False
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return not (nxt is not None and is_capitalised(nxt) and not is_capitalised(t) and nxt.pos_ == "PROPN")


@dataclass
class Sentences:
    """Token index -> the sentence (start, end) it is in."""

    doc: Doc

    @cached_property
    def text(self) -> str:
        # `Doc.text` joins every token on each access: read it once per article.
        return self.doc.text

    @cached_property
    def bounds(self) -> list[Span]:
        return [(s.start, s.end) for s in self.doc.sents]

    @cached_property
    def of(self) -> list[int]:
        out = [0] * len(self.doc)
        for n, (a, b) in enumerate(self.bounds):
            for i in range(a, b):
                out[i] = n
        return out

    def span(self, i: int) -> Span:
        return self.bounds[self.of[i]]

    def words_end(self, i: int) -> int:
        """End of the sentence of token `i` without trailing space tokens."""
        a, b = self.span(i)
        while b > a and self.doc[b - 1].is_space:
            b -= 1
        return b


def time_tokens(doc: Doc) -> set[int]:
    """Tokens inside a time expression of the times layer (when it ran)."""
    out: set[int] = set()
    for tm in doc._.times or []:
        span = doc.char_span(tm.start, tm.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def np_forward(doc: Doc, i: int, end: int, *, stops: set[int] | None = None, objects: bool = False) -> Span | None:
    """The noun phrase starting at token `i` (before `end`), read by word class; None if none starts there.

    `de minister van Financiën Pieter de Graaf`, `hij`, `een woordvoerder van de politie`,
    `Analisten`, `de krant De Morgen`, `De directeur van de zoo, Thomas Hermans`. Without a
    parse it stops at adverbs, prepositions other than `van`, verbs and auxiliaries, a lower-case
    word after a name, a second determiner once it has a noun, a lower-case word after a noun
    (one not ending in the adjective's `-e`), and the tokens in `stops` (times).
    """
    stops = stops or set()
    if i >= end or not is_word(doc[i]) or i in stops:
        return None
    first = doc[i]
    low = first.lower_
    pronouns = SUBJECT_PRONOUNS | (OBJECT_PRONOUNS if objects else frozenset())
    if low in pronouns and low not in DETERMINERS - {"haar", "hun"}:
        return (i, i + 1)
    if low in ("haar", "hun") and objects and (i + 1 >= end or not _np_word(doc[i + 1], stops)):
        return (i, i + 1)
    if low in ("dat", "die", "dit", "deze") and (i + 1 >= end or not _np_word(doc[i + 1], stops)):
        return None
    if _blocks_np(first) and not (low in DETERMINERS or (is_capitalised(first) and not _is_function(first))):
        return None
    if is_verb_form(first) and not is_capitalised(first) and low not in DETERMINERS:
        return None
    j = i
    has_head = False
    last = "det"  # the kind of the last word: det, adj (inflected, `Franse`), name, noun
    while j < end:
        t = doc[j]
        low = t.lower_
        if j in stops or not is_word(t):
            break
        cap = is_capitalised(t) and not (j == i and low in DETERMINERS)
        if j > i:
            if low == "van" and j + 1 < end and _np_word(doc[j + 1], stops):
                sub = np_forward(doc, j + 1, end, stops=stops)
                if sub is None:
                    break
                j = sub[1]
                has_head, last = True, "name" if is_capitalised(doc[j - 1]) else "noun"
                continue
            if low in NAME_PARTICLES and is_capitalised(doc[j - 1]) and j + 1 < end and is_capitalised(doc[j + 1]):
                j += 1
                continue
            if low in DETERMINERS and has_head and not (cap and j + 1 < end and is_capitalised(doc[j + 1])):
                break
            if _blocks_np(t) or (is_verb_form(t) and not cap) or low in FINITE_AUXILIARIES:
                break
            if low in SUBJECT_PRONOUNS or (low in OBJECT_PRONOUNS and has_head):
                break
            if not cap and has_head and last in ("name", "noun"):
                break
        if low in DETERMINERS and not cap:
            last = "det"
        elif _adjective_like(low):
            last, has_head = "adj", True
        else:
            last, has_head = ("name" if cap else "noun"), True
        j += 1
    if not has_head:
        return None
    return _with_apposition(doc, (i, j), end)


def _adjective_like(low: str) -> bool:
    """An inflected adjective or participle before its noun (`officiële`, `voormalige`, `gevangen`)."""
    if low.endswith("e") and not low.endswith(("ie", "ee")):
        return True
    return low.startswith(("ge", "ont", "ver", "be")) and low.endswith(("en", "d", "t")) and len(low) > 5


def _is_function(t: Token) -> bool:
    low = t.lower_
    return low in PREPOSITIONS or low in SUBORDINATORS or low in ADVERBS or low in QUESTION_WORDS or low in TIME_WORDS


def _with_apposition(doc: Doc, span: Span, end: int) -> Span:
    """`De directeur van de zoo, Thomas Hermans,`: a name set off by commas belongs to the phrase."""
    a, b = span
    if b + 2 < end and doc[b].text == "," and is_capitalised(doc[b + 1]) and not _is_function(doc[b + 1]):
        k = b + 1
        while k < end and (is_capitalised(doc[k]) or doc[k].lower_ in NAME_PARTICLES) and is_word(doc[k]):
            k += 1
        if k < end and doc[k].text == "," and k > b + 1:
            return (a, k)
    return span


def _np_word(t: Token, stops: set[int]) -> bool:
    return is_word(t) and t.i not in stops and not _blocks_np(t)


def _blocks_np(t: Token) -> bool:
    low = t.lower_
    if t.text[:1].isupper() and not t.is_sent_start and t.i > 0 and is_word(t.doc[t.i - 1]):
        return False  # a name: `de krant De Morgen`, `Radio Morgen`
    tagged = t.doc.has_annotation("POS") and t.pos_ in ("ADP", "SCONJ", "CCONJ")
    if tagged and low not in DETERMINERS:
        return not (t.pos_ == "ADP" and low == "van")
    return (
        low in ADVERBS
        or (low in PREPOSITIONS and low != "van")
        or low in SUBORDINATORS
        or low in COORDINATORS
        or low in NP_ENDERS
        or low in QUESTION_WORDS
        or low in TIME_WORDS
    )


def clause_start(doc: Doc, i: int, sent_start: int) -> int:
    """The first token of the clause whose finite verb is token `i`, skipping relative clauses
    and appositions between commas (`Aleksijevitsj, die naar Litouwen reisde, waarschuwde`)."""
    j = i - 1
    while j >= sent_start:
        t = doc[j]
        if t.text in (";", ":") or t.text in QUOTE_CHARS:
            return j + 1
        if t.text in (",", "-", "–", "—"):
            k = _previous_boundary(doc, j, sent_start)
            inner = [x for x in doc[k + 1 : j] if is_word(x)]
            if k >= sent_start and doc[k].text == "," and inner and (inner[0].lower_ in RELATIVES or _names(inner)):
                # `X, die naar Litouwen reisde, waarschuwde`, `De voorzitter, Paul Claessens, kondigde`:
                # a relative clause or an apposition before the verb; the clause goes on before it
                j = k - 1
                continue
            if j + 1 == i:
                return i  # `..., zei hij`: the verb starts its own clause
            if doc[j + 1].lower_ in COORDINATORS:
                return j + 2
            return j + 1
        if t.lower_ in SUBORDINATORS and j > sent_start and doc[j - 1].text == ",":
            return j
        j -= 1
    return sent_start


def _names(ws: list[Token]) -> bool:
    return all(w.text[:1].isupper() or w.lower_ in NAME_PARTICLES for w in ws)


def _previous_boundary(doc: Doc, j: int, sent_start: int) -> int:
    k = j - 1
    while k >= sent_start and doc[k].text not in (",", ";", ":", "-", "–", "—") and doc[k].text not in QUOTE_CHARS:
        k -= 1
    return k


def strip_relatives(doc: Doc, span: Span) -> Span:
    """A subject constituent without the relative clause or apposition that follows its head."""
    a, b = span
    for k in range(a + 1, b):
        if doc[k].text == "," and k + 1 < b and doc[k + 1].lower_ in RELATIVES:
            return trim(doc, (a, k))
    return trim(doc, span)


def trim(doc: Doc, span: Span) -> Span:
    a, b = span
    while a < b and not is_word(doc[a]):
        a += 1
    while b > a and not is_word(doc[b - 1]):
        b -= 1
    return (a, b)


def words(doc: Doc, span: Span) -> list[Token]:
    return [t for t in doc[span[0] : span[1]] if is_word(t)]


def char_span(doc: Doc, span: Span) -> tuple[int, int]:
    a, b = trim(doc, span)
    return doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
