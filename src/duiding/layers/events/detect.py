"""Event triggers from the parse: lexicon verbs (separable and multi-word), light-verb nouns,
event nouns, and every other full verb as a general event (`OTHER`).

`kondigde ... aan` is one trigger with `aan` as a part; `kwamen ... de straat op` one trigger
with the idiom's words as parts; in `gaf geen commentaar` and `legde sancties op` the noun is
the trigger and the light verb a part of it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from duiding.lang.nl.events import (
    EVENT_NOUN_SUFFIXES,
    EVENT_NOUNS,
    LIGHT_VERBS,
    NOT_EVENT_NOUNS,
    RECIPIENT_LIGHT_VERBS,
)
from duiding.layers.events import syntax
from duiding.layers.events.candidates import Candidate
from duiding.layers.events.conditions import EntityView, choose
from duiding.layers.events.lexicon import Lexicon, Multiword, Sense, parse_sense
from duiding.layers.events.morphology import split_lemma

GENERAL = (parse_sense("OTHER"),)
# Verbs that present a predicative adjective as the event (`verklaarde zich bereid`).
ADJECTIVE_SUPPORTS = frozenset({"verklaren", "tonen", "zijn", "blijken", "lijken"})
# Where a light verb's event noun may stand.
NOUN_SLOTS = ("obj", "nsubj:pass", "obl")


def find(doc: Doc, lex: Lexicon, ents: EntityView, *, general: bool = True) -> list[Candidate]:
    named = {i for i, t in ents.types.items() if t in ("PER", "ORG", "LOC")}
    cands: dict[int, Candidate] = {}
    consumed: set[int] = set()
    for tok in doc:
        if tok.i in consumed or tok.i in cands:
            continue
        if tok.pos_ == "VERB" or (
            tok.pos_ == "AUX" and tok.dep_ not in syntax.AUX_DEPS and not tok.dep_.startswith("aux")
        ):
            cand = _verb(tok, lex, cands, consumed, general)
            if cand is not None:
                cands[cand.head] = cand
                consumed.update(cand.parts)
    for tok in doc:
        if tok.i in consumed or tok.i in cands or tok.i in named:
            continue
        if tok.pos_ in ("NOUN", "PROPN", "ADJ", "X"):
            cand = _noun(tok, lex, general and tok.pos_ == "NOUN")
            if cand is not None:
                cands[cand.head] = cand
                consumed.update(cand.parts)
    out = []
    for cand in sorted(cands.values(), key=lambda c: c.head):
        cand.sense = choose(cand, doc, lex, ents)
        if cand.sense is None:
            if not general or cand.kind != "verb":
                continue
            cand.sense = GENERAL[0]
        out.append(cand)
    return out


def _verb(tok: Token, lex: Lexicon, cands: dict[int, Candidate], consumed: set[int], general: bool) -> Candidate | None:
    particles = [c for c in tok.children if c.dep_ == "compound:prt"]
    lem = syntax.lemma(tok)
    joined = particles[0].lower_ + lem if particles and not lem.startswith(particles[0].lower_) else lem
    inner_particle, base = split_lemma(joined)
    idiom = _multiword(tok, base, inner_particle, lex)
    if idiom is not None:
        words, mw = idiom
        parts = sorted({*words, *(p.i for p in particles)})
        return Candidate(tok.i, "verb", base, mw.senses, parts)
    light = _light_noun(tok, joined, lex)
    if light is not None:
        noun, senses = light
        parts = [tok.i, *(p.i for p in particles)]
        cand = Candidate(noun.i, "noun", syntax.lemma(noun), senses, parts, support=tok.i)
        cand.recipient_support = joined in RECIPIENT_LIGHT_VERBS
        cands[noun.i] = cand
        consumed.update(parts)
        return None
    senses = lex.verbs.get(joined, ())
    if not senses:
        senses = _by_form(tok, particles, lex)
    if senses:
        return Candidate(tok.i, "verb", joined, senses, [p.i for p in particles])
    if general and tok.pos_ == "VERB":
        return Candidate(tok.i, "verb", joined, GENERAL, [p.i for p in particles])
    return None


def _by_form(tok: Token, particles: list[Token], lex: Lexicon) -> tuple[Sense, ...]:
    """The lexicon verb a surface form belongs to, when the backbone's lemma is not in the lexicon."""
    for form in lex.forms.get(tok.lower_, []):
        if form.kind == "finite" and form.particle:
            if any(p.lower_ == form.particle for p in particles):
                return lex.verbs.get(form.lemma, ())
            continue
        if form.lemma in lex.verbs:
            return lex.verbs[form.lemma]
    return ()


def _multiword(tok: Token, base: str, inner_particle: str | None, lex: Lexicon) -> tuple[list[int], Multiword] | None:
    idioms = lex.multiword.get(base, ())
    if not idioms:
        return None
    clause = [t for t in syntax.clause_tokens(tok) if t.i != tok.i]
    for mw in idioms:
        if len(mw.words) == 1:
            word = mw.words[0]
            if inner_particle == word:
                return [], mw
            hit = next((c for c in tok.children if c.lower_ == word and c.dep_ not in ("obj", "nsubj")), None)
            if hit is not None:
                return [hit.i], mw
            continue
        found = _sequence(clause, mw.words, inner_particle)
        if found is not None:
            return found, mw
    return None


def _sequence(clause: list[Token], words: tuple[str, ...], inner_particle: str | None) -> list[int] | None:
    """Token indices of `words` standing in a row in the clause (the last word may be the verb's
    own particle: `de straat opgaan`)."""
    texts = [t.lower_ for t in clause]
    n = len(words)
    for k in range(len(texts) - n + 1):
        if tuple(texts[k : k + n]) == words and clause[k + n - 1].i - clause[k].i == n - 1:
            return [t.i for t in clause[k : k + n]]
    if inner_particle and words[-1] == inner_particle:
        head = words[:-1]
        for k in range(len(texts) - len(head) + 1):
            if tuple(texts[k : k + len(head)]) == head:
                return [t.i for t in clause[k : k + len(head)]]
    return None


def _light_noun(tok: Token, joined: str, lex: Lexicon) -> tuple[Token, tuple[Sense, ...]] | None:
    if joined not in LIGHT_VERBS and syntax.lemma(tok) not in LIGHT_VERBS:
        return None
    for c in tok.children:
        if c.dep_ in NOUN_SLOTS and c.pos_ in ("NOUN", "PROPN", "ADJ"):
            if c.dep_ == "obl" and syntax.case_of(c) not in ("", "in", "tot"):
                continue
            senses = _noun_phrase_senses(c, lex) or lex.noun_senses(c.text)
            if senses:
                return c, senses
    return None


def _noun_phrase_senses(tok: Token, lex: Lexicon) -> tuple[Sense, ...]:
    doc = tok.doc
    for n in (3, 2):
        for start in range(tok.i - n + 1, tok.i + 1):
            if start < 0 or start + n > len(doc):
                continue
            key = tuple(t.lower_ for t in doc[start : start + n])
            if key in lex.noun_phrases:
                return lex.noun_phrases[key]
    return ()


def _noun(tok: Token, lex: Lexicon, general: bool) -> Candidate | None:
    senses = _noun_phrase_senses(tok, lex) or lex.noun_senses(tok.text)
    if not senses and tok.pos_ == "NOUN":
        senses = lex.noun_senses(syntax.lemma(tok))
    if senses:
        if tok.pos_ == "ADJ" and tok.lower_ not in lex.nouns:
            return None
        cand = Candidate(tok.i, "adj" if tok.pos_ == "ADJ" else "noun", syntax.lemma(tok), senses)
        head = tok.head
        slot = head.i != tok.i and head.pos_ in ("VERB", "AUX") and tok.dep_ in (*NOUN_SLOTS, "xcomp", "obj")
        lends = syntax.lemma(head) in LIGHT_VERBS or (tok.pos_ == "ADJ" and syntax.lemma(head) in ADJECTIVE_SUPPORTS)
        if slot and lends:
            cand.support = head.i
        return cand
    if general and _generic_event_noun(tok):
        return Candidate(tok.i, "noun", syntax.lemma(tok), GENERAL)
    return None


def _generic_event_noun(tok: Token) -> bool:
    w = tok.lower_
    if w in NOT_EVENT_NOUNS or syntax.lemma(tok) in NOT_EVENT_NOUNS:
        return False
    if w in EVENT_NOUNS or syntax.lemma(tok) in EVENT_NOUNS:
        return True
    if any(w.endswith(e) and len(w) - len(e) >= 4 for e in EVENT_NOUNS if len(e) >= 7):
        return True  # compounds of event nouns: `ontwikkelaarsconferentie`
    return w.endswith(EVENT_NOUN_SUFFIXES) and len(w) >= 8 and not any(w.endswith(n) for n in NOT_EVENT_NOUNS)
