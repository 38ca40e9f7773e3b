"""Indirect speech and beliefs: a reporting or belief cue with its complement clause.

The complement is a `dat`-clause, an embedded question (`of`, `waarom`, `wie`...), or a
te-infinitive (`beloofde de belastingen te verlagen`, `riep op om ... te`). Its span starts
after the complementizer (`dat`, `of`, `om`), keeps a question word (`waarom hij ...`) and
ends where the clause ends. Cues inside a quote already found (`'Ik denk dat ...', zei hij`,
`zei ervan overtuigd te zijn dat`) are part of that quote, not new ones.
"""

from __future__ import annotations

from spacy.tokens import Doc

from duiding.lang.nl.reporting_verbs import ADDRESSEE_OBJECT_VERBS
from duiding.lang.nl.speech_grammar import (
    ADVERBS,
    DETERMINERS,
    FINITE_AUXILIARIES,
    NOT_AFTER_COMPLEMENTIZER,
    PREPOSITIONS,
    QUESTION_WORDS,
    SUBJECT_PRONOUNS,
)
from duiding.layers.quotes.cues import Cue, belief_phrase_at, cue_at, possible_cues
from duiding.layers.quotes.direct import _is_noun
from duiding.layers.quotes.model import Covered, Found
from duiding.layers.quotes.roles import addressee_of, parsed, speaker_of
from duiding.layers.quotes.tokens import (
    QUOTE_CHARS,
    Columns,
    Sentences,
    Span,
    char_span,
    columns,
    np_forward,
    trim,
    verb_form_at,
)

REPORTED_CLASSES = frozenset({"report", "belief"})
# Clause ends inside a sentence: `, en de politie vreest ...`, `, maar ...`, `; ...`.
CLAUSE_BREAKERS = frozenset({"en", "maar", "want", "terwijl", "zo", "aldus", "volgens", "zodat", "hoewel"})
QUESTION_VERBS = frozenset(
    {"vragen", "afvragen", "uitleggen", "weten", "betwijfelen", "twijfelen", "verduidelijken", "onderzoeken"}
)


def find_reported(doc: Doc, sents: Sentences, stops: set[int], taken: Covered) -> list[Found]:
    c = columns(doc)
    out: list[Found] = []
    spans = taken.copy()
    after = 0  # where the next cue may be: after the complement of the one before (never past its sentence)
    for k in possible_cues(c).indices:
        s0, _s1 = sents.span(k)
        end = sents.words_end(k)
        if k < after or k >= end or spans.holds(c.idx[k]):
            continue
        cue = None if _is_noun(doc, k) else cue_at(doc, k, s0, end, classes=REPORTED_CLASSES)
        cue = cue or belief_phrase_at(doc, k, s0, end)
        if cue is None:
            continue
        comp = complement(doc, cue, end, stops)
        if comp is None:
            continue
        a, b = comp
        if b <= a:
            continue
        kind = "belief" if cue.cls == "belief" else "indirect"
        rec = Found(kind, [char_span(doc, (a, b))], cue=cue)  # type: ignore[arg-type]
        rec.speaker = speaker_of(doc, cue, (s0, end), stops)
        rec.speaker = _relative_antecedent(doc, cue, rec.speaker, s0)
        rec.addressee = addressee_of(doc, cue, rec.speaker, a, stops, s0)
        rec.frame = [(s0, a)]
        out.append(rec)
        spans.add(rec.parts[0])
        after = max(b, k + 1)
    return out


def _relative_antecedent(doc: Doc, cue: Cue, speaker: Span | None, s0: int) -> Span | None:
    """`Lena Jacobs, die de petitie startte, zei`: handled by the clause reader; `X, die zei dat`:
    the speaker of a cue in a relative clause is the noun phrase before the comma."""
    if speaker is not None:
        return speaker
    c = columns(doc)
    k = cue.head - 1
    while k > s0 and c.lower[k] not in ("die", "wie"):
        if c.text[k] in (",", ";", ":"):
            return None
        k -= 1
    if k <= s0 + 1 or c.text[k - 1] != ",":
        return None
    return noun_phrase_before(doc, k - 1, s0)


def noun_phrase_before(doc: Doc, end: int, s0: int) -> Span | None:
    """The noun phrase that ends at token `end` (exclusive): back to its determiner or the start."""
    c = columns(doc)
    k = end - 1
    while k >= s0 and c.word[k] and c.lower[k] not in ADVERBS:
        if c.lower[k] in DETERMINERS:
            return (k, end)
        if c.lower[k] in PREPOSITIONS and c.lower[k] != "van":
            return (k + 1, end) if k + 1 < end else None
        k -= 1
    return (k + 1, end) if k + 1 < end else None


def complement(doc: Doc, cue: Cue, end: int, stops: set[int]) -> Span | None:
    """The token span of the cue's complement clause, without its complementizer."""
    found = _word_order_complement(doc, cue, end)
    if found is None and parsed(doc):
        found = _parse_complement(doc, cue, end)
    return found


def _parse_complement(doc: Doc, cue: Cue, end: int) -> Span | None:
    head = doc[cue.head]
    heads = [head] + [doc[i] for i in cue.tokens if i != cue.head]
    for h in heads:
        for c in h.children:
            if c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > cue.head:
                a, b = c.left_edge.i, c.right_edge.i + 1
                first = doc[a]
                if c.dep_ == "advcl" and first.lower_ not in ("om",):
                    continue
                if c.dep_ == "xcomp" and not any(t.lower_ == "te" for t in doc[a:b]):
                    continue
                if a <= cue.last:
                    continue  # a complement before its cue is no report of it
                if first.lower_ in ("dat", "of", "om") and a + 1 < b:
                    a += 1
                b = min(b, end)
                a, b = trim(doc, (a, b))
                span = doc[a:b]
                clause_like = any(t.pos_ in ("VERB", "AUX") for t in span) and len(span) >= 2
                introduced = first.lower_ in ("dat", "of", "om") or first.lower_ in QUESTION_WORDS
                if b > a and clause_like and (introduced or any(t.lower_ == "te" for t in span)):
                    return (a, _clause_end(columns(doc), a, b))
    return None


def _word_order_complement(doc: Doc, cue: Cue, end: int) -> Span | None:
    c = columns(doc)
    start = cue.last + 1
    reach = min(end, start + 14)
    te_start: int | None = None
    k = start
    while k < reach:
        text, low = c.text[k], c.lower[k]
        if text in (";", ":") or text in QUOTE_CHARS:
            return None
        if text == ",":
            if k + 1 < end and (c.lower[k + 1] in ("dat", "of", "om") or c.lower[k + 1] in QUESTION_WORDS):
                k += 1
                continue
            return None
        if low == "dat" and _complementizer(c, k, end):
            b = _clause_end(c, k + 1, end)
            if b - (k + 1) <= 2 and not any(verb_form_at(c, x) for x in range(k + 1, b)):
                return None  # `vinden dat onbetaalbaar`: `dat` is the object, not a clause
            return (k + 1, b)
        if low == "of" and _complementizer(c, k, end) and k > start - 1:
            return (k + 1, _clause_end(c, k + 1, end))
        if low in QUESTION_WORDS and low != "of" and cue.lemma in QUESTION_VERBS:
            return (k, _clause_end(c, k, end))
        if low == "om" and "te" in c.lower[k + 1 : end]:
            return (k + 1, _clause_end(c, k + 1, end))
        if low == "te" and k + 1 < end and c.word[k + 1] and not c.text[k + 1][:1].isdigit():
            te_start = _te_content_start(doc, cue, start, k)
            if te_start is not None:
                return (te_start, _clause_end(c, te_start, end))
            return None
        if k > start and verb_form_at(c, k) and k not in cue.tokens and _finite_elsewhere(doc, k):
            return None
        k += 1
    return None


def _complementizer(c: Columns, k: int, end: int) -> bool:
    if c.has_dep and c.dep[k]:
        return c.dep[k] == "mark" or c.pos[k] == "SCONJ"
    if k + 1 >= end:
        return False
    nxt = k + 1
    low = c.lower[nxt]
    return (
        c.word[nxt]
        and low not in NOT_AFTER_COMPLEMENTIZER
        and not (verb_form_at(c, nxt) and low not in DETERMINERS and low not in ("er", "ze", "we", "je"))
    )


def _te_content_start(doc: Doc, cue: Cue, start: int, te: int) -> int | None:
    """Where a te-infinitive's content starts: after the inverted subject and the addressee."""
    c = columns(doc)
    k = start
    while k < te and (c.lower[k] in SUBJECT_PRONOUNS or k in cue.tokens):
        k += 1
    if cue.lemma in ADDRESSEE_OBJECT_VERBS and k < te and start == cue.head + 1:
        np = np_forward(doc, k, te, objects=True)
        if np is not None and np[1] < te and c.word[np[1]] and c.lower[np[1]] != "te":
            k = np[1]
    while k < te and c.lower[k] in ("op", "om"):
        k += 1
    return k


def _finite_elsewhere(doc: Doc, k: int) -> bool:
    """A verb of another clause: a known finite form that is no cue particle or auxiliary."""
    t = doc[k]
    forms = t.morph.get("VerbForm", []) if doc.has_annotation("MORPH") else []
    if forms:
        return "Fin" in forms
    return t.lower_ not in FINITE_AUXILIARIES and t.lower_ not in ADVERBS


def _clause_end(c: Columns, a: int, end: int) -> int:
    for k in range(a, end):
        text = c.text[k]
        opens_quote = text in QUOTE_CHARS and k > a and c.ws[k - 1] and _capital_after(c, k, end)
        if text == ";" or opens_quote:
            return _trim_end(c, a, k)
        if text == "," and k + 1 < end and c.lower[k + 1] in CLAUSE_BREAKERS:
            if c.lower[k + 1] in ("en", "maar") and k + 2 < end and c.lower[k + 2] in ("dat", "of"):
                continue  # `dat X, en dat Y`: one complement
            return _trim_end(c, a, k)
        if text in ("-", "–", "—") and c.ws[k] and k > a and c.ws[k - 1]:
            return _trim_end(c, a, k)
    return _trim_end(c, a, end)


def _capital_after(c: Columns, k: int, end: int) -> bool:
    """A quotation mark before a capital opens a quote of its own; one before a lower-case word
    is a quoted word inside the clause (`dat de beschuldigingen 'absurd' zijn`)."""
    return k + 1 < end and c.cap[k + 1]


def _trim_end(c: Columns, a: int, b: int) -> int:
    while b > a and not c.word[b - 1]:
        b -= 1
    return b
