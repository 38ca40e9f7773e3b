"""Cue words: the reporting, speech and belief verbs (with their particles and companions)
and the belief phrases, found at a token."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from duiding.lang.nl.belief_verbs import BELIEF_PHRASES, BELIEF_VERBS
from duiding.lang.nl.reporting_verbs import REPORTING_VERBS, SPEECH_VERBS
from duiding.lang.nl.speech_grammar import FINITE_AUXILIARIES, SUBORDINATORS
from duiding.layers.quotes.lexicon import CueClass, FormRole, VerbForm, form_table, lemma_key, phrasal_by_host
from duiding.layers.quotes.tokens import QUOTE_CHARS, Columns, Positions, columns

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


def _window_end(c: Columns, i: int, sent_end: int) -> int:
    j = i + 1
    while j < min(sent_end, i + PARTICLE_REACH):
        text, low = c.text[j], c.lower[j]
        if text in (";", ":") or text in QUOTE_CHARS or (text == "," and j > i + 1):
            break
        if low in SUBORDINATORS and low not in ("als",):
            break
        j += 1
    return j


def cue_at(doc: Doc, i: int, sent_start: int, sent_end: int, *, classes: frozenset[str]) -> Cue | None:
    """The cue verb at token `i`, if it is one of `classes`, with its particle or companion."""
    c = columns(doc)
    readings = list(form_table().get(c.lower[i], ()))
    if not readings and c.has_pos and c.pos[i] in ("VERB", "AUX"):
        key = lemma_key(c.lemma[i])
        if key in REPORTING_VERBS:
            readings = [VerbForm(key, "report", "finite", "")]
        elif key in BELIEF_VERBS:
            readings = [VerbForm(key, "belief", "finite", "")]
        elif key in SPEECH_VERBS:
            readings = [VerbForm(key, "speech", "finite", "")]
    if not readings:
        return None
    end = _window_end(c, i, sent_end)
    best: Cue | None = None
    for r in sorted(readings, key=lambda r: (r.particle == "", r.cls == "host")):
        if r.particle:
            k = _find(c, r.particle, i + 1, end)
            if k is None:
                continue
            cue = Cue(i, r.lemma, r.cls, r.role, [i, k])
        elif r.cls == "host":
            cue = _phrasal(c, i, r, sent_start, end)  # type: ignore[assignment]
            if cue is None:
                continue
        else:
            if _needs_particle(r.lemma, readings) and _particle_of_other(c, i, end, readings):
                continue
            cue = Cue(i, r.lemma, r.cls, r.role, [i])
        if cue.cls in classes:
            best = cue
            break
    return best


def may_be_cue_verb(c: Columns, k: int) -> bool:
    """Whether `cue_at` could find a cue at token `k`: a cue form of the lexicons, or a verb
    by the tagger whose lemma is one (a cheap test before the full reading)."""
    return c.lower[k] in form_table() or (c.has_pos and c.pos[k] in ("VERB", "AUX") and _cue_lemma(c.lemma[k]))


def possible_cues(c: Columns) -> Positions:
    """The tokens where `cue_at` or `belief_phrase_at` could find anything: `may_be_cue_verb`
    (tested here in one pass over the Doc), or a belief phrase's cue word. Most tokens are none
    of these, and a scan for cues need look at these alone."""
    forms = form_table()
    verb_tags = ("VERB", "AUX") if c.has_pos else ()
    return Positions(
        [
            k
            for k, (low, pos, lemma) in enumerate(zip(c.lower, c.pos, c.lemma, strict=True))
            if low in forms or low in _BELIEF_PHRASES_BY_WORD or (pos in verb_tags and _cue_lemma(lemma))
        ]
    )


def _cue_lemma(lemma: str) -> bool:
    """A lemma `cue_at` reads as a cue verb when the form itself is not in the lexicons."""
    key = lemma_key(lemma)
    return key in REPORTING_VERBS or key in BELIEF_VERBS or key in SPEECH_VERBS


def _needs_particle(lemma: str, readings: list[VerbForm]) -> bool:
    return any(r.particle for r in readings)


def _particle_of_other(c: Columns, i: int, end: int, readings: list[VerbForm]) -> bool:
    """`riep ... op` is `oproepen`, not `roepen`; `gaf ... toe` is `toegeven`."""
    return any(r.particle and _find(c, r.particle, i + 1, end) is not None for r in readings)


def _find(c: Columns, word: str, a: int, b: int) -> int | None:
    """The first token in [a, b) whose lower-case form is `word`."""
    try:
        return c.lower.index(word, a, b)
    except ValueError:
        return None


def _phrasal(c: Columns, i: int, r: VerbForm, sent_start: int, end: int) -> Cue | None:
    for lemma, companions in phrasal_by_host().get(r.lemma, []):
        found: list[int] = []
        for word in companions:
            k = _find(c, word, i + 1, end)
            if k is None and r.role != "finite":
                k = _find(c, word, max(sent_start, i - 3), i)
            if k is None and r.role == "finite":
                # `heeft laten weten`: the companion may follow an infinitive host
                k = _find(c, word, i + 1, min(end + 1, i + 2))
            if k is None:
                break
            found.append(k)
        else:
            cls: CueClass = "report"
            return Cue(i, lemma, cls, r.role, [i, *found])
    return None


# The belief phrases by their cue word, in the lexicon's order: most tokens cost one dict miss.
_BELIEF_PHRASES_BY_WORD: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
for _lemma, (_word, _companions) in BELIEF_PHRASES.items():
    _BELIEF_PHRASES_BY_WORD.setdefault(_word, []).append((_lemma, _companions))


def belief_phrase_at(doc: Doc, i: int, sent_start: int, sent_end: int) -> Cue | None:
    """A belief phrase found by its cue word: `is ervan overtuigd`, `is van mening`, `gaat ervan uit`."""
    c = columns(doc)
    word = c.lower[i]
    for lemma, companions in _BELIEF_PHRASES_BY_WORD.get(word, ()):
        toks = [i]
        ok = True
        for companion in companions:
            k = _find(c, companion, max(sent_start, i - 3), i)
            if k is None:
                ok = False
                break
            toks.append(k)
        if not ok:
            continue
        # `gaat ervan uit`: needs a form of `gaan` before it
        if word == "uit" and not any(
            c.lower[k] in ("gaat", "ging", "gingen", "gaan", "ga") for k in range(max(sent_start, i - 6), i)
        ):
            continue
        finite = finite_before(doc, i, sent_start)
        return Cue(finite if finite is not None else i, lemma, "belief", "finite", sorted({*toks, i}))
    return None


def finite_before(doc: Doc, i: int, sent_start: int, reach: int = 6) -> int | None:
    """The finite auxiliary or copula that carries the participle, infinitive or phrase at `i`."""
    c = columns(doc)
    for k in range(i - 1, max(sent_start, i - reach) - 1, -1):
        text, low = c.text[k], c.lower[k]
        if text in (",", ";", ":") or text in QUOTE_CHARS:
            break
        if low in FINITE_AUXILIARIES or low in (
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
