"""`duiding eval openboek`: quotes and speakers on OpenBoek's literary dev (or test) split."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from duiding.cli import BackboneOpt, JsonOpt, PredOpt, _fail, _load, _print_report, eval_app
from duiding.errors import InputError


@eval_app.command("openboek")
def eval_openboek(
    data: Annotated[Path, typer.Argument(help="The OpenBoek directory (with quotes/ and coref/)")],
    predictions: PredOpt,
    split: Annotated[str, typer.Option(help="dev (the default), test or all; the split is by book")] = "dev",
    backbone: BackboneOpt = "auto",
    as_json: JsonOpt = False,
) -> None:
    """Direct-quote extent F1 and speaker accuracy on OpenBoek (fixed split by book, see the docs)."""
    from duiding.evaluation import openboek

    try:
        report = openboek.evaluate(_load(backbone), data, predictions, split)
    except InputError as err:
        raise _fail(err) from None
    _print_report(report, as_json)
