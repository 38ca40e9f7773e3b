"""Name mentions: from the backbone's `doc.ents`, repeated where the backbone missed them,
clustered into one entity per name and its variants, with one type per entity.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from duiding.kb import KnowledgeBase
from duiding.kb.names import content_words, fold, name_keys, name_of_compound, strip_possessive, surname_key
from duiding.lang.nl.name_heads import EVENT_HEADS, MODEL_WORDS, PRODUCT_WORDS, VENUE_HEADS
from duiding.layers.doctokens import TokenTable, token_table
from duiding.layers.entities.model import TYPES, Cand, Cluster
from duiding.layers.entities.tokens import sentence_starts, text_of

# Corporate forms that a company's short name drops (`Apple Inc.` / `Apple`).
LEGAL_FORMS: frozenset[str] = frozenset(
    {
        "inc",
        "corp",
        "corporation",
        "co",
        "ltd",
        "plc",
        "nv",
        "bv",
        "ag",
        "sa",
        "gmbh",
        "llc",
        "company",
        "group",
        "holding",
    }
)
# Words of trade that a company's short name drops as well (`Apple Computer` / `Apple`, `Sony
# Electronics` / `Sony`); unlike a product's second word (`Apple TV`), they name no thing.
TRADE_WORDS: frozenset[str] = frozenset(
    {
        "computer",
        "computers",
        "electronics",
        "motors",
        "airlines",
        "airways",
        "systems",
        "technologies",
        "pharmaceuticals",
        "industries",
        "communications",
        "records",
    }
)


def name_mentions(doc: Doc, sent_of: dict[int, int]) -> list[Cand]:
    """The backbone's entity spans, trimmed of punctuation at their edges. (An article that
    opens a span stays: `De Morgen`, `Het Parool`, `Herman De Prins`.)"""
    tokens = token_table(doc).tokens
    out = []
    for ent in doc.ents:
        if ent.label_ not in TYPES:
            continue
        s, e = ent.start, ent.end
        while s < e and tokens[s].is_punct:
            s += 1
        while e > s and tokens[e - 1].is_punct and tokens[e - 1].text != ".":
            e -= 1
        if s < e:
            out.append(Cand(s, e, "name", sent_of.get(s, 0), label=ent.label_))
    return out


def propagate(doc: Doc, cands: list[Cand], sent_of: dict[int, int]) -> list[Cand]:
    """Repeat what the backbone found: other occurrences of a found name, and of a person's
    surname, become mentions too (`Chodorkovski` after `Michail Chodorkovski`)."""
    texts = token_table(doc).text
    forms: dict[tuple[str, ...], str] = {}
    cased: set[str] = set()  # first words as written: `iPhone` repeats in lower case
    for c in cands:
        words = tuple(map(_name_word, texts[c.start : c.end]))
        if not all(words) or c.label is None:
            continue
        forms.setdefault(words, c.label)
        cased.add(texts[c.start])
        if c.label == "PER" and len(words) >= 2 and len(words[-1]) >= 3:
            forms.setdefault(words[-1:], "PER")
            cased.add(strip_possessive(texts[c.end - 1]))
    # Longest forms first; only those that open with the word at hand can match there.
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, label in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        by_first.setdefault(words[0], []).append((words, label))
    # Tokens of the given mentions, counted up to each position. A hit only covers tokens
    # before the next position looked at, so these counts stay all that a later hit can overlap.
    covered = _coverage(len(doc), cands)
    # The words as written that can open a form, each looked at once (not at every token).
    openers = {text for text in set(texts) if _name_word(text) in by_first}
    found: list[Cand] = []
    n_tokens = len(texts)
    free = 0  # the first token after the last hit
    for i, text in enumerate(texts):
        if i < free or text not in openers or not (text[:1].isupper() or strip_possessive(text) in cased):
            continue
        for words, label in by_first[_name_word(text)]:
            j = i + len(words)
            if j <= n_tokens and covered[j] == covered[i] and tuple(map(_name_word, texts[i:j])) == words:
                found.append(Cand(i, j, "name", sent_of.get(i, 0), label=label, propagated=True))
                free = j
                break
    return found


@lru_cache(maxsize=65536)
def _name_word(text: str) -> str:
    """A token as names are compared: folded, without a possessive (`Rutte's` -> `rutte`)."""
    return fold(strip_possessive(text))


def _coverage(n: int, cands: list[Cand]) -> list[int]:
    """`out[k]`: how many of the tokens before `k` lie in a mention (`out[j] == out[i]`: none in `i..j`)."""
    inside = [False] * n
    for c in cands:
        inside[c.start : c.end] = [True] * (c.end - c.start)
    out = [0] * (n + 1)
    for k, flag in enumerate(inside):
        out[k + 1] = out[k] + flag
    return out


# KB place kinds whose names are safe to mark where the backbone missed them.
GAZETTEER_SUBTYPES: frozenset[str] = frozenset({"country", "region", "capital"})
GAZETTEER_MAX_WORDS = 3
MIN_POPULATION = 1000


def _wordlike(text: str) -> bool:
    """A capitalised word, hyphenated ones included (`Wit-Rusland`)."""
    return text[:1].isupper() and text.replace("-", "").isalpha()


def gazetteer_places(doc: Doc, cands: list[Cand], kb: KnowledgeBase, sent_of: dict[int, int]) -> list[Cand]:
    """Countries, world regions, capitals and major cities the backbone missed, by their
    names in the KB (`Frankrijk`, `Azië`, `Oslo`), and other KB places that the Alpino lists
    know only as places (`Genève`). A capitalised word that opens a sentence counts only where the parser calls
    it a proper noun; a name next to another capitalised word is left alone (it may be part
    of a longer name the backbone knows better)."""
    tt = token_table(doc)
    tagged = doc.has_annotation("POS")
    wordlike = [_wordlike(text) for text in tt.text]
    sent_start = sentence_starts(doc)
    proper = [tagged and pos == "PROPN" for pos in tt.pos]
    # A hit covers only tokens before the next position looked at (see `propagate`).
    covered = _coverage(len(doc), cands)
    found: list[Cand] = []
    n_tokens = len(doc)
    i = 0
    while i < n_tokens:
        # A place starts at a capitalised word, not at a sentence's common word.
        if not wordlike[i] or (sent_start[i] and not proper[i]):
            i += 1
            continue
        hit = None
        for n in range(min(GAZETTEER_MAX_WORDS, n_tokens - i), 0, -1):
            if covered[i + n] != covered[i] or not all(wordlike[i : i + n]):
                continue
            if any(wordlike[k] and not sent_start[k] for k in (i - 1, i + n) if 0 <= k < n_tokens):
                continue
            if _safe_place(text_of(tt, i, i + n), kb):
                hit = Cand(i, i + n, "name", sent_of.get(i, 0), label="LOC", propagated=True)
                break
        if hit:
            found.append(hit)
            i = hit.end
        else:
            i += 1
    return found


def _safe_place(name: str, kb: KnowledgeBase) -> bool:
    places = [e for e in kb.lookup(name, types=["LOC"], dutch_only=True, same_spelling=True) if e.notable]
    safe = [e for e in places if e.subtype in GAZETTEER_SUBTYPES or (e.subtype == "city" and e.feature is None)]
    if places and not safe and kb.name_types(name) == {"LOC"}:
        # Another place, that the Alpino lists know only as a place; not a village.
        safe = [e for e in places if e.population is None or e.population >= MIN_POPULATION]
    return bool(safe)


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and w not in {"van", "de", "der", "het", "voor", "en"})


class _KeyForms:
    """What the short-form and acronym rules of `_find` can match in one cluster's keys: a
    name matches a key there only through its first content word, its acronym or the key's
    one word. Kept as keys arrive, so that `_find` reads the keys of only the clusters that
    one of these lets through (a name is compared with every cluster before it)."""

    def __init__(self) -> None:
        self.firsts: set[str] = set()  # the first content word of every key
        self.acronyms: set[str] = set()  # the acronym of every key of two or more content words
        self.single_words: set[str] = set()  # the word of every key of one content word

    def add(self, keys: set[str]) -> None:
        for k in keys:
            cw = content_words(k)
            if not cw:
                continue
            self.firsts.add(cw[0])
            if len(cw) >= 2:
                self.acronyms.add(_acronym(cw))
            else:
                self.single_words.add(cw[0])

    def may_match(self, words: list[str], acronym: str | None) -> bool:
        """Whether a key can be a short or long form of `words`, or its acronym or expansion."""
        return (
            words[0] in self.firsts
            or (len(words) == 1 and words[0] in self.acronyms)
            or (acronym is not None and acronym in self.single_words)
        )


def cluster_names(doc: Doc, cands: list[Cand]) -> list[Cluster]:
    """One cluster per entity: equal keys, a surname after a full name (and back), a short
    company name and its longer form, an acronym and its expansion."""
    clusters: list[Cluster] = []
    # Latest first: where a short form fits two entities, the nearer one is meant. Kept in that
    # order as mentions arrive (in text order), rather than sorted again for each name.
    latest: list[Cluster] = []
    forms: dict[int, _KeyForms] = {}  # cluster number -> its keys' forms
    tt = token_table(doc)
    for c in sorted(cands, key=lambda c: c.start):
        written = strip_possessive(text_of(tt, c.start, c.end))
        # The name without the common noun of a compound it opens (`Apple-engineers`,
        # `iPod-gebruikers`: a mention of Apple, of the iPod).
        text = name_of_compound(written)
        keys = set(name_keys(text))
        words = content_words(next(iter(name_keys(text)), ""))
        target = _find(latest, keys, words, c, forms)
        if target is None:
            target = Cluster(idx=len(clusters))
            clusters.append(target)
            forms[target.idx] = _KeyForms()
        else:
            # By identity: `remove` would compare the clusters field by field.
            del latest[next(k for k, cl in enumerate(latest) if cl is target)]
        target.mentions.append(c)
        _place_latest(latest, target, c.start)
        if c.label:
            # A repeated name (or one found by the gazetteer) is no new evidence of its type:
            # it counts only where nothing else does; nor is a compound's (`Intel-processors`
            # is typed as a thing, its name is Intel's).
            weak = c.propagated or text != written
            (target.weak_labels if weak else target.labels)[c.label] += 1
        target.names.append(text)
        target.keys |= keys
        forms[target.idx].add(keys)
        # Kept for every name: whether a surname may join it is decided when one comes
        # (a person's mention, or a cluster with a person's label), so that a full name the
        # recogniser mistyped still takes its surname (`Ingrida Kowalska` ... `Kowalska`).
        target.surnames |= {surname_key(k) for k in keys if len(content_words(k)) > 1 or c.label == "PER"}
    return clusters


def _place_latest(latest: list[Cluster], cluster: Cluster, start: int) -> None:
    """Put the cluster whose latest mention starts at `start` (the latest of all) in front;
    clusters with a mention at the same start stay ordered by their number."""
    i = 0
    while i < len(latest) and latest[i].mentions[-1].start == start and latest[i].idx < cluster.idx:
        i += 1
    latest.insert(i, cluster)


def _find(
    latest: list[Cluster], keys: set[str], words: list[str], c: Cand, forms: dict[int, _KeyForms]
) -> Cluster | None:
    """The cluster the name belongs to; `latest` is ordered by latest mention, latest first."""
    # `isdisjoint`, not `&`: a name is compared with every cluster, and no set need be made.
    for cl in latest:
        if not keys.isdisjoint(cl.keys):
            return cl
    surnames = {surname_key(k) for k in keys}
    for cl in latest:
        personal = c.label == "PER" or cl.labels["PER"] + cl.weak_labels["PER"] > 0
        if not personal:
            continue
        same_surname = not surnames.isdisjoint(cl.surnames)
        if len(words) == 1 and same_surname:
            return cl
        if len(words) > 1 and same_surname and _given_compatible(words, cl):
            return cl
        if len(words) > 1 and any(k in surnames for k in cl.keys):
            return cl  # `Jobs` first, `Steve Jobs` later
    if not words:
        return None  # no short form, long form or acronym of nothing
    plural_of = _s_form_of(latest, c, words)
    if plural_of is not None:
        return plural_of
    acronym = _acronym(words) if len(words) >= 2 else None
    for cl in latest:
        if not forms[cl.idx].may_match(words, acronym):
            continue
        organisation = False
        if c.label == "ORG":
            seen = cl.labels + cl.weak_labels
            organisation = bool(seen) and seen.most_common(1)[0][0] == "ORG"
        for k in cl.keys:
            cw = content_words(k)
            if _is_short_form(words, cw, organisation) or _is_short_form(cw, words, organisation):
                return cl
            if len(words) == 1 and len(cw) >= 2 and words[0] == _acronym(cw):
                return cl
            if len(cw) == 1 and acronym is not None and cw[0] == acronym:
                return cl
    return None


MIN_S_FORM = 4


def _s_form_of(latest: list[Cluster], c: Cand, words: list[str]) -> Cluster | None:
    """`iPhones`, `MacBooks` (a plural) and `Ruttes` (a possessive without apostrophe, as
    Dutch writes it after most names): a one-word name that is another's with `-s` is that
    entity. Not across a person and an organisation (`prins Philip`, `Philips`)."""
    if len(words) != 1 or len(words[0]) < MIN_S_FORM or not words[0].endswith("s"):
        return None
    stem = set(name_keys(words[0][:-1]))
    for cl in latest:
        if stem.isdisjoint(cl.keys):
            continue
        seen = cl.labels + cl.weak_labels
        if {c.label, seen.most_common(1)[0][0] if seen else None} == {"PER", "ORG"}:
            continue
        return cl
    return None


def _given_compatible(words: list[str], cl: Cluster) -> bool:
    given = words[0]
    for k in cl.keys:
        cw = content_words(k)
        if len(cw) < 2:
            continue
        g = cw[0]
        if g == given or (len(given) == 1 and g.startswith(given)) or (len(g) == 1 and given.startswith(g)):
            return True
    return not any(len(content_words(k)) >= 2 for k in cl.keys)


def _is_short_form(short: list[str], long: list[str], organisation: bool) -> bool:
    """`apple` of `apple inc` or `apple computer`: a prefix whose rest is a legal form or a word
    of trade; between organisations also a one-word prefix before one more word (`ahold
    delhaize`), but not a model number."""
    if not short or len(short) >= len(long) or long[: len(short)] != short:
        return False
    rest = long[len(short) :]
    if all(w in LEGAL_FORMS or w in TRADE_WORDS for w in rest):
        return True
    return organisation and len(short) == 1 and len(short[0]) >= 3 and len(rest) == 1 and rest[0].isalpha()


# A noun right before a name says what it names (`het besturingssysteem Lion`, `de stad
# Oslo`, `president Macron`): it weighs as much as two of the recogniser's labels.
DESCRIPTION_VOTE = 2
# A product's form in the name itself (`MacBook Pro`, `Mac OS X`) outweighs the recogniser's
# labels of it and of one more mention (`OS X Tiger` ... `Tiger`, both read as a person).
PRODUCT_FORM_VOTE = 3
# `het in Delft gevestigde TNO`: the participle says where an organisation is based, which is
# never said of a person or a product.
BASED = frozenset({"gevestigde", "gevestigd"})
# Roles held in an organisation rather than a state or a party.
ORGANISATION_ROLES = frozenset({"chief_executive", "founder", "spokesperson"})


def vote_types(doc: Doc, clusters: list[Cluster], kb: KnowledgeBase) -> None:
    """One type per entity: the majority of its mentions' labels and of the nouns written
    right before them; ties go to the KB, then the Alpino name lists, then the first mention.
    A name written right after `gevestigde` (based) is an organisation. A country's or region's
    own name is a place, whatever the recogniser called it (MISC, or ORG as for `het VK`)."""
    from duiding.layers.entities.descriptions import noun_in

    tt = token_table(doc)
    for cl in clusters:
        votes = Counter(cl.labels)
        for m in cl.mentions:
            noun = noun_in(tt, m.start - 1) if m.start > 0 else None
            if noun is not None and noun.end == m.start and not noun.counterpart:
                votes[noun.entity_type] += DESCRIPTION_VOTE
            apposed = _apposition_noun(tt, m.end)
            if apposed is not None:
                votes[apposed] += DESCRIPTION_VOTE
            if _before_organisation_role(tt, m.end):
                votes["ORG"] += DESCRIPTION_VOTE
            if _product_form(tt.lower[m.start : m.end]):
                votes["MISC"] += PRODUCT_FORM_VOTE  # `MacBook Pro`, `de Shuffle`: a product's model
        if not votes:
            votes = Counter(cl.weak_labels)
        if not votes:
            continue
        listed = kb.name_types(cl.name)
        if len(listed) == 1:
            votes[next(iter(listed))] += 1  # the Alpino name lists know the name as one type
        ranked = votes.most_common()
        top = [lab for lab, n in ranked if n == ranked[0][1]]
        if len(top) == 1:
            cl.type = top[0]
        else:
            kb_types = {e.type for e in kb.lookup(cl.name)} & set(top)
            alpino = kb.name_types(cl.name) & set(top)
            first = next((m.label for m in sorted(cl.mentions, key=lambda m: m.start) if m.label in top), None)
            cl.type = (
                next(iter(sorted(kb_types)))
                if len(kb_types) == 1
                else (next(iter(sorted(alpino))) if len(alpino) == 1 else (first or top[0]))
            )
        if cl.type != "ORG" and any(m.start > 0 and tt.lower[m.start - 1] in BASED for m in cl.mentions):
            cl.type = "ORG"  # `het in San Jose gevestigde Cisco`: people live somewhere, organisations are based
        heads = {name_head(n) for n in cl.names}
        if "event" in heads:
            cl.type = "MISC"  # `Worldwide Developers Conference`: an event, not its organiser
        elif "venue" in heads and cl.type in ("MISC", "ORG"):
            cl.type = "LOC"  # `Moscone Center`: a place one goes to
        if cl.type in ("MISC", "ORG") or (cl.type == "PER" and all(_initials_only(n) for n in cl.names)):
            states = kb.lookup(cl.name, types=["LOC"], dutch_only=True, same_spelling=True)
            if any(e.subtype in ("country", "region") for e in states):
                cl.type = "LOC"
    _product_tails(clusters)


def _product_tails(clusters: list[Cluster]) -> None:
    """`Lion` after `Mac OS X Lion`, `Vista` after `Windows Vista`: a one-word name that ends
    a product's longer name is that product's short name, whatever the recogniser called it
    (`Tiger` after `OS X Tiger` reads as a person's name)."""
    tails = {
        fold(n.split()[-1])
        for cl in clusters
        if cl.type == "MISC"
        for n in cl.names
        if len(n.split()) > 1 and not any(w.islower() for w in n.split())  # not `iPod bij Apple`
    }
    for cl in clusters:
        if cl.type in ("ORG", "PER") and cl.names and all(len(n.split()) == 1 and fold(n) in tails for n in cl.names):
            cl.type = "MISC"


# Dutch heads also end compounds (`Wereldkampioenschap`, `Stadsschouwburg`); short English
# ones only stand alone (`Marshall` is no hall).
MIN_COMPOUND_HEAD = 6
MIN_COMPOUND_PREFIX = 3


def name_head(name: str) -> str | None:
    """`event`, `venue` or None: what the last word of a name says it names, a trailing
    number or year aside (`Worldwide Developers Conference 2010`)."""
    words = [w for w in fold(strip_possessive(name)).replace("-", " ").split() if not w[:1].isdigit()]
    if len(words) < 2 and not (words and len(words[0]) > MIN_COMPOUND_HEAD):
        return None  # a one-word name is its own head only as a compound (`Filmfestival`)
    last = words[-1]
    for kind, heads in (("event", EVENT_HEADS), ("venue", VENUE_HEADS)):
        if last in heads and len(words) >= 2:
            return kind
        compound = (h for h in heads if len(h) >= MIN_COMPOUND_HEAD and len(last) - len(h) >= MIN_COMPOUND_PREFIX)
        if any(last.endswith(h) for h in compound):
            return kind
    return None


def is_event_name(name: str) -> bool:
    return name_head(name) == "event"


def _product_form(lower: list[str]) -> bool:
    """`MacBook Pro`, `iPod Classic` (a model word after a name), the model word alone as a
    name (`de Shuffle`, `de Pro`), or a product's word inside a name (`Mac OS X`)."""
    return bool(lower) and (lower[-1] in MODEL_WORDS or (len(lower) > 1 and not PRODUCT_WORDS.isdisjoint(lower)))


def _initials_only(name: str) -> bool:
    """`V. S.`, `V.S.`: capital initials and nothing else. A person is not written so in news (a
    name follows the initials), so such a name that is a country's is the country, whatever the
    recogniser called it."""
    words = name.replace(".", " ").split()
    return len(words) >= 2 and all(len(w) == 1 and w.isupper() for w in words)


def _before_organisation_role(tt: TokenTable, end: int) -> bool:
    """`Apple Computer CEO en medeoprichter Steve Jobs`, `Shell topman Ben van Beurden`: a name
    written right before a role held in an organisation, itself followed by a person's name,
    names that organisation."""
    from duiding.layers.entities.descriptions import noun_in

    n_tokens = len(tt)
    k, roles = end, 0
    while k < n_tokens:
        noun = noun_in(tt, k)
        if noun is None or noun.start != k or noun.counterpart or noun.role_class not in ORGANISATION_ROLES:
            break
        roles += 1
        k = noun.end
        if k + 1 < n_tokens and tt.lower[k] in ("en", ","):
            k += 1  # a second role of the same person
    if not roles or k >= n_tokens or tt.lower[k - 1] in ("en", ","):
        return False  # no role, or the list of roles ran out before a name
    return tt.text[k][:1].isupper() and tt.pos[k] in ("PROPN", "")


def _apposition_noun(tt: TokenTable, end: int) -> str | None:
    """`Ingrida Kowalska, de leider van de oppositie,`: PER where a role noun heads an
    apposition right after a name (`, de` + noun)."""
    from duiding.layers.entities.descriptions import noun_in

    n_tokens = len(tt)
    if end + 2 >= n_tokens or tt.text[end] != "," or tt.lower[end + 1] not in ("de", "het", "een"):
        return None
    k = end + 2
    while k < n_tokens and k < end + 5 and tt.pos[k] == "ADJ":
        k += 1  # `, de Wit-Russische oppositieleider`
    noun = noun_in(tt, k) if k < n_tokens else None
    # Only a person's role: after a comma a class noun as often starts the next item of a
    # list (`Apple Computer, de derde rechtszaak`) as it describes the name.
    return "PER" if noun is not None and not noun.counterpart and noun.entity_type == "PER" else None


def write_back(doc: Doc, clusters: list[Cluster], demonyms: list[Cand] | None = None) -> None:
    """Make `doc.ents` what the layer reads as names: the agreed types, the repeated names,
    without the spans the repairs dropped (`CEO`, `8 GB`); demonyms as MISC, the CoNLL
    scheme's class for them. Spans with labels outside PER/ORG/LOC/MISC are kept."""
    mine = []
    tt = token_table(doc)
    for cl in clusters:
        for m in cl.mentions:
            if m.kind == "name" and m.label is not None:
                # A compound (`Sabena-aandelen`) is Sabena's mention in the entity, but in the
                # recogniser's scheme a word made from a name is MISC: it keeps its label there.
                text = strip_possessive(text_of(tt, m.start, m.end))
                label = m.label if name_of_compound(text) != text else cl.type
                mine.append(Span(doc, m.start, m.end, label=label))
    taken = {i for s in mine for i in range(s.start, s.end)}
    for d in demonyms or []:
        if not any(i in taken for i in range(d.start, d.end)):
            mine.append(Span(doc, d.start, d.end, label="MISC"))
    covered = {i for s in mine for i in range(s.start, s.end)}
    others = [e for e in doc.ents if e.label_ not in TYPES and not any(i in covered for i in range(e.start, e.end))]
    doc.ents = filter_spans(mine + others)


def label_counts(clusters: list[Cluster]) -> Counter[str]:
    return Counter(cl.type for cl in clusters)
