"""`duiding ingest` and `duiding reanalyse`: articles in, readings stored, in parallel worker processes.

Each worker process loads its own pipeline once and runs the pure function article -> reading;
the main process reads the sources and writes the store. A small batch of readings is written
in one transaction, so a crash or a `kill -9` loses at most that batch and never leaves half an
article; a rerun skips every article whose content hash is stored, and so goes on where it stopped.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from duiding.errors import InputError
from duiding.records import Article
from duiding.store import PutResult, Store
from duiding.store.records import ReadingRows

# What a worker sends back: ("ok", the reading's rows, None, origin, seconds, CPU seconds, load seconds)
# or ("error", problem, fix, origin, seconds, CPU seconds, load seconds).
Result = tuple[str, Any, Any, str | None, float, float, float]

_nlp: Any = None
_load_s = 0.0
_search_index = False  # also compute the stems of SQLite's full-text index, here rather than in the writer


@dataclass
class IngestReport:
    """What a run did, and where its time went."""

    workers: int
    found: int = 0  # articles read from the sources
    stored: int = 0
    new_versions: int = 0
    already_stored: int = 0  # skipped: same content hash (a rerun, or the same article twice)
    reanalysed: int = 0
    bad: list[InputError] = field(default_factory=list)
    seconds: float = 0.0  # wall clock, start to end
    read_s: float = 0.0  # reading the sources and checking hashes (main process)
    storage_s: float = 0.0  # writing the store (main process)
    analysis_s: float = 0.0  # analysing, summed over the worker processes
    analysis_cpu_s: float = 0.0  # of which the workers had a CPU (less: they waited for one)
    load_s: float = 0.0  # loading the pipeline, the slowest worker
    model: str | None = None

    @property
    def analysed(self) -> int:
        return self.stored + self.new_versions + self.reanalysed

    def to_json(self) -> dict[str, Any]:
        wall = self.seconds or 1e-9
        return {
            "workers": self.workers,
            "model": self.model,
            "found": self.found,
            "stored": self.stored,
            "new_versions": self.new_versions,
            "already_stored": self.already_stored,
            "reanalysed": self.reanalysed,
            "bad": len(self.bad),
            "seconds": round(self.seconds, 3),
            "articles_per_s": round(self.analysed / wall, 2),
            "read_s": round(self.read_s, 3),
            "storage_s": round(self.storage_s, 3),
            "analysis_s": round(self.analysis_s, 3),
            "analysis_cpu_s": round(self.analysis_cpu_s, 3),
            "load_s": round(self.load_s, 3),
            # Storage runs in the main process while the workers analyse: its share of the wall clock
            # is what it can cost at most; analysis is shared out over the workers.
            "storage_share": round(self.storage_s / wall, 3),
            "analysis_share": round(self.analysis_s / (max(self.workers, 1) * wall), 3),
        }

    def summary(self) -> str:
        j = self.to_json()
        parts = [f"{self.stored} stored"]
        if self.new_versions:
            parts.append(f"{self.new_versions} new version(s)")
        if self.reanalysed:
            parts.append(f"{self.reanalysed} re-analysed")
        parts.append(f"{self.already_stored} already stored")
        parts.append(f"{len(self.bad)} bad")
        return (
            f"{self.found} article(s): {', '.join(parts)}; {j['seconds']} s, {j['articles_per_s']} articles/s "
            f"with {self.workers} worker(s) (analysis {j['analysis_s']} s, storage {j['storage_s']} s, "
            f"reading {j['read_s']} s, model {self.model})"
        )


# The worker side.


def _die_with_parent() -> None:
    """A worker whose parent was killed (kill -9) exits too, instead of lingering."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)


def _init_worker(backbone: str, search_index: bool) -> None:
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    _load_pipeline(backbone, search_index)


def _load_pipeline(backbone: str, search_index: bool) -> None:
    global _nlp, _load_s, _search_index
    from duiding.pipeline import load

    _search_index = search_index
    t0 = time.perf_counter()
    _nlp = load(backbone)  # type: ignore[arg-type]
    _load_s = time.perf_counter() - t0


def analyse_one(article: Article) -> Result:
    """The pure function each worker runs: one article in, its reading out, as the store's rows
    (flattening and stemming happen here, in parallel, so the one writer only writes)."""
    global _load_s
    from duiding.pipeline import analyse
    from duiding.store.records import flatten

    load_s, _load_s = _load_s, 0.0  # reported once per worker
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        rows = flatten(analyse(article, _nlp).to_json(), blocks=article.blocks, origin=article.origin)
        if _search_index:
            rows.with_search_index()
    except Exception as exc:
        return (
            "error",
            f"analysis failed ({type(exc).__name__}: {exc})",
            "report this article to the duiding developers; the other articles were analysed",
            article.origin or article.id,
            time.perf_counter() - t0,
            time.process_time() - c0,
            load_s,
        )
    return ("ok", rows, None, article.origin, time.perf_counter() - t0, time.process_time() - c0, load_s)


def _results(articles: Sequence[Article], workers: int, backbone: str, search_index: bool) -> Iterator[Result]:
    if not articles:  # nothing new: no pipeline to load
        return
    if workers <= 0:  # in this process: for debugging, and where processes cannot be started
        _load_pipeline(backbone, search_index)
        yield from (analyse_one(a) for a in articles)
        return
    # fork: the workers start at once and inherit the modules imported here; each loads its own pipeline.
    import duiding.pipeline  # noqa: F401

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    with ctx.Pool(workers, initializer=_init_worker, initargs=(backbone, search_index)) as pool:
        # In input order (the workers still run ahead): articles are stored, and their NIL
        # identities made, in the same order every run, so a rerun after a crash gives the same ids.
        yield from pool.imap(analyse_one, articles, chunksize=1)


# The main side.


def _progress(total: int, enabled: bool, what: str) -> Any:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} articles/s" if speed else "- articles/s")

    progress = Progress(
        TextColumn(what),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        disable=not enabled,
    )
    return progress


def _new_articles(
    paths: Iterable[str], store: Store, report: IngestReport, max_bytes: int, on_error: Callable[[InputError], None]
) -> list[Article]:
    from duiding.readers import read

    t0 = time.perf_counter()
    known = store.known_hashes()
    fresh: list[Article] = []
    for path in paths:
        for item in read(path, max_bytes=max_bytes):
            if isinstance(item, InputError):
                report.bad.append(item)
                store.record_error(item, "read")
                on_error(item)
                continue
            report.found += 1
            digest = item.content_hash
            if digest in known:
                report.already_stored += 1
                continue
            known.add(digest)
            fresh.append(item)
    report.read_s = time.perf_counter() - t0
    return fresh


def store_batch(
    store: Store, batch: Sequence[ReadingRows], report: IngestReport, on_error: Callable[[InputError], None]
) -> list[PutResult]:
    """Store a batch in one transaction; if the store refuses it, store its readings one by one, so
    that one reading the store cannot take (a layer's bug) is reported and the others are kept.
    Entities the knowledge base lacks get their corpus identity (`duiding.store.nil`) on the way,
    in batch order, inside the same transaction."""
    try:
        return store.put_rows(batch, resolve_nil=True)
    except Exception:
        if len(batch) == 1:
            raise
    results = []
    for rows in batch:
        try:
            results += store.put_rows([rows], resolve_nil=True)
        except Exception as exc:
            err = InputError(
                f"the store refused the reading ({type(exc).__name__}: {str(exc).strip().splitlines()[0]})",
                "report this article to the duiding developers; the other articles were stored",
                rows.article["origin"] or rows.article["external_id"],
            )
            report.bad.append(err)
            store.record_error(err, "store")
            on_error(err)
    return results


def ingest(
    paths: Sequence[str],
    store: Store,
    *,
    workers: int = 1,
    backbone: str = "auto",
    max_bytes: int = 5_000_000,
    batch_size: int = 16,
    progress: bool = True,
    on_error: Callable[[InputError], None] = lambda err: None,
) -> IngestReport:
    """Read every source, analyse what is not stored yet, and store it; bad inputs are kept in the
    store's error table and the report, and the batch goes on."""
    start = time.perf_counter()
    report = IngestReport(workers=workers)
    articles = _new_articles(paths, store, report, max_bytes, on_error)
    batch: list[ReadingRows] = []
    last_flush = time.perf_counter()

    def flush() -> None:
        nonlocal last_flush
        if not batch:
            return
        t0 = time.perf_counter()
        for result in store_batch(store, batch, report, on_error):
            if result.outcome == "stored":
                report.stored += 1
            elif result.outcome == "new_version":
                report.new_versions += 1
            else:
                report.already_stored += 1
        batch.clear()
        last_flush = time.perf_counter()
        report.storage_s += last_flush - t0

    with _progress(len(articles), progress, "ingest") as bar:
        task = bar.add_task("ingest", total=len(articles))
        results = _results(articles, workers, backbone, store.dialect == "sqlite")
        for kind, payload, extra, origin, seconds, cpu_s, load_s in results:
            report.analysis_s += seconds
            report.analysis_cpu_s += cpu_s
            report.load_s = max(report.load_s, load_s)
            if kind == "ok":
                report.model = report.model or payload.article["model"]
                batch.append(payload)
                # A small batch per transaction: fast, and a crash loses at most this batch.
                if len(batch) >= batch_size or time.perf_counter() - last_flush > 1.0:
                    flush()
            else:
                err = InputError(payload, extra, origin)
                report.bad.append(err)
                store.record_error(err, "analyse")
                on_error(err)
            bar.advance(task)
        flush()
    report.seconds = time.perf_counter() - start
    return report


# Re-analysis.


def stored_article(store: Store, article_id: int) -> Article:
    """The `Article` a stored reading was made from, as the readers gave it."""
    from duiding.dates import PartialDate

    row = store.article_row(article_id)
    if row is None:
        raise InputError(f"no article {article_id} in the store", "list the stored articles")
    return Article(
        id=row["external_id"],
        text=row["text"],
        title=row["title"],
        lede=row["lede"],
        published=PartialDate.parse(row["published"]) if row["published"] else None,
        source=row["source"],
        url=row["url"],
        language=row["language"],
        blocks=tuple(store.blocks(article_id)),
        origin=row["origin"],
    )


def current_pipeline(backbone: str) -> dict[str, str]:
    from duiding.pipeline import load
    from duiding.reading import pipeline_versions

    return pipeline_versions(load(backbone))  # type: ignore[arg-type]


def reanalyse(
    store: Store,
    *,
    workers: int = 1,
    backbone: str = "auto",
    everything: bool = False,
    batch_size: int = 16,
    progress: bool = True,
    on_error: Callable[[InputError], None] = lambda err: None,
) -> IngestReport:
    """Analyse the stored articles again with the current pipeline, replacing their records.

    Only articles analysed by another pipeline version are redone, unless `everything`; so a
    re-analysis that was interrupted goes on where it stopped.
    """
    import json

    start = time.perf_counter()
    report = IngestReport(workers=workers)
    pipeline = json.dumps(current_pipeline(backbone), sort_keys=True)
    rows = store.fetch_all("SELECT id, pipeline FROM articles WHERE is_current = 1 ORDER BY id")
    todo = [int(r["id"]) for r in rows if everything or r["pipeline"] != pipeline]
    report.found = len(rows)
    report.already_stored = len(rows) - len(todo)
    articles = [stored_article(store, i) for i in todo]
    ids = {a.content_hash: i for a, i in zip(articles, todo, strict=True)}
    pending: list[tuple[int, ReadingRows]] = []

    def flush() -> None:
        t0 = time.perf_counter()
        with store.transaction():
            for article_id, rows in pending:
                store.replace_rows(article_id, rows, resolve_nil=True)
                report.reanalysed += 1
        pending.clear()
        report.storage_s += time.perf_counter() - t0

    with _progress(len(articles), progress, "re-analyse") as bar:
        task = bar.add_task("re-analyse", total=len(articles))
        results = _results(articles, workers, backbone, store.dialect == "sqlite")
        for kind, payload, extra, origin, seconds, cpu_s, load_s in results:
            report.analysis_s += seconds
            report.analysis_cpu_s += cpu_s
            report.load_s = max(report.load_s, load_s)
            if kind == "ok":
                report.model = report.model or payload.article["model"]
                pending.append((ids[payload.article["content_hash"]], payload))
                if len(pending) >= batch_size:
                    flush()
            else:
                err = InputError(payload, extra, origin)
                report.bad.append(err)
                store.record_error(err, "reanalyse")
                on_error(err)
            bar.advance(task)
        if pending:
            flush()
    report.seconds = time.perf_counter() - start
    return report


__all__ = ["IngestReport", "analyse_one", "ingest", "reanalyse", "stored_article"]
