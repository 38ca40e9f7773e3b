"""Reading the dependency parse (UD labels) for events: clauses, subjects, objects, phrases.

Only the trained backbone's parse is read here; every helper returns nothing useful on a
Doc without one, and the layer then falls back to the text rules in `textual.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from duiding.layers.doctokens import TokenTable, token_table

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


def lemma_at(table: TokenTable, i: int) -> str:
    """`lemma` of the table's token `i`."""
    return (table.lemma[i] or table.text[i]).replace("_", "").lower()


def verb_lemma(tok: Token) -> str:
    """The lemma with a separated particle put back (`kondigde ... af` -> `afkondigen`)."""
    lem = lemma(tok)
    table = table_of(tok.doc)
    for c in table.children[tok.i]:
        if table.dep[c] == "compound:prt" and not lem.startswith(table.lower[c]):
            return table.lower[c] + lem
    return lem


# The helpers below read the parse from the Doc's shared token table: `tok.children` and
# `tok.head` would make new Token objects on every call, and the layer asks them millions of times.


def dependents(tok: Token) -> list[Token]:
    """`tok.children`, in text order, as the table's Tokens."""
    table = table_of(tok.doc)
    tokens = table.tokens
    return [tokens[c] for c in table.children[tok.i]]


def governor(tok: Token) -> Token:
    """`tok.head`, as the table's Token."""
    table = table_of(tok.doc)
    return table.tokens[table.head[tok.i]]


def children(tok: Token, *deps: str) -> list[Token]:
    table = table_of(tok.doc)
    tokens, dep = table.tokens, table.dep
    return [tokens[c] for c in table.children[tok.i] if dep[c] in deps]


def child(tok: Token, *deps: str) -> Token | None:
    table = table_of(tok.doc)
    dep = table.dep
    for c in table.children[tok.i]:
        if dep[c] in deps:
            return table.tokens[c]
    return None


def case_of(tok: Token) -> str:
    """The preposition of a phrase (`in` for `in de hoofdstad`), or "" for a bare phrase."""
    return case_at(table_of(tok.doc), tok.i)


def case_at(table: TokenTable, i: int) -> str:
    """`case_of` the table's token `i`."""
    dep, lower = table.dep, table.lower
    kids = table.children[i]
    words = [lower[c] for c in kids if c < i and dep[c] in ("case", "case:det")]
    if words:
        return " ".join(words)
    fixed = [lower[c] for c in kids if dep[c] == "case"]
    return " ".join(fixed)


def is_passive(verb: Token) -> bool:
    """A participle with a form of `worden` (or `zijn`). The parser's `nsubj:pass` alone does not
    make one: `Kishida bezocht Australië` (a finite verb) and `Een man heeft drie mensen
    doodgeschoten` (a perfect with `hebben`) are active whatever it labelled their nouns."""
    memo = _reading(verb.doc)
    if memo is None:
        return _is_passive(verb)
    found = memo.passive.get(verb.i)
    if found is None:
        found = memo.passive[verb.i] = _is_passive(verb)
    return found


def _is_passive(verb: Token) -> bool:
    table = table_of(verb.doc)
    dep, i = table.dep, verb.i
    if table.pos[i] == "VERB" and "Fin" in verb.morph.get("VerbForm", []):
        return False
    h = table.head[i]
    if dep[i] == "xcomp" and table.pos[h] == "AUX" and lemma_at(table, h) == "worden":
        return True  # `werden ... gemarteld`, the participle hung on `werden` as its complement
    kids = table.children[i]
    auxes = [c for c in kids if dep[c].startswith("aux")]
    if any(dep[c] == "aux:pass" for c in auxes):
        return True
    aux_lemmas = [lemma_at(table, c) for c in auxes]
    if "hebben" in aux_lemmas and "worden" not in aux_lemmas and "zijn" not in aux_lemmas:
        return False
    if not auxes and _has_object_after(verb):
        # a passive takes no object: with none of its auxiliaries, this is a past tense the tagger
        # read as a participle (`Kishida bezocht vorige week Australië`)
        return False
    if any(dep[c] == "nsubj:pass" for c in kids):
        return True
    # `werd ... ontvangen` with `werd` labelled `aux`: a participle with a form of `worden`
    return "worden" in aux_lemmas and "Part" in verb.morph.get("VerbForm", [])


QUANTITY_HEADS = frozenset(
    """tientallen honderden duizenden tienduizenden honderdduizenden miljoenen dozijnen massa's aantal groep
    reeks handvol meerderheid deel""".split()
)
NOUN_AFTER_QUANTITY_DEPS = frozenset({"nmod", "flat", "compound", "appos", "obj", "nsubj", "conj"})


def content_head(tok: Token) -> Token:
    """The noun a quantity stands before: `studenten` in `honderden studenten` when the parser made
    `honderden` the head."""
    table = table_of(tok.doc)
    if table.pos[tok.i] == "NUM" or table.lower[tok.i] in QUANTITY_HEADS:
        for c in table.children[tok.i]:
            if table.pos[c] in ("NOUN", "PROPN") and table.dep[c] in NOUN_AFTER_QUANTITY_DEPS:
                return table.tokens[c]
    return tok


@dataclass
class _DocReading:
    """What is read once per Doc while the layer reads it (`reading_clauses`): each clause asked
    for (an event's time, quantities, conditions and idiom words are all looked for in its
    clause), whether a verb is passive, and each token's sentence (`Token.sent` builds a Span on
    every call)."""

    doc: Doc
    table: TokenTable | None = None
    clauses: dict[int, tuple[int, ...]] = field(default_factory=dict)
    passive: dict[int, bool] = field(default_factory=dict)  # `is_passive`, asked of a verb by several readers
    # token index -> start and end of its sentence (two lists of ints: no object per token to collect)
    sentence_starts: list[int] = field(default_factory=list)
    sentence_ends: list[int] = field(default_factory=list)


_READING: ContextVar[_DocReading | None] = ContextVar("doc_reading", default=None)


@contextmanager
def reading_clauses(doc: Doc) -> Iterator[None]:
    """Keep each clause `clause_tokens` reads in `doc` until the block ends (the parse stays as it is)."""
    kept = _READING.set(_DocReading(doc))
    try:
        yield
    finally:
        _READING.reset(kept)


def _reading(doc: Doc) -> _DocReading | None:
    memo = _READING.get()
    return memo if memo is not None and memo.doc is doc else None


def table_of(doc: Doc) -> TokenTable:
    """The Doc's shared token table. The helpers ask for it hundreds of thousands of times per
    corpus; while the layer reads a Doc it is kept at hand, a cheaper look-up than `token_table`'s."""
    memo = _READING.get()
    if memo is None or memo.doc is not doc:
        return token_table(doc)
    if memo.table is None:
        memo.table = token_table(doc)
    return memo.table


def sentence_bounds(tok: Token) -> tuple[int, int]:
    """(start, end) token indices of the token's sentence."""
    memo = _reading(tok.doc)
    if memo is None:
        sent = tok.sent
        return sent.start, sent.end
    if not memo.sentence_starts:
        for sent in tok.doc.sents:
            memo.sentence_starts += [sent.start] * len(sent)
            memo.sentence_ends += [sent.end] * len(sent)
    return memo.sentence_starts[tok.i], memo.sentence_ends[tok.i]


def clause_indices(head: Token) -> tuple[int, ...]:
    """The token indices of the head's own clause, in order: its subtree without nested clauses."""
    memo = _reading(head.doc)
    if memo is not None:
        found = memo.clauses.get(head.i)
        if found is None:
            found = memo.clauses[head.i] = _clause_indices(table_of(head.doc), head.i)
        return found
    return _clause_indices(table_of(head.doc), head.i)


def _clause_indices(table: TokenTable, head: int) -> tuple[int, ...]:
    dep, pos, children_of = table.dep, table.pos, table.children
    out: list[int] = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in children_of[t]:
            if dep[c] not in CLAUSE_DEPS or (dep[c] == "conj" and pos[c] not in ("VERB", "AUX")):
                stack.append(c)
    return tuple(sorted(out))


def clause_tokens(head: Token) -> list[Token]:
    """The words of the head's own clause: its subtree without nested clauses."""
    tokens = table_of(head.doc).tokens
    return [tokens[i] for i in clause_indices(head)]


def phrases(head: Token) -> list[tuple[str, Token]]:
    """(preposition, noun) for each prepositional dependent of the head (`tegen` + `Rutte`)."""
    table = table_of(head.doc)
    return [(prep, table.tokens[c]) for prep, c in phrases_at(table, head.i)]


def phrases_at(table: TokenTable, head: int) -> list[tuple[str, int]]:
    """`phrases` of the table's token `head`, as token indices."""
    dep = table.dep
    out = []
    for c in table.children[head]:
        if dep[c] in PP_DEPS or dep[c].startswith(("obl", "nmod")):
            prep = case_at(table, c)
            if prep:
                out.append((prep, c))
    return out


def phrase(head: Token, prep: str) -> list[Token]:
    return [n for p, n in phrases(head) if p == prep or p.endswith(" " + prep)]


def conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it (`Israël en Hamas`)."""
    table = table_of(tok.doc)
    return [table.tokens[i] for i in _conjuncts_at(table, tok.i)]


def _conjuncts_at(table: TokenTable, i: int) -> list[int]:
    out = [i]
    for c in table.children[i]:
        if table.dep[c] == "conj" and table.pos[c] not in ("VERB", "AUX"):
            out.extend(_conjuncts_at(table, c))
    return out


def main_verb(tok: Token) -> Token:
    """For an auxiliary or copula, the word it serves; else the token itself."""
    table = table_of(tok.doc)
    h = table.head[tok.i]
    return table.tokens[h] if table.dep[tok.i] in AUX_DEPS and h != tok.i else tok


def subject(verb: Token) -> Token | None:
    """The verb's subject, also when it is shared with a coordinated or controlling verb."""
    table = table_of(verb.doc)
    seen: set[int] = set()
    v = verb
    while v.i not in seen:
        seen.add(v.i)
        s = child(v, "nsubj", "nsubj:pass")
        if s is not None and table.dep[s.i] == "nsubj:pass" and not is_passive(v):
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
        dep, head = table.dep[v.i], table.head[v.i]
        if dep == "conj" and table.pos[head] in ("VERB", "AUX", "ADJ", "NOUN"):
            v = table.tokens[head]  # `viel binnen en nam in beslag`: the second verb shares the first one's subject
            continue
        if dep == "xcomp":
            return controller(v)
        return None
    return None


def number(tok: Token) -> str | None:
    """Sing or Plur of a noun phrase, where the tagger or the phrase tells (`Israël en Hamas`: Plur)."""
    table = table_of(tok.doc)
    if any(table.dep[c] == "conj" for c in table.children[tok.i]):
        return "Plur"
    head = relative_antecedent(tok) or tok
    found = head.morph.get("Number", [])
    if found:
        return str(found[0])
    if head.like_num:
        return "Sing" if table.lower[head.i] in ("1", "één", "een") else "Plur"
    return None


def finite_number(verb: Token) -> str | None:
    """The number of the finite verb of a clause: the verb itself or one of its auxiliaries."""
    # an auxiliary first: with `zal ... helpen` the finite verb is `zal`, whatever the tagger says of `helpen`
    table = table_of(verb.doc)
    dep = table.dep
    auxes = [table.tokens[c] for c in table.children[verb.i] if dep[c].startswith("aux") or dep[c] == "cop"]
    for t in (*auxes, verb):
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
    table = table_of(verb.doc)
    return (
        table.dep[verb.i] == "ROOT"
        and subj.i < verb.i
        and table.pos[subj.i] == "PROPN"
        and obj is not None
        and obj.i > verb.i
        and subj.left_edge.i == sentence_bounds(verb)[0]
    )


def _object_first_by_mistake(subj: Token, verb: Token, obj: Token) -> bool:
    """`Qatar leende Libanon een miljard dollar` parsed with `Qatar` as object and `Libanon` as
    subject: in a main clause the name before the finite verb is its subject unless agreement
    says otherwise (Dutch allows an object first, but news writes subject first)."""
    # a participle with no auxiliary heading the sentence is a past tense read wrongly (`verzocht`)
    table = table_of(verb.doc)
    pos = table.pos
    if not (table.dep[verb.i] == "ROOT" and obj.i < verb.i < subj.i and pos[obj.i] == pos[subj.i] == "PROPN"):
        return False
    auxed = any(table.dep[c].startswith("aux") for c in table.children[verb.i])
    finite = not auxed or "Fin" in verb.morph.get("VerbForm", [])
    return finite and obj.left_edge.i == sentence_bounds(verb)[0] and agrees(obj, verb)


def core_arguments(verb: Token) -> tuple[Token | None, Token | None]:
    """(subject, object) of a verb, put right by agreement when the parser swapped them
    (`die Rutte ... won`, `maar kan de protesten niet toelaten`)."""
    subj = subject(verb)
    kids = dependents(verb)
    obj = next((c for c in kids if c.dep_ == "obj" and not is_time_like(c)), None)
    if obj is None and not is_passive(verb):
        # an active verb's noun labelled `nsubj:pass` beside its real subject is its object
        obj = next((c for c in kids if c.dep_ == "nsubj:pass" and (subj is None or c.i != subj.i)), None)
    if obj is None:
        obj = _object_after_bare_time(verb)
    if subj is not None and obj is not None and _object_first_by_mistake(subj, verb, obj):
        return obj, subj
    if subj is None and obj is not None:
        # `Polen verzocht Duitsland om ...` parsed with two objects and no subject: the name
        # before the finite verb is the subject, the one after it the object
        after = next((c for c in kids if c.dep_ == "obj" and c.i > verb.i), None)
        if after is not None and _object_first_by_mistake(after, verb, obj):
            return obj, after
    if subj is None or governor(subj).i != verb.i or agrees(subj, verb) or _plainly_first(subj, verb, obj):
        return subj, obj
    others = [c for c in kids if c.dep_ in ("nsubj", "nsubj:pass") and c.i != subj.i and agrees(c, verb)]
    if others:
        return others[0], subj
    if obj is not None and obj.pos_ in ("PROPN", "PRON", "NOUN") and agrees(obj, verb):
        return obj, subj
    if verb.dep_ == "conj":
        return subject(governor(verb)), subj
    return None, subj


def _has_object_after(verb: Token) -> bool:
    after = any(c.dep_ == "obj" and c.i > verb.i and not is_time_like(c) for c in dependents(verb))
    return after or _object_after_bare_time(verb) is not None


def _object_after_bare_time(verb: Token) -> Token | None:
    """`bezocht vorige week Australië`, parsed with the name as an apposition of the time phrase:
    a bare time noun names no thing, so the noun phrase after it is the verb's object."""
    for c in dependents(verb):
        if c.dep_ in ("obl", "obj") and is_time_like(c) and not case_of(c):
            for a in dependents(c):
                if a.dep_ == "appos" and a.i > c.i and a.pos_ in ("PROPN", "NOUN") and not is_time_like(a):
                    return a
    return None


def controller(xcomp: Token) -> Token | None:
    """Who does a `te`-infinitive: the matrix object for `vragen`, `dwingen`; else the matrix subject."""
    from duiding.lang.nl.events import OBJECT_CONTROL

    matrix = governor(xcomp)
    if lemma(matrix) in OBJECT_CONTROL:
        obj = child(matrix, "obj", "iobj")
        if obj is not None:
            return obj
    return subject(matrix)


def is_time_like(tok: Token) -> bool:
    return tok.lower_ in TIME_WORDS or (tok.like_num and len(tok.text) == 4 and tok.text.isdigit())


def bare_np_subject(verb: Token, exclude: set[int]) -> Token | None:
    """A bare noun phrase hung as `obl` with no preposition: the subject the parser missed."""
    for c in dependents(verb):
        bare = c.dep_ == "obl" and c.i not in exclude and not case_of(c) and not is_time_like(c)
        if bare and c.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            return c
    return None


def relative_antecedent(tok: Token) -> Token | None:
    """For a relative pronoun (`die` in `Aleksijevitsj, die naar Litouwen reisde`), the noun it stands for."""
    table = table_of(tok.doc)
    if table.lower[tok.i] not in RELATIVE_PRONOUNS:
        return None
    dep, head = table.dep, table.head
    v = head[tok.i]
    while dep[v] not in ("acl:relcl", "acl") and head[v] != v:
        if dep[v] not in AUX_DEPS and dep[v] not in ("xcomp", "conj"):
            return None
        v = head[v]
    if dep[v] in ("acl:relcl", "acl") and head[v] != v:
        return table.tokens[head[v]]
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
    table = table_of(head.doc)
    tokens, dep, text = table.tokens, table.dep, table.text
    keep = {head.i}
    stack = [head.i]
    while stack:
        t = stack.pop()
        for c in table.children[t]:
            if dep[c] not in NP_DEPS or (t == head.i and dep[c] == "case"):
                continue
            if dep[c] == "appos" and c > 0 and text[tokens[c].left_edge.i - 1] == ",":
                continue
            keep.add(c)
            stack.append(c)
    start = end = head.i
    while start - 1 in keep:
        start -= 1
    while end + 1 in keep:
        end += 1
    end += 1
    while start < end and tokens[start].is_punct:
        start += 1
    while end > start and tokens[end - 1].is_punct:
        end -= 1
    return start, end


def char_extent(doc: Doc, start: int, end: int) -> tuple[int, int, str]:
    """(start_char, end_char, text) of the tokens `start:end`, as `doc[start:end]` gives them,
    read without making a Span and a Token for each of its words."""
    if start >= end:
        span = doc[start:end]
        return span.start_char, span.end_char, span.text
    tokens = table_of(doc).tokens
    last = tokens[end - 1]
    text = "".join([tokens[k].text_with_ws for k in range(start, end - 1)]) + last.text
    return tokens[start].idx, last.idx + len(last), text
