"""Linking an article's entities to the knowledge base, constrained by type and context.

A person is linked when the name matches across romanisations and the article agrees with
the KB: the country its description gives, or the office it gives at the article's date.
A full name that matches all but exactly needs no context; a fuzzy or partial match does.
Places link on their exact key, the most prominent first; organisations where the key is
unambiguous.
"""

from __future__ import annotations

import datetime as dt

from duiding.kb import KBEntity, KnowledgeBase, Match
from duiding.kb.names import content_words, name_keys
from duiding.lang.nl.roles import COUNTRY_QUALIFIED
from duiding.layers.entities.model import Cluster

SUBTYPE_RANK = {"country": 0, "region": 1, "capital": 2, "city": 3, "place": 4, "organisation": 5, "person": 6}

# Scores (0..100, see `duiding.kb.person_similarity`) a person match needs, by the context
# that supports it. Tuned on the yardstick and the test corpus; see tests/kb.
FULL_NAME_ALONE = 99.5  # an exact key match: `Michail Chodorkovski` / `Mikhail Khodorkovsky`
WITH_ONE_SUPPORT = 84.0
WITH_TWO_SUPPORTS = 78.0
AMBIGUITY_MARGIN = 2.0


def link_all(
    clusters: list[Cluster], kb: KnowledgeBase, days: list[dt.date], containers: dict[int, list[Cluster]] | None = None
) -> None:
    """`containers`: cluster index -> the places written right after its mentions
    (`San Jose, Californië`), which a link must agree with."""
    places = [cl for cl in clusters if cl.type == "LOC"]
    for cl in places:
        _link_place(cl, kb, set())
    countries = {cl.kb.country for cl in places if cl.kb is not None and cl.kb.country}
    for cl in places:
        if cl.kb is None or cl.kb.subtype not in ("country", "region"):
            _link_place(cl, kb, countries)
    for cl in places:
        outer = (containers or {}).get(cl.idx, [])
        # `San Jose, Californië`: the place lies in what follows; a link elsewhere is wrong,
        # and where the KB does not know what follows, the link cannot be checked.
        inside = cl.kb is not None and cl.kb.subtype not in ("country", "region") and outer
        if inside and not any(o.kb is not None and cl.kb is not None and o.kb.country == cl.kb.country for o in outer):
            cl.kb, cl.kb_score = None, 0.0
    for cl in clusters:
        if cl.type == "PER":
            _link_person(cl, kb, days)
        elif cl.type == "ORG":
            _link_organisation(cl, kb, countries)
    for cl in clusters:
        _settle_country_and_role(cl, kb, days)


def _link_place(cl: Cluster, kb: KnowledgeBase, countries: set[str]) -> None:
    found: list[KBEntity] = []
    for name in sorted(set(cl.names), key=len, reverse=True):
        found = [e for e in kb.lookup(name, types=["LOC"]) if e.notable]
        if found:
            break
    if not found:
        return
    found.sort(
        key=lambda e: (
            SUBTYPE_RANK.get(e.subtype, 9),
            e.country not in countries,
            -(e.population or 0),
            e.id,
        )
    )
    cl.kb, cl.kb_score = found[0], 100.0


def _link_organisation(cl: Cluster, kb: KnowledgeBase, countries: set[str]) -> None:
    for name in sorted(set(cl.names), key=len, reverse=True):
        found = kb.lookup(name, types=["ORG"])
        if len(found) > 1:
            found = [e for e in found if e.country in countries] or found
        if len(found) == 1:
            cl.kb, cl.kb_score = found[0], 100.0
            return
        # A country acting as an organisation (`Rusland reageerde`) is still that country.
        states = [e for e in kb.lookup(name, types=["LOC"]) if e.subtype in ("country", "region")]
        if len(states) == 1:
            cl.kb, cl.kb_score = states[0], 100.0
            return


def _support(cl: Cluster, m: Match, kb: KnowledgeBase, days: list[dt.date]) -> int:
    """How many independent things the article says that the KB entry agrees with."""
    n = 0
    countries = {r.country for r in cl.roles if r.country}
    if countries and m.entity.country in countries:
        n += 1
    classes = {r.role_class for r in cl.roles if r.role_class}
    nouns = {r.noun for r in cl.roles}
    if classes or nouns:
        for d in days:
            held = kb.roles_at(m.entity.id, d)
            if any(
                (r.role_class in classes or any(COUNTRY_QUALIFIED.get(x) == r.role_class for x in nouns))
                and (not countries or r.country in countries)
                for r, _ in held
            ):
                n += 1
                break
    return n


def _link_person(cl: Cluster, kb: KnowledgeBase, days: list[dt.date]) -> None:
    name = cl.name
    countries = {r.country for r in cl.roles if r.country}
    country = next(iter(countries)) if len(countries) == 1 else None
    matches = kb.search_person(name, country=country, cutoff=WITH_TWO_SUPPORTS, limit=8)
    if not matches:
        return
    full = len(content_words(name_keys(name)[0])) >= 2 if name_keys(name) else False
    accepted: list[tuple[float, int, Match]] = []
    for m in matches:
        support = _support(cl, m, kb, days)
        ok = (
            (m.score >= FULL_NAME_ALONE and (full or support >= 1))
            or (m.score >= WITH_ONE_SUPPORT and support >= 1)
            or (m.score >= WITH_TWO_SUPPORTS and support >= 2)
        )
        if ok:
            accepted.append((m.score, support, m))
    if not accepted:
        return
    accepted.sort(key=lambda x: (-x[1], -x[0], x[2].entity.id))
    best = accepted[0]
    rivals = [a for a in accepted[1:] if a[2].entity.id != best[2].entity.id and a[1] == best[1]]
    if any(best[0] - a[0] < AMBIGUITY_MARGIN for a in rivals):
        return  # two KB people fit as well: say nothing rather than guess
    cl.kb, cl.kb_score = best[2].entity, best[0]


def _settle_country_and_role(cl: Cluster, kb: KnowledgeBase, days: list[dt.date]) -> None:
    """Country: the article's own evidence first, then the KB. A role noun that needs a
    country (`president Macron`) gets its class once the KB gives the country."""
    article = [r.country for r in cl.roles if r.country]
    if cl.kb is not None and cl.kb.subtype in ("country", "region"):
        cl.country = cl.kb.country
    else:
        cl.country = article[0] if article else (cl.kb.country if cl.kb is not None else None)
    for r in cl.roles:
        if r.role_class is None and r.noun in COUNTRY_QUALIFIED and cl.country and cl.type == "PER":
            r.role_class, r.country = COUNTRY_QUALIFIED[r.noun], r.country or cl.country
    if cl.kb is not None and cl.type == "PER":
        for d in days:
            held = [r for r, s in kb.roles_at(cl.kb.id, d) if s == "held" and r.role_class]
            if held:
                cl.kb_role = held[0].role_class
                break
