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
from duiding.layers.doctokens import TokenTable
from duiding.layers.events import syntax
from duiding.layers.events.candidates import Candidate
from duiding.records import Factuality

MODAL_PHRASE_WORDS = frozenset(w for phrase in MODAL_PHRASES for w in phrase.split())
RANK = {"CERTAIN": 0, "PROBABLE": 1, "POSSIBLE": 2, "UNDERSPECIFIED": 3}
REFUSALS = frozenset({"weigeren", "nalaten", "verzuimen", "afzien"})
EMBEDDING_DEPS = frozenset({"xcomp", "ccomp", "advcl", "csubj"})
# The links up which a governing verb is looked for: embeddings, and coordination to the first verb.
GOVERNED_DEPS = EMBEDDING_DEPS | {"conj"}


def read_factuality(cand: Candidate, doc: Doc) -> Factuality:
    table = syntax.table_of(doc)
    tokens, dep, lower, children = table.tokens, table.dep, table.lower, table.children
    head = cand.head
    verb = cand.support if cand.support is not None else head
    fact = Factuality()
    parts = [i for i in cand.parts if table.pos[i] in ("VERB", "NOUN", "AUX")]
    negated = any(_negated(table, t) for t in (head, verb, *parts))
    certainty, modality = "CERTAIN", None

    def weaken(level: str, cue: str | None) -> None:
        nonlocal certainty, modality
        if RANK[level] > RANK[certainty]:
            certainty = level
            modality = cue or modality
        elif modality is None and cue:
            modality = cue

    # auxiliaries of the verb: modals, future, reportative `zou`
    for aux in children[verb]:
        if dep[aux] != "aux":
            continue
        lem = syntax.lemma_at(table, aux)
        if lem in MODAL_VERBS:
            weaken(MODAL_VERBS[lem][1], lower[aux])
        if lem in FUTURE_AUXILIARIES or (
            lower[aux] in ("gaat", "gaan") and tokens[verb].morph.get("VerbForm", []) == ["Inf"]
        ):
            fact.future = True
        if lower[aux] in REPORTATIVE and not _conditional(table, verb):
            weaken("PROBABLE", lower[aux])
    # adverbs and fixed phrases on the verb or noun
    for t in (verb, head, *parts):
        for c in children[t]:
            word = lower[c]
            if dep[c] in ("advmod", "amod") and word in CERTAINTY_ADVERBS:
                weaken(CERTAINTY_ADVERBS[word], word)
            if word in ("verwachting", "verluidt") and dep[c].startswith("obl") and syntax.case_at(table, c) == "naar":
                weaken("PROBABLE", f"naar {word}")
            phrase = _modal_phrase(table, c)
            if phrase is not None:
                weaken(MODAL_PHRASES[phrase][1], MODAL_PHRASES[phrase][0])
    # governing verbs: `dreigt te`, `wil`, `weigert te`, `eist dat`, `beweert dat`, `als ...`
    v, depth = verb, 0
    while dep[v] in GOVERNED_DEPS and table.head[v] != v and depth < 4:
        depth += 1
        if dep[v] == "conj":
            v = table.head[v]
            continue
        gov = table.head[v]
        glem = syntax.lemma_at(table, gov)
        gword = lower[gov]
        mark = {lower[c] for c in children[v] if dep[c] == "mark"}
        if mark & OPEN_SUBORDINATORS or ("om" in mark and dep[v] == "advcl"):
            weaken("UNDERSPECIFIED", None)
        if dep[v] == "xcomp" and glem in MODAL_VERBS:
            weaken(MODAL_VERBS[glem][1], gword)
        if glem in REFUSALS and dep[v] in ("xcomp", "ccomp"):
            negated = True
        elif glem in NONFACTUAL_GOVERNORS and dep[v] in ("xcomp", "ccomp"):
            weaken("UNDERSPECIFIED", None)
        if dep[v] == "ccomp" and glem in CLAIM_VERBS:
            weaken("PROBABLE", gword)
        if dep[v] in ("ccomp", "csubj") and gword in CERTAINTY_ADVERBS:
            weaken(CERTAINTY_ADVERBS[gword], gword)
            if gword in NEGATIVE_CERTAINTY:
                negated = True
        for c in children[gov]:
            phrase = _modal_phrase(table, c)
            if phrase is not None and dep[v] == "xcomp":
                weaken(MODAL_PHRASES[phrase][1], MODAL_PHRASES[phrase][0])
        if dep[v] == "xcomp" and _negated(table, gov) and (glem in MODAL_VERBS or _has_modal_phrase(table, gov)):
            negated = True  # `wilde niet zeggen`, `is niet van plan te laten vallen`
        v = gov
    written = _modal_phrase_before_te(table, tokens[verb])
    if written is not None and modality is None:
        phrase, negated_phrase = written
        weaken(MODAL_PHRASES[phrase][1], MODAL_PHRASES[phrase][0])
        negated = negated or negated_phrase
    if _conditional(table, verb):
        weaken("UNDERSPECIFIED", None)
    fact.polarity = "NEG" if negated else "POS"
    # a refused or denied event is certain not to have happened, as MEANTIME writes it
    fact.certainty = certainty  # type: ignore[assignment]
    fact.modality = modality
    return fact


NEGATED_DEPS = frozenset({"advmod", "det", "obj", "nsubj", "nsubj:pass", "obl", "amod", "iobj"})


def _negated(table: TokenTable, i: int) -> bool:
    dep, lower, children = table.dep, table.lower, table.children
    for c in children[i]:
        if lower[c] in NEGATORS and dep[c] in NEGATED_DEPS:
            return True
        if dep[c] in ("obj", "nsubj:pass") and any(lower[d] == "geen" and dep[d] == "det" for d in children[c]):
            return table.pos[i] in ("VERB", "AUX")
    return False


def _modal_phrase(table: TokenTable, i: int) -> str | None:
    """`van plan` (`plan` with `van`), `op het punt`, `bereid`, `voornemens` as dependents."""
    word = table.lower[i]
    if word not in MODAL_PHRASE_WORDS:
        return None
    dep = table.dep
    words = " ".join(table.lower[t] for t in _subtree(table, i) if dep[t] in ("case", "det", "fixed", "flat") or t == i)
    for phrase in MODAL_PHRASES:
        if words == phrase or word == phrase:
            return phrase
    return None


def _subtree(table: TokenTable, i: int) -> list[int]:
    """The token and all its dependents, in text order (`Token.subtree`)."""
    out = []
    stack = [i]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(table.children[t])
    return sorted(out)


CLAUSE_BREAKS = frozenset({",", ";", ":", "dat", "die", "omdat", "want", "en", "maar"})
# The modal phrases of more than one word, split once.
LONG_MODAL_PHRASES = tuple((phrase, phrase.split()) for phrase in MODAL_PHRASES if len(phrase.split()) > 1)


def _modal_phrase_before_te(table: TokenTable, verb: Token) -> tuple[str, bool] | None:
    """`is niet van plan hem te laten vallen`, read from the words when the parser has broken the
    fixed phrase up: a modal phrase in the same clause before a `te` infinitive (or the verb it
    heads), and whether a negator stands before that phrase."""
    dep, lower = table.dep, table.lower
    sentence_start = syntax.sentence_bounds(verb)[0]
    if "te" not in lower[sentence_start : verb.i + 1]:
        return None  # a `te` outside this stretch has no words before it in the sentence to read
    te = next((t for t in _subtree(table, verb.i) if dep[t] == "mark" and lower[t] == "te"), None)
    if te is None or te > verb.i:
        return None
    k = te - 1
    while k >= sentence_start and lower[k] not in CLAUSE_BREAKS and te - 1 - k < 12:
        k -= 1
    lowered = lower[k + 1 : te]
    for phrase, parts in LONG_MODAL_PHRASES:
        for i in range(len(lowered) - len(parts) + 1):
            if lowered[i : i + len(parts)] == parts:
                return phrase, any(w in NEGATORS for w in lowered[:i])
    return None


def _has_modal_phrase(table: TokenTable, i: int) -> bool:
    return any(_modal_phrase(table, c) is not None for c in table.children[i])


CONDITIONAL_MARKS = ("als", "indien", "tenzij", "mits")


def _conditional(table: TokenTable, verb: int) -> bool:
    """In a clause opened by `als`, `indien`, `tenzij`: the event is a condition, not a fact."""
    dep, lower = table.dep, table.lower
    v = verb
    for _ in range(4):
        if any(dep[c] == "mark" and lower[c] in CONDITIONAL_MARKS for c in table.children[v]):
            return True
        if dep[v] not in ("conj", "xcomp") or table.head[v] == v:
            return False
        v = table.head[v]
    return False
