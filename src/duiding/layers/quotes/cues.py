"""Cue words: the reporting, speech and belief verbs (with their particles and companions)
and the belief phrases, found at a token."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from duiding.lang.nl.belief_verbs import BELIEF_PHRASES, BELIEF_VERBS
from duiding.lang.nl.reporting_verbs import REPORTING_VERBS, SPEECH_VERBS
from duiding.lang.nl.speech_grammar import FINITE_AUXILIARIES, SUBORDINATORS
from duiding.layers.quotes.lexicon import CueClass, FormRole, VerbForm, form_table, lemma_key, phrasal_by_host
from duiding.layers.quotes.tokens import QUOTE_CHARS

# How far (in tokens) a separated particle or companion may stand from its verb.
PARTICLE_REACH = 12


@dataclass
class Cue:
    head: int  # the cue verb (or the cue word of a phrase)
    lemma: str
    cls: CueClass  # report, speech, belief or evidence
    role: FormRole
    tokens: list[int] = field(default_factory=list)  # every token of the cue, head included

    @property
    def last(self) -> int:
        return max(self.tokens)


def _window_end(doc: Doc, i: int, sent_end: int) -> int:
    j = i + 1
    while j < min(sent_end, i + PARTICLE_REACH):
        t = doc[j]
        if t.text in (";", ":") or t.text in QUOTE_CHARS or (t.text == "," and j > i + 1):
            break
        if t.lower_ in SUBORDINATORS and t.lower_ not in ("als",):
            break
        j += 1
    return j


def cue_at(doc: Doc, i: int, sent_start: int, sent_end: int, *, classes: frozenset[str]) -> Cue | None:
    """The cue verb at token `i`, if it is one of `classes`, with its particle or companion."""
    t = doc[i]
    readings = list(form_table().get(t.lower_, ()))
    if not readings and doc.has_annotation("POS") and t.pos_ in ("VERB", "AUX"):
        key = lemma_key(t.lemma_)
        if key in REPORTING_VERBS:
            readings = [VerbForm(key, "report", "finite", "")]
        elif key in BELIEF_VERBS:
            readings = [VerbForm(key, "belief", "finite", "")]
        elif key in SPEECH_VERBS:
            readings = [VerbForm(key, "speech", "finite", "")]
    if not readings:
        return None
    end = _window_end(doc, i, sent_end)
    best: Cue | None = None
    for r in sorted(readings, key=lambda r: (r.particle == "", r.cls == "host")):
        if r.particle:
            k = _find(doc, r.particle, i + 1, end)
            if k is None:
                continue
            cue = Cue(i, r.lemma, r.cls, r.role, [i, k])
        elif r.cls == "host":
            cue = _phrasal(doc, i, r, sent_start, end)  # type: ignore[assignment]
            if cue is None:
                continue
        else:
            if _needs_particle(r.lemma, readings) and _particle_of_other(doc, i, end, readings):
                continue
            cue = Cue(i, r.lemma, r.cls, r.role, [i])
        if cue.cls in classes:
            best = cue
            break
    return best


def _needs_particle(lemma: str, readings: list[VerbForm]) -> bool:
    return any(r.particle for r in readings)


def _particle_of_other(doc: Doc, i: int, end: int, readings: list[VerbForm]) -> bool:
    """`riep ... op` is `oproepen`, not `roepen`; `gaf ... toe` is `toegeven`."""
    return any(r.particle and _find(doc, r.particle, i + 1, end) is not None for r in readings)


def _find(doc: Doc, word: str, a: int, b: int) -> int | None:
    for k in range(a, b):
        if doc[k].lower_ == word:
            return k
    return None


def _phrasal(doc: Doc, i: int, r: VerbForm, sent_start: int, end: int) -> Cue | None:
    for lemma, companions in phrasal_by_host().get(r.lemma, []):
        found: list[int] = []
        for word in companions:
            k = _find(doc, word, i + 1, end)
            if k is None and r.role != "finite":
                k = _find(doc, word, max(sent_start, i - 3), i)
            if k is None and r.role == "finite":
                # `heeft laten weten`: the companion may follow an infinitive host
                k = _find(doc, word, i + 1, min(end + 1, i + 2))
            if k is None:
                break
            found.append(k)
        else:
            cls: CueClass = "report"
            return Cue(i, lemma, cls, r.role, [i, *found])
    return None


def belief_phrase_at(doc: Doc, i: int, sent_start: int, sent_end: int) -> Cue | None:
    """A belief phrase found by its cue word: `is ervan overtuigd`, `is van mening`, `gaat ervan uit`."""
    low = doc[i].lower_
    for lemma, (word, companions) in BELIEF_PHRASES.items():
        if low != word:
            continue
        toks = [i]
        ok = True
        for c in companions:
            k = _find(doc, c, max(sent_start, i - 3), i)
            if k is None:
                ok = False
                break
            toks.append(k)
        if not ok:
            continue
        # `gaat ervan uit`: needs a form of `gaan` before it
        if word == "uit" and not any(
            doc[k].lower_ in ("gaat", "ging", "gingen", "gaan", "ga") for k in range(max(sent_start, i - 6), i)
        ):
            continue
        finite = finite_before(doc, i, sent_start)
        return Cue(finite if finite is not None else i, lemma, "belief", "finite", sorted({*toks, i}))
    return None


def finite_before(doc: Doc, i: int, sent_start: int, reach: int = 6) -> int | None:
    """The finite auxiliary or copula that carries the participle, infinitive or phrase at `i`."""
    for k in range(i - 1, max(sent_start, i - reach) - 1, -1):
        t = doc[k]
        if t.text in (",", ";", ":") or t.text in QUOTE_CHARS:
            break
        if t.lower_ in FINITE_AUXILIARIES or t.lower_ in (
            "gaat",
            "ging",
            "gingen",
            "gaan",
            "rekent",
            "rekenen",
            "rekende",
        ):
            return k
    return None
