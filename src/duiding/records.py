"""The record types of a reading: plain, typed, no I/O.

Every span-like record carries character offsets into `Article.text`, the
index of its sentence, and the provenance (component and version) that made
it. `Reading.to_json()` gives the `duiding.reading/1` contract of DESIGN.md.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from duiding.dates import PartialDate

SCHEMA = "duiding.reading/1"

BlockKind = Literal["title", "lede", "paragraph", "intertitle"]
EntityType = Literal["PER", "ORG", "LOC", "MISC"]
MentionKind = Literal["name", "nominal", "pronoun", "demonym"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["direct", "indirect", "belief", "attribution"]


@dataclass(frozen=True, slots=True)
class Block:
    """A layout unit of the article text: the lede, a paragraph or an intertitle."""

    start: int
    end: int
    kind: BlockKind


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from its source, before any analysis."""

    id: str
    text: str
    title: str | None = None
    lede: str | None = None
    published: PartialDate | None = None
    source: str | None = None
    url: str | None = None
    language: str = "nl"
    blocks: tuple[Block, ...] = ()
    origin: str | None = None  # where it was read from: a path, or path:line

    @property
    def content_hash(self) -> str:
        """Identity of the content: the same article read twice hashes the same."""
        h = hashlib.sha256()
        for part in (self.title or "", self.published.value if self.published else "", self.text):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "title": self.title,
            "lede": self.lede,
            "language": self.language,
            "source": self.source,
            "url": self.url,
            "published": self.published.to_json() if self.published else None,
        }


@dataclass(frozen=True, slots=True)
class Provenance:
    """Which component, at which version, made a record."""

    component: str
    version: str


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    kind: BlockKind = "paragraph"
    paragraph: int = 0


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    sentence: int
    kind: MentionKind = "name"


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: EntityType
    mentions: list[Mention]
    provenance: Provenance
    kb_id: str | None = None
    country: str | None = None
    role: str | None = None


@dataclass(slots=True)
class Time:
    id: str
    start: int
    end: int
    text: str
    sentence: int
    type: TimeType
    value: str | None
    provenance: Provenance
    mod: str | None = None
    precision: str | None = None
    certain: bool = True
    candidates: list[str] | None = None
    note: str | None = None  # why the value is missing or doubtful, e.g. "impossible date: 31 februari"


@dataclass(slots=True)
class Quantity:
    id: str
    start: int
    end: int
    text: str
    sentence: int
    value: float | int | None
    provenance: Provenance
    unit: str | None = None
    mod: str | None = None
    counts: str | None = None
    source: str | None = None  # id of the quote, belief or attribution the quantity is claimed in
    upper: float | int | None = None  # the upper end of a range (`tussen 10 en 20`: value 10, upper 20)
    ordinal: bool = False  # `vijfde`: a position in a series, not an amount


@dataclass(slots=True)
class Quote:
    id: str
    start: int
    end: int
    text: str
    sentence: int
    kind: QuoteKind
    provenance: Provenance
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None  # the cue as written: `schreef`, `kondigde aan`, `volgens`
    channel: str | None = None
    addressee: str | None = None
    cue_lemma: str | None = None  # the cue's dictionary form: `schrijven`, `aankondigen`
    addressee_text: str | None = None  # the addressee as written (also when no entity)
    time: str | None = None  # id of the time (doc._.times) the statement was made
    parts: list[list[int]] | None = None  # a direct quote's quoted [start, end] stretches, not the attribution between


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Factuality:
    certainty: Literal["CERTAIN", "PROBABLE", "POSSIBLE", "UNDERSPECIFIED"] = "CERTAIN"
    polarity: Literal["POS", "NEG"] = "POS"
    modality: str | None = None  # the cue that weakens it, as written: `wil`, `kan`, `dreigt`, `van plan`
    future: bool = False  # the event lies ahead (`zal`, `gaat`, a later date)


@dataclass(frozen=True, slots=True)
class TextArgument:
    """An event argument that is no entity (`de politie`, `312 betogers`): its text and offsets."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Event:
    id: str
    type: str
    trigger: Trigger
    sentence: int
    provenance: Provenance
    mode: str | None = None
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    time: str | None = None
    date: dict[str, Any] | None = None
    quantities: list[str] = field(default_factory=list)
    factuality: Factuality = field(default_factory=Factuality)
    source: str | None = None
    trigger_parts: list[Trigger] = field(default_factory=list)  # `aan` of `kondigde ... aan`, `de straat op`
    actor_texts: list[TextArgument] = field(default_factory=list)  # actors that are no entity
    target_texts: list[TextArgument] = field(default_factory=list)  # targets that are no entity
    place_note: str | None = None  # set when the place is inferred, not written with the event
    same_as: str | None = None  # the first mention of the same event (`het gesprek` -> `zijn onderhoud`)
    inherited: list[str] = field(default_factory=list)  # roles filled from `same_as` mentions, not this sentence


@dataclass(slots=True)
class Reading:
    """Everything duiding read in one article."""

    article: Article
    sentences: list[Sentence]
    entities: list[Entity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    published_inferred: dict[str, Any] | None = None
    pipeline: dict[str, str] = field(default_factory=dict)  # component -> version

    def to_json(self) -> dict[str, Any]:
        article = self.article.to_json()
        article["published_inferred"] = self.published_inferred
        return {
            "schema": SCHEMA,
            "article": article,
            "pipeline": dict(self.pipeline),
            "sentences": [asdict(s) for s in self.sentences],
            "entities": [asdict(e) for e in self.entities],
            "times": [asdict(t) for t in self.times],
            "quantities": [asdict(q) for q in self.quantities],
            "quotes": [asdict(q) for q in self.quotes],
            "events": [asdict(e) for e in self.events],
        }
