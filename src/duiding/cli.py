"""The `duiding` command line: a thin layer over the functions of the Python API.

Exit codes: 0 all went well; 1 some inputs were bad and skipped (the rest was
done); 2 nothing could be done (bad input or usage). Errors are one line each,
naming the problem and the fix, on standard error; never a traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console

from duiding import __version__
from duiding.errors import InputError
from duiding.records import Article

app = typer.Typer(
    name="duiding",
    help="Read dated Dutch news articles and turn them into a record of what they report.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(
    help="Score duiding against gold data and write predictions in the gold format.", no_args_is_help=True
)
app.add_typer(eval_app, name="eval")

OK, PARTIAL, FAILED = 0, 1, 2
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

BackboneOpt = Annotated[
    str, typer.Option("--backbone", help="auto (the trained model if installed), duiding, blank, or frog")
]


def _error(err: InputError) -> None:
    err_console.print(f"duiding: error: {err.line()}", markup=False)


def _fail(err: InputError) -> typer.Exit:
    _error(err)
    return typer.Exit(FAILED)


def _articles(paths: list[str], max_bytes: int, bad: list[InputError]) -> Iterator[Article]:
    from duiding.readers import read

    for path in paths:
        for item in read(path, max_bytes=max_bytes):
            if isinstance(item, InputError):
                _error(item)
                bad.append(item)
            else:
                yield item


def _load(backbone: str, layers: bool = True) -> Any:
    from duiding.pipeline import load

    try:
        return load(backbone, layers=layers)  # type: ignore[arg-type]
    except InputError as err:
        raise _fail(err) from None


@app.command()
def version() -> None:
    """Print duiding's version and the model it uses."""
    from duiding.pipeline import MODEL_DIR, model_available

    model = "none (blank pipeline)"
    if model_available():
        meta = json.loads((MODEL_DIR / "meta.json").read_text())
        model = f"{meta['name']} {meta['version']}"
    typer.echo(f"duiding {__version__}, model {model}")


@app.command()
def analyse(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, JSONL corpora, or - for standard input")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the duiding.reading/1 JSON")] = False,
    backbone: BackboneOpt = "auto",
    max_bytes: Annotated[int, typer.Option(help="Largest accepted article, in bytes")] = 5_000_000,
) -> None:
    """Read articles and print what they report: a readable view, or JSON (--json).

    One article gives one JSON object; a directory, a JSONL corpus or several paths
    give JSON Lines, one reading per article, in input order.
    """
    from duiding.pipeline import analyse as analyse_article

    bad: list[InputError] = []
    nlp = None
    count = 0
    many = len(paths) > 1 or any(Path(p).is_dir() or p.endswith((".jsonl", ".ndjson")) for p in paths)
    console = Console(highlight=False)
    for article in _articles(paths, max_bytes, bad):
        nlp = nlp or _load(backbone)
        try:
            reading = analyse_article(article, nlp)
        except Exception as exc:
            err = InputError(
                f"analysis failed ({type(exc).__name__}: {exc})",
                "report this article to the duiding developers; the other articles were analysed",
                article.origin,
            )
            _error(err)
            bad.append(err)
            continue
        count += 1
        if as_json:
            sys.stdout.write(json.dumps(reading.to_json(), ensure_ascii=False, indent=None if many else 1) + "\n")
        else:
            from duiding.view import render

            render(reading, console)
    _finish(count, bad, "article")


def _finish(done: int, bad: list[InputError], what: str) -> None:
    if bad and done:
        err_console.print(f"duiding: {done} {what}(s) done, {len(bad)} input(s) skipped (listed above)", markup=False)
        raise typer.Exit(PARTIAL)
    if bad or not done:
        if not bad:
            _error(InputError("no articles found", "check the path"))
        raise typer.Exit(FAILED)


@app.command()
def bench(
    paths: Annotated[list[str], typer.Argument(help="Articles to process (files, directories, JSONL)")],
    compare: Annotated[Optional[str], typer.Option(help="Also run this tool on the same input: frog")] = None,  # noqa: UP045
    backbone: BackboneOpt = "auto",
    layers: Annotated[bool, typer.Option(help="Run the layer components too (off: the backbone alone)")] = True,
    max_bytes: int = 5_000_000,
) -> None:
    """Measure words/s, articles/s and peak memory on one core, side by side with Frog (--compare frog)."""
    from duiding.bench import run_bench

    if compare not in (None, "frog"):
        raise _fail(InputError(f"cannot compare with {compare!r}", "use --compare frog"))
    bad: list[InputError] = []
    articles = list(_articles(paths, max_bytes, bad))
    if not articles:
        _finish(0, bad, "article")
    result = run_bench(articles, backbone=backbone, layers=layers, compare=compare)
    typer.echo(json.dumps(result, indent=1))


def _print_report(report: Any, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(report.to_json(), indent=1, ensure_ascii=False))
        return
    from rich.table import Table

    console = Console(highlight=False)
    console.print(f"[bold]{report.task}[/bold] on {report.gold}")
    for name, rows in report.tables.items():
        cols = sorted(
            {k for r in rows.values() for k in r},
            key=["precision", "recall", "f1", "accuracy", "gold", "predicted", "n"].index,
        )
        t = Table(title=name)
        t.add_column("")
        for c in cols:
            t.add_column(c, justify="right")
        for label, r in rows.items():
            t.add_row(label, *(str(r.get(c, "")) for c in cols))
        console.print(t)
    for note in report.notes:
        console.print(f"note: {note}")


GoldArg = Annotated[Path, typer.Argument(help="Gold file or directory")]
PredOpt = Annotated[Path, typer.Option("--predictions", help="Where to write the predictions (gold format)")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the scores as JSON")]


def _evaluate(task: str, gold: Path, out: Path, backbone: str, as_json: bool) -> None:
    from duiding.evaluation import meantime, ner, quotes, times, ud

    runners = {"ner": ner, "ud": ud, "meantime": meantime, "times": times, "quotes": quotes}
    if not gold.exists():
        raise _fail(InputError("no such gold file or directory", "check the path", str(gold)))
    try:
        report = runners[task].evaluate(_load(backbone), gold, out)  # type: ignore[attr-defined]
    except InputError as err:
        raise _fail(err) from None
    _print_report(report, as_json)


@eval_app.command("ner")
def eval_ner(
    gold: GoldArg,
    predictions: PredOpt,
    backbone: BackboneOpt = "auto",
    as_json: JsonOpt = False,
    score_only: Annotated[bool, typer.Option(help="Score an existing predictions file; run nothing")] = False,
) -> None:
    """NER on CoNLL-2002 (`token POS tag`); writes the lines with the predicted tag appended."""
    if score_only:
        from duiding.evaluation.ner import score_file

        _print_report(score_file(predictions, str(gold)), as_json)
        return
    _evaluate("ner", gold, predictions, backbone, as_json)


@eval_app.command("ud")
def eval_ud(gold: GoldArg, predictions: PredOpt, backbone: BackboneOpt = "auto", as_json: JsonOpt = False) -> None:
    """UPOS, XPOS, features, lemma, UAS and LAS on a UD CoNLL-U file, parsing its gold tokenisation."""
    _evaluate("ud", gold, predictions, backbone, as_json)


@eval_app.command("meantime")
def eval_meantime(
    gold: GoldArg, predictions: PredOpt, backbone: BackboneOpt = "auto", as_json: JsonOpt = False
) -> None:
    """NE mentions, event mentions and factuality on MEANTIME-nl (CLIN26 layout: ne/, factuality/)."""
    _evaluate("meantime", gold, predictions, backbone, as_json)


@eval_app.command("times")
def eval_times(gold: GoldArg, predictions: PredOpt, backbone: BackboneOpt = "auto", as_json: JsonOpt = False) -> None:
    """Time expressions and quantities on duiding's own gold set (JSON Lines)."""
    _evaluate("times", gold, predictions, backbone, as_json)


@eval_app.command("quotes")
def eval_quotes(gold: GoldArg, predictions: PredOpt, backbone: BackboneOpt = "auto", as_json: JsonOpt = False) -> None:
    """Quotes, speakers and kinds on duiding's own news gold set (JSON Lines)."""
    _evaluate("quotes", gold, predictions, backbone, as_json)


@eval_app.command("segmentation")
def eval_segmentation(gold: GoldArg, backbone: BackboneOpt = "auto", as_json: JsonOpt = False) -> None:
    """Token and sentence-boundary F1 on UD CoNLL-U paragraphs rebuilt from their `# text` lines."""
    from duiding.evaluation import segmentation

    if not gold.exists():
        raise _fail(InputError("no such gold file", "check the path", str(gold)))
    _print_report(segmentation.evaluate(_load(backbone, layers=False), gold), as_json)


@eval_app.command("floors")
def eval_floors(
    data: Annotated[Optional[Path], typer.Option(help="The shared data directory (default ../shared/data)")] = None,  # noqa: UP045
) -> None:
    """Check every floor in floors.toml; exit 1 if a score fell below its floor."""
    from duiding.evaluation.floors import check, default_data_dir, load_floors

    outcomes = check(load_floors(), data or default_data_dir())
    for o in outcomes:
        f = o.floor
        status = "skip" if o.value is None else ("ok  " if o.ok else "FAIL")
        shown = o.reason if o.value is None else f"{o.value:.2f} (floor {f.min:.2f})"
        typer.echo(f"{status} {f.task:<12} {f.metric:<32} {shown}  [{f.gold}]")
    if not all(o.ok for o in outcomes):
        raise typer.Exit(PARTIAL)


def main() -> None:
    app()


import duiding.kb.commands
import duiding.store.commands
import duiding.layers.quotes.commands  # noqa: E402,F401
import duiding.evaluation.event_commands  # noqa: E402,F401
