"""The layer's working record of one quote, before it becomes a `duiding.records.Quote`."""

from __future__ import annotations

from dataclasses import dataclass, field

from duiding.layers.quotes.cues import Cue
from duiding.records import QuoteKind

Span = tuple[int, int]


@dataclass
class Found:
    kind: QuoteKind
    parts: list[tuple[int, int]]  # character spans of the quoted content, in text order
    cue: Cue | None = None
    cue_text: str | None = None  # a cue that is no verb: `volgens`, `naar verluidt`, `aldus`
    speaker: Span | None = None  # token span of the speaker's noun phrase
    speaker_from_context: bool = False  # the speaker was taken from an earlier sentence
    addressee: Span | None = None
    channel: Span | None = None
    frame: list[Span] = field(default_factory=list)  # token spans of the reporting clause, outside the content

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]
