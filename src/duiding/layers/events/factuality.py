"""Factuality of an event: did it happen (polarity), how sure is the text (certainty), and why.

Read from the parse around the trigger, in MEANTIME's terms: negation (`niet`, `geen`,
`niemand`, `weigerde te`) makes it NEG; modal verbs and phrases (`wil`, `kan`, `dreigt te`,
`is van plan`), hedging adverbs (`mogelijk`, `naar verwachting`), reportative `zou` and
claims (`beweert dat`) make it PROBABLE or POSSIBLE; conditions, questions, purposes and
demanded acts (`als`, `of`, `om ... te`, `eist dat`) leave it UNDERSPECIFIED. A future
(`zal`, `gaat`) stays CERTAIN, as in MEANTIME, and is marked `future`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from duiding.lang.nl.events import (
    CERTAINTY_ADVERBS,
    CLAIM_VERBS,
    FUTURE_AUXILIARIES,
    MODAL_PHRASES,
    MODAL_VERBS,
    NEGATIVE_CERTAINTY,
    NEGATORS,
    NONFACTUAL_GOVERNORS,
    OPEN_SUBORDINATORS,
    REPORTATIVE,
)
from duiding.layers.events import syntax
from duiding.layers.events.candidates import Candidate
from duiding.records import Factuality

MODAL_PHRASE_WORDS = frozenset(w for phrase in MODAL_PHRASES for w in phrase.split())
RANK = {"CERTAIN": 0, "PROBABLE": 1, "POSSIBLE": 2, "UNDERSPECIFIED": 3}
REFUSALS = frozenset({"weigeren", "nalaten", "verzuimen", "afzien"})
EMBEDDING_DEPS = frozenset({"xcomp", "ccomp", "advcl", "csubj"})


def read_factuality(cand: Candidate, doc: Doc) -> Factuality:
    head = doc[cand.head]
    verb = doc[cand.support] if cand.support is not None else head
    fact = Factuality()
    parts = [doc[i] for i in cand.parts if doc[i].pos_ in ("VERB", "NOUN", "AUX")]
    negated = any(_negated(t) for t in (head, verb, *parts))
    certainty, modality = "CERTAIN", None

    def weaken(level: str, cue: str | None) -> None:
        nonlocal certainty, modality
        if RANK[level] > RANK[certainty]:
            certainty = level
            modality = cue or modality
        elif modality is None and cue:
            modality = cue

    # auxiliaries of the verb: modals, future, reportative `zou`
    for aux in syntax.children(verb, "aux"):
        lem = syntax.lemma(aux)
        if lem in MODAL_VERBS:
            weaken(MODAL_VERBS[lem][1], aux.lower_)
        if lem in FUTURE_AUXILIARIES or (aux.lower_ in ("gaat", "gaan") and verb.morph.get("VerbForm", []) == ["Inf"]):
            fact.future = True
        if aux.lower_ in REPORTATIVE and not _conditional(verb):
            weaken("PROBABLE", aux.lower_)
    # adverbs and fixed phrases on the verb or noun
    for tok in (verb, head, *parts):
        for c in tok.children:
            word = c.lower_
            if c.dep_ in ("advmod", "amod") and word in CERTAINTY_ADVERBS:
                weaken(CERTAINTY_ADVERBS[word], word)
            if c.dep_.startswith("obl") and syntax.case_of(c) == "naar" and word in ("verwachting", "verluidt"):
                weaken("PROBABLE", f"naar {word}")
            phrase = _modal_phrase(c)
            if phrase is not None:
                weaken(MODAL_PHRASES[phrase][1], MODAL_PHRASES[phrase][0])
    # governing verbs: `dreigt te`, `wil`, `weigert te`, `eist dat`, `beweert dat`, `als ...`
    v, depth = verb, 0
    while v.dep_ in EMBEDDING_DEPS | {"conj"} and v.head.i != v.i and depth < 4:
        depth += 1
        if v.dep_ == "conj":
            v = v.head
            continue
        gov = v.head
        glem = syntax.lemma(gov)
        mark = {c.lower_ for c in v.children if c.dep_ == "mark"}
        if mark & OPEN_SUBORDINATORS or ("om" in mark and v.dep_ == "advcl"):
            weaken("UNDERSPECIFIED", None)
        if v.dep_ == "xcomp" and glem in MODAL_VERBS:
            weaken(MODAL_VERBS[glem][1], gov.lower_)
        if glem in REFUSALS and v.dep_ in ("xcomp", "ccomp"):
            negated = True
        elif glem in NONFACTUAL_GOVERNORS and v.dep_ in ("xcomp", "ccomp"):
            weaken("UNDERSPECIFIED", None)
        if v.dep_ == "ccomp" and glem in CLAIM_VERBS:
            weaken("PROBABLE", gov.lower_)
        if v.dep_ in ("ccomp", "csubj") and gov.lower_ in CERTAINTY_ADVERBS:
            weaken(CERTAINTY_ADVERBS[gov.lower_], gov.lower_)
            if gov.lower_ in NEGATIVE_CERTAINTY:
                negated = True
        for c in gov.children:
            phrase = _modal_phrase(c)
            if phrase is not None and v.dep_ == "xcomp":
                weaken(MODAL_PHRASES[phrase][1], MODAL_PHRASES[phrase][0])
        if _negated(gov) and v.dep_ == "xcomp" and (glem in MODAL_VERBS or _has_modal_phrase(gov)):
            negated = True  # `wilde niet zeggen`, `is niet van plan te laten vallen`
        v = gov
    written = _modal_phrase_before_te(verb)
    if written is not None and modality is None:
        phrase, negated_phrase = written
        weaken(MODAL_PHRASES[phrase][1], MODAL_PHRASES[phrase][0])
        negated = negated or negated_phrase
    if _conditional(verb):
        weaken("UNDERSPECIFIED", None)
    fact.polarity = "NEG" if negated else "POS"
    # a refused or denied event is certain not to have happened, as MEANTIME writes it
    fact.certainty = certainty  # type: ignore[assignment]
    fact.modality = modality
    return fact


def _negated(tok: Token) -> bool:
    for c in tok.children:
        if c.lower_ in NEGATORS and c.dep_ in ("advmod", "det", "obj", "nsubj", "nsubj:pass", "obl", "amod", "iobj"):
            return True
        if c.dep_ in ("obj", "nsubj:pass") and any(d.lower_ == "geen" and d.dep_ == "det" for d in c.children):
            return tok.pos_ in ("VERB", "AUX")
    return False


def _modal_phrase(tok: Token) -> str | None:
    """`van plan` (`plan` with `van`), `op het punt`, `bereid`, `voornemens` as dependents."""
    if tok.lower_ not in MODAL_PHRASE_WORDS:
        return None
    words = " ".join(t.lower_ for t in tok.subtree if t.dep_ in ("case", "det", "fixed", "flat") or t.i == tok.i)
    for phrase in MODAL_PHRASES:
        if words == phrase or tok.lower_ == phrase:
            return phrase
    return None


CLAUSE_BREAKS = frozenset({",", ";", ":", "dat", "die", "omdat", "want", "en", "maar"})


def _modal_phrase_before_te(verb: Token) -> tuple[str, bool] | None:
    """`is niet van plan hem te laten vallen`, read from the words when the parser has broken the
    fixed phrase up: a modal phrase in the same clause before a `te` infinitive (or the verb it
    heads), and whether a negator stands before that phrase."""
    te = next((c for c in verb.subtree if c.dep_ == "mark" and c.lower_ == "te"), None)
    if te is None or te.i > verb.i:
        return None
    doc, start = verb.doc, te.i
    words: list[Token] = []
    k = start - 1
    while k >= verb.sent.start and doc[k].lower_ not in CLAUSE_BREAKS and len(words) < 12:
        words.insert(0, doc[k])
        k -= 1
    lowered = [t.lower_ for t in words]
    for phrase in MODAL_PHRASES:
        parts = phrase.split()
        for i in range(len(lowered) - len(parts) + 1):
            if lowered[i : i + len(parts)] == parts and len(parts) > 1:
                return phrase, any(w in NEGATORS for w in lowered[:i])
    return None


def _has_modal_phrase(tok: Token) -> bool:
    return any(_modal_phrase(c) is not None for c in tok.children)


def _conditional(verb: Token) -> bool:
    """In a clause opened by `als`, `indien`, `tenzij`: the event is a condition, not a fact."""
    v = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("als", "indien", "tenzij", "mits") for c in v.children):
            return True
        if v.dep_ not in ("conj", "xcomp") or v.head.i == v.i:
            return False
        v = v.head
    return False
