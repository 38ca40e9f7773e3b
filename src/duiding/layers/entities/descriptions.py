"""Demonyms and descriptions: `Wit-Russische` names Belarus; `de Wit-Russische president`
before a name says who that person is; standing alone it refers to the person the article
(or the knowledge base, for the article's date) says holds that office.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from duiding.kb import KBEntity, KnowledgeBase
from duiding.kb.names import fold
from duiding.lang.nl.nominals import CLASS_NOUNS, DEFINITE, MIN_COMPOUND_PREFIX, NOT_DESCRIPTIONS, POSSESSIVE
from duiding.lang.nl.roles import (
    COUNTERPARTS,
    COUNTRY_QUALIFIED,
    FEMININE,
    FEMININE_SUFFIXES,
    ORGANISATION_QUALIFIED,
    ROLE_NOUNS,
    TITLE_NOUNS,
)
from duiding.layers.doctokens import TokenTable, token_table
from duiding.layers.entities.model import Cand, Cluster, RoleEvidence

_ROLES = {fold(k): v for k, v in ROLE_NOUNS.items()}
# What can follow a space in a role of several words (`minister` of `eerste minister`): only
# these words need the word before them looked at.
_ROLE_TAILS = {k[n + 1 :] for k in _ROLES for n, ch in enumerate(k) if ch == " "}
_TITLES = {fold(k) for k in TITLE_NOUNS}
_COUNTERPARTS = {fold(k) for k in COUNTERPARTS}
_CLASS_NOUNS = {fold(k): v for k, v in CLASS_NOUNS.items()}
# Which KB subtypes a place noun can describe (`het land` is a country, `de stad` a city).
SUBTYPES_OF_CLASS_NOUN: dict[str, tuple[str, ...]] = {
    "land": ("country",),
    "staat": ("country",),
    "republiek": ("country",),
    "stad": ("capital", "city"),
    "hoofdstad": ("capital",),
}
_ARTICLES = DEFINITE | POSSESSIVE | {"een"}
_DEFINITE_OR_POSSESSIVE = DEFINITE | POSSESSIVE
_ADJ_POS = {"ADJ", "NUM"}


@dataclass
class Noun:
    """A role or class noun found at tokens `start..end` (`eerste minister` takes two)."""

    start: int
    end: int
    noun: str
    role_class: str | None
    entity_type: str  # PER for roles, ORG/LOC for class nouns
    counterpart: bool = False
    base: str = ""  # the listed noun a compound ends in (`fabrikant` of `computerfabrikant`)


# The nouns a compound can end in, as tuples for `str.endswith`, which tries them all in one
# call; its `start` leaves the compound's first part long enough (`fabrikant` of
# `computerfabrikant`, not of a word that is only `fabrikant` with a letter before it).
_PERSON_HEADS = (*_ROLES, *_TITLES)
_CLASS_HEADS = tuple(_CLASS_NOUNS)  # in the listed order, which breaks ties


def _is_person_compound(word: str) -> bool:
    """Whether the word is a compound of a role or title: `oud-president`, `topadviseur`."""
    return word.endswith(_PERSON_HEADS, MIN_COMPOUND_PREFIX)


def _compound_class(word: str) -> str | None:
    """The class noun a compound ends in (`bouwbedrijf` -> `bedrijf`), the first listed where several fit."""
    if not word.endswith(_CLASS_HEADS, MIN_COMPOUND_PREFIX):
        return None  # most words: no need to find which
    return next(n for n in _CLASS_HEADS if word.endswith(n, MIN_COMPOUND_PREFIX))


def noun_at(doc: Doc, i: int) -> Noun | None:
    """The role or class noun that ends at token `i`, if any."""
    return noun_in(token_table(doc), i)


def noun_in(tt: TokenTable, i: int) -> Noun | None:
    """`noun_at` on the Doc's token table (for the loops over every token)."""
    text = tt.text[i]
    if "-" not in text and not tt.tokens[i].is_alpha:
        return None
    word, found = _word_reading(text)
    if word is None:
        return None
    if i > 0 and word in _ROLE_TAILS:
        two = fold(tt.text[i - 1]) + " " + word
        if two in _ROLES:
            return Noun(i - 1, i + 1, two, _ROLES[two], "PER")
    return None if found is None else Noun(i, i + 1, *found)


def _possible_nouns(tt: TokenTable) -> list[int]:
    """The tokens where `noun_in` may find a noun, by their words alone (most tokens are none)."""
    out = []
    for i, text in enumerate(tt.text):
        word, found = _word_reading(text)
        if word is not None and (found is not None or word in _ROLE_TAILS):
            out.append(i)
    return out


@lru_cache(maxsize=65536)
def _word_reading(text: str) -> tuple[str | None, tuple[str, str | None, str, bool, str] | None]:
    """The folded word (None where it is never a description) and what `_noun_of` finds in it,
    kept per word: `noun_in` asks about every token of every article, and the same words come
    back in every article."""
    word = fold(text)
    if word in NOT_DESCRIPTIONS:
        return None, None
    return word, _noun_of(text, word)


def _noun_of(text: str, word: str) -> tuple[str, str | None, str, bool, str] | None:
    """The one-word part of `noun_at` (noun, role class, entity type, counterpart, base); kept
    per word by `_word_reading`."""
    if word in _ROLES:
        return word, _ROLES[word], "PER", False, ""
    if word in _COUNTERPARTS:
        return word, None, "PER", True, ""
    if word in _TITLES:
        return word, None, "PER", False, ""
    if word in _CLASS_NOUNS:
        return word, None, _CLASS_NOUNS[word], False, word
    if text[:1].isupper() and word.upper() != text:
        return None  # a capitalised compound is a name, not a description
    if _is_person_compound(word):
        return word, None, "PER", False, ""
    base = _compound_class(word)
    if base:
        return word, None, _CLASS_NOUNS[base], False, base
    return None


def _untagged_adjective(tt: TokenTable, j: int) -> bool:
    """Without tags, a lower-case word in `-e` reads as an adjective (`de nieuwe president`)."""
    t = tt.tokens[j]
    return t.is_lower and t.is_alpha and t.text.endswith("e") and tt.lower[j] not in _ARTICLES


def feminine(noun: str) -> bool:
    return noun in FEMININE or noun.endswith(FEMININE_SUFFIXES)


class Describer:
    """Finds demonyms and descriptions in one Doc, given its name clusters."""

    def __init__(self, doc: Doc, kb: KnowledgeBase, sent_of: dict[int, int], clusters: list[Cluster]) -> None:
        self.doc = doc
        self.tt = token_table(doc)
        self.tagged = doc.has_annotation("POS")
        self.kb = kb
        self.sent_of = sent_of
        self.clusters = clusters
        self.owner: dict[int, Cluster] = {}  # token -> cluster of the name mention there
        for cl in clusters:
            for m in cl.mentions:
                for k in range(m.start, m.end):
                    self.owner[k] = cl
        self.demonyms: dict[int, KBEntity] = {}
        self.used: set[int] = set()  # tokens already part of a description

    # --- demonyms --------------------------------------------------------------------

    def find_demonyms(self) -> list[tuple[Cand, KBEntity]]:
        out = []
        tt = self.tt
        for i, text in enumerate(tt.text):
            if i in self.owner or not text[:1].isupper() or not ("-" in text or tt.tokens[i].is_alpha):
                continue
            if self.tagged and tt.pos[i] not in {"ADJ", "PROPN", "NOUN", "X"}:
                continue
            country = self.kb.country_by_demonym(text, sentence_start=bool(tt.tokens[i].is_sent_start))
            if country is not None:
                self.demonyms[i] = country
                out.append((Cand(i, i + 1, "demonym", self.sent_of.get(i, 0), label="LOC"), country))
        return out

    def is_demonym_name(self, c: Cand) -> tuple[Cand, KBEntity] | None:
        """A name mention that is only a demonym (`Wit-Russische` tagged MISC by the backbone),
        perhaps with the article that opens the sentence (`De Wit-Russische` tagged ORG):
        the demonym's mention and its country."""
        start = c.start
        tokens = self.tt.tokens
        if c.end - start == 2 and self.tt.lower[start] in _ARTICLES and tokens[start].is_sent_start:
            start += 1
        if c.end - start != 1:
            return None
        t = tokens[start]
        country = self.kb.country_by_demonym(t.text, sentence_start=bool(t.is_sent_start))
        if country is None:
            return None
        return Cand(start, c.end, "demonym", c.sent, label="LOC"), country

    # --- the words before a noun -------------------------------------------------------

    def _qualifiers(self, noun: Noun) -> tuple[int, str | None, Cluster | None]:
        """Walk left from a noun over adjectives, demonyms and a qualifying name to its
        determiner: (first token of the description, country, qualifying organisation)."""
        tt = self.tt
        j = noun.start - 1
        country: str | None = None
        org: Cluster | None = None
        steps = 0
        tagged = self.tagged
        while j >= 0 and steps < 4:
            if j in self.demonyms:
                country = country or self.demonyms[j].country
            elif j in self.owner and self.owner[j].type in ("ORG", "LOC") and noun.entity_type == "PER":
                cl = self.owner[j]
                if cl.type == "LOC" and cl.kb is not None and cl.kb.subtype == "country":
                    country = country or cl.kb.country
                elif cl.type == "ORG":
                    org = cl
                j = min(m.start for m in cl.mentions if m.start <= j < m.end)
            elif (tagged and tt.pos[j] in _ADJ_POS) or (not tagged and _untagged_adjective(tt, j)):
                pass
            else:
                break
            j -= 1
            steps += 1
        start = j if j >= 0 and tt.lower[j] in _ARTICLES else j + 1
        return start, country, org

    def _after(self, noun: Noun) -> tuple[str | None, Cluster | None]:
        """`van Rusland` / `van Apple` right after the noun: its country or organisation."""
        tt = self.tt
        k = noun.end
        if k + 1 < len(tt) and tt.lower[k] == "van" and (k + 1) in self.owner:
            cl = self.owner[k + 1]
            if cl.type == "LOC" and cl.kb is not None and cl.kb.subtype == "country":
                return cl.kb.country, None
            if cl.type == "ORG":
                return None, cl
        return None, None

    def _evidence(self, noun: Noun, country: str | None, org: Cluster | None) -> RoleEvidence:
        cls = noun.role_class
        if noun.noun in COUNTRY_QUALIFIED:
            cls = COUNTRY_QUALIFIED[noun.noun] if country else (ORGANISATION_QUALIFIED[noun.noun] if org else None)
        return RoleEvidence(noun.noun, cls, country, feminine(noun.noun))

    # --- appositions -------------------------------------------------------------------

    def appositions(self) -> list[tuple[Cluster, Cand]]:
        """Titles right before a name (`de Franse president Emmanuel Macron`) and
        appositions right after one (`Macron, de Franse president,`)."""
        out = []
        for cl in self.clusters:
            for m in list(cl.mentions):
                if m.kind != "name":
                    continue
                found = self._before(cl, m) or self._behind(cl, m)
                if found:
                    out.append((cl, found))
        return out

    def _before(self, cl: Cluster, m: Cand) -> Cand | None:
        if m.start == 0 or (m.start - 1) in self.owner:
            return None
        noun = noun_in(self.tt, m.start - 1)
        if noun is None or noun.counterpart or noun.entity_type != cl.type:
            return None
        start, country, org = self._qualifiers(noun)
        if noun.entity_type == "PER":
            ev = self._evidence(noun, country, org)
            cl.roles.append(ev)
            if ev.feminine:
                cl.gender = "f"
        self.used.update(range(start, noun.end))
        return Cand(start, noun.end, "nominal", self.sent_of.get(start, 0))

    def _behind(self, cl: Cluster, m: Cand) -> Cand | None:
        tt = self.tt
        k = m.end
        if k >= len(tt) or tt.text[k] != ",":
            return None
        for i in range(k + 1, min(k + 6, len(tt))):
            if tt.text[i] in {",", ".", ";", ":"} or i in self.owner:
                break
            noun = noun_in(tt, i)
            if noun is None or noun.entity_type != cl.type or noun.counterpart:
                continue
            start, country, org = self._qualifiers(noun)
            if start != k + 1:
                return None
            after_country, after_org = self._after(noun)
            if noun.entity_type == "PER":
                ev = self._evidence(noun, country or after_country, org or after_org)
                cl.roles.append(ev)
                if ev.feminine:
                    cl.gender = "f"
            self.used.update(range(start, noun.end))
            return Cand(start, noun.end, "nominal", self.sent_of.get(start, 0))
        return None

    # --- standing descriptions ---------------------------------------------------------

    def descriptions(self, days: list[dt.date]) -> list[tuple[Cluster | KBEntity, Cand]]:
        """Definite descriptions that stand alone (`De Russische president kondigde aan`),
        each with the entity it refers to: a cluster of the article, or a KB entity."""
        out: list[tuple[Cluster | KBEntity, Cand]] = []
        tt = self.tt
        lower = tt.lower
        for i in _possible_nouns(tt):
            if i in self.used or i in self.owner:
                continue
            noun = noun_in(tt, i)
            if noun is None or noun.end != i + 1:
                continue
            if noun.end < len(tt) and noun.end in self.owner:
                continue  # a title before a name is an apposition, handled there
            start, country, org = self._qualifiers(noun)
            if start >= noun.start or lower[start] not in _DEFINITE_OR_POSSESSIVE:
                continue
            after_country, after_org = self._after(noun)
            country = country or after_country
            org = org or after_org
            cand = Cand(start, noun.end, "nominal", self.sent_of.get(start, 0))
            target: Cluster | KBEntity | None
            if noun.entity_type != "PER":
                unknown = self._unknown_origin(start, noun.start)
                target = None if unknown else self._class_referent(noun, cand, country)
            elif noun.counterpart:
                target = self._counterpart(country, cand) if lower[start] in POSSESSIVE else None
            elif lower[start] in POSSESSIVE:
                target = None
            else:
                target = self._role_referent(self._evidence(noun, country, org), cand, days)
            if target is not None:
                self.used.update(range(start, noun.end))
                out.append((target, cand))
        return out

    def _role_referent(self, ev: RoleEvidence, cand: Cand, dates: list[dt.date]) -> Cluster | KBEntity | None:
        def fits(r: RoleEvidence) -> bool:
            same = r.noun == ev.noun or (ev.role_class is not None and r.role_class == ev.role_class)
            return same and (ev.country is None or r.country == ev.country)

        people = [cl for cl in self.clusters if cl.type == "PER"]
        by_article = [cl for cl in people if any(fits(r) for r in cl.roles)]
        if len(by_article) == 1:
            return by_article[0]
        if by_article:
            return None
        if ev.role_class is None or ev.country is None:
            return None
        by_kb = [
            cl
            for cl in people
            if cl.kb is not None
            and any(
                r.role_class == ev.role_class and r.country == ev.country
                for d in dates
                for r, _s in self.kb.roles_at(cl.kb.id, d)
            )
        ]
        if len(by_kb) == 1:
            return by_kb[0]
        if by_kb or not dates:
            return None
        # Nobody in the article: the KB's holder, but only where the KB covers the date.
        held = {e.id: e for d in dates for e, _r, s in self.kb.holders(ev.role_class, ev.country, d) if s == "held"}
        return next(iter(held.values())) if len(held) == 1 else None

    def _counterpart(self, country: str | None, cand: Cand) -> Cluster | None:
        """`zijn Wit-Russische ambtgenoot`: the one person of that country the article gives a role."""
        if country is None:
            return None
        found = [
            cl
            for cl in self.clusters
            if cl.type == "PER" and (cl.country == country or any(r.country == country for r in cl.roles))
        ]
        return found[0] if len(found) == 1 else None

    def _unknown_origin(self, start: int, end: int) -> bool:
        """A capitalised adjective that names no known country (`de Palestijnse staat`): the
        description is of a place or body the article need not have named, so it is left unlinked
        rather than given to whichever entity of its class the article named last."""
        tt = self.tt
        return any(
            tt.text[j][:1].isupper() and j not in self.demonyms and (not self.tagged or tt.pos[j] in _ADJ_POS)
            for j in range(start + 1, end)
        )

    def _class_referent(self, noun: Noun, cand: Cand, country: str | None = None) -> Cluster | None:
        """`het bedrijf`: of the entities of that type named in the last three sentences, the one
        the article has named most so far (the topic), the latest of equals. A country adjective
        (`de Spaanse regering`) keeps to entities of that country, or of none known."""
        best: tuple[int, int, Cluster] | None = None
        for cl in self.clusters:
            if cl.type != noun.entity_type:
                continue
            if country is not None and cl.country is not None and cl.country != country:
                continue  # cl.country is settled by linking, which runs before descriptions
            wanted = SUBTYPES_OF_CLASS_NOUN.get(noun.base) if noun.entity_type == "LOC" else None
            if wanted is not None and (cl.kb is None or cl.kb.subtype not in wanted):
                continue
            named = [m for m in cl.mentions if m.kind == "name" and m.end <= cand.start]
            recent = [m for m in named if cand.sent - m.sent <= 2]
            if not recent:
                continue
            rank = (len(named), max(m.start for m in recent))
            if best is None or rank > best[:2]:
                best = (*rank, cl)
        return best[2] if best else None
