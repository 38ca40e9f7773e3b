"""Who speaks, to whom, and through which channel: the roles around a cue verb.

With the backbone's parse the speaker is the cue's `nsubj` (or that of the verb it is
coordinated with or governed by), the addressee its `obj`/`iobj` or a `tegen`/`aan` phrase.
Without it they are read from word order: the constituent before the finite verb when it is
a noun phrase, else the noun phrase right after the verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from duiding.lang.nl.channels import (
    CHANNEL_MODIFIERS,
    CHANNEL_NOUNS,
    CHANNEL_PREPOSITIONS,
    MEDIA_OUTLETS,
    PLATFORMS,
    SPOKESPERSON_NOUNS,
)
from duiding.lang.nl.reporting_verbs import ADDRESSEE_OBJECT_VERBS, ADDRESSEE_PREPOSITIONS
from duiding.lang.nl.speech_grammar import (
    ADVERBS,
    CLAUSE_ADVERBS,
    COORDINATORS,
    FINITE_AUXILIARIES,
    PREPOSITIONS,
    QUESTION_WORDS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from duiding.layers.quotes.cues import Cue, finite_before
from duiding.layers.quotes.tokens import (
    QUOTE_CHARS,
    TIME_WORDS,
    Columns,
    Span,
    clause_start,
    columns,
    np_forward,
    strip_relatives,
    trim,
    verb_form_at,
)

SUBJECT_DEPS = ("nsubj", "nsubj:pass")
OBJECT_DEPS = ("obj", "iobj")


def parsed(doc: Doc) -> bool:
    return doc.has_annotation("DEP")


# --- the speaker -------------------------------------------------------------------------


def anchor(doc: Doc, cue: Cue, sent_start: int) -> int:
    """The finite verb of the cue's clause: the cue itself, or the auxiliary that carries it."""
    if cue.role in ("participle", "infinitive"):
        f = finite_before(doc, cue.head, sent_start, reach=10)
        if f is not None:
            return f
    return cue.head


def speaker_of(doc: Doc, cue: Cue, sent: Span, stops: set[int], *, after_quote: bool = False) -> Span | None:
    """The cue's subject: by word order (read the same with or without a backbone), else, where
    there is a parse, the cue's `nsubj`, within the reporting clause only (a parser can take a
    word inside the quote for the subject of the verb that tags it)."""
    found = _word_order_subject(doc, cue, sent, stops, after_quote=after_quote)
    if found is None and parsed(doc):
        found = _parse_subject(doc[cue.head])
        if found is not None and not (sent[0] <= found[0] and found[1] <= sent[1]):
            return None
        if found is not None:
            found = np_forward(doc, found[0], found[1], stops=stops, objects=True) or found
    return found


def _parse_subject(t: Token) -> Span | None:
    for _ in range(4):
        subj = [c for c in t.children if c.dep_ in SUBJECT_DEPS]
        if subj:
            return noun_phrase(subj[0])
        agent = [c for c in t.children if c.dep_ == "obl:agent"]
        if agent:
            return noun_phrase(agent[0])
        if t.dep_ in ("conj", "xcomp", "aux", "aux:pass", "cop") and t.head.i != t.i:
            t = t.head
            continue
        break
    return None


def noun_phrase(t: Token) -> Span:
    """The subtree of a noun phrase head, without relative clauses and trailing punctuation."""
    a, b = t.left_edge.i, t.right_edge.i + 1
    for c in t.children:
        if c.dep_ in ("acl:relcl", "acl", "parataxis") and c.i > t.i:
            b = min(b, c.left_edge.i)
    span = trim(t.doc, (a, b))
    if t.doc[span[1] - 1].text == "," or span[1] <= span[0]:
        return (t.i, t.i + 1)
    return span


def _word_order_subject(doc: Doc, cue: Cue, sent: Span, stops: set[int], *, after_quote: bool) -> Span | None:
    c = columns(doc)
    s0, s1 = sent
    f = anchor(doc, cue, s0)
    stops = stops | set(cue.tokens)
    start = clause_start(doc, f, s0)
    first = trim(doc, (start, f))
    while first[0] < first[1] and c.lower[first[0]] in COORDINATORS:
        first = trim(doc, (first[0] + 1, first[1]))
    if f > s0 and c.lower[f - 1] in COORDINATORS:
        # `X bedankte Y en beklemtoonde dat`, `... en zei hij`: no constituent of its own
        inverted = _after_verb(doc, f, cue, s1, stops)
        if inverted is not None and c.lower[inverted[0]] in SUBJECT_PRONOUNS:
            return inverted
        return _previous_clause_subject(doc, s0, f, stops)
    other_verb = any(verb_form_at(c, k) or c.lower[k] in FINITE_AUXILIARIES for k in range(first[0] + 1, first[1]))
    if other_verb and c.lower[first[0]] not in PREPOSITIONS and c.lower[first[0]] not in CLAUSE_ADVERBS:
        # the stretch before the verb holds another verb: only its first noun phrase is the subject
        span = np_forward(doc, first[0], first[1], stops=stops)
        if span is not None:
            return span
    if after_quote or first[0] >= first[1]:
        inverted = _after_verb(doc, f, cue, s1, stops)
        if inverted is not None:
            return inverted
        if start > s0 and c.lower[start - 1] in COORDINATORS | {","}:
            return _previous_clause_subject(doc, s0, start, stops)
        return None
    head = first[0]
    low = c.lower[head]
    if first[1] - first[0] == 1 and c.sent_start[head] and low not in SUBJECT_PRONOUNS and f + 1 < s1:
        # `Eens had Magloire gezegd`, `Toen zei Japi`: one word before the verb, and a pronoun or
        # a name after it: that is the subject
        nxt = f + 1
        if c.lower[nxt] in SUBJECT_PRONOUNS or (c.cap[nxt] and c.lower[nxt] not in PREPOSITIONS):
            inverted = _after_verb(doc, f, cue, s1, stops)
            if inverted is not None:
                return inverted
    if (
        low in PREPOSITIONS
        or low in CLAUSE_ADVERBS
        or low in TIME_WORDS
        or low in SUBORDINATORS
        or low in QUESTION_WORDS
        or first[0] in stops
        or low in ("dat", "dit")
    ):
        return _after_verb(doc, f, cue, s1, stops)
    if low in ("die", "wie") and start > s0:
        return None  # a relative clause: its antecedent is read by the caller
    np = np_forward(doc, first[0], first[1], stops=stops)
    if np is not None and np[1] < first[1] and c.text[np[1]] != "," and c.lower[np[1]] not in COORDINATORS:
        return np  # `Het Rode Kruis doet een dringende oproep`: the noun phrase, not the whole stretch
    return strip_relatives(doc, first)


def _after_verb(doc: Doc, f: int, cue: Cue, end: int, stops: set[int]) -> Span | None:
    lower, word = columns(doc).lower, columns(doc).word
    j = f + 1
    skipped = 0
    while j < end and skipped < 3:
        low = lower[j]
        if j in cue.tokens or (low in ADVERBS and low not in SUBJECT_PRONOUNS) or j in stops:
            j += 1
            skipped += 1
            continue
        if low == "er":
            j += 1
            skipped += 1
            continue
        break
    if j >= end:
        return None
    low = lower[j]
    if low in ("dat", "of", "om", "te") or low in QUESTION_WORDS or low in PREPOSITIONS:
        return None
    if low == "het" and (j + 1 >= end or not word[j + 1] or lower[j + 1] in PREPOSITIONS):
        return (j, j + 1)
    return np_forward(doc, j, end, stops=stops)


def _previous_clause_subject(doc: Doc, s0: int, before: int, stops: set[int]) -> Span | None:
    """`Rutte bedankte Macron ... en beklemtoonde dat`: the first clause's subject; after an
    opening adverb or subordinate clause (`Toen de bisschop hem naderde, tikte hij ...`), the
    subject after the main clause's verb."""
    c = columns(doc)
    i = s0
    while i < before and (not c.word[i] or c.lower[i] in COORDINATORS):
        i += 1
    if i >= before or i in stops:
        return None
    head = c.lower[i]
    if head in SUBORDINATORS:
        k = i + 1
        while k < before and c.text[k] != ",":
            k += 1
        return _subject_after_verb(doc, k + 1, before, stops)
    if head in PREPOSITIONS or head in CLAUSE_ADVERBS or head in TIME_WORDS:
        k = i + 1
        if head in PREPOSITIONS:
            pp = np_forward(doc, i + 1, before, stops=stops)
            k = pp[1] if pp is not None else k
        return _subject_after_verb(doc, k, before, stops)
    span = np_forward(doc, i, before, stops=stops)
    return strip_relatives(doc, span) if span else None


def _subject_after_verb(doc: Doc, verb: int, before: int, stops: set[int]) -> Span | None:
    """The subject right after the finite verb at `verb`, if it is a pronoun or a name."""
    c = columns(doc)
    k = verb + 1
    if k >= before or not c.word[verb]:
        return None
    if c.lower[k] in SUBJECT_PRONOUNS or (c.cap[k] and not c.sent_start[k]):
        return np_forward(doc, k, before, stops=stops)
    return None


# --- the addressee -----------------------------------------------------------------------


def addressee_of(doc: Doc, cue: Cue, speaker: Span | None, limit: int, stops: set[int], sent_start: int) -> Span | None:
    """The one spoken to: the object of `waarschuwen`, `verzekeren`...; or `tegen X`, `aan X`."""
    found = _prepositional_addressee(doc, cue, limit, stops, sent_start)
    if found is not None:
        return found
    if cue.lemma not in ADDRESSEE_OBJECT_VERBS:
        return None
    # word order: a noun phrase after the cue (and after an inverted subject) before the content
    start = cue.head + 1
    if speaker is not None and speaker[0] > cue.head:
        start = speaker[1]
    lower = columns(doc).lower
    j = start
    while j < limit and (lower[j] in ADVERBS or j in stops or j in cue.tokens or lower[j] == "zich"):
        j += 1
    if j < limit:
        span = np_forward(doc, j, limit, stops=stops, objects=True)
        if span is not None and not _is_channel_start(doc, j) and lower[j] not in ("het", "dat", "dit"):
            return span
    if cue.role == "participle":
        # `heeft de renners gevraagd`: between the auxiliary and the participle
        f = finite_before(doc, cue.head, sent_start, reach=10)
        if f is not None:
            j = f + 1
            if speaker is not None and speaker[0] == j:
                j = speaker[1]
            while j < cue.head and (lower[j] in ADVERBS or j in stops):
                j += 1
            span = np_forward(doc, j, cue.head, stops=stops, objects=True)
            if span is not None:
                return span
    return None


def _prepositional_addressee(doc: Doc, cue: Cue, limit: int, stops: set[int], sent_start: int) -> Span | None:
    lower = columns(doc).lower
    for j in range(max(sent_start, cue.head - 8), limit):
        if j == cue.head or lower[j] not in ADDRESSEE_PREPOSITIONS:
            continue
        if channel_at(doc, j) is not None:
            continue
        if lower[j] == "aan" and j in cue.tokens:
            continue  # the particle of `kondigde aan`
        if lower[j] == "tot" and not (j > 0 and lower[j - 1] in ("zich", "richtte", "richt")):
            continue
        span = np_forward(doc, j + 1, limit, stops=stops, objects=True)
        if span is not None:
            return span
    return None


# --- the channel -------------------------------------------------------------------------


def _is_channel_start(doc: Doc, j: int) -> bool:
    return channel_at(doc, j) is not None


def channel_at(doc: Doc, j: int) -> Span | None:
    """A channel phrase starting at token `j`: `op de online berichtendienst Telegram`,
    `in een persbericht`, `aan De Standaard`, `In een interview met de BBC`."""
    c = columns(doc)
    prep = c.lower[j]
    if prep not in CHANNEL_PREPOSITIONS:
        return None
    k = j + 1
    n = len(c)
    while k < n and k < j + 6 and c.lower[k] in CHANNEL_MODIFIERS and not c.cap[k]:
        k += 1
    if k >= n or not c.word[k]:
        return None
    outlet = _outlet_at(c, k)
    if outlet is not None:
        return (j, outlet)
    text = c.text[k]
    if text in PLATFORMS or text.rstrip(".") in PLATFORMS:
        return (j, k + 1)
    # a channel noun, possibly followed by a platform or outlet name (`berichtendienst Telegram`)
    while k < n and k < j + 7 and c.word[k]:
        low = c.lower[k]
        if _channel_noun(low):
            end = k + 1
            if end < n and c.text[end] in PLATFORMS:
                end += 1
            elif end < n and _outlet_at(c, end) is not None:
                end = _outlet_at(c, end) or end
            elif end + 1 < n and c.lower[end] == "met" and low in ("interview", "gesprek", "vraaggesprek"):
                sub = np_forward(doc, end + 1, min(n, end + 7))
                if sub is not None:
                    end = sub[1]
            if prep in ("voor", "met", "bij") and not (low in CHANNEL_NOUNS and c.lower[k - 1] in CHANNEL_MODIFIERS):
                return None
            return (j, end)
        if low in CHANNEL_MODIFIERS or (not c.cap[k] and low not in PREPOSITIONS):
            k += 1
            continue
        break
    return None


# The channel nouns a compound may end in (`videoboodschap`), by length: a word is tested
# against each length once instead of against every noun.
_CHANNEL_SUFFIXES: dict[int, frozenset[str]] = {
    size: frozenset(noun for noun in CHANNEL_NOUNS if len(noun) == size)
    for size in sorted({len(noun) for noun in CHANNEL_NOUNS if len(noun) >= 4})
}


def _channel_noun(low: str) -> bool:
    """A channel noun, or a compound ending in one (`videoboodschap`, `televisietoespraak`)."""
    if low in CHANNEL_NOUNS or low in SPOKESPERSON_NOUNS:
        return True
    return any(len(low) - size >= 3 and low[-size:] in nouns for size, nouns in _CHANNEL_SUFFIXES.items())


def _outlet_at(c: Columns, k: int) -> int | None:
    """End of a news outlet's name starting at `k` (longest match), else None."""
    best = None
    for length in range(1, 6):
        if k + length > len(c):
            break
        text = c.span_text(k, k + length)
        if text in MEDIA_OUTLETS or (length == 1 and text.upper() == text and text in MEDIA_OUTLETS):
            best = k + length
    return best


def channel_in(doc: Doc, frame: list[Span]) -> Span | None:
    lower = columns(doc).lower
    for a, b in frame:
        for j in range(a, b):
            if lower[j] not in CHANNEL_PREPOSITIONS:
                continue  # (`channel_at`'s own first test, made here to spare a call per token)
            found = channel_at(doc, j)
            if found is not None and found[1] <= b + 6:
                return found
    return None


def is_finite_aux(t: Token) -> bool:
    return t.lower_ in FINITE_AUXILIARIES


def is_quote_char(t: Token) -> bool:
    return t.text in QUOTE_CHARS
