"""Corpus-level identities for actors the knowledge base does not know (NIL clusters).

Within one article the entity layer clusters `Svetlana Aleksijevitsj` and `Aleksijevitsj`.
Across articles an actor the KB lacks needs an identity too, so that the store can follow
her over time, also when another article writes `Svetlana Alexievich`. A `Resolver`
gives every unlinked entity such an identity (`nil:` and 12 hex digits), reusing one that an
earlier article created when the names match across romanisations (the same keys and
similarity as KB linking) and the type and country agree.

The resolver keeps no state of its own: identities live in a `NilStore`. `MemoryNilStore`
keeps them in memory (tests, one batch). The store (`duiding.store`) persists them by
implementing the same four methods on its own tables, for example

    nil_identity(id TEXT PRIMARY KEY, type TEXT, name TEXT, country TEXT, first_article TEXT)
    nil_key(key TEXT, id TEXT)        -- every romanisation key of every name seen
    nil_block(block TEXT, id TEXT)    -- `Resolver.blocks()` of those names, for `candidates`

and calls, for each reading it ingests, in article order:

    mapping = Resolver(store).assign(reading.entities, article_id)

which sets `kb_id = "nil:..."` on the entities that had no KB link and returns
{entity id: nil id}. Assigning in article (publication) order makes the ids reproducible:
an identity's id derives from the type and key of the name it was first seen with.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Protocol

from rapidfuzz import fuzz, process

from duiding.kb import _given_similarity, person_similarity
from duiding.kb.names import content_words, key_similarity, name_keys, skeleton, strip_possessive, surname_key
from duiding.records import Entity

# Thresholds (0..100) for reusing an identity; below them a new one is made.
PERSON_THRESHOLD = 85.0  # full names across romanisations: `Aleksijevitsj` / `Alexievich`
SURNAME_THRESHOLD = 90.0  # a bare surname against an identity's full name
OTHER_THRESHOLD = 92.0  # organisations, places, other names
# Two full names whose given names agree less than this are two people, however alike the
# surnames (`Irina` / `Joeri Bondarenko`: 67); romanisations of one given name score 85 and up.
GIVEN_FLOOR = 75.0


@dataclass(frozen=True)
class NilIdentity:
    id: str
    type: str
    name: str  # the fullest name seen
    keys: frozenset[str]  # romanisation keys of every name seen
    country: str | None = None
    first_article: str | None = None
    names: tuple[str, ...] = field(default=())


class NilStore(Protocol):
    """Where NIL identities live. `candidates` may return more than match; never fewer."""

    def candidates(self, type_: str, blocks: set[str]) -> Iterable[NilIdentity]: ...

    def get(self, identity_id: str) -> NilIdentity | None: ...

    def add(self, identity: NilIdentity) -> None: ...

    def update(self, identity: NilIdentity) -> None: ...


class MemoryNilStore:
    """NIL identities in memory, indexed by type and block."""

    def __init__(self) -> None:
        self._by_id: dict[str, NilIdentity] = {}
        self._blocks: dict[tuple[str, str], list[str]] = defaultdict(list)

    def candidates(self, type_: str, blocks: set[str]) -> list[NilIdentity]:
        ids: dict[str, None] = {}
        for b in sorted(blocks):
            for i in self._blocks.get((type_, b), []):
                ids[i] = None
        return [self._by_id[i] for i in ids]

    def get(self, identity_id: str) -> NilIdentity | None:
        return self._by_id.get(identity_id)

    def add(self, identity: NilIdentity) -> None:
        self._by_id[identity.id] = identity
        self._index(identity)

    def update(self, identity: NilIdentity) -> None:
        self._by_id[identity.id] = identity
        self._index(identity)

    def _index(self, identity: NilIdentity) -> None:
        for b in Resolver.blocks_of_keys(identity.keys):
            ids = self._blocks[(identity.type, b)]
            if identity.id not in ids:
                ids.append(identity.id)

    def __len__(self) -> int:
        return len(self._by_id)


# Below this many candidates scoring them all is as quick as ruling some out first.
PREFILTER_FROM = 32


def _surnames_may_reach(
    query_keys: Iterable[str], identities: list[NilIdentity], threshold: float
) -> list[NilIdentity]:
    """The identities whose surnames are alike enough for a person score of `threshold`, the
    others ruled out at once: a person score is at most 0.65 × the surnames' similarity + 35
    (`person_similarity`), and that similarity at most the better ratio of their letters and of
    their consonant skeletons (`word_similarity`), which rapidfuzz checks over all of them in C.
    A block of a large corpus holds thousands of people; scoring each in Python would not scale."""
    if len(identities) < PREFILTER_FROM:
        return identities
    need = (threshold - 35.0) / 0.65 - 0.01
    surnames: list[str] = []
    owners: list[int] = []
    for n, ident in enumerate(identities):
        for s in sorted({surname_key(k) for k in ident.keys}):
            surnames.append(s)
            owners.append(n)
    skeletons = [skeleton(s) for s in surnames]
    keep: set[int] = set()
    for q in {surname_key(k) for k in query_keys}:
        for query, choices in ((q, surnames), (skeleton(q), skeletons)):
            for _, _, j in process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=need, limit=None):
                keep.add(owners[j])
    return [identities[n] for n in sorted(keep)]


def _person_score(query_key: str, key: str) -> float:
    q, k = content_words(query_key), content_words(key)
    if len(q) >= 2 and len(k) >= 2 and _given_similarity(q[:-1], k[:-1]) < GIVEN_FLOOR:
        return 0.0
    return person_similarity(query_key, key)


class Resolver:
    """Finds or makes the corpus-level identity of a name the KB does not know."""

    def __init__(self, store: NilStore) -> None:
        self.store = store

    @staticmethod
    def blocks_of_keys(keys: Iterable[str]) -> set[str]:
        """Coarse buckets a name is filed under: the first letter of each key's surname.
        Names that should meet share one (`tikhanovskaia` / `tsikhanuskaia`: `t`)."""
        return {surname_key(k)[:1] for k in keys if surname_key(k)}

    @staticmethod
    def blocks(name: str) -> set[str]:
        return Resolver.blocks_of_keys(name_keys(strip_possessive(name)))

    def score(self, name: str, type_: str, identity: NilIdentity) -> float:
        keys = name_keys(strip_possessive(name))
        if type_ == "PER":
            targets: Iterable[str] = identity.keys
            if any(len(content_words(q)) >= 2 for q in keys):
                # A full name is compared with the identity's full names where it has any: once
                # `Bondarenko` alone joined `Aleksandr Bondarenko`, `Irina Bondarenko` must not
                # join him through the bare surname.
                targets = [k for k in identity.keys if len(content_words(k)) >= 2] or identity.keys
            return max((_person_score(q, k) for q in keys for k in targets), default=0.0)
        return max((key_similarity(q, k) for q in keys for k in identity.keys), default=0.0)

    def find(self, name: str, type_: str, country: str | None = None) -> NilIdentity | None:
        keys = name_keys(strip_possessive(name))
        if not keys:
            return None
        full = len(content_words(keys[0])) >= 2
        threshold = (PERSON_THRESHOLD if full else SURNAME_THRESHOLD) if type_ == "PER" else OTHER_THRESHOLD
        best: tuple[float, str, NilIdentity] | None = None
        candidates = [
            ident
            for ident in self.store.candidates(type_, self.blocks(name))
            if not (country and ident.country and country != ident.country)
        ]
        if type_ == "PER":
            candidates = _surnames_may_reach(keys, candidates, threshold)
        for ident in candidates:
            s = self.score(name, type_, ident)
            if s >= threshold and (best is None or (s, ident.id) > (best[0], best[1])):
                best = (s, ident.id, ident)
        return best[2] if best else None

    def resolve(self, name: str, type_: str, *, country: str | None = None, article: str | None = None) -> NilIdentity:
        """The identity for this name: an earlier one that matches, updated, or a new one."""
        clean = strip_possessive(name)
        keys = frozenset(name_keys(clean))
        found = self.find(clean, type_, country)
        if found is not None:
            fuller = clean if len(clean.split()) > len(found.name.split()) else found.name
            updated = replace(
                found,
                name=fuller,
                keys=found.keys | keys,
                country=found.country or country,
                names=found.names + ((clean,) if clean not in found.names else ()),
            )
            self.store.update(updated)
            return updated
        ident = NilIdentity(
            id=self._new_id(type_, clean, country),
            type=type_,
            name=clean,
            keys=keys,
            country=country,
            first_article=article,
            names=(clean,),
        )
        self.store.add(ident)
        return ident

    def _new_id(self, type_: str, name: str, country: str | None) -> str:
        base = f"{type_}:{name_keys(name)[0] if name_keys(name) else name}"
        for salt in ("", f":{country or ''}", *(f":{n}" for n in range(1, 1000))):
            nid = "nil:" + hashlib.sha1((base + salt).encode("utf-8")).hexdigest()[:12]
            if self.store.get(nid) is None:
                return nid
        raise RuntimeError("no free NIL id")  # pragma: no cover - a thousand equal names

    def assign(self, entities: list[Entity], article: str | None = None) -> dict[str, str]:
        """Give each entity without a KB link its corpus identity (sets `kb_id`); returns
        {entity id: nil id}. Entities known only by description or pronoun get none."""
        out: dict[str, str] = {}
        for ent in entities:
            if ent.kb_id is not None or not any(m.kind == "name" for m in ent.mentions):
                continue
            ident = self.resolve(ent.name, ent.type, country=ent.country, article=article)
            ent.kb_id = ident.id
            out[ent.id] = ident.id
        return out
