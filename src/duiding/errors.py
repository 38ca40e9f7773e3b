"""One error shape for the whole project: what went wrong, and how to fix it.

The CLI prints it as one line, the HTTP API returns it as JSON, and a batch
records it per input and goes on.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class InputError(Exception):
    """Bad input: names the problem and the fix. Never shown as a traceback."""

    problem: str
    fix: str
    source: str | None = None

    def __post_init__(self) -> None:
        super().__init__(self.line())

    def line(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.problem}. Fix: {self.fix}."

    def at(self, source: str) -> InputError:
        """The same error, located at `source` (a path, or a path and line)."""
        return InputError(self.problem, self.fix, source)

    def to_json(self) -> dict[str, str | None]:
        return {"error": self.problem, "fix": self.fix, "source": self.source}
