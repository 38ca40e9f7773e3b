"""Checks shared by the tests of every layer."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema


@lru_cache(maxsize=1)
def reading_schema() -> dict[str, Any]:
    return json.loads((resources.files("duiding") / "schema" / "reading-1.schema.json").read_text())


def spans_of(reading: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every object in a reading that claims a text span, with the layer it belongs to."""
    out: list[tuple[str, dict[str, Any]]] = []
    for layer in ("times", "quantities", "quotes"):
        out += [(layer, item) for item in reading[layer]]
    for ent in reading["entities"]:
        out += [("entities", m) for m in ent["mentions"]]
    out += [("events", ev["trigger"]) for ev in reading["events"]]
    return out


def assert_valid_reading(reading: dict[str, Any]) -> None:
    """The reading validates against the schema and every span's text is the article's text there."""
    jsonschema.validate(reading, reading_schema())
    text = reading["article"]["text"]
    n_sent = len(reading["sentences"])
    for layer, span in spans_of(reading):
        assert 0 <= span["start"] < span["end"] <= len(text), (layer, span)
        assert text[span["start"] : span["end"]] == span["text"], (layer, span)
        if "sentence" in span:
            assert 0 <= span["sentence"] < n_sent, (layer, span)
    last_end = -1
    for i, s in enumerate(reading["sentences"]):
        assert s["index"] == i
        assert last_end <= s["start"] < s["end"] <= len(text)
        assert not text[s["start"]].isspace() and not text[s["end"] - 1].isspace()
        last_end = s["end"]


def times_and_quantities_alone():  # type: ignore[no-untyped-def]
    """The blank backbone with only the times and quantities layers: their rules, tested alone."""
    import duiding.layers  # noqa: F401  (registers the layer components)
    from duiding.pipeline import load

    nlp = load.__wrapped__("blank", layers=False)  # a fresh pipeline, not the shared cached one
    nlp.add_pipe("duiding_times")
    nlp.add_pipe("duiding_quantities")
    return nlp
