"""How the pages show PLOVER event types: a colour each, cooperation in greens and blues,
conflict in oranges and reds, so the network reads at a glance. Every colour keeps a contrast
of at least 4.5:1 on white, as text needs (the type names are written in them)."""

from __future__ import annotations

# (type, colour, group), in PLOVER's order from cooperation to conflict.
TYPES: tuple[tuple[str, str, str], ...] = (
    ("AGREE", "#1b7837", "verbal cooperation"),
    ("CONSULT", "#2166ac", "verbal cooperation"),
    ("SUPPORT", "#43801d", "verbal cooperation"),
    ("CONCEDE", "#2c7e78", "material cooperation"),
    ("COOPERATE", "#01665e", "material cooperation"),
    ("AID", "#5e3c99", "material cooperation"),
    ("RETREAT", "#36789f", "material cooperation"),
    ("REQUEST", "#8c6d1f", "verbal conflict"),
    ("ACCUSE", "#b85242", "verbal conflict"),
    ("REJECT", "#b35806", "verbal conflict"),
    ("THREATEN", "#c51b7d", "verbal conflict"),
    ("PROTEST", "#ad5d08", "material conflict"),
    ("SANCTION", "#8e0152", "material conflict"),
    ("MOBILIZE", "#a6611a", "material conflict"),
    ("COERCE", "#b2182b", "material conflict"),
    ("ASSAULT", "#67001f", "material conflict"),
)
OTHER = ("OTHER", "#666666", "not a PLOVER type")
COLOURS: dict[str, str] = {t: c for t, c, _ in (*TYPES, OTHER)}


def colour(event_type: str | None) -> str:
    return COLOURS.get(event_type or "", OTHER[1])


def legend(used: set[str] | None = None) -> list[dict[str, str]]:
    """The legend: every type, or only the types `used`."""
    return [{"type": t, "colour": c, "group": g} for t, c, g in (*TYPES, OTHER) if used is None or t in used]
