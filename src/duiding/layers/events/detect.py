"""Event triggers from the parse: lexicon verbs (separable and multi-word), light-verb nouns,
event nouns, and every other full verb as a general event (`OTHER`).

`kondigde ... aan` is one trigger with `aan` as a part; `kwamen ... de straat op` one trigger
with the idiom's words as parts; in `gaf geen commentaar` and `legde sancties op` the noun is
the trigger and the light verb a part of it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from duiding.lang.nl.events import (
    AUXILIARY_VERBS,
    EVENT_NOUN_SUFFIXES,
    EVENT_NOUNS,
    LIGHT_VERBS,
    NAMED_EVENT_HEADS,
    NON_EVENT_VERBS,
    NOT_EVENT_NOUNS,
    RECIPIENT_LIGHT_VERBS,
)
from duiding.layers.doctokens import TokenTable
from duiding.layers.events import syntax
from duiding.layers.events.candidates import Candidate
from duiding.layers.events.conditions import EntityView, choose
from duiding.layers.events.lexicon import Lexicon, Multiword, Sense, parse_sense
from duiding.layers.events.morphology import split_lemma

GENERAL = (parse_sense("OTHER"),)
LONG_EVENT_NOUNS = tuple(e for e in EVENT_NOUNS if len(e) >= 7)
NOT_EVENT_NOUN_TAILS = tuple(NOT_EVENT_NOUNS)  # for `str.endswith`
FIXED_PHRASES = frozenset(
    {
        ("in", "reactie", "op"),
        ("als", "reactie", "op"),
        ("naar", "aanleiding", "van"),
        ("ten", "gevolge", "van"),
        ("in", "verband", "met"),
        ("met", "behulp", "van"),
        ("in", "vergelijking", "met"),
        ("in", "vergelijking", "tot"),
    }
)
STATE = (parse_sense("OTHER/state"),)
# Verbs that present a predicative adjective as the event (`verklaarde zich bereid`).
ADJECTIVE_SUPPORTS = frozenset({"verklaren", "tonen", "zijn", "blijken", "lijken"})
# Where a light verb's event noun may stand.
NOUN_SLOTS = ("obj", "nsubj:pass", "obl")


def find(doc: Doc, lex: Lexicon, ents: EntityView, *, general: bool = True) -> list[Candidate]:
    named = {i for i, t in ents.types.items() if t in ("PER", "ORG", "LOC")}
    table = syntax.table_of(doc)
    tokens, pos = table.tokens, table.pos
    cands: dict[int, Candidate] = {}
    consumed: set[int] = set()
    for i, tok in enumerate(tokens):
        if pos[i] not in ("VERB", "AUX") and table.lower[i] not in lex.forms:
            continue  # most words: neither tagged a verb nor a form of a lexicon verb (`_title_verb`)
        if i in consumed or i in cands or not _verbal(table, i, lex):
            continue
        cand = _verb(tok, lex, cands, consumed, general)
        if cand is not None:
            cands[cand.head] = cand
            consumed.update(cand.parts)
    for i, tok in enumerate(tokens):
        if i in consumed or i in cands:
            continue
        if general and table.lower[i] in NAMED_EVENT_HEADS and table.text[i][:1].isupper():
            named_event = _named_event(tok)
            if named_event is not None:
                cands[named_event.head] = named_event
                consumed.update(named_event.parts)
                acronym = _acronym_after(table, max(named_event.tokens))
                if acronym is not None:
                    cands[acronym] = Candidate(acronym, "noun", table.lower[acronym], GENERAL)
                    consumed.add(acronym)
                continue
        if i in named:
            continue
        if pos[i] in ("NOUN", "PROPN", "ADJ", "X"):
            cand = _noun(table, i, lex, general and pos[i] == "NOUN")
            if cand is None and general and _state(table, i):
                cand = Candidate(i, "adj", syntax.lemma_at(table, i), STATE)
            if cand is not None:
                cands[cand.head] = cand
                consumed.update(cand.parts)
        elif general and table.dep[i] == "cop" and pos[table.head[i]] in ("ADJ", "NOUN", "PROPN", "NUM", "PRON"):
            cands[i] = Candidate(i, "copula", syntax.lemma_at(table, i), STATE)
    out = []
    for cand in sorted(cands.values(), key=lambda c: c.head):
        cand.sense = choose(cand, doc, lex, ents)
        if cand.sense is None:
            if not general or cand.kind != "verb":
                continue
            cand.sense = GENERAL[0]
        out.append(cand)
    return out


def _verbal(table: TokenTable, i: int, lex: Lexicon) -> bool:
    """Whether token `i` is a full verb that names an event (not an auxiliary, modal, or participle
    used as an adjective: `de onlangs aangekondigde iPhone`)."""
    if table.pos[i] not in ("VERB", "AUX"):
        return _title_verb(table, i, lex)
    lem = syntax.lemma_at(table, i)
    dep = table.dep[i]
    if dep in syntax.AUX_DEPS or dep.startswith("aux") or dep == "amod" or lem in NON_EVENT_VERBS:
        return False
    kids = table.children[i]
    if dep == "acl" and i < table.head[i] and all(table.dep[c] in ("advmod", "punct") for c in kids):
        return False
    if lem in AUXILIARY_VERBS and _governs_verb(table, i):
        # `heeft ... aangespannen`, `wil ... gebruiken`: the other verb is the event. A negated
        # `wilde niet` is a refusal, an event of its own (as MEANTIME marks it).
        return lem == "willen" and any(table.lower[c] in ("niet", "geen", "nooit") for c in kids)
    return True


def _governs_verb(table: TokenTable, i: int) -> bool:
    return any(
        table.pos[c] in ("VERB", "AUX")
        and table.dep[c] in ("xcomp", "ccomp")
        and set(table.tokens[c].morph.get("VerbForm", [])) & {"Inf", "Part"}
        for c in table.children[i]
    )


def _title_verb(table: TokenTable, i: int, lex: Lexicon) -> bool:
    """A lexicon verb the tagger missed: a finite form (`Apple onthult iPod nano`), or one the
    parser gave a verb's dependents, whatever its tag (`De autoriteiten censureren berichten`,
    `Mali heeft de ambassadeur uitgewezen`, `werden gemarteld`)."""
    # the lexicon's forms first: most words are none, and that test is the cheapest
    known = lex.forms.get(table.lower[i])
    if not known or table.pos[i] not in ("NOUN", "PROPN", "X", "ADJ", "ADV", "INTJ") or i == 0:
        return False
    if not table.tokens[i].is_lower:
        return False
    forms = [f for f in known if f.lemma in lex.verbs]
    if not forms:
        return False
    if _heads_a_clause(table, i):
        return any(f.kind in ("finite", "participle") for f in forms)
    if table.lower[i - 1] in ("de", "het", "een", "geen") or table.pos[i - 1] in ("DET", "ADJ", "NUM", "ADP"):
        return False
    return any(f.kind == "finite" and f.text != f.lemma for f in forms)


def _heads_a_clause(table: TokenTable, i: int) -> bool:
    """The parser built a clause on token `i`: a subject, or an auxiliary of `hebben`/`worden`/`zijn`
    (its own, or the one it hangs on as a participle)."""
    dep, kids = table.dep, table.children[i]
    if dep[i] in ("ROOT", "ccomp", "conj") and any(dep[c] in ("nsubj", "nsubj:pass") for c in kids):
        return True
    auxes = [c for c in kids if dep[c].startswith("aux")]
    if dep[i] == "xcomp" and table.pos[table.head[i]] == "AUX":
        auxes.append(table.head[i])
    return any(syntax.lemma_at(table, a) in ("hebben", "worden", "zijn") for a in auxes)


def _state(table: TokenTable, i: int) -> bool:
    """A predicative adjective with its copula (`is snel`, `was verkrijgbaar`): a state (MEANTIME)."""
    return table.pos[i] == "ADJ" and any(table.dep[c] == "cop" for c in table.children[i])


def _acronym_after(table: TokenTable, end: int) -> int | None:
    """`Worldwide Developers Conference ( WWDC )`: the acronym in brackets names the same event."""
    if end + 3 < len(table) and table.text[end + 1] == "(" and table.text[end + 3] == ")":
        word = table.text[end + 2]
        if word.isupper() and word.isalpha() and len(word) >= 2:
            return end + 2
    return None


def _named_event(tok: Token) -> Candidate | None:
    """`Worldwide Developers Conference`: the capitalised words before an event head, as one trigger."""
    table = syntax.table_of(tok.doc)
    tokens = table.tokens
    start = tok.i
    sentence_start = syntax.sentence_bounds(tok)[0]
    while start > sentence_start and table.text[start - 1][:1].isupper() and tokens[start - 1].is_alpha:
        start -= 1
    if start == tok.i:
        return None
    parts = list(range(start, tok.i))
    if tok.i + 1 < len(tokens) and tokens[tok.i + 1].like_num and len(tokens[tok.i + 1]) == 4:
        parts.append(tok.i + 1)
    return Candidate(tok.i, "noun", tok.lower_, GENERAL, parts)


def _verb(tok: Token, lex: Lexicon, cands: dict[int, Candidate], consumed: set[int], general: bool) -> Candidate | None:
    particles = syntax.children(tok, "compound:prt") or _loose_particles(tok, lex)
    lem = syntax.lemma(tok)
    if particles and lem.startswith(particles[0].lower_) and lem not in lex.verbs:
        lem = lem[len(particles[0].lower_) :]  # a lemma with a wrong particle (`op_leveren` for `leverde ... uit`)
    joined = particles[0].lower_ + lem if particles and not lem.startswith(particles[0].lower_) else lem
    if joined not in lex.verbs and joined not in LIGHT_VERBS:
        joined = _lemma_by_form(tok, particles, lex) or joined
    inner_particle, base = split_lemma(joined)
    prt = [p.i for p in particles]
    idiom = _multiword(tok, base, inner_particle, lex, long_only=True)
    if idiom is None:
        # the form may belong to another verb with this idiom (`staken ... in brand`: `steken`, not `staken`)
        for other in {split_lemma(f.lemma)[1] for f in lex.forms.get(tok.lower_, []) if f.kind == "finite"} - {base}:
            idiom = _multiword(tok, other, None, lex, long_only=True)
            if idiom is not None:
                base = other
                break
    if idiom is not None:
        return _idiom_candidate(tok, base, idiom, prt)
    light = _light_noun(tok, joined, lex)
    if light is not None:
        noun, senses = light
        parts = [tok.i, *prt]
        cand = Candidate(noun.i, "noun", syntax.lemma(noun), senses, parts, support=tok.i)
        cand.recipient_support = joined in RECIPIENT_LIGHT_VERBS
        cands[noun.i] = cand
        consumed.update(parts)
        return None
    if joined in lex.verbs:
        return Candidate(tok.i, "verb", joined, lex.verbs[joined], prt)
    idiom = _multiword(tok, base, inner_particle, lex, long_only=False)
    if idiom is not None:
        return _idiom_candidate(tok, base, idiom, prt)
    if general and tok.pos_ == "VERB":
        return Candidate(tok.i, "verb", joined, GENERAL, prt)
    return None


def _idiom_candidate(tok: Token, base: str, idiom: tuple[list[int], Multiword], prt: list[int]) -> Candidate:
    words, mw = idiom
    lower = syntax.table_of(tok.doc).lower
    parts = sorted({*(w for w in words if lower[w] != "zich"), *prt})
    return Candidate(tok.i, "verb", base, mw.senses, parts)


def _loose_particles(tok: Token, lex: Lexicon) -> list[Token]:
    """A separable verb's particle that the parser did not attach as `compound:prt` (`leverde ... uit`):
    a word of the clause after the verb that is one of its forms' particles and no preposition of a noun."""
    wanted = {f.particle for f in lex.forms.get(tok.lower_, []) if f.kind == "finite" and f.particle}
    if not wanted:
        return []
    table = syntax.table_of(tok.doc)
    dep, head = table.dep, table.head
    for t in _window(tok):
        # a free word: no preposition, or one of the verb itself, or the first of two stacked ones
        free = dep[t] != "case" or head[t] == tok.i or _stacked(table, t)
        if t > tok.i and table.lower[t] in wanted and not table.children[t] and free:
            return [table.tokens[t]]
    return []


def _stacked(table: TokenTable, t: int) -> bool:
    """`stemden in met een bestand`: of two prepositions marking one noun, the first is a particle."""
    nxt = t + 1
    if nxt >= len(table):
        return False
    return table.dep[nxt] == "case" and table.head[nxt] == table.head[t] and table.pos[nxt] == "ADP"


def _window(tok: Token) -> list[int]:
    """The verb's clause, and the words after it up to the next clause boundary (parsers attach
    idiom words elsewhere: `staken huizen in brand`), as token indices in order."""
    words = set(syntax.clause_indices(tok))
    table = syntax.table_of(tok.doc)
    dep, pos = table.dep, table.pos
    for k in range(tok.i + 1, syntax.sentence_bounds(tok)[1]):
        if dep[k] in ("mark", "cc") or pos[k] in ("SCONJ", "CCONJ", "VERB") or table.tokens[k].is_punct:
            break
        words.add(k)
    return sorted(words)


def _lemma_by_form(tok: Token, particles: list[Token], lex: Lexicon) -> str | None:
    """The lexicon verb a surface form belongs to, when the backbone's lemma is not in the lexicon:
    a separable verb whose particle stands in the clause first."""
    forms = lex.forms.get(tok.lower_, [])
    for form in forms:
        separated = form.kind == "finite" and form.particle and any(p.lower_ == form.particle for p in particles)
        if separated and (form.lemma in lex.verbs or split_lemma(form.lemma)[1] in lex.multiword):
            return form.lemma
    for form in forms:
        if not (form.kind == "finite" and form.particle) and form.lemma in lex.verbs:
            return form.lemma
    for form in forms:
        if not (form.kind == "finite" and form.particle) and form.lemma in LIGHT_VERBS:
            return form.lemma
    return None


def _multiword(
    tok: Token, base: str, inner_particle: str | None, lex: Lexicon, *, long_only: bool
) -> tuple[list[int], Multiword] | None:
    idioms = lex.multiword.get(base, ())
    if not idioms:
        return None
    table = syntax.table_of(tok.doc)
    window: list[int] | None = None  # read once, and only when a long idiom needs it
    for mw in idioms:
        if len(mw.words) == 1:
            if long_only:
                continue
            word = mw.words[0]
            if inner_particle == word:
                return [], mw
            kids = table.children[tok.i]
            hit = next((c for c in kids if table.lower[c] == word and table.dep[c] not in ("obj", "nsubj")), None)
            if hit is not None:
                return [hit], mw
            continue
        if window is None:
            window = [t for t in _window(tok) if t != tok.i]
        found = _sequence(window, [table.lower[t] for t in window], mw.words, inner_particle)
        if found is not None:
            return found, mw
    return None


def _sequence(
    clause: list[int], texts: list[str], words: tuple[str, ...], inner_particle: str | None
) -> list[int] | None:
    """Token indices of `words` standing in a row in the clause (token indices, with their lowercased
    texts; the last word may be the verb's own particle: `de straat opgaan`)."""
    n = len(words)
    for k in range(len(texts) - n + 1):
        if tuple(texts[k : k + n]) == words and clause[k + n - 1] - clause[k] == n - 1:
            return clause[k : k + n]
    if inner_particle and words[-1] == inner_particle:
        head = words[:-1]
        for k in range(len(texts) - len(head) + 1):
            if tuple(texts[k : k + len(head)]) == head:
                return clause[k : k + len(head)]
    return None


def _light_noun(tok: Token, joined: str, lex: Lexicon) -> tuple[Token, tuple[Sense, ...]] | None:
    if joined not in LIGHT_VERBS and syntax.lemma(tok) not in LIGHT_VERBS:
        return None
    table = syntax.table_of(tok.doc)
    dep = table.dep
    for c in table.children[tok.i]:
        if dep[c] in NOUN_SLOTS and table.pos[c] in ("NOUN", "PROPN", "ADJ"):
            if dep[c] == "obl" and syntax.case_at(table, c) not in ("", "in", "tot"):
                continue
            senses = _noun_phrase_senses(table, c, lex) or lex.noun_senses(table.text[c])
            if senses:
                return table.tokens[c], senses
    return None


def _noun_phrase_senses(table: TokenTable, i: int, lex: Lexicon) -> tuple[Sense, ...]:
    """Senses of a multi-word noun that ends or starts at token `i` (`militaire hulp`, `staat van beleg`)."""
    lower = table.lower
    if lower[i] not in lex.phrase_words:
        return ()
    for n in (3, 2):
        for start in range(max(i - n + 1, 0), min(i + 1, len(lower) - n + 1)):
            key = tuple(lower[start : start + n])
            if key in lex.noun_phrases:
                return lex.noun_phrases[key]
    return ()


def _noun(table: TokenTable, i: int, lex: Lexicon, general: bool) -> Candidate | None:
    pos = table.pos[i]
    senses = _noun_phrase_senses(table, i, lex) or lex.noun_senses(table.text[i])
    lemma = syntax.lemma_at(table, i)
    if not senses and pos == "NOUN":
        senses = lex.noun_senses(lemma)
    if senses:
        if pos == "ADJ" and table.lower[i] not in lex.nouns:
            return None
        cand = Candidate(i, "adj" if pos == "ADJ" else "noun", lemma, senses)
        head, dep = table.head[i], table.dep[i]
        slot = head != i and table.pos[head] in ("VERB", "AUX") and dep in (*NOUN_SLOTS, "xcomp", "obj")
        slot = slot and (dep != "obl" or syntax.case_at(table, i) in ("", "in", "tot"))
        head_lemma = syntax.lemma_at(table, head)
        lends = head_lemma in LIGHT_VERBS or (pos == "ADJ" and head_lemma in ADJECTIVE_SUPPORTS)
        if slot and lends:
            cand.support = head
        return cand
    if general and _generic_event_noun(table.lower[i], lemma) and not _fixed_phrase(table, i):
        return Candidate(i, "noun", lemma, GENERAL)
    return None


def _fixed_phrase(table: TokenTable, i: int) -> bool:
    """`in reactie op`, `als reactie op`: a noun inside a fixed preposition, no event of its own."""
    lower = table.lower
    before = lower[i - 1] if i > 0 else ""
    after = lower[i + 1] if i + 1 < len(lower) else ""
    return (before, lower[i], after) in FIXED_PHRASES


def _generic_event_noun(w: str, lemma: str) -> bool:
    """Whether a word (lowercased, with its lemma) is an event noun outside the trigger lexicon."""
    if w in NOT_EVENT_NOUNS or lemma in NOT_EVENT_NOUNS:
        return False
    if w in EVENT_NOUNS or lemma in EVENT_NOUNS:
        return True
    compound = w.endswith(LONG_EVENT_NOUNS) and any(w.endswith(e) and len(w) - len(e) >= 4 for e in LONG_EVENT_NOUNS)
    if compound:
        return True  # compounds of event nouns: `ontwikkelaarsconferentie`
    return w.endswith(EVENT_NOUN_SUFFIXES) and len(w) >= 8 and not w.endswith(NOT_EVENT_NOUN_TAILS)
