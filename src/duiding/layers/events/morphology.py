"""Dutch verb forms from the infinitive: enough morphology to find a lexicon verb in plain text.

`oppakken` gives `pak`/`pakt`/`pakte`/`pakten` (with `op` elsewhere in the clause),
`oppakt`/`oppakte` (joined, in a subordinate clause), `opgepakt` and `oppakken`.
Strong verbs come from `duiding.lang.nl.verbs`; weak ones follow the spelling rules
('t kofschip for `-te`/`-de`, open syllables, final devoicing).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from duiding.lang.nl import verbs as data

VOWELS = set("aeiouyë")
KOFSCHIP = ("t", "k", "f", "s", "ch", "p", "x")
_PARTICLES = tuple(sorted(data.PARTICLES, key=len, reverse=True))
_SHORT_INFINITIVES = {"gaan", "slaan", "staan", "doen", "zien", "zijn"}


@dataclass(frozen=True, slots=True)
class VerbForm:
    text: str
    lemma: str  # the lexicon lemma, particle attached (`oppakken`)
    kind: str  # finite (particle apart), joined (particle attached), participle, infinitive
    particle: str | None = None


@lru_cache(maxsize=4096)
def split_lemma(lemma: str) -> tuple[str | None, str]:
    """`oppakken` -> (`op`, `pakken`); `arresteren` -> (None, `arresteren`). Kept per lemma:
    detection asks it of every form of every verb it meets."""
    if " " in lemma or lemma in data.INSEPARABLE or lemma in data.NOT_SEPARABLE:
        return None, lemma
    for p in _PARTICLES:
        rest = lemma[len(p) :]
        if lemma.startswith(p) and _plausible_verb(rest):
            return p, rest
    return None, lemma


def _plausible_verb(rest: str) -> bool:
    if rest in _SHORT_INFINITIVES:
        return True
    return len(rest) >= 5 and rest.endswith("en") and any(c in VOWELS for c in rest[:-2])


def _inseparable_prefix(base: str) -> tuple[str, str]:
    """`verbieden` -> (`ver`, `bieden`) when the rest is a listed strong verb; else ("", base)."""
    if base in data.STRONG:
        return "", base
    for pre in (*data.PREFIXES, "onder", "over", "door", "om", "aan", "mis", "achter"):
        rest = base[len(pre) :]
        if base.startswith(pre) and rest in data.STRONG:
            return pre, rest
    return "", base


def _takes_ge(base: str) -> bool:
    if base in data.INSEPARABLE:
        return False
    return not any(base.startswith(p) and len(base) > len(p) + 3 for p in data.PREFIXES)


def stem(infinitive: str) -> str:
    """The present-tense stem: `pakken` -> `pak`, `maken` -> `maak`, `geven` -> `geef`, `reizen` -> `reis`."""
    if infinitive in data.WEAK_STEMS:
        return data.WEAK_STEMS[infinitive]
    if infinitive in _SHORT_INFINITIVES:
        return infinitive[:-1]
    if _loan_eren(infinitive):
        return infinitive[:-4] + "eer"  # `arresteren` -> `arresteer`: the loan suffix is stressed
    r = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    if len(r) >= 2 and r[-1] == r[-2] and r[-1] not in VOWELS:
        r = r[:-1]
    elif _open_syllable(r):
        r = r[:-1] + r[-2] + r[-1]
    if r.endswith("v"):
        r = r[:-1] + "f"
    elif r.endswith("z"):
        r = r[:-1] + "s"
    return r


def _loan_eren(infinitive: str) -> bool:
    """Romance `-eren` verbs (`arresteren`, `reageren`) keep a long `ee`; native ones (`verbeteren`,
    `herinneren`) have a schwa: those carry a Germanic prefix or a double consonant before `-eren`."""
    if not infinitive.endswith("eren") or len(infinitive) < 7:
        return False
    before = infinitive[:-4]
    return not (before[-1] == before[-2] or before.startswith(("ver", "be", "her", "ge", "ont", "over", "onder")))


def _open_syllable(r: str) -> bool:
    """A single vowel before the last consonant in an open syllable doubles: `mak` -> `maak`."""
    if len(r) < 2 or r[-1] in VOWELS or r[-2] not in "aeou":
        return False
    if len(r) >= 3 and r[-3] in VOWELS:
        return False  # a digraph (`oe`, `ui`, `ei`, `ee`) stays as it is
    earlier = r[:-2]
    # an `e` after an earlier syllable is a schwa (`handel`, `teken`): it does not double
    return not (r[-2] == "e" and any(c in VOWELS for c in earlier))


def _weak_suffix(infinitive: str, st: str) -> str:
    original_last = (infinitive[:-2] if infinitive.endswith("en") else st)[-1:]
    if original_last in ("v", "z"):
        return "d"
    return "t" if st.endswith(KOFSCHIP) else "d"


@lru_cache(maxsize=4096)
def conjugate(base: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """(present forms, past forms, participle) of a verb without particle."""
    prefix, core = _inseparable_prefix(base)
    if core in data.STRONG:
        past_sg, past_pl, part = data.STRONG[core]
        present = data.IRREGULAR_PRESENT.get(core) or _regular_present(core)
        pasts = (past_sg, past_pl, *data.ALTERNATIVE_PAST.get(core, ()))
        if prefix:
            part = prefix + (part[2:] if part.startswith("ge") else part)
            return tuple(prefix + p for p in present), tuple(prefix + p for p in pasts), part
        return present, pasts, part
    st = stem(base)
    suffix = _weak_suffix(base, st)
    pasts = (st + suffix + "e", st + suffix + "en") if not st.endswith(suffix) or suffix == "t" else ()
    if st.endswith(suffix):
        pasts = (st + suffix + "e", st + suffix + "en")
    part = st if st.endswith(("t", "d")) else st + suffix
    if _takes_ge(base):
        part = _ge(part)
    return _regular_present(base), pasts, part


def _ge(participle_stem: str) -> str:
    """`ge` + stem, with a diaeresis where two vowels would merge (`geëxecuteerd`, `geïntroduceerd`)."""
    first = participle_stem[:1]
    return "ge" + {"e": "ë", "i": "ï", "u": "ü"}.get(first, first) + participle_stem[1:]


def _regular_present(infinitive: str) -> tuple[str, ...]:
    st = stem(infinitive)
    third = st if st.endswith("t") else st + "t"
    return (st, third, infinitive)


@lru_cache(maxsize=4096)
def verb_forms(lemma: str) -> tuple[VerbForm, ...]:
    """Every surface form of a lexicon verb, with how it is written (see VerbForm.kind)."""
    if " " in lemma:
        return ()
    particle, base = split_lemma(lemma)
    present, past, part = conjugate(base)
    out: list[VerbForm] = []
    if particle:
        for f in (*present, *past):
            out.append(VerbForm(f, lemma, "finite", particle))
            out.append(VerbForm(particle + f, lemma, "joined", particle))
        if part:
            out.append(VerbForm(particle + part, lemma, "participle", particle))
        out.append(VerbForm(lemma, lemma, "infinitive", particle))
    else:
        for f in (*present, *past):
            out.append(VerbForm(f, lemma, "finite"))
        if part:
            out.append(VerbForm(part, lemma, "participle"))
        out.append(VerbForm(lemma, lemma, "infinitive"))
    seen: set[tuple[str, str]] = set()
    unique: list[VerbForm] = []
    for form in out:
        if (form.text, form.kind) not in seen:
            seen.add((form.text, form.kind))
            unique.append(form)
    return tuple(unique)
