"""Whether a sense's conditions hold for a trigger in its sentence (`obj:human`, `pp:met`, ...).

With a parse the conditions read the trigger's dependents; without one, the words of the
trigger's clause stand in for them (`textual.py` passes a `Clause` view).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from duiding.lang.nl.events import GROUP_NOUNS, NEGATORS
from duiding.lang.nl.roles import ROLE_NOUNS
from duiding.layers.events import syntax
from duiding.layers.events.candidates import Candidate
from duiding.layers.events.lexicon import Condition, Lexicon, Sense

HUMAN_PRONOUNS = frozenset(
    {
        "hij",
        "zij",
        "ze",
        "hem",
        "haar",
        "hen",
        "hun",
        "iedereen",
        "niemand",
        "ik",
        "wij",
        "we",
        "jullie",
        "u",
    }
)
GROUP_TAILS = tuple(g for g in GROUP_NOUNS if len(g) >= 4)
# Plural nouns in -ers that name things, not people.
NOT_PEOPLE = frozenset(
    {
        "computers",
        "papers",
        "dossiers",
        "containers",
        "posters",
        "flyers",
        "stickers",
        "folders",
        "servers",
        "banners",
        "filters",
        "scooters",
        "cijfers",
        "nummers",
    }
)


@dataclass
class EntityView:
    """Which tokens belong to which entity type: what `obj:human` needs to know about names."""

    types: dict[int, str] = field(default_factory=dict)  # token index -> PER/ORG/LOC/MISC

    @classmethod
    def of(cls, doc: Doc) -> EntityView:
        types: dict[int, str] = {}
        for ent in doc._.entities or []:
            for m in ent.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    for i in range(span.start, span.end):
                        types.setdefault(i, ent.type)
        if not types and doc.has_annotation("ENT_IOB"):
            for e in doc.ents:
                for t in e:
                    types[t.i] = e.label_
        return cls(types)


def is_human(tok: Token, ents: EntityView) -> bool:
    kind = ents.types.get(tok.i)
    if kind in ("PER", "ORG"):
        return True
    if kind == "LOC":
        return False
    w = tok.lower_
    if w in HUMAN_PRONOUNS or w in GROUP_NOUNS or syntax.lemma(tok) in GROUP_NOUNS or syntax.lemma(tok) in ROLE_NOUNS:
        return True
    if w in ROLE_NOUNS:
        return True
    plural_person = w.endswith(("ers", "isten", "anten", "enten", "aars", "eurs", "ici", "ezen"))
    if plural_person and len(w) > 5 and w not in NOT_PEOPLE:
        return True
    # compounds of a group noun: `spoorbonden`, `oppositieleden`, `klimaatactivisten`
    return w.endswith(GROUP_TAILS) and any(w.endswith(g) and len(w) - len(g) >= 3 for g in GROUP_TAILS)


def is_place(tok: Token, ents: EntityView) -> bool:
    return ents.types.get(tok.i) == "LOC"


def in_class(tok: Token, cls: str, lex: Lexicon, ents: EntityView) -> bool:
    tok = syntax.content_head(tok)
    if cls == "human":
        return is_human(tok, ents)
    if cls == "place":
        return is_place(tok, ents)
    words = {tok.lower_, syntax.lemma(tok)}
    if cls == "media" and ents.types.get(tok.i) in ("ORG", "MISC"):
        words.add(tok.lower_)
    return any(lex.in_class(w, cls) for w in words)


def holds(cand: Candidate, sense: Sense, doc: Doc, lex: Lexicon, ents: EntityView) -> bool:
    tokens = syntax.table_of(doc).tokens
    head = tokens[cand.head]
    verb = tokens[cand.support] if cand.support is not None else head
    return all(_holds(c, head, verb, cand, doc, lex, ents) for c in sense.conditions)


def _object(verb: Token) -> Token | None:
    """The object, or the passive subject; a second `nsubj` is an object the parser mislabelled."""
    if syntax.is_passive(verb):
        return syntax.child(verb, "nsubj:pass", "nsubj") or syntax.child(verb, "obj")
    obj = syntax.child(verb, "obj")
    if obj is None:
        subjects = syntax.children(verb, "nsubj")
        obj = subjects[1] if len(subjects) > 1 else None
    return obj


def _holds(c: Condition, head: Token, verb: Token, cand: Candidate, doc: Doc, lex: Lexicon, ents: EntityView) -> bool:
    if c.kind == "obj":
        obj = _object(verb)
        return obj is not None and obj.i not in cand.parts and in_class(obj, c.arg, lex, ents)
    if c.kind == "subj":
        subj = syntax.subject(verb)
        if subj is None or syntax.is_passive(verb):
            return False
        ante = syntax.relative_antecedent(subj)
        return in_class(ante or subj, c.arg, lex, ents)
    if c.kind == "pp":
        obj = _object(verb)
        nested = syntax.phrase(obj, c.arg) if obj is not None else []  # `blokkeerde de toegang tot Twitter`
        extra = syntax.phrase(verb, c.arg) if verb.i != head.i else []
        for noun in syntax.phrase(head, c.arg) + extra + nested:
            if not c.cls or in_class(noun, c.cls, lex, ents):
                return True
        return False
    if c.kind == "clause":
        return syntax.child(verb, "ccomp") is not None
    if c.kind == "refl":
        return any(t.lower_ == "zich" for t in syntax.dependents(verb))
    if c.kind == "noobj":
        return _object(verb) is None
    if c.kind == "iobj":
        return syntax.child(verb, "iobj") is not None
    if c.kind == "word":
        lower = syntax.table_of(doc).lower
        return any(lower[i] == c.arg for i in syntax.clause_indices(verb))
    if c.kind == "verb":
        return verb.i != head.i and syntax.verb_lemma(verb) == c.arg
    if c.kind == "det":
        return syntax.child(head, "det") is not None
    if c.kind == "neg":
        return any(t.lower_ in NEGATORS for t in [*syntax.dependents(head), *syntax.dependents(verb)])
    raise ValueError(f"unknown condition {c.kind!r}")


def choose(cand: Candidate, doc: Doc, lex: Lexicon, ents: EntityView) -> Sense | None:
    for sense in cand.senses:
        if holds(cand, sense, doc, lex, ents):
            return sense
    return None
