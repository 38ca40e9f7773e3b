"""Reading clauses and noun phrases from tokens: by the dependency parse where the backbone
gives one, else by word order and function words (Dutch puts the finite verb second in a
main clause, so the constituent before it, or the noun phrase right after it, is the subject).
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Collection
from dataclasses import dataclass
from functools import cached_property

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START, SPACY
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
from duiding.layers.doctokens import token_table
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


class Columns:
    """The token attributes the layer reads most, as plain lists indexed by token.

    The layer walks every sentence token by token, and a spaCy `Token` (or `doc[i]`, or
    `doc.has_annotation`) costs far more than its own logic: the shared `TokenTable` gives
    text, tags and parse as lists, and this adds what the layer asks of nearly every token
    (is it a word, a space, does a space follow, does it start a sentence) and the Doc-wide
    facts (is there a tagger, a parser). It holds lists only, never the Doc or its Tokens,
    so keeping it in `Doc.user_data` makes no reference cycle.
    """

    def __init__(self, doc: Doc) -> None:
        table = token_table(doc)
        self.text = table.text
        self.lower = table.lower
        self.lemma = table.lemma
        self.pos = table.pos
        self.dep = table.dep
        self.idx = table.idx
        n = len(table)
        # the flags in one bulk read, combined as arrays: no Python loop over the tokens
        flags = doc.to_array([IS_SPACE, IS_PUNCT, SPACY, SENT_START, ORTH]).reshape(n, 5)
        space, punct, spacy_ws = flags[:, 0] != 0, flags[:, 1] != 0, flags[:, 2] != 0
        quote_mark = numpy.isin(flags[:, 4], [doc.vocab.strings[ch] for ch in QUOTE_CHARS])
        self.space: list[bool] = space.tolist()
        self.ws: list[bool] = spacy_ws.tolist()  # a space follows the token
        self.trailing: list[str] = numpy.where(spacy_ws, " ", "").tolist()  # `Token.whitespace_`
        self.sent_start: list[bool] = (flags[:, 3] == 1).tolist()  # `Token.is_sent_start` is True
        self.word: list[bool] = (~(space | punct | quote_mark)).tolist()  # no space, punctuation or quote mark
        self.cap: list[bool] = [tx[:1].isupper() for tx in self.text]
        self.has_pos: bool = doc.has_annotation("POS")
        self.has_dep: bool = doc.has_annotation("DEP")
        self.n = n

    def __len__(self) -> int:
        return self.n

    def span_text(self, a: int, b: int) -> str:
        """`doc[a:b].text`: the tokens with the spaces between them, none after the last."""
        if b <= a:
            return ""
        return "".join(self.text[k] + " " if self.ws[k] else self.text[k] for k in range(a, b - 1)) + self.text[b - 1]


_KEY = "duiding.quotes.columns"


def columns(doc: Doc) -> Columns:
    """The Doc's columns, made on first use (the layer drops them when done: `release_columns`)."""
    cols = doc.user_data.get(_KEY)
    if cols is None or cols.n != len(doc):
        cols = doc.user_data[_KEY] = Columns(doc)
    return cols


def release_columns(doc: Doc) -> None:
    doc.user_data.pop(_KEY, None)


class Positions:
    """Where in the Doc some rare tokens stand (sorted token indices), found in one pass: a
    scan of each sentence for them is then a bisection, not a walk over all its tokens."""

    def __init__(self, indices: list[int]) -> None:
        self.indices = indices

    @classmethod
    def of(cls, column: list[str], values: Collection[str]) -> Positions:
        """The tokens whose value in `column` is one of `values`."""
        return cls([k for k, v in enumerate(column) if v in values])

    def within(self, a: int, b: int) -> list[int]:
        """Those in [a, b), in text order."""
        return self.indices[bisect.bisect_left(self.indices, a) : bisect.bisect_left(self.indices, b)]


def verb_form_at(c: Columns, i: int) -> bool:
    """A known verb form of the lexicons (finite, participle or infinitive), or a verb by the
    tagger where the word around it does not say otherwise: a word after a determiner, or a
    title right before a name (`viroloog Katrien Bogaert`), is no verb whatever the tag."""
    if c.lower[i] in form_table():
        return True
    if not (c.has_pos and c.pos[i] in ("VERB", "AUX")):
        return False
    if i > 0 and c.lower[i - 1] in DETERMINERS:
        return False
    nxt = i + 1
    return not (nxt < len(c) and c.cap[nxt] and not c.cap[i] and c.pos[nxt] == "PROPN")


@dataclass
class Sentences:
    """Token index -> the sentence (start, end) it is in."""

    doc: Doc

    @cached_property
    def columns(self) -> Columns:
        return columns(self.doc)

    @cached_property
    def text(self) -> str:
        # `Doc.text`, joined from the columns rather than from a Token per token
        c = self.columns
        return "".join(map(operator.add, c.text, c.trailing))

    @cached_property
    def bounds(self) -> list[Span]:
        doc = self.doc
        if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
            return [(s.start, s.end) for s in doc.sents]
        # what `Doc.sents` yields, read from the sentence starts without making Spans
        starts = [0, *(i for i, first in enumerate(self.columns.sent_start) if first and i > 0)]
        ends = [*starts[1:], len(doc)]
        return [(a, b) for a, b in zip(starts, ends, strict=True) if a < b]

    @cached_property
    def of(self) -> list[int]:
        out = [0] * len(self.doc)
        for n, (a, b) in enumerate(self.bounds):
            out[a:b] = [n] * (b - a)
        return out

    def span(self, i: int) -> Span:
        return self.bounds[self.of[i]]

    def words_end(self, i: int) -> int:
        """End of the sentence of token `i` without trailing space tokens."""
        a, b = self.span(i)
        space = self.columns.space
        while b > a and space[b - 1]:
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
    c = columns(doc)
    stops = stops or set()
    if i >= end or not c.word[i] or i in stops:
        return None
    low = c.lower[i]
    pronouns = SUBJECT_PRONOUNS | (OBJECT_PRONOUNS if objects else frozenset())
    if low in pronouns and low not in DETERMINERS - {"haar", "hun"}:
        return (i, i + 1)
    if low in ("haar", "hun") and objects and (i + 1 >= end or not _np_word(c, i + 1, stops)):
        return (i, i + 1)
    if low in ("dat", "die", "dit", "deze") and (i + 1 >= end or not _np_word(c, i + 1, stops)):
        return None
    if _blocks_np(c, i) and not (low in DETERMINERS or (c.cap[i] and not _is_function(low))):
        return None
    if verb_form_at(c, i) and not c.cap[i] and low not in DETERMINERS:
        return None
    j = i
    has_head = False
    last = "det"  # the kind of the last word: det, adj (inflected, `Franse`), name, noun
    while j < end:
        low = c.lower[j]
        if j in stops or not c.word[j]:
            break
        cap = c.cap[j] and not (j == i and low in DETERMINERS)
        if j > i:
            if low == "van" and j + 1 < end and _np_word(c, j + 1, stops):
                sub = np_forward(doc, j + 1, end, stops=stops)
                if sub is None:
                    break
                j = sub[1]
                has_head, last = True, "name" if c.cap[j - 1] else "noun"
                continue
            if low in NAME_PARTICLES and c.cap[j - 1] and j + 1 < end and c.cap[j + 1]:
                j += 1
                continue
            if low in DETERMINERS and has_head and not (cap and j + 1 < end and c.cap[j + 1]):
                break
            if _blocks_np(c, j) or (verb_form_at(c, j) and not cap) or low in FINITE_AUXILIARIES:
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
    return _with_apposition(c, (i, j), end)


def _adjective_like(low: str) -> bool:
    """An inflected adjective or participle before its noun (`officiële`, `voormalige`, `gevangen`)."""
    if low.endswith("e") and not low.endswith(("ie", "ee")):
        return True
    return low.startswith(("ge", "ont", "ver", "be")) and low.endswith(("en", "d", "t")) and len(low) > 5


def _is_function(low: str) -> bool:
    return low in PREPOSITIONS or low in SUBORDINATORS or low in ADVERBS or low in QUESTION_WORDS or low in TIME_WORDS


def _with_apposition(c: Columns, span: Span, end: int) -> Span:
    """`De directeur van de zoo, Thomas Hermans,`: a name set off by commas belongs to the phrase."""
    a, b = span
    if b + 2 < end and c.text[b] == "," and c.cap[b + 1] and not _is_function(c.lower[b + 1]):
        k = b + 1
        while k < end and (c.cap[k] or c.lower[k] in NAME_PARTICLES) and c.word[k]:
            k += 1
        if k < end and c.text[k] == "," and k > b + 1:
            return (a, k)
    return span


def _np_word(c: Columns, k: int, stops: set[int]) -> bool:
    return c.word[k] and k not in stops and not _blocks_np(c, k)


def _blocks_np(c: Columns, k: int) -> bool:
    low = c.lower[k]
    if c.cap[k] and not c.sent_start[k] and k > 0 and c.word[k - 1]:
        return False  # a name: `de krant De Morgen`, `Radio Morgen`
    tagged = c.has_pos and c.pos[k] in ("ADP", "SCONJ", "CCONJ")
    if tagged and low not in DETERMINERS:
        return not (c.pos[k] == "ADP" and low == "van")
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
    c = columns(doc)
    j = i - 1
    while j >= sent_start:
        text = c.text[j]
        if text in (";", ":") or text in QUOTE_CHARS:
            return j + 1
        if text in (",", "-", "–", "—"):
            k = _previous_boundary(c, j, sent_start)
            inner = [x for x in range(k + 1, j) if c.word[x]]
            if k >= sent_start and c.text[k] == "," and inner and (c.lower[inner[0]] in RELATIVES or _names(c, inner)):
                # `X, die naar Litouwen reisde, waarschuwde`, `De voorzitter, Paul Claessens, kondigde`:
                # a relative clause or an apposition before the verb; the clause goes on before it
                j = k - 1
                continue
            if j + 1 == i:
                return i  # `..., zei hij`: the verb starts its own clause
            if c.lower[j + 1] in COORDINATORS:
                return j + 2
            return j + 1
        if c.lower[j] in SUBORDINATORS and j > sent_start and c.text[j - 1] == ",":
            return j
        j -= 1
    return sent_start


def _names(c: Columns, ws: list[int]) -> bool:
    return all(c.cap[w] or c.lower[w] in NAME_PARTICLES for w in ws)


def _previous_boundary(c: Columns, j: int, sent_start: int) -> int:
    k = j - 1
    while k >= sent_start and c.text[k] not in (",", ";", ":", "-", "–", "—") and c.text[k] not in QUOTE_CHARS:
        k -= 1
    return k


def strip_relatives(doc: Doc, span: Span) -> Span:
    """A subject constituent without the relative clause or apposition that follows its head."""
    c = columns(doc)
    a, b = span
    for k in range(a + 1, b):
        if c.text[k] == "," and k + 1 < b and c.lower[k + 1] in RELATIVES:
            return trim(doc, (a, k))
    return trim(doc, span)


def trim(doc: Doc, span: Span) -> Span:
    word = columns(doc).word
    a, b = span
    while a < b and not word[a]:
        a += 1
    while b > a and not word[b - 1]:
        b -= 1
    return (a, b)


def word_indices(doc: Doc, span: Span) -> list[int]:
    """The words of the span (no spaces, punctuation or quotation marks), as token indices."""
    word = columns(doc).word
    return [k for k in range(span[0], min(span[1], len(word))) if word[k]]


def first_words(doc: Doc, span: Span, count: int) -> list[int]:
    """The first `count` words of the span (fewer if it has fewer), as token indices."""
    word = columns(doc).word
    out: list[int] = []
    for k in range(span[0], min(span[1], len(word))):
        if word[k]:
            out.append(k)
            if len(out) == count:
                break
    return out


def words(doc: Doc, span: Span) -> list[Token]:
    tokens = token_table(doc).tokens
    return [tokens[k] for k in word_indices(doc, span)]


def char_span(doc: Doc, span: Span) -> tuple[int, int]:
    a, b = trim(doc, span)
    c = columns(doc)
    return c.idx[a], c.idx[b - 1] + len(c.text[b - 1])
