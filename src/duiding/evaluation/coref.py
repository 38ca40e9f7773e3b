"""Within-document coreference scores: MUC, B³ and BLANC, for predicted mentions.

The definitions follow the CoNLL reference scorer as Pradhan et al. (2014) state them for
predicted (not gold) mentions: a mention the response lacks is a singleton of its own in MUC's
partitions, B³ sums over each side's own mentions, and BLANC (Luo et al. 2014) compares the
coreference links and the non-coreference links of key and response. Counts are summed over
documents before the ratios are taken (micro average), as the reference scorer does.

Mentions are any hashable values (here: a document name and a frozenset of gold token ids).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

Chain = frozenset[Hashable]


@dataclass
class Ratio:
    """Recall and precision as summed numerators and denominators."""

    r_num: float = 0.0
    r_den: float = 0.0
    p_num: float = 0.0
    p_den: float = 0.0

    @property
    def recall(self) -> float:
        return 100.0 * self.r_num / self.r_den if self.r_den else 0.0

    @property
    def precision(self) -> float:
        return 100.0 * self.p_num / self.p_den if self.p_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Ratio) -> None:
        self.r_num += other.r_num
        self.r_den += other.r_den
        self.p_num += other.p_num
        self.p_den += other.p_den

    def to_json(self) -> dict[str, float]:
        return {"recall": round(self.recall, 2), "precision": round(self.precision, 2), "f1": round(self.f1, 2)}


def _index(chains: Sequence[Chain]) -> dict[Hashable, int]:
    return {m: i for i, c in enumerate(chains) for m in c}


def _muc_side(key: Sequence[Chain], response: Sequence[Chain]) -> tuple[float, float]:
    where = _index(response)
    num = den = 0.0
    for k in key:
        parts = {where.get(m, ("alone", m)) for m in k}
        num += len(k) - len(parts)
        den += len(k) - 1
    return num, den


def muc(key: Sequence[Chain], response: Sequence[Chain]) -> Ratio:
    rn, rd = _muc_side(key, response)
    pn, pd = _muc_side(response, key)
    return Ratio(rn, rd, pn, pd)


def _b3_side(key: Sequence[Chain], response: Sequence[Chain]) -> tuple[float, float]:
    where = _index(response)
    num = 0.0
    den = 0.0
    for k in key:
        overlap: dict[int, int] = {}
        for m in k:
            if m in where:
                overlap[where[m]] = overlap.get(where[m], 0) + 1
        num += sum(n * n for n in overlap.values()) / len(k)
        den += len(k)
    return num, den


def b_cubed(key: Sequence[Chain], response: Sequence[Chain]) -> Ratio:
    rn, rd = _b3_side(key, response)
    pn, pd = _b3_side(response, key)
    return Ratio(rn, rd, pn, pd)


def _links(chains: Sequence[Chain]) -> tuple[set[frozenset[Hashable]], set[frozenset[Hashable]]]:
    """Coreference links (pairs in one chain) and non-coreference links (pairs across chains)."""
    coref: set[frozenset[Hashable]] = set()
    for c in chains:
        coref |= {frozenset(p) for p in combinations(sorted(c, key=repr), 2)}
    mentions = sorted({m for c in chains for m in c}, key=repr)
    where = _index(chains)
    non = {frozenset((a, b)) for a, b in combinations(mentions, 2) if where[a] != where[b]}
    return coref, non


@dataclass
class Blanc:
    coref: Ratio
    non: Ratio

    @property
    def f1(self) -> float:
        return (self.coref.f1 + self.non.f1) / 2

    def add(self, other: Blanc) -> None:
        self.coref.add(other.coref)
        self.non.add(other.non)

    def to_json(self) -> dict[str, float | dict[str, float]]:
        return {"f1": round(self.f1, 2), "coref": self.coref.to_json(), "non_coref": self.non.to_json()}


def blanc(key: Sequence[Chain], response: Sequence[Chain]) -> Blanc:
    ck, nk = _links(key)
    cr, nr = _links(response)
    return Blanc(
        Ratio(len(ck & cr), len(ck), len(ck & cr), len(cr)),
        Ratio(len(nk & nr), len(nk), len(nk & nr), len(nr)),
    )


@dataclass
class CorefScores:
    muc: Ratio
    b3: Ratio
    blanc: Blanc

    @classmethod
    def empty(cls) -> CorefScores:
        return cls(Ratio(), Ratio(), Blanc(Ratio(), Ratio()))

    def add_document(self, key: Sequence[Chain], response: Sequence[Chain]) -> None:
        self.muc.add(muc(key, response))
        self.b3.add(b_cubed(key, response))
        self.blanc.add(blanc(key, response))

    def to_json(self) -> dict[str, object]:
        return {"muc": self.muc.to_json(), "b3": self.b3.to_json(), "blanc": self.blanc.to_json()}


def chains_from_labels(items: Iterable[tuple[Hashable, Hashable]]) -> list[Chain]:
    """(mention, chain label) pairs -> chains, in first-seen order."""
    groups: dict[Hashable, list[Hashable]] = {}
    for mention, label in items:
        groups.setdefault(label, []).append(mention)
    return [frozenset(ms) for ms in groups.values()]
