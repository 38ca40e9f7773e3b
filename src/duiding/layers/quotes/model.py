"""The layer's working record of one quote, before it becomes a `duiding.records.Quote`."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
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


class Covered:
    """Character spans already claimed by a quote, asked "is this offset inside one?" for every
    token of a long article: found by bisection, not by a scan of every span."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans: list[tuple[int, int]] = sorted(spans)
        self._longest = max((b - a for a, b in self._spans), default=0)

    def add(self, span: tuple[int, int]) -> None:
        bisect.insort(self._spans, span)
        self._longest = max(self._longest, span[1] - span[0])

    def copy(self) -> Covered:
        return Covered(self._spans)

    def holds(self, offset: int) -> bool:
        lo = bisect.bisect_left(self._spans, (offset - self._longest, offset - self._longest))
        hi = bisect.bisect_right(self._spans, (offset, offset + self._longest + 1))
        return any(a <= offset < b for a, b in self._spans[lo:hi])
