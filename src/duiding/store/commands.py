"""CLI commands of the store: ingest, reanalyse, the corpus questions, exports, and serve.

Each is a thin layer over a plain function (`duiding.store.ingest`, `duiding.store.queries`,
`duiding.store.export`, `duiding.api.create_app`); the questions print JSON.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from duiding.cli import FAILED, OK, PARTIAL, _error, _fail, app
from duiding.errors import InputError
from duiding.store import DB_ENV, DEFAULT_DB, Store, open_store

DbOpt = Annotated[
    str, typer.Option("--db", envvar=DB_ENV, help=f"SQLite file or postgresql:// URL (default {DEFAULT_DB})")
]
WorkersOpt = Annotated[int, typer.Option("--workers", "-w", min=0, help="Analysing processes (0: in this process)")]
BackboneOpt = Annotated[str, typer.Option("--backbone", help="auto (the trained model if installed), duiding, blank")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the run's report as JSON on standard output")]
ProgressOpt = Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar")]
DateFromOpt = Annotated[Optional[str], typer.Option("--from", help="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD")]  # noqa: UP045
DateToOpt = Annotated[Optional[str], typer.Option("--to", help="Latest date, inclusive")]  # noqa: UP045
EntityOpt = Annotated[Optional[str], typer.Option("--entity", help="A name, an alias as written, or a KB id")]  # noqa: UP045
EntityTypeOpt = Annotated[Optional[str], typer.Option("--entity-type", help="PER, ORG, LOC or MISC")]  # noqa: UP045
EventTypeOpt = Annotated[Optional[str], typer.Option("--event-type", help="A PLOVER event type, or OTHER")]  # noqa: UP045
SourceOpt = Annotated[Optional[str], typer.Option("--source", help="The newspaper or source")]  # noqa: UP045
LanguageOpt = Annotated[Optional[str], typer.Option("--language", help="Language code, e.g. nl")]  # noqa: UP045
LimitOpt = Annotated[int, typer.Option("--limit", min=1, max=500, help="Items per page")]
OffsetOpt = Annotated[int, typer.Option("--offset", min=0, help="Items to skip")]


def _open(db: str, *, read_only: bool = False) -> Store:
    try:
        return open_store(db, read_only=read_only)
    except InputError as err:
        raise _fail(err) from None


def _print(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def _ask(db: str, question: Any, *args: Any, **kwargs: Any) -> None:
    store = _open(db, read_only=True)
    try:
        _print(question(store, *args, **kwargs))
    except InputError as err:
        raise _fail(err) from None
    finally:
        store.close()


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or JSONL corpora to store")],
    db: DbOpt = DEFAULT_DB,
    workers: WorkersOpt = 1,
    backbone: BackboneOpt = "auto",
    max_bytes: Annotated[int, typer.Option(help="Largest accepted article, in bytes")] = 5_000_000,
    as_json: JsonOpt = False,
    progress: ProgressOpt = True,
) -> None:
    """Analyse articles in parallel and store their readings; a rerun skips what is stored.

    The same article twice is stored once (by content hash); a changed article becomes a new
    version. Bad files go to the summary and the store's error table, and the batch goes on.
    """
    from duiding.store.ingest import ingest as run

    store = _open(db)
    try:
        report = run(
            paths, store, workers=workers, backbone=backbone, max_bytes=max_bytes, progress=progress, on_error=_error
        )
    except InputError as err:
        raise _fail(err) from None
    finally:
        store.close()
    _report(report, as_json)


def _report(report: Any, as_json: bool) -> None:
    from duiding.cli import err_console

    err_console.print(f"duiding: {report.summary()}", markup=False)
    if as_json:
        _print(report.to_json())
    if report.bad:
        raise typer.Exit(PARTIAL if report.analysed or report.already_stored else FAILED)
    if not report.found:
        _error(InputError("no articles found", "check the paths"))
        raise typer.Exit(FAILED)
    raise typer.Exit(OK)


@app.command()
def reanalyse(
    db: DbOpt = DEFAULT_DB,
    workers: WorkersOpt = 1,
    backbone: BackboneOpt = "auto",
    everything: Annotated[bool, typer.Option("--all", help="Also articles the current pipeline analysed")] = False,
    as_json: JsonOpt = False,
    progress: ProgressOpt = True,
) -> None:
    """Analyse the stored articles again with the current model; every record keeps its model version."""
    from duiding.store.ingest import reanalyse as run

    store = _open(db)
    try:
        report = run(
            store, workers=workers, backbone=backbone, everything=everything, progress=progress, on_error=_error
        )
    finally:
        store.close()
    _report(report, as_json)


@app.command()
def search(
    q: Annotated[Optional[str], typer.Argument(help='Words, "a phrase", OR, -excluded (Dutch stemming)')] = None,  # noqa: UP045
    db: DbOpt = DEFAULT_DB,
    entity: EntityOpt = None,
    entity_type: EntityTypeOpt = None,
    event_type: EventTypeOpt = None,
    date_from: DateFromOpt = None,
    date_to: DateToOpt = None,
    source: SourceOpt = None,
    language: LanguageOpt = None,
    limit: LimitOpt = 20,
    offset: OffsetOpt = 0,
) -> None:
    """Full-text search over the stored articles, with facets (JSON)."""
    from duiding.store import queries as Q

    filters = Q.Filters(entity, entity_type, event_type, date_from, date_to, source, language)
    _ask(db, Q.search, q, filters, limit=limit, offset=offset)


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="A name, an alias as written, or a KB id")], db: DbOpt = DEFAULT_DB
) -> None:
    """An entity's profile: names as written, mentions over time, roles, co-actors, quotes by and about it."""
    from duiding.store import queries as Q

    _ask(db, Q.entity_profile, name)


@app.command()
def entities(
    q: Annotated[Optional[str], typer.Argument(help="Part of a name")] = None,  # noqa: UP045
    db: DbOpt = DEFAULT_DB,
    entity_type: EntityTypeOpt = None,
    limit: LimitOpt = 50,
    offset: OffsetOpt = 0,
) -> None:
    """The entities of the corpus, by the number of articles that mention them (JSON)."""
    from duiding.store import queries as Q

    _ask(db, Q.entities, q, entity_type=entity_type, limit=limit, offset=offset)


@app.command()
def timeline(
    q: Annotated[Optional[str], typer.Argument(help="A search the events' articles must match")] = None,  # noqa: UP045
    db: DbOpt = DEFAULT_DB,
    entity: Annotated[Optional[list[str]], typer.Option("--entity", help="An entity; twice for a pair")] = None,  # noqa: UP045
    event_type: EventTypeOpt = None,
    date_from: DateFromOpt = None,
    date_to: DateToOpt = None,
    source: SourceOpt = None,
    limit: LimitOpt = 100,
    offset: OffsetOpt = 0,
) -> None:
    """Events in date order, for an entity (--entity), a pair (--entity twice) or a search."""
    from duiding.store import queries as Q

    filters = Q.Filters(None, None, event_type, date_from, date_to, source, None)
    _ask(db, Q.timeline, entities=entity or [], q=q, filters=filters, limit=limit, offset=offset)


@app.command()
def network(
    db: DbOpt = DEFAULT_DB,
    date_from: DateFromOpt = None,
    date_to: DateToOpt = None,
    event_type: EventTypeOpt = None,
    entity: EntityOpt = None,
    q: Annotated[Optional[str], typer.Option("--search", help="Only events in articles matching this")] = None,  # noqa: UP045
    min_weight: Annotated[int, typer.Option(min=1, help="Leave out edges with fewer events")] = 1,
) -> None:
    """The actor network for a date range: edges typed by PLOVER event type, weighted (JSON)."""
    from duiding.store import queries as Q

    filters = Q.Filters(entity, None, event_type, date_from, date_to, None, None)
    _ask(db, Q.network, filters, q=q, min_weight=min_weight)


@app.command()
def quotes(
    q: Annotated[Optional[str], typer.Argument(help="A topic: words the quote must contain")] = None,  # noqa: UP045
    db: DbOpt = DEFAULT_DB,
    speaker: Annotated[Optional[str], typer.Option(help="An entity, or a speaker as written")] = None,  # noqa: UP045
    kind: Annotated[Optional[str], typer.Option(help="direct, indirect, belief or attribution")] = None,  # noqa: UP045
    date_from: DateFromOpt = None,
    date_to: DateToOpt = None,
    source: SourceOpt = None,
    limit: LimitOpt = 20,
    offset: OffsetOpt = 0,
) -> None:
    """Quotes by a speaker and/or about a topic (JSON)."""
    from duiding.store import queries as Q

    if not q and not speaker:
        raise _fail(InputError("quotes needs a topic or a speaker", "give a search, or --speaker NAME"))
    filters = Q.Filters(None, None, None, date_from, date_to, source, None)
    _ask(db, Q.quotes, speaker=speaker, q=q, filters=filters, kind=kind, limit=limit, offset=offset)


@app.command()
def numbers(
    q: Annotated[str, typer.Argument(help="A search: the numbers of the articles it finds")],
    db: DbOpt = DEFAULT_DB,
    counts: Annotated[Optional[str], typer.Option(help="Only numbers counting this, e.g. betogers")] = None,  # noqa: UP045
    entity: EntityOpt = None,
    date_from: DateFromOpt = None,
    date_to: DateToOpt = None,
    source: SourceOpt = None,
) -> None:
    """The numbers reported about a search, with sources and modifiers: contested figures side by side."""
    from duiding.store import queries as Q

    filters = Q.Filters(entity, None, None, date_from, date_to, source, None)
    _ask(db, Q.numbers, q, filters, counts=counts)


@app.command()
def export(
    what: Annotated[str, typer.Argument(help="readings (JSONL), events or entities (CSV or Parquet)")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The file to write (.jsonl, .csv or .parquet)")],
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[Optional[str], typer.Option("--format", help="csv or parquet (default: by the suffix)")] = None,  # noqa: UP045
) -> None:
    """Export the readings as JSON Lines, or the event or entity table as CSV or Parquet."""
    from duiding.store.export import export_readings, export_table

    store = _open(db, read_only=True)
    try:
        if what == "readings":
            with out.open("w", encoding="utf-8") as fh:
                n = export_readings(store, fh)
        else:
            n = export_table(store, what, out, fmt)
    except InputError as err:
        raise _fail(err) from None
    finally:
        store.close()
    from duiding.cli import err_console

    err_console.print(f"duiding: wrote {n} {what} row(s) to {out}", markup=False)


@app.command()
def migrate(db: DbOpt = DEFAULT_DB) -> None:
    """Create the store, or bring its schema up to this duiding's version."""
    store = _open(db)
    try:
        _print({"db": store.url, "schema_version": store.schema_version()})
    finally:
        store.close()


@app.command()
def info(db: DbOpt = DEFAULT_DB) -> None:
    """What the store holds: rows per table, the models that analysed it, and the inputs it refused."""
    store = _open(db, read_only=True)
    try:
        _print(
            {
                "db": store.url,
                "schema_version": store.schema_version(),
                "counts": store.counts(),
                "pipelines": store.pipelines(),
                "errors": store.errors(),
            }
        )
    finally:
        store.close()


@app.command()
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to bind; 0.0.0.0 opens it to the network")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8000,
    token: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(envvar="DUIDING_API_TOKEN", help="Write token: enables POST /api/articles (else read-only)"),
    ] = None,
    max_body: Annotated[int, typer.Option(help="Largest accepted request body, in bytes")] = 2_000_000,
    backbone: BackboneOpt = "auto",
    workers: Annotated[int, typer.Option(min=1, help="Server processes (several use several cores)")] = 1,
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs); read-only unless a write token is set."""
    import os

    import uvicorn

    from duiding.api import create_app
    from duiding.api.app import BACKBONE_ENV, MAX_BODY_ENV, TOKEN_ENV

    store = _open(db, read_only=not token)  # fails here, with its fix, if the store cannot be opened
    if workers > 1:
        store.close()
        os.environ |= {DB_ENV: db, TOKEN_ENV: token or "", MAX_BODY_ENV: str(max_body), BACKBONE_ENV: backbone}
        uvicorn.run(
            "duiding.api.app:app_from_env", factory=True, host=host, port=port, workers=workers, log_level="warning"
        )
        return
    try:
        uvicorn.run(
            create_app(store, token=token or "", max_body=max_body, backbone=backbone),
            host=host,
            port=port,
            log_level="warning",
        )
    finally:
        store.close()
