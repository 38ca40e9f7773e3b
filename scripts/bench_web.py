#!/usr/bin/env python3
"""How fast the web pages render on the demo corpus: a benchmark, never a test.

    .venv/bin/python scripts/bench_web.py [--db demo.db] [--runs 20] [--browser]

Ingests `demo/corpus.jsonl` into a temporary store (or uses `--db`), runs the app under uvicorn,
and times every page: the server's full response over HTTP (median and worst of `--runs` warm
requests, after one cold request), and with `--browser` the time Debian's chromium takes from
the request to the page's load event (Navigation Timing; scripts run, the network drawn).
Prints JSON; the bar is 500 ms for every page.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.web.server import LiveServer  # noqa: E402

from duiding.api import create_app  # noqa: E402
from duiding.store import Store, open_store  # noqa: E402
from duiding.store import queries as Q  # noqa: E402

BAR_MS = 500


def pages(store: Store) -> dict[str, str]:
    top = Q.entities(store, limit=1)["items"]
    person = Q.entities(store, entity_type="PER", limit=1)["items"]
    out = {
        "search": "/",
        "search (query)": "/?q=betogers",
        "search (broad query)": "/?q=Apple",
        "article (yardstick)": "/articles/seed-article",
        "article (short)": "/articles/meantime-9549",
        "entities": "/entities",
        "events": "/events",
        "events (csv)": "/events?format=csv",
        "network": "/network",
        "map": "/map",
        "numbers": "/numbers",
    }
    if top:
        out["entity (most named)"] = "/entities/" + top[0]["key"]
    if person:
        out["entity (person)"] = "/entities/" + person[0]["key"]
    return out


def http_times(url: str, runs: int) -> dict[str, Any]:
    with httpx.Client(timeout=60) as client:
        t0 = time.perf_counter()
        first = client.get(url)
        cold = (time.perf_counter() - t0) * 1000
        assert first.status_code == 200, (url, first.status_code, first.text[:300])
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            client.get(url).raise_for_status()
            times.append((time.perf_counter() - t0) * 1000)
    return {
        "cold_ms": round(cold, 1),
        "median_ms": round(statistics.median(times), 1),
        "worst_ms": round(max(times), 1),
        "bytes": len(first.content),
    }


def browser_times(base: str, paths: dict[str, str], runs: int) -> dict[str, dict[str, float]]:
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT))
    from tests.web.browser import ARGS, CHROMIUM

    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page()
        for name, path in paths.items():
            if "format=" in path:
                continue
            loads = []
            for _ in range(max(3, runs // 4)):
                page.goto(base + path, wait_until="load")
                loads.append(
                    page.evaluate(
                        "(() => { const n = performance.getEntriesByType('navigation')[0];"
                        " return n.loadEventEnd - n.startTime; })()"
                    )
                )
            out[name] = {"load_median_ms": round(statistics.median(loads), 1), "load_worst_ms": round(max(loads), 1)}
        browser.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="an existing store; default: ingest demo/corpus.jsonl into a temporary one")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--browser", action="store_true", help="also time the load event in chromium")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.db:
            store = open_store(args.db, read_only=True)
        else:
            from duiding.store.ingest import ingest

            store = open_store(Path(tmp) / "demo.db")
            ingest([str(ROOT / "demo" / "corpus.jsonl")], store, progress=False)
        server = LiveServer(create_app(store)).start()
        try:
            paths = pages(store)
            results = {name: {"path": path} | http_times(server.url + path, args.runs) for name, path in paths.items()}
            if args.browser:
                for name, timing in browser_times(server.url, paths, args.runs).items():
                    results[name] |= timing
        finally:
            server.stop()
            store.close()
    from duiding.pipeline import model_available

    worst = max(max(r["worst_ms"], r.get("load_worst_ms", 0.0)) for r in results.values())
    report = {
        "model": "duiding nl_news" if model_available() else "blank (no trained backbone)",
        "bar_ms": BAR_MS,
        "worst_ms": worst,
        "all_under_bar": worst < BAR_MS,
        "pages": results,
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0 if report["all_under_bar"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
