"""The quote layer's view of the language data: every inflected form of every cue verb.

Forms are derived from the principal parts in `duiding.lang.nl.reporting_verbs` and
`belief_verbs`, so the layer finds `zei`, `zegt`, `gezegd` and `kondigde ... aan` without a
lemmatizer; with the backbone, its lemmas are read too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from duiding.lang.nl.attribution_cues import EVIDENCE_VERB_PARTS
from duiding.lang.nl.belief_verbs import BELIEF_VERBS
from duiding.lang.nl.reporting_verbs import (
    EXTRA_FORMS,
    HOST_VERBS,
    PHRASAL_REPORTING,
    REPORTING_VERBS,
    SPEECH_VERBS,
    VerbParts,
)

CueClass = Literal["report", "speech", "belief", "host", "evidence"]
FormRole = Literal["finite", "joined", "participle", "infinitive"]


@dataclass(frozen=True)
class VerbForm:
    """One reading of a word form: `kondigde` is the finite form of `aankondigen`, particle `aan`."""

    lemma: str
    cls: CueClass
    role: FormRole
    particle: str  # "" when the form carries no separated particle


def _forms(lemma: str, parts: VerbParts) -> list[tuple[str, FormRole, str]]:
    particle, stem, past_sg, past_pl, participle = parts
    base_inf = lemma[len(particle) :] if particle and lemma.startswith(particle) else lemma
    finite = {stem, stem if stem.endswith("t") else stem + "t", base_inf, past_sg, past_pl}
    finite |= set(EXTRA_FORMS.get(lemma, ()))
    out: list[tuple[str, FormRole, str]] = []
    for f in finite:
        out.append((f, "finite", particle))
        if particle:
            out.append((particle + f, "joined", ""))
    out.append((participle, "participle", ""))
    out.append((lemma, "infinitive", ""))
    return out


@lru_cache(maxsize=1)
def form_table() -> dict[str, tuple[VerbForm, ...]]:
    """Lower-case word form -> its readings as a cue verb."""
    table: dict[str, list[VerbForm]] = {}
    groups: list[tuple[CueClass, dict[str, VerbParts]]] = [
        ("report", REPORTING_VERBS),
        ("speech", SPEECH_VERBS),
        ("belief", BELIEF_VERBS),
        ("host", HOST_VERBS),
        ("evidence", EVIDENCE_VERB_PARTS),
    ]
    for cls, verbs in groups:
        for lemma, parts in verbs.items():
            for form, role, particle in _forms(lemma, parts):
                table.setdefault(form, []).append(VerbForm(lemma, cls, role, particle))
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def phrasal_by_host() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Host verb lemma -> the phrasal cues built on it: `laten` -> [(`laten weten`, (`weten`,))]."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for lemma, (host, companions) in PHRASAL_REPORTING.items():
        out.setdefault(host, []).append((lemma, companions))
    return out


def lemma_key(lemma: str) -> str:
    """A backbone lemma as the lexicons write it: UD's compound separator removed."""
    return lemma.replace("_", "").lower()
