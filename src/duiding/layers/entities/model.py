"""The working objects of the entity layer: mention candidates and the clusters they form."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from duiding.kb import KBEntity
from duiding.records import MentionKind

TYPES: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")


@dataclass
class Cand:
    """A mention: tokens `start..end` of the Doc, of one kind, in one reading sentence."""

    start: int
    end: int
    kind: MentionKind
    sent: int
    label: str | None = None  # the backbone's NER label, for names
    propagated: bool = False  # found by repeating a name the backbone found elsewhere


@dataclass
class RoleEvidence:
    """What the article itself says someone is: `de Wit-Russische president` before a name."""

    noun: str  # folded role noun as written (`president`, `oppositiekandidate`)
    role_class: str | None  # head_of_state, ... or None where the noun names no class
    country: str | None  # ISO 3166 alpha-2 from a demonym or `van <land>`
    feminine: bool = False


@dataclass
class Cluster:
    """Mentions that the layer takes to be one entity."""

    idx: int
    mentions: list[Cand] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)  # the recogniser's labels
    weak_labels: Counter[str] = field(default_factory=Counter)  # of repeated or gazetteer names
    names: list[str] = field(default_factory=list)  # name texts, possessive stripped
    keys: set[str] = field(default_factory=set)  # romanisation keys of the names
    surnames: set[str] = field(default_factory=set)
    type: str = "MISC"
    kb: KBEntity | None = None
    kb_score: float = 0.0
    country: str | None = None
    roles: list[RoleEvidence] = field(default_factory=list)
    kb_role: str | None = None  # a role class the KB gives for the article's date
    gender: str | None = None  # m, f or None

    @property
    def name(self) -> str:
        """The fullest name the article uses (the longest; the first of equals)."""
        if not self.names:
            return self.kb.name if self.kb else ""
        names = self.names
        # The first of equals by position: a repeated name's later places rank below its first.
        best = max(range(len(names)), key=lambda k: (len(names[k].split()), len(names[k]), -k))
        return names[best]

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions) if self.mentions else 1 << 30

    def role(self) -> str | None:
        """The role the article gives (its class where known), else the KB's for the date."""
        for r in self.roles:
            if r.role_class:
                return r.role_class
        for r in self.roles:
            return r.noun
        return self.kb_role
