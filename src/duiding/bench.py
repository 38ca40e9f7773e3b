"""`duiding bench`: words/s and peak memory of the pipeline, side by side with Frog in the same run.

Both run pinned to one CPU core, on the same article texts, each in a process of its own
(duiding's started from the pinned command, Frog's as its binary). Load time is
measured apart from processing: Frog takes seconds to load its models, and a
benchmark of a few hundred articles should not be decided by start-up alone.
Speed is a benchmark, never a test: these machines are too noisy for timed tests.
"""

from __future__ import annotations

import json
import os
import pickle
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from duiding.records import Article


def _pin_one_core() -> int | None:
    try:
        cores = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cores[-1]})
        return cores[-1]
    except (AttributeError, OSError):
        return None


def _rss_mb(who: int) -> float:
    # ru_maxrss is in kilobytes on Linux.
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def words_in(articles: Sequence[Article]) -> int:
    """Whitespace-separated words: one count, the same for duiding and Frog."""
    return sum(len(a.text.split()) for a in articles)


def bench_duiding(articles: Sequence[Article], *, backbone: str, layers: bool) -> dict[str, Any]:
    """Run duiding in a process of its own, as Frog runs in one: started on the pinned core, so
    that its maths libraries size their thread pools for one core, and with nothing of the
    calling command (the CLI, the store, the web app) in its memory. Its peak RSS is its own."""
    with tempfile.TemporaryDirectory(prefix="duiding-bench-") as tmp:
        path = Path(tmp) / "articles.pickle"
        path.write_bytes(pickle.dumps(list(articles)))
        cmd = [sys.executable, "-m", "duiding.bench", str(path), backbone, "layers" if layers else "no-layers"]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE)
        assert proc.stdout is not None
        out = proc.stdout.read()
        proc.stdout.close()
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak RSS, as for Frog
        proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    result: dict[str, Any] = json.loads(out)
    result["peak_rss_mb"] = round(usage.ru_maxrss / 1024, 1)
    return result


def _measure(articles: Sequence[Article], *, backbone: str, layers: bool) -> dict[str, Any]:
    from spacy import __version__ as spacy_version

    from duiding.pipeline import analyse_many, load

    t0 = time.perf_counter()
    nlp = load.__wrapped__(backbone, layers=layers)  # type: ignore[arg-type]  # a fresh load, not the cache
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    n = sum(1 for _ in analyse_many(articles, nlp))
    seconds = time.perf_counter() - t1
    words = words_in(articles)
    return {
        "tool": "duiding",
        "backbone": nlp.meta.get("name", "blank") if backbone != "blank" else "blank",
        "components": list(nlp.pipe_names),
        # The parser's and recogniser's speed depends on the spaCy build (pyproject.toml says why).
        "spacy": spacy_version,
        "articles": n,
        "words": words,
        "load_s": round(load_s, 3),
        "seconds": round(seconds, 3),
        "words_per_s": round(words / seconds, 1) if seconds else None,
        "articles_per_s": round(n / seconds, 2) if seconds else None,
        "peak_rss_mb": _rss_mb(resource.RUSAGE_SELF),
    }


def frog_available() -> bool:
    return shutil.which("frog") is not None


def bench_frog(articles: Sequence[Article], *, parser: bool) -> dict[str, Any]:
    """Run Frog once on a one-word file (its load time) and once on all articles (one file)."""
    skip = [] if parser else ["--skip=p"]
    words = words_in(articles)
    with tempfile.TemporaryDirectory(prefix="duiding-bench-frog-") as tmp:
        d = Path(tmp)
        (d / "empty.txt").write_text("Test.\n", encoding="utf-8")
        (d / "all.txt").write_text("\n\n".join(a.text for a in articles) + "\n", encoding="utf-8")
        cmd = ["frog", "--threads=1", "--nostdout", *skip]
        t0 = time.perf_counter()
        _run([*cmd, "-t", str(d / "empty.txt"), "-o", str(d / "empty.out")], d)
        load_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        peak_kb = _run([*cmd, "-t", str(d / "all.txt"), "-o", str(d / "all.out")], d)
        total_s = time.perf_counter() - t1
    seconds = max(total_s - load_s, 1e-6)
    return {
        "tool": "frog",
        "parser": parser,
        "articles": len(articles),
        "words": words,
        "load_s": round(load_s, 3),
        "seconds": round(seconds, 3),
        "total_s": round(total_s, 3),
        "words_per_s": round(words / seconds, 1),
        "articles_per_s": round(len(articles) / seconds, 2),
        "peak_rss_mb": round(peak_kb / 1024, 1),
    }


def _run(cmd: list[str], cwd: Path) -> int:
    """Run a command to the end; return its own peak RSS in kB (wait4 gives this child's alone)."""
    # Frog writes debug files into its working directory; keep them in the temp dir.
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    return int(usage.ru_maxrss)


def run_bench(
    articles: Sequence[Article], *, backbone: str = "auto", layers: bool = True, compare: str | None = None
) -> dict[str, Any]:
    core = _pin_one_core()
    result: dict[str, Any] = {"core": core, "articles": len(articles), "words": words_in(articles)}
    result["duiding"] = bench_duiding(articles, backbone=backbone, layers=layers)
    if compare == "frog":
        if not frog_available():
            result["frog"] = None
            result["note"] = "Frog is not installed (Debian: apt-get install frog frogdata ucto)"
            return result
        result["frog"] = bench_frog(articles, parser=True)
        result["frog_no_parser"] = bench_frog(articles, parser=False)
        ours = result["duiding"]["words_per_s"] or 0.0
        result["ratio"] = {
            "vs_frog": round(ours / result["frog"]["words_per_s"], 2),
            "vs_frog_no_parser": round(ours / result["frog_no_parser"]["words_per_s"], 2),
        }
    # Flat figures for the pipeline, as DESIGN.md names them.
    for key in ("words", "seconds", "words_per_s", "peak_rss_mb"):
        result[key] = result["duiding"][key]
    return result


if __name__ == "__main__":
    # the child of `bench_duiding`: ARTICLES.pickle BACKBONE layers|no-layers
    _articles = pickle.loads(Path(sys.argv[1]).read_bytes())
    _result = _measure(_articles, backbone=sys.argv[2], layers=sys.argv[3] == "layers")
    sys.stdout.write(json.dumps(_result))
