"""`duiding eval events GOLD --predictions OUT`: the events layer on duiding's own PLOVER gold set."""

from __future__ import annotations

from duiding.cli import BackboneOpt, GoldArg, JsonOpt, PredOpt, _fail, _load, _print_report, eval_app
from duiding.errors import InputError


@eval_app.command("events")
def eval_events(gold: GoldArg, predictions: PredOpt, backbone: BackboneOpt = "auto", as_json: JsonOpt = False) -> None:
    """Event types, modes, actors, targets, places and factuality on duiding's PLOVER gold set (JSON Lines)."""
    from duiding.evaluation import events

    if not gold.exists():
        raise _fail(InputError("no such gold file", "check the path", str(gold)))
    try:
        report = events.evaluate(_load(backbone), gold, predictions)
    except InputError as err:
        raise _fail(err) from None
    _print_report(report, as_json)
