"""Reading the dependency parse (UD labels) for events: clauses, subjects, objects, phrases.

Only the trained backbone's parse is read here; every helper returns nothing useful on a
Doc without one, and the layer then falls back to the text rules in `textual.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from spacy.tokens import Doc, Token

# Dependents that open a clause of their own: their words are not the verb's arguments.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "acl", "acl:relcl", "csubj", "parataxis", "xcomp", "conj", "list"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})
PP_DEPS = frozenset({"obl", "obl:agent", "nmod", "obl:arg", "advmod", "nmod:poss"})
AUX_DEPS = frozenset({"aux", "aux:pass", "cop"})
RELATIVE_PRONOUNS = frozenset({"die", "dat", "wie", "welke", "wat", "waarvan"})
TIME_WORDS = frozenset(
    """maandag dinsdag woensdag donderdag vrijdag zaterdag zondag gisteren vandaag morgen eergisteren overmorgen
    vanochtend vanmiddag vanavond vannacht week maand jaar weekend ochtend avond nacht dag dagen weken jaren
    maanden""".split()
)


def has_parse(doc: Doc) -> bool:
    return doc.has_annotation("DEP") and doc.has_annotation("POS")


def lemma(tok: Token) -> str:
    """The backbone's lemma without UD's compound separator (`op_pakken` -> `oppakken`), lowercased."""
    return (tok.lemma_ or tok.text).replace("_", "").lower()


def verb_lemma(tok: Token) -> str:
    """The lemma with a separated particle put back (`kondigde ... af` -> `afkondigen`)."""
    lem = lemma(tok)
    for c in tok.children:
        if c.dep_ == "compound:prt" and not lem.startswith(c.lower_):
            return c.lower_ + lem
    return lem


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def child(tok: Token, *deps: str) -> Token | None:
    found = children(tok, *deps)
    return found[0] if found else None


def case_of(tok: Token) -> str:
    """The preposition of a phrase (`in` for `in de hoofdstad`), or "" for a bare phrase."""
    words = [c.lower_ for c in tok.children if c.dep_ in ("case", "case:det") and c.i < tok.i]
    if words:
        return " ".join(words)
    fixed = [c.lower_ for c in tok.children if c.dep_ == "case"]
    return " ".join(fixed)


def is_passive(verb: Token) -> bool:
    """A participle with a form of `worden` (or `zijn`). The parser's `nsubj:pass` alone does not
    make one: `Kishida bezocht Australië` (a finite verb) and `Een man heeft drie mensen
    doodgeschoten` (a perfect with `hebben`) are active whatever it labelled their nouns."""
    if "Fin" in verb.morph.get("VerbForm", []) and verb.pos_ == "VERB":
        return False
    if verb.dep_ == "xcomp" and verb.head.pos_ == "AUX" and lemma(verb.head) == "worden":
        return True  # `werden ... gemarteld`, the participle hung on `werden` as its complement
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    if any(c.dep_ == "aux:pass" for c in auxes):
        return True
    if any(lemma(c) == "hebben" for c in auxes) and not any(lemma(c) in ("worden", "zijn") for c in auxes):
        return False
    if not auxes and _has_object_after(verb):
        # a passive takes no object: with none of its auxiliaries, this is a past tense the tagger
        # read as a participle (`Kishida bezocht vorige week Australië`)
        return False
    if any(c.dep_ == "nsubj:pass" for c in verb.children):
        return True
    # `werd ... ontvangen` with `werd` labelled `aux`: a participle with a form of `worden`
    participle = "Part" in verb.morph.get("VerbForm", [])
    return participle and any(lemma(c) == "worden" for c in auxes)


QUANTITY_HEADS = frozenset(
    """tientallen honderden duizenden tienduizenden honderdduizenden miljoenen dozijnen massa's aantal groep
    reeks handvol meerderheid deel""".split()
)


def content_head(tok: Token) -> Token:
    """The noun a quantity stands before: `studenten` in `honderden studenten` when the parser made
    `honderden` the head."""
    if tok.pos_ == "NUM" or tok.lower_ in QUANTITY_HEADS:
        for c in tok.children:
            if c.pos_ in ("NOUN", "PROPN") and c.dep_ in ("nmod", "flat", "compound", "appos", "obj", "nsubj", "conj"):
                return c
    return tok


# Clauses already read in the Doc the layer is reading (`reading_clauses`): an event's time,
# quantities, conditions and idiom words are all looked for in its clause.
_CLAUSES: ContextVar[tuple[Doc, dict[int, tuple[int, ...]]] | None] = ContextVar("clauses", default=None)


@contextmanager
def reading_clauses(doc: Doc) -> Iterator[None]:
    """Keep each clause `clause_tokens` reads in `doc` until the block ends (the parse stays as it is)."""
    kept = _CLAUSES.set((doc, {}))
    try:
        yield
    finally:
        _CLAUSES.reset(kept)


def clause_indices(head: Token) -> tuple[int, ...]:
    """The token indices of the head's own clause, in order: its subtree without nested clauses."""
    memo = _CLAUSES.get()
    if memo is not None and memo[0] is head.doc:
        found = memo[1].get(head.i)
        if found is None:
            found = memo[1][head.i] = _clause_indices(head)
        return found
    return _clause_indices(head)


def _clause_indices(head: Token) -> tuple[int, ...]:
    out: list[int] = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t.i)
        for c in t.children:
            if c.dep_ not in CLAUSE_DEPS or (c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX")):
                stack.append(c)
    return tuple(sorted(out))


def clause_tokens(head: Token) -> list[Token]:
    """The words of the head's own clause: its subtree without nested clauses."""
    doc = head.doc
    return [doc[i] for i in clause_indices(head)]


def phrases(head: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, noun) for each prepositional dependent of the head (`tegen` + `Rutte`)."""
    for c in head.children:
        if c.dep_ in PP_DEPS or c.dep_.startswith(("obl", "nmod")):
            prep = case_of(c)
            if prep:
                yield prep, c


def phrase(head: Token, prep: str) -> list[Token]:
    return [n for p, n in phrases(head) if p == prep or p.endswith(" " + prep)]


def conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it (`Israël en Hamas`)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX"):
            out.extend(conjuncts(c))
    return out


def main_verb(tok: Token) -> Token:
    """For an auxiliary or copula, the word it serves; else the token itself."""
    return tok.head if tok.dep_ in AUX_DEPS and tok.head.i != tok.i else tok


def subject(verb: Token) -> Token | None:
    """The verb's subject, also when it is shared with a coordinated or controlling verb."""
    seen: set[int] = set()
    v = verb
    while v.i not in seen:
        seen.add(v.i)
        s = child(v, "nsubj", "nsubj:pass")
        if s is not None and s.dep_ == "nsubj:pass" and not is_passive(v):
            # `Een man heeft drie mensen doodgeschoten`: the active verb's subject is on `heeft`
            on_aux = next((a for a in children(v, "aux") if child(a, "nsubj") is not None), None)
            if on_aux is not None:
                return child(on_aux, "nsubj")
        if s is not None:
            return s
        for aux in children(v, "aux", "aux:pass", "cop"):
            s = child(aux, "nsubj", "nsubj:pass")  # `De vakbonden hebben ... verworpen` with the subject on `hebben`
            if s is not None:
                return s
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            v = v.head  # `viel binnen en nam in beslag`: the second verb shares the first one's subject
            continue
        if v.dep_ == "xcomp":
            return controller(v)
        return None
    return None


def number(tok: Token) -> str | None:
    """Sing or Plur of a noun phrase, where the tagger or the phrase tells (`Israël en Hamas`: Plur)."""
    if any(c.dep_ == "conj" for c in tok.children):
        return "Plur"
    head = relative_antecedent(tok) or tok
    found = head.morph.get("Number", [])
    if found:
        return str(found[0])
    if head.like_num:
        return "Sing" if head.lower_ in ("1", "één", "een") else "Plur"
    return None


def finite_number(verb: Token) -> str | None:
    """The number of the finite verb of a clause: the verb itself or one of its auxiliaries."""
    # an auxiliary first: with `zal ... helpen` the finite verb is `zal`, whatever the tagger says of `helpen`
    for t in (*(c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"), verb):
        if "Fin" in t.morph.get("VerbForm", []):
            found = t.morph.get("Number", [])
            return str(found[0]) if found else None
    return None


def agrees(subj: Token, verb: Token) -> bool:
    """Subject-verb agreement, where both numbers are known (`de protesten` is no subject of `kan`)."""
    sn, vn = number(subj), finite_number(verb)
    return sn is None or vn is None or sn == vn


def _plainly_first(subj: Token, verb: Token, obj: Token | None) -> bool:
    """`Consumenten boycotten producten`: a main clause that opens with its subject, verb second,
    object after it. The tagger's number of a capitalised first word is the weak evidence here
    (it read `Consumenten` as a singular name), so agreement does not overturn the order."""
    return (
        verb.dep_ == "ROOT"
        and subj.left_edge.i == verb.sent.start
        and subj.i < verb.i
        and subj.pos_ == "PROPN"
        and obj is not None
        and obj.i > verb.i
    )


def _object_first_by_mistake(subj: Token, verb: Token, obj: Token) -> bool:
    """`Qatar leende Libanon een miljard dollar` parsed with `Qatar` as object and `Libanon` as
    subject: in a main clause the name before the finite verb is its subject unless agreement
    says otherwise (Dutch allows an object first, but news writes subject first)."""
    # a participle with no auxiliary heading the sentence is a past tense read wrongly (`verzocht`)
    finite = "Fin" in verb.morph.get("VerbForm", []) or not any(c.dep_.startswith("aux") for c in verb.children)
    return (
        verb.dep_ == "ROOT"
        and finite
        and obj.left_edge.i == verb.sent.start
        and obj.i < verb.i < subj.i
        and obj.pos_ == "PROPN"
        and subj.pos_ == "PROPN"
        and agrees(obj, verb)
    )


def core_arguments(verb: Token) -> tuple[Token | None, Token | None]:
    """(subject, object) of a verb, put right by agreement when the parser swapped them
    (`die Rutte ... won`, `maar kan de protesten niet toelaten`)."""
    subj = subject(verb)
    obj = next((c for c in verb.children if c.dep_ == "obj" and not is_time_like(c)), None)
    if obj is None and not is_passive(verb):
        # an active verb's noun labelled `nsubj:pass` beside its real subject is its object
        obj = next((c for c in verb.children if c.dep_ == "nsubj:pass" and (subj is None or c.i != subj.i)), None)
    if obj is None:
        obj = _object_after_bare_time(verb)
    if subj is not None and obj is not None and _object_first_by_mistake(subj, verb, obj):
        return obj, subj
    if subj is None and obj is not None:
        # `Polen verzocht Duitsland om ...` parsed with two objects and no subject: the name
        # before the finite verb is the subject, the one after it the object
        after = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i), None)
        if after is not None and _object_first_by_mistake(after, verb, obj):
            return obj, after
    if subj is None or subj.head.i != verb.i or agrees(subj, verb) or _plainly_first(subj, verb, obj):
        return subj, obj
    others = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i != subj.i and agrees(c, verb)]
    if others:
        return others[0], subj
    if obj is not None and obj.pos_ in ("PROPN", "PRON", "NOUN") and agrees(obj, verb):
        return obj, subj
    if verb.dep_ == "conj":
        return subject(verb.head), subj
    return None, subj


def _has_object_after(verb: Token) -> bool:
    after = any(c.dep_ == "obj" and c.i > verb.i and not is_time_like(c) for c in verb.children)
    return after or _object_after_bare_time(verb) is not None


def _object_after_bare_time(verb: Token) -> Token | None:
    """`bezocht vorige week Australië`, parsed with the name as an apposition of the time phrase:
    a bare time noun names no thing, so the noun phrase after it is the verb's object."""
    for c in verb.children:
        if c.dep_ in ("obl", "obj") and is_time_like(c) and not case_of(c):
            for a in c.children:
                if a.dep_ == "appos" and a.i > c.i and a.pos_ in ("PROPN", "NOUN") and not is_time_like(a):
                    return a
    return None


def controller(xcomp: Token) -> Token | None:
    """Who does a `te`-infinitive: the matrix object for `vragen`, `dwingen`; else the matrix subject."""
    from duiding.lang.nl.events import OBJECT_CONTROL

    matrix = xcomp.head
    if lemma(matrix) in OBJECT_CONTROL:
        obj = child(matrix, "obj", "iobj")
        if obj is not None:
            return obj
    return subject(matrix)


def is_time_like(tok: Token) -> bool:
    return tok.lower_ in TIME_WORDS or (tok.like_num and len(tok.text) == 4 and tok.text.isdigit())


def bare_np_subject(verb: Token, exclude: set[int]) -> Token | None:
    """A bare noun phrase hung as `obl` with no preposition: the subject the parser missed."""
    for c in verb.children:
        bare = c.dep_ == "obl" and c.i not in exclude and not case_of(c) and not is_time_like(c)
        if bare and c.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            return c
    return None


def relative_antecedent(tok: Token) -> Token | None:
    """For a relative pronoun (`die` in `Aleksijevitsj, die naar Litouwen reisde`), the noun it stands for."""
    if tok.lower_ not in RELATIVE_PRONOUNS:
        return None
    v = tok.head
    while v.dep_ not in ("acl:relcl", "acl") and v.head.i != v.i:
        if v.dep_ not in AUX_DEPS and v.dep_ not in ("xcomp", "conj"):
            return None
        v = v.head
    if v.dep_ in ("acl:relcl", "acl") and v.head.i != v.i:
        return v.head
    return None


NP_DEPS = frozenset(
    {
        "det",
        "det:poss",
        "amod",
        "nummod",
        "compound",
        "flat",
        "flat:name",
        "fixed",
        "nmod",
        "nmod:poss",
        "appos",
        "advmod",
        "case",
    }
)


def np_span(head: Token) -> tuple[int, int]:
    """Token span of a noun phrase for display: the head with its nominal modifiers, without its
    own preposition, clauses, appositions after a comma, and edge punctuation."""
    keep = {head.i}
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ not in NP_DEPS or (t.i == head.i and c.dep_ == "case"):
                continue
            if c.dep_ == "appos" and c.i > 0 and c.doc[c.left_edge.i - 1].text == ",":
                continue
            keep.add(c.i)
            stack.append(c)
    doc = head.doc
    start = end = head.i
    while start - 1 in keep:
        start -= 1
    while end + 1 in keep:
        end += 1
    end += 1
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return start, end
