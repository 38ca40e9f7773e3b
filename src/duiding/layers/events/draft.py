"""An event being assembled: the trigger, its reading, and where each role came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from duiding.layers.events.arguments import Argument, Roles
from duiding.layers.events.candidates import Candidate
from duiding.records import Factuality, Time


@dataclass
class Draft:
    id: str
    cand: Candidate
    type: str
    mode: str | None
    sentence: int
    roles: Roles
    factuality: Factuality
    time: Time | None = None
    date: dict[str, Any] | None = None
    quantities: list[str] = field(default_factory=list)
    source: str | None = None
    definite: bool = False  # a definite noun (`het gesprek`): it may refer back to an earlier mention
    same_as: str | None = None
    inherited: list[str] = field(default_factory=list)
    place_note: str | None = None

    @property
    def actor_entities(self) -> set[str]:
        return {a.entity for a in self.roles.actors if a.entity}

    def role(self, name: str) -> list[Argument]:
        return list(getattr(self.roles, name))
