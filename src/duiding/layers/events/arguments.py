"""Who did what to whom, and where: an event's arguments from the dependency parse.

Actors are the subject (or the `door` agent of a passive), targets the object (or the passive
subject, or a `tegen`/`met` phrase, as the sense says), places the LOC entities of `in`/`naar`
phrases. A nominal trigger reads its own `van` phrase, possessive, `door`, `tegen` and `met`
phrases, and borrows its light verb's subject (`de president verleende gratie aan ...`).
Arguments are entity ids where the entity layer knows the words (names, descriptions, resolved
pronouns), otherwise text arguments (`de politie`, `312 betogers`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from duiding.lang.nl.events import (
    GROUP_NOUNS,
    NO_ARGUMENT,
    OCCURRENCE_VERBS,
    SUBORDINATE_OPENERS,
    TARGET_SOURCES,
    TRANSFER_VERBS,
)
from duiding.layers.events import syntax
from duiding.layers.events.candidates import Candidate
from duiding.layers.events.conditions import EntityView, is_human
from duiding.layers.events.lexicon import Lexicon

DEFAULT_PLACE_PREPS = ("in", "naar", "te", "bij", "nabij", "rond", "op")
# An event noun's own place: `de aanslag in Kaboel`; `naar` only for journeys, as its sense says (`reis naar`).
NOUN_PLACE_PREPS = ("in", "te", "bij", "nabij")
DEFAULT_NOUN_TARGETS = ("tegen", "met")
# Prepositions of a target that the parser may attach one level down, to the verb's object or phrase.
NESTED_PREPOSITIONS = frozenset({"tegen", "met", "aan", "naar"})
POSSESSIVES = frozenset({"zijn", "haar", "hun", "z'n", "d'r"})


@dataclass(frozen=True, slots=True)
class Argument:
    start: int  # character offsets of the words that name it in this sentence
    end: int
    text: str
    entity: str | None = None  # entity id, when the entity layer knows the words


@dataclass
class Roles:
    actors: list[Argument] = field(default_factory=list)
    targets: list[Argument] = field(default_factory=list)
    places: list[Argument] = field(default_factory=list)


@dataclass
class EntityIndex:
    """Token -> (entity id, entity type, mention kind) for every entity mention."""

    of_token: dict[int, tuple[str, str, str]] = field(default_factory=dict)
    times: set[int] = field(default_factory=set)  # tokens of time expressions: never an actor or target
    type_of_entity: dict[str, str] = field(default_factory=dict)
    states: set[str] = field(default_factory=set)  # entity ids of countries: actors as well as places
    _view: EntityView | None = None

    @classmethod
    def of(cls, doc: Doc, times: set[int] | None = None) -> EntityIndex:
        index: dict[int, tuple[str, str, str, int]] = {}
        for ent in doc._.entities or []:
            for m in ent.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                for i in range(span.start, span.end):
                    # the shortest mention over a token wins: `Minsk` inside `de hoofdstad Minsk`
                    if i not in index or len(span) < index[i][3]:
                        index[i] = (ent.id, ent.type, m.kind, len(span))
        types = {e.id: e.type for e in doc._.entities or []}
        states = {e.id for e in doc._.entities or [] if e.type == "LOC" and e.kb_id and _is_country(e.kb_id)}
        return cls({i: (e, t, k) for i, (e, t, k, _) in index.items()}, times or set(), types, states)

    def is_state(self, tok: Token) -> bool:
        hit = self.of_token.get(tok.i)
        return hit is not None and hit[0] in self.states

    def view(self) -> EntityView:
        if self._view is None:
            self._view = EntityView({i: t for i, (_e, t, _k) in self.of_token.items()})
        return self._view

    def entity(self, tok: Token) -> str | None:
        hit = self.of_token.get(tok.i)
        return hit[0] if hit else None

    def type_of(self, tok: Token) -> str | None:
        hit = self.of_token.get(tok.i)
        return hit[1] if hit else None


def _is_country(kb_id: str) -> bool:
    from duiding.kb import default_kb

    entity = default_kb().entity(kb_id)
    return entity is not None and entity.subtype == "country"


def read_roles(cand: Candidate, doc: Doc, lex: Lexicon, index: EntityIndex, events_at: set[int]) -> Roles:
    roles = _verb_roles(cand, doc, index) if cand.kind == "verb" else _noun_roles(cand, doc, index)
    roles.places = _places(cand, doc, index, events_at)
    exclude = set(cand.tokens)
    roles.actors = [_before_parts(a, doc, cand) for a in roles.actors if not _inside(a, doc, exclude)]
    targets = [
        _before_parts(a, doc, cand)
        for a in roles.targets
        if not _inside(a, doc, exclude) and not any(_overlap(a, b) for b in roles.actors)
    ]
    roles.targets = [t for a in targets if (t := _unless_actor(a, roles.actors, doc, index)) is not None]
    return roles


def _overlap(a: Argument, b: Argument) -> bool:
    """Words of an actor never also make a target (the parser gave one noun two roles)."""
    return a.start < b.end and b.start < a.end


def _unless_actor(target: Argument, actors: list[Argument], doc: Doc, index: EntityIndex) -> Argument | None:
    """A target of an actor's own entity: by name or pronoun it is the actor's word given a second
    role by the parser (dropped); by a description it is a wrong link (`Spanje erkende de
    Palestijnse staat` with the description taken for Spanje): its words stay, the link goes."""
    if target.entity is None or not any(a.entity == target.entity for a in actors):
        return target
    span = doc.char_span(target.start, target.end, alignment_mode="expand")
    # how the words are tied to that entity: the mention kinds of the tokens linked to it
    links = [index.of_token.get(t.i) for t in span or []]
    kinds = {hit[2] for hit in links if hit is not None and hit[0] == target.entity}
    return Argument(target.start, target.end, target.text, None) if kinds == {"nominal"} else None


def _before_parts(arg: Argument, doc: Doc, cand: Candidate) -> Argument:
    """An argument ends before the trigger's own words: the parser hangs an idiom's phrase on the
    object (`daagt de staat voor de rechter`), and `voor de rechter` is part of the trigger."""
    span = doc.char_span(arg.start, arg.end)
    if span is None or not cand.parts:
        return arg
    cut = next((t.i for t in span if t.i in cand.parts and t.i > span.start), None)
    if cut is None:
        return arg
    while cut > span.start + 1 and not doc[cut - 1].is_alpha:
        cut -= 1
    return _arg(doc, span.start, cut, arg.entity)


def _inside(arg: Argument, doc: Doc, tokens: set[int]) -> bool:
    """Whether an argument is made of the trigger's own words (a part of a compound is not)."""
    span = doc.char_span(arg.start, arg.end)
    return span is not None and all(i in tokens for i in range(span.start, span.end))


def _sources(cand: Candidate, role: str, default: tuple[str, ...]) -> tuple[str, ...]:
    assert cand.sense is not None
    return cand.sense.roles.get(role, default)


def _verb_roles(cand: Candidate, doc: Doc, index: EntityIndex) -> Roles:
    verb = syntax.table_of(doc).tokens[cand.head]
    passive = syntax.is_passive(verb)
    subj, obj = syntax.core_arguments(verb)
    blocked = set(cand.parts) | index.times
    if subj is not None and subj.i in blocked:
        # the parser took an idiom word or a time (`Zondag kwamen ... de straat op`) for the subject
        others = [c for c in syntax.children(verb, "nsubj", "nsubj:pass") if c.i not in blocked]
        subj = others[0] if others else None
    if subj is None and not passive:
        subj = syntax.bare_np_subject(verb, blocked)
    roles = Roles()
    assert cand.sense is not None
    actor_sources = _sources(cand, "actor", ("door",) if passive else ("subj",))
    target_sources = _sources(cand, "target", TARGET_SOURCES.get(cand.sense.type, ("obj",)))
    if passive:
        target_sources = tuple(s.replace("obj", "subj") for s in target_sources)
        actor_sources = tuple("door" if s == "subj" else s for s in actor_sources)
    roles.actors = _collect(verb, actor_sources, subj, doc, index, cand, obj=obj)
    roles.targets = _collect(verb, target_sources, subj, doc, index, cand, obj=obj)
    return roles


def _collect(
    head: Token,
    sources: tuple[str, ...],
    subj: Token | None,
    doc: Doc,
    index: EntityIndex,
    cand: Candidate,
    *,
    obj: Token | None = None,
) -> list[Argument]:
    view = index.view()
    kids = syntax.dependents(head)
    for source in sources:
        if source == "none":
            return []
        src, _, only = source.partition(":")
        found: list[Token] = []
        if src == "subj":
            found = [subj] if subj is not None else []
        elif src == "obj" and obj is not None:
            found = [obj] if obj.i not in cand.parts and (subj is None or obj.i != subj.i) else []
        elif src in ("obj", "iobj"):
            found = [c for c in kids if c.dep_ == src and c.i not in cand.parts]
            if not found and src == "iobj":
                # `schonk Cambodja honderdduizend vaccins` with both nouns as objects: the first
                # of two bare objects is the indirect one
                objects = [c for c in kids if c.dep_ == "obj" and c.i > head.i and not syntax.case_of(c)]
                found = objects[:1] if len(objects) == 2 and objects[0].i not in cand.parts else []
            if not found and subj is not None:
                # a second `nsubj` is an object the parser mislabelled: the object (`lieten zeven gijzelaars
                # vrij`), or beside an object the indirect object (`beloofde Oekraïne ... extra geld`)
                has_obj = any(c.dep_ == "obj" for c in kids)
                if src == "obj" or has_obj:
                    found = [c for c in kids if c.dep_ == "nsubj" and c.i != subj.i and c.i not in cand.parts]
        else:
            found = [n for n in syntax.phrase(head, src) if n.i not in cand.parts]
            if src == "door":
                found += [c for c in kids if c.dep_ == "obl:agent"]
            if not found and src in NESTED_PREPOSITIONS:
                found = [n for n in _nested_phrases(head, src) if n.i not in cand.parts]
        if only == "human":
            # a country acts and is acted on (`waarschuwde Taiwan`, `steunt Oekraïne`), as people do
            found = [t for t in found if is_human(syntax.relative_antecedent(t) or t, view) or index.is_state(t)]
        found = [t for t in found if t.lower_ not in NO_ARGUMENT and not _modal_phrase_word(t)]
        args = [a for tok in found for a in resolve(tok, doc, index)]
        if args:
            return _unique(args)
    return []


def _nested_phrases(head: Token, prep: str) -> list[Token]:
    """`dreigen met nieuwe sancties tegen Iran`, `verbrak de betrekkingen met Iran`: the parser hangs the
    phrase on the verb's object or phrase; read one level down when the verb has none of its own. A
    recipient's `naar` may hang one level further, on a phrase of the object (`stuurt vliegtuigen met
    hulpgoederen naar Turkije`)."""
    out: list[Token] = []
    for c in syntax.children(head, "obj", "obl", "nsubj:pass", "iobj"):
        out += syntax.phrase(c, prep)
        if prep == "naar" and not out:
            out += [n for _, pp in syntax.phrases(c) for n in syntax.phrase(pp, prep)]
    return out


def _modal_phrase_word(tok: Token) -> bool:
    """`plan` of `van plan`, `punt` of `op het punt`, `staat` of `in staat`: part of a modal phrase, not an
    argument (`de staat` elsewhere is one)."""
    case = syntax.case_of(tok)
    if tok.lower_ == "staat":
        return case == "in"
    return tok.lower_ in ("plan", "punt", "zins") and case in ("van", "op")


def _unique(args: list[Argument]) -> list[Argument]:
    seen: set[tuple[int, int, str | None]] = set()
    out: list[Argument] = []
    for a in args:
        key = (a.start, a.end, a.entity)
        if a.entity is not None and any(b.entity == a.entity for b in out):
            continue
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def _noun_roles(cand: Candidate, doc: Doc, index: EntityIndex) -> Roles:
    tokens = syntax.table_of(doc).tokens
    noun = tokens[cand.head]
    assert cand.sense is not None
    roles = Roles()
    van_target = cand.sense.van_is_target
    own_actor: list[Argument] = []
    own_target: list[Argument] = []
    for prep, pp in syntax.phrases(noun):
        if prep == "van" and _participant(pp, index):
            (own_target if van_target else own_actor).extend(resolve(pp, doc, index))
        elif prep == "door" or prep == "tussen":
            own_actor.extend(resolve(pp, doc, index))
    for c in syntax.dependents(noun):
        if c.dep_ in ("nmod:poss", "det:poss") or (c.dep_ == "det" and c.lower_ in POSSESSIVES):
            args = resolve(c, doc, index)
            if not any(a.entity for a in args):
                args = _bound_possessive(c, doc, index) or args
            (own_target if van_target else own_actor).extend(args)
    for prep, pp in _occurrence_phrases(noun):
        if prep in _sources(cand, "target", DEFAULT_NOUN_TARGETS):
            own_target.extend(resolve(pp, doc, index))
    for src in _sources(cand, "target", DEFAULT_NOUN_TARGETS):
        if src in ("obj", "iobj", "subj", "none"):
            continue
        for pp in syntax.phrase(noun, src):
            own_target.extend(resolve(pp, doc, index))
    for src in _sources(cand, "actor", ()):
        if src not in ("subj", "obj", "iobj", "none", "door"):
            for pp in syntax.phrase(noun, src):
                own_actor.extend(resolve(pp, doc, index))
    if not own_actor and not van_target:
        own_actor = _demonym_actor(noun, index) or _compound_actor(noun)
    support = tokens[cand.support] if cand.support is not None else None
    if support is None and noun.dep_ in ("obj", "nsubj:pass") and syntax.lemma(syntax.governor(noun)) in TRANSFER_VERBS:
        support = syntax.governor(noun)
    if support is not None:
        subj = syntax.subject(support) or _verb_final_subject(support, noun)
        passive = syntax.is_passive(support)
        if passive:
            agents = [n for n in syntax.phrase(support, "door")]
            borrowed = [a for n in agents for a in resolve(n, doc, index)]
        else:
            borrowed = resolve(subj, doc, index) if subj is not None and subj.i != noun.i else []
        if cand.recipient_support:
            own_target = own_target or borrowed
        elif not own_actor or (borrowed and all(a.entity is None and a.text.lower() in POSSESSIVES for a in own_actor)):
            own_actor = borrowed  # `Duitsland sprak zijn steun uit`: `zijn` is the subject's own
        if not own_target and cand.support is not None:
            for src in (*_sources(cand, "target", ()), "iobj", "aan", "obj"):
                if src in ("iobj", "obj"):
                    found = syntax.children(support, src)
                    if not found and src == "iobj" and subj is not None:
                        # `verstrekte Egypte een lening` with `Egypte` taken for a second subject
                        found = [c for c in syntax.children(support, "nsubj") if c.i != subj.i]
                    if not found and src == "iobj" and subj is not None:
                        found = _middle_field_object(support, noun, subj)
                else:
                    found = syntax.phrase(support, src)
                found = [
                    n for n in found if n.i != noun.i and n.lower_ not in NO_ARGUMENT and not _modal_phrase_word(n)
                ]
                own_target = [a for n in found for a in resolve(n, doc, index)]
                if own_target:
                    break
    roles.actors = _unique(own_actor)
    roles.targets = _unique(own_target)
    return roles


def _verb_final_subject(verb: Token, obj: Token) -> Token | None:
    """`dat hij zijn ambtgenoot een lening geeft`, with the parser giving the verb no subject:
    in a verb-final clause the subject is the first noun phrase after the word that opens the
    clause. Taken only where the parser, too, calls it a subject (of a wrong head)."""
    if not obj.i < verb.i:
        return None
    table = syntax.table_of(verb.doc)
    sentence_start = syntax.sentence_bounds(verb)[0]
    k = obj.left_edge.i - 1
    while k >= sentence_start and table.lower[k] not in SUBORDINATE_OPENERS:
        if table.tokens[k].is_punct or table.pos[k] in ("VERB", "AUX"):
            return None
        k -= 1
    if k < sentence_start:
        return None
    first = next((i for i in range(k + 1, obj.left_edge.i) if table.pos[i] in ("PRON", "PROPN", "NOUN")), None)
    return table.tokens[first] if first is not None and table.dep[first].startswith("nsubj") else None


def _middle_field_object(verb: Token, obj: Token, subj: Token) -> list[Token]:
    """`dat hij zijn ambtgenoot een lening geeft`: in a verb-final clause the indirect object
    stands between the subject and the direct object, bare (no preposition). Where the parser
    hung it elsewhere, it is read from that order."""
    if not (subj.i < obj.left_edge.i and obj.i < verb.i):
        return []
    span = range(subj.right_edge.i + 1, obj.left_edge.i)
    table = syntax.table_of(verb.doc)
    heads = [
        i
        for i in span
        if table.pos[i] in ("NOUN", "PROPN")
        and table.head[i] not in span
        and not any(table.dep[c] == "case" for c in table.children[i])
    ]
    return [table.tokens[i] for i in heads[-1:]]


def _participant(tok: Token, index: EntityIndex) -> bool:
    """Whether a `van` phrase names someone who takes part (`van de oppositie`), not an amount,
    a date or a thing (`van 2,5 miljard dollar`, `van 9 augustus`, `van de stemmen`)."""
    if tok.i in index.times or tok.lower_ in ("wie", "welke", "wat"):
        return False
    if index.type_of(tok) in ("PER", "ORG", "LOC"):
        return True
    return tok.pos_ in ("PROPN", "PRON") or is_human(tok, index.view())


def _demonym_actor(noun: Token, index: EntityIndex) -> list[Argument]:
    """`de Russische aanval`, `Amerikaanse sancties`: a country adjective names who acts."""
    for c in syntax.children(noun, "amod"):
        hit = index.of_token.get(c.i)
        if hit is not None and hit[2] == "demonym":
            return [Argument(c.idx, c.idx + len(c), c.text, hit[0])]
    return []


def _compound_actor(noun: Token) -> list[Argument]:
    """`volksprotesten`, `politiegeweld`, `legeraanval`: the first part of a compound event noun names
    who acts when it is a group (the words of `GROUP_NOUNS`); kept as text, at its offsets."""
    word = noun.lower_
    for k in range(3, len(word) - 3):
        head = word[:k]
        stem = head[:-1] if head.endswith("s") and head[:-1] in GROUP_NOUNS else head
        if stem in GROUP_NOUNS and len(stem) >= 4:
            return [Argument(noun.idx, noun.idx + len(stem), noun.text[: len(stem)])]
    return []


def _bound_possessive(poss: Token, doc: Doc, index: EntityIndex) -> list[Argument]:
    """`zijn onderhoud` with `zijn` unresolved: a possessive in a clause stands for the clause's
    subject when that subject is a person (binding), which is how Dutch news usually writes it."""
    if poss.lower_ not in POSSESSIVES:
        return []
    table = syntax.table_of(doc)
    v = table.head[poss.i]
    while table.head[v] != v and table.pos[v] not in ("VERB", "AUX"):
        v = table.head[v]
    verb = table.tokens[v]
    subj = syntax.subject(verb)
    if subj is None or subj.i == table.head[poss.i]:
        return []
    view = index.view()
    if any(is_human(c, view) for c in syntax.children(verb, "obj", "iobj")):
        return []  # `bedankte Macron voor zijn hulp`: `zijn` may be the object's; leave it unresolved
    args = resolve(subj, doc, index)
    return [a for a in args if a.entity is not None and index.type_of_entity.get(a.entity) in ("PER", "ORG")]


def _occurrence_phrases(noun: Token) -> list[tuple[str, Token]]:
    """`de protesten tegen Rutte gaan niet liggen` parsed with `tegen` on `liggen`: the phrases
    of a verb that only says the noun's event happens belong to the noun."""
    verb = syntax.governor(noun)
    if noun.dep_ not in ("nsubj", "nsubj:pass") or verb.i == noun.i or syntax.lemma(verb) not in OCCURRENCE_VERBS:
        return []
    if syntax.child(verb, "obj") is not None:
        return []
    return syntax.phrases(verb)


def resolve(tok: Token, doc: Doc, index: EntityIndex) -> list[Argument]:
    """The arguments a noun phrase head stands for: one per conjunct, entity or text."""
    out = []
    for conj in syntax.conjuncts(tok):
        head = syntax.relative_antecedent(conj) or conj
        if head.i not in index.times:
            out.append(_argument(head, doc, index))
    return out


def _argument(head: Token, doc: Doc, index: EntityIndex) -> Argument:
    start, end = syntax.np_span(head)
    hit = index.of_token.get(head.i)
    if hit is not None:
        ent_id, _etype, kind = hit
        if kind != "demonym":  # `Wit-Russen` are people of the country, not the country
            return _arg(doc, start, end, ent_id)
    for c in syntax.children(head, "appos", "flat", "flat:name", "compound"):
        if c.i in index.of_token:
            ent_id, _etype, kind = index.of_token[c.i]
            if kind != "demonym":
                return _arg(doc, start, end, ent_id)
    return _arg(doc, start, end, None)


def _arg(doc: Doc, start: int, end: int, entity: str | None) -> Argument:
    start_char, end_char, text = syntax.char_extent(doc, start, end)
    return Argument(start_char, end_char, text, entity)


def _places(cand: Candidate, doc: Doc, index: EntityIndex, events_at: set[int]) -> list[Argument]:
    assert cand.sense is not None
    table = syntax.table_of(doc)
    tokens, dep = table.tokens, table.dep
    anchors = [cand.head] + ([cand.support] if cand.support is not None else [])
    verbal = cand.kind == "verb"
    defaults = DEFAULT_PLACE_PREPS if verbal else NOUN_PLACE_PREPS
    sources = _sources(cand, "place", ())
    preps = tuple(p for p in sources if p not in ("obj", "subj")) + defaults

    def locations(i: int) -> list[Argument]:
        return _locations(tokens[i], doc, index, events_at)

    found: list[Argument] = []
    for anchor in anchors:
        for prep, pp in syntax.phrases_at(table, anchor):
            if prep in preps and pp not in cand.parts:
                found += locations(pp)
        kids = table.children[anchor]
        if "obj" in sources:
            for c in kids:
                if dep[c] == "obj":
                    found += locations(c)
        if not verbal:
            continue
        # `van wie 500 in de hoofdstad Minsk`: an `in` phrase inside a phrase of the verb that is no
        # event; `na de verkiezingen naar Turkije`: a `naar` phrase the parser hung on an event noun
        for c in kids:
            if dep[c] != "obl" or syntax.case_at(table, c) == "in":
                continue
            for prep, pp in syntax.phrases_at(table, c):
                inside = prep == "in" and c not in events_at and pp not in events_at
                misplaced = prep == "naar" and c in events_at and "naar" in preps
                if inside or misplaced:
                    found += locations(pp)
        # `werden in Moskou ... demonstranten opgepakt`: a clause-level `obl` phrase the parser hung
        # on the verb's subject or object belongs to the verb (an `obl` never modifies a noun)
        for c in kids:
            if dep[c] in ("nsubj", "nsubj:pass", "obj"):
                for prep, pp in syntax.phrases_at(table, c):
                    if dep[pp].startswith("obl") and prep in preps:
                        found += locations(pp)
    head = cand.head
    if cand.kind == "noun" and dep[head].startswith("nmod") and syntax.case_at(table, head) == "van":
        found += _place_hung_above(tokens[head], doc, index, events_at)
    return _unique([a for a in found if a.entity is not None])


def _place_hung_above(noun: Token, doc: Doc, index: EntityIndex, events_at: set[int]) -> list[Argument]:
    """`de afspraken van de top in Genève`: an `in` phrase right after an event noun in a
    `van` phrase, which the parser hung on the noun above it. The nearer noun is the likelier
    one (right association); the event's place is where it happened either way."""
    found: list[Argument] = []
    for prep, pp in syntax.phrases(syntax.governor(noun)):
        if prep == "in" and pp.left_edge.i == noun.right_edge.i + 1:
            found += _locations(pp, doc, index, events_at)
    return found


def _locations(np: Token, doc: Doc, index: EntityIndex, events_at: set[int]) -> list[Argument]:
    """LOC entities named by a phrase: its head, or a name in apposition (`de hoofdstad Minsk`),
    or the place a non-place noun names (`de grens met Oekraïne`)."""
    if index.type_of(np) == "LOC":
        return [_argument(np, doc, index)]
    if np.i in events_at:
        return []  # `bij een bomaanslag in Kaboel`: the place of the attack, not of what it is said with
    for c in syntax.children(np, "appos", "flat", "flat:name", "compound", "nmod"):
        if index.type_of(c) == "LOC":
            return [_argument(c, doc, index)]
    for prep, pp in syntax.phrases(np):
        if prep in ("met", "van", "in", "rond", "bij") and index.type_of(pp) == "LOC":
            return [_argument(pp, doc, index)]
    return []
