"""The trigger lexicon compiled from `duiding.lang.nl.events`: senses parsed, forms generated.

A sense string (`"COERCE/arrest if obj:human ; target=obj"`) becomes a `Sense`; each verb's
surface forms (`pakte`, `opgepakt`, `op te pakken`) are generated from its infinitive so that
triggers are found on bare text too, before (or without) a parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from duiding.lang.nl import events as data
from duiding.layers.events.morphology import VerbForm, split_lemma, verb_forms


@dataclass(frozen=True, slots=True)
class Condition:
    kind: str  # obj, subj, pp, clause, refl, noobj, iobj, word, verb, det, neg
    arg: str = ""
    cls: str = ""  # for pp:PREP:CLASS


@dataclass(frozen=True, slots=True)
class Sense:
    type: str
    mode: str | None
    conditions: tuple[Condition, ...] = ()
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # actor/target/place -> sources

    @property
    def van_is_target(self) -> bool:
        """A noun whose `van` phrase or possessive is what undergoes it (`de arrestatie van de verdachten`)."""
        return self.roles.get("van") == ("target",) or "van" in self.roles.get("target", ())


def parse_sense(text: str) -> Sense:
    """`TYPE[/mode] [if cond,cond] [; role=src|src ; ...]` -> Sense."""
    head, *role_parts = (p.strip() for p in text.split(";"))
    label, _, cond_text = head.partition(" if ")
    type_, _, mode = label.strip().partition("/")
    conditions = []
    for raw in filter(None, (c.strip() for c in cond_text.split(","))):
        kind, _, rest = raw.partition(":")
        arg, _, cls = rest.partition(":")
        conditions.append(Condition(kind, arg, cls))
    roles: dict[str, tuple[str, ...]] = {}
    for part in role_parts:
        role, _, sources = part.partition("=")
        roles[role.strip()] = tuple(s.strip() for s in sources.split("|") if s.strip())
    if type_ not in data.PLOVER_TYPES and type_ != "OTHER":
        raise ValueError(f"unknown event type {type_!r} in sense {text!r}")
    return Sense(type_, mode or None, tuple(conditions), roles)


@dataclass(frozen=True, slots=True)
class Multiword:
    words: tuple[str, ...]  # lowercased, in order
    senses: tuple[Sense, ...]


@dataclass
class Lexicon:
    verbs: dict[str, tuple[Sense, ...]]
    multiword: dict[str, tuple[Multiword, ...]]  # base verb -> idioms, longest first
    nouns: dict[str, tuple[Sense, ...]]
    noun_phrases: dict[tuple[str, ...], tuple[Sense, ...]]  # `militaire hulp`, `staat van beleg`
    forms: dict[str, list[VerbForm]]  # surface form -> the lexicon verbs it can be
    particle_of: dict[str, str]  # separable lemma -> particle
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    phrase_words: frozenset[str] = frozenset()  # every word of a multi-word noun: a cheap first test
    noun_endings: frozenset[str] = frozenset()  # the last four letters of every noun: a cheap first test

    def noun_senses(self, word: str) -> tuple[Sense, ...]:
        """Senses of a noun, or of the last part of a compound (`volksprotesten` -> `protesten`)."""
        w = word.lower()
        if w in self.nouns:
            return self.nouns[w]
        if w[-4:] not in self.noun_endings:
            return ()  # a compound's last part (four letters or more) ends as the word does
        for k in range(1, len(w) - 3):
            tail = w[k:].lstrip("-")
            if len(tail) >= 4 and tail in self.nouns and not _too_short_head(w, tail):
                return self.nouns[tail]
        return ()

    def in_class(self, word: str, cls: str) -> bool:
        """Whether a noun is in a class, compounds by their last part (`oproerpolitie` is police)."""
        members = self.classes.get(cls, frozenset())
        w = word.lower()
        if w in members:
            return True
        return any(w.endswith(m) and len(m) >= 4 and len(w) - len(m) >= 3 for m in members)


def _too_short_head(word: str, tail: str) -> bool:
    """`actie` must not match inside `reactie`, nor `top` in `laptop`: the part before needs substance."""
    head = word[: len(word) - len(tail)].rstrip("-")
    return len(head) < 3 or tail in _NO_COMPOUND_TAILS


# Lexicon nouns too short or too common to be read as the last part of a compound.
_NO_COMPOUND_TAILS = frozenset({"top", "mars", "rel", "eis", "dood", "actie", "acties", "hack", "gift", "deal"})


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    verbs = {lemma: tuple(parse_sense(s) for s in senses) for lemma, senses in data.VERBS.items()}
    multiword: dict[str, tuple[Multiword, ...]] = {}
    for verb, entries in data.MULTIWORD.items():
        items = [Multiword(tuple(e[0].split()), tuple(parse_sense(s) for s in e[1:])) for e in entries]
        multiword[verb] = tuple(sorted(items, key=lambda m: -len(m.words)))
    nouns: dict[str, tuple[Sense, ...]] = {}
    noun_phrases: dict[tuple[str, ...], tuple[Sense, ...]] = {}
    for noun, senses in data.NOUNS.items():
        parsed = tuple(parse_sense(s) for s in senses)
        if " " in noun:
            noun_phrases[tuple(noun.split())] = parsed
        else:
            nouns[noun] = parsed
    forms: dict[str, list[VerbForm]] = {}
    particle_of: dict[str, str] = {}
    # light, transfer and occurrence verbs are found by their forms too, when the lemmatiser errs
    support = data.LIGHT_VERBS | data.TRANSFER_VERBS | data.OCCURRENCE_VERBS
    for lemma in sorted(set(verbs) | set(multiword) | support):
        particle, _base = split_lemma(lemma)
        if particle:
            particle_of[lemma] = particle
        for form in verb_forms(lemma):
            forms.setdefault(form.text, []).append(form)
    words = frozenset(w for key in noun_phrases for w in key)
    endings = frozenset(noun[-4:] for noun in nouns if len(noun) >= 4)
    return Lexicon(verbs, multiword, nouns, noun_phrases, forms, particle_of, dict(data.NOUN_CLASSES), words, endings)
