"""Event triggers on bare text, for a pipeline without a parse (the blank backbone).

The lexicon's verbs are found by their generated surface forms (`pakte ... op`, `opgepakt`,
`op te pakken`), idioms by their words in the same clause, event nouns by their spelling.
Conditions and factuality are read from the words of the trigger's clause. No arguments
are read here: roles need the parse, and guessing them by proximity is what this layer
avoids.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from duiding.lang.nl.events import CERTAINTY_ADVERBS, LIGHT_VERBS, NEGATORS
from duiding.layers.events.candidates import Candidate
from duiding.layers.events.conditions import EntityView, in_class
from duiding.layers.events.lexicon import Lexicon, Sense
from duiding.layers.events.morphology import split_lemma
from duiding.records import Factuality

BOUNDARY_WORDS = frozenset(
    """dat die omdat nadat voordat hoewel terwijl toen zodat wanneer waarin waarop waarmee waardoor
    welke wie maar want""".split()
)
DETERMINERS = frozenset(
    """de het een geen zijn haar hun deze dit die onze ons mijn jouw uw elk elke ieder iedere alle
    veel weinig meer minder enkele sommige twee drie vier vijf""".split()
)
MODAL_WORDS = {
    "kan": "POSSIBLE",
    "kunnen": "POSSIBLE",
    "kon": "POSSIBLE",
    "konden": "POSSIBLE",
    "wil": "PROBABLE",
    "willen": "PROBABLE",
    "wilde": "PROBABLE",
    "wilden": "PROBABLE",
    "dreigt": "POSSIBLE",
    "dreigen": "POSSIBLE",
    **CERTAINTY_ADVERBS,
}


def clause_window(tok: Token) -> list[Token]:
    """The words between the clause boundaries around a token (punctuation, subordinators)."""
    sent = tok.sent
    start, end = tok.i, tok.i + 1
    while start > sent.start and not _boundary(tok.doc[start - 1]):
        start -= 1
    while end < sent.end and not _boundary(tok.doc[end]):
        end += 1
    return list(tok.doc[start:end])


def _boundary(t: Token) -> bool:
    return t.text in {",", ";", ":", "(", ")", ".", "!", "?", "'", '"', "-", "–"} or t.lower_ in BOUNDARY_WORDS


def find(doc: Doc, lex: Lexicon, ents: EntityView) -> list[Candidate]:
    out: list[Candidate] = []
    taken: set[int] = set()
    named = {i for i, t in ents.types.items() if t in ("PER", "ORG", "LOC")}
    for tok in doc:
        if tok.i in taken or tok.i in named or not tok.is_alpha:
            continue
        window = clause_window(tok)
        cand = _verb(tok, window, lex) if not _after_determiner(tok) else None
        if cand is None:
            senses = lex.noun_senses(tok.text)
            if senses and (tok.lower_ in lex.nouns or tok.is_lower):
                cand = Candidate(tok.i, "noun", tok.lower_, senses)
                light = _light_verb(tok, window, lex)
                if light is not None:
                    cand.support = light.i
                    cand.parts.append(light.i)
        if cand is None:
            continue
        cand.sense = _choose(cand, doc, window, lex, ents)
        if cand.sense is None:
            continue
        taken.update(cand.tokens)
        out.append(cand)
    return [c for c in out if not (c.kind == "verb" and c.head in {p for d in out if d is not c for p in d.parts})]


def _after_determiner(tok: Token) -> bool:
    return tok.i > 0 and (tok.doc[tok.i - 1].lower_ in DETERMINERS or tok.doc[tok.i - 1].like_num)


def _verb(tok: Token, window: list[Token], lex: Lexicon) -> Candidate | None:
    forms = lex.forms.get(tok.lower_, [])
    if not forms:
        return None
    after = [t for t in window if t.i > tok.i]
    for mw_cand in _idioms(tok, forms, window, lex):
        return mw_cand
    # a finite form whose particle stands later in the clause: `pakte ... op`
    for f in forms:
        if f.kind == "finite" and f.particle:
            particle = next((t for t in after if t.lower_ == f.particle), None)
            if particle is not None and f.lemma in lex.verbs:
                return Candidate(tok.i, "verb", f.lemma, lex.verbs[f.lemma], [particle.i])
    # `op te pakken`: particle, `te`, infinitive
    if tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "te":
        joined = tok.doc[tok.i - 2].lower_ + tok.lower_
        if joined in lex.verbs:
            return Candidate(tok.i, "verb", joined, lex.verbs[joined], [tok.i - 2])
    for f in forms:
        plain = f.kind != "finite" or not split_lemma(f.lemma)[0]
        if plain and f.lemma in lex.verbs:
            return Candidate(tok.i, "verb", f.lemma, lex.verbs[f.lemma])
    return None


def _idioms(tok: Token, forms: list, window: list[Token], lex: Lexicon) -> list[Candidate]:
    out = []
    texts = [t.lower_ for t in window]
    for f in forms:
        base = split_lemma(f.lemma)[1] if f.kind in ("finite", "infinitive") else None
        for verb in {f.lemma, base} - {None}:
            for mw in lex.multiword.get(str(verb), ()):
                n = len(mw.words)
                for k in range(len(texts) - n + 1):
                    if tuple(texts[k : k + n]) == mw.words and window[k].i != tok.i:
                        parts = [t.i for t in window[k : k + n]]
                        if tok.i not in parts:
                            out.append(Candidate(tok.i, "verb", str(verb), mw.senses, parts))
                            break
                if out:
                    return out
    return out


def _light_verb(noun: Token, window: list[Token], lex: Lexicon) -> Token | None:
    for t in window:
        for f in lex.forms.get(t.lower_, []):
            if f.lemma in LIGHT_VERBS or split_lemma(f.lemma)[1] in LIGHT_VERBS:
                return t
    return None


def _choose(cand: Candidate, doc: Doc, window: list[Token], lex: Lexicon, ents: EntityView) -> Sense | None:
    others = [t for t in window if t.i not in cand.tokens]
    for sense in cand.senses:
        if all(_holds(c.kind, c.arg, c.cls, cand, doc, others, lex, ents) for c in sense.conditions):
            return sense
    return None


def _holds(
    kind: str, arg: str, cls: str, cand: Candidate, doc: Doc, others: list[Token], lex: Lexicon, ents: EntityView
) -> bool:
    if kind == "obj":
        # an object follows the finite verb (`pakte zijn tas op`); a participle's patient may stand before
        # it (`werden 312 betogers opgepakt`)
        head = doc[cand.head]
        participle = any(f.kind == "participle" for f in lex.forms.get(head.lower_, []))
        after = [t for t in others if participle or t.i > cand.head]
        return any(in_class(t, arg, lex, ents) for t in after)
    if kind == "subj":
        return any(in_class(t, arg, lex, ents) for t in others if t.i < cand.head)
    if kind == "pp":
        for k, t in enumerate(others):
            if t.lower_ == arg and (not cls or any(in_class(u, cls, lex, ents) for u in others[k + 1 : k + 5])):
                return True
        return False
    if kind == "clause":
        sent = doc[cand.head].sent
        return any(t.lower_ in ("dat", "of") and t.i > cand.head for t in sent)
    if kind == "refl":
        return any(t.lower_ == "zich" for t in others)
    if kind == "word":
        return any(t.lower_ == arg for t in others)
    if kind == "neg":
        return any(t.lower_ in NEGATORS for t in others)
    if kind == "det":
        return _after_determiner(doc[cand.head])
    return kind == "noobj"


def factuality(cand: Candidate, doc: Doc) -> Factuality:
    fact = Factuality()
    window = clause_window(doc[cand.head])
    words = [t.lower_ for t in window]
    if any(w in NEGATORS for w in words):
        fact.polarity = "NEG"
    for w in words:
        if w in MODAL_WORDS and fact.certainty == "CERTAIN":
            fact.certainty = MODAL_WORDS[w]  # type: ignore[assignment]
            fact.modality = w
    fact.future = any(w in ("zal", "zullen") for w in words)
    return fact
