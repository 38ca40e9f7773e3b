"""An event trigger found in the text, before its arguments are read."""

from __future__ import annotations

from dataclasses import dataclass, field

from duiding.layers.events.lexicon import Sense


@dataclass
class Candidate:
    head: int  # token index of the trigger word (the lexical verb, or the event noun)
    kind: str  # verb, noun, adj or copula
    lemma: str
    senses: tuple[Sense, ...] = ()
    parts: list[int] = field(default_factory=list)  # particle, idiom words, light verb
    support: int | None = None  # the light verb that lends a nominal trigger its subject
    recipient_support: bool = False  # the light verb's subject is the target (`kregen toegang`)
    sense: Sense | None = None  # the sense whose conditions hold

    @property
    def tokens(self) -> list[int]:
        return sorted({self.head, *self.parts})
