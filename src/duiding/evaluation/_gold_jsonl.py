"""duiding's own gold sets (times, quantities, quotes) are JSON Lines, one short text per line.

Spans are given by their text, and by `occurrence` (1-based) when the text
occurs more than once, so that the gold stays easy to write and review by hand;
`start`/`end` may be given instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from duiding.errors import InputError


@dataclass
class GoldRecord:
    id: str
    text: str
    published: str | None
    layers: dict[str, list[dict[str, Any]]]


def gold_lines(path: Path, what: str = "a gold JSON Lines file") -> Iterator[tuple[int, str, dict[str, Any], str]]:
    """(line number, `path:line`, record, its text) for each record line; `//` lines are comments."""
    if not path.exists():
        raise InputError("no such gold file", f"give the path of {what}", str(path))
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        where = f"{path}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"broken JSON: {exc.msg}", "repair the gold line", where) from None
        text = rec.get("text")
        if not isinstance(text, str):
            raise InputError("the gold record has no 'text'", "add the sentence or passage as 'text'", where)
        yield n, where, rec, text


def read_gold(path: Path, layers: tuple[str, ...]) -> Iterator[GoldRecord]:
    for n, where, rec, text in gold_lines(path):
        out: dict[str, list[dict[str, Any]]] = {}
        for layer in layers:
            items = []
            for item in rec.get(layer, []):
                item = dict(item)
                item["start"], item["end"] = locate(text, item, where)
                items.append(item)
            out[layer] = items
        yield GoldRecord(str(rec.get("id", n)), text, rec.get("published"), out)


def locate(text: str, item: dict[str, Any], where: str) -> tuple[int, int]:
    if "start" in item and "end" in item:
        return int(item["start"]), int(item["end"])
    needle = item.get("text")
    if not needle:
        raise InputError("a gold span has neither text nor start/end", "give the span's text", where)
    pos = -1
    for _ in range(int(item.get("occurrence", 1))):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise InputError(f"gold span {needle!r} is not in the text", "fix the span or its occurrence", where)
    return pos, pos + len(needle)
