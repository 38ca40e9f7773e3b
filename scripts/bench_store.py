"""Benchmarks of the store (never timed tests: these machines are too noisy for that).

    .venv/bin/python scripts/bench_store.py search [--articles 10000] [--db PATH]
        builds a SQLite store of synthetic readings (every layer filled), then measures search
        latency in-process (p50/p95/p99) and over HTTP under 20 concurrent clients.
    .venv/bin/python scripts/bench_store.py ingest [--articles 200] [--workers 1 2]
        ingests the same synthetic articles with each number of worker processes and reports
        articles/s and where the time went (analysis in the workers, storage in the main process).

Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TOPICS = [
    *"regering minister parlement verkiezing protest betoger politie akkoord begroting economie".split(),
    *"inflatie staking vakbond ziekenhuis school gemeente burgemeester rechter proces oorlog vrede".split(),
    *"grens leger overleg sanctie lening steun kritiek oppositie partij coalitie hervorming".split(),
    *"belasting energie klimaat haven spoor brug storm overstroming brand onderzoek rapport".split(),
]
FILLER = "de het een van in op met voor dat die is was werd heeft zijn naar bij ook nog maar".split()
PLOVER = ["CONSULT", "PROTEST", "COERCE", "ACCUSE", "SUPPORT", "AID", "REQUEST", "AGREE", "THREATEN", "REJECT"]
SOURCES = ["De Standaard", "NRC", "De Morgen", "Trouw", "HLN", "NOS", "Het Parool", "De Tijd"]


def vocabulary(size: int = 4000) -> list[str]:
    """Words ranked by frequency, as in news text: stop words first, then topics, then a long tail."""
    rng = random.Random(3)
    onsets = "b d f g h k l m n p r s t v w z st sch tr br kl gr sl".split()
    vowels = "a e i o u aa ee oo ie oe ui ij eu".split()
    codas = "k l n r s t nd ng rk lt ld cht rd".split()
    tail: list[str] = []
    seen = set(FILLER) | set(TOPICS)
    while len(tail) < size:
        word = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(1, 3))) + rng.choice(codas)
        if word not in seen:
            seen.add(word)
            tail.append(word)
    return FILLER + TOPICS[:10] + tail[:40] + TOPICS[10:] + tail[40:]


VOCABULARY = vocabulary()


def _zipf(rng: random.Random, items: list[str]) -> str:
    """Rank r drawn with probability about 1/r (Zipf's law), as word frequencies in text."""
    return items[min(int(math.exp(rng.uniform(0, math.log(len(items))))) - 1, len(items) - 1)]


def synthetic_reading(n: int, rng: random.Random, names: list[tuple[str, str]]) -> dict[str, Any]:
    """One reading with every layer filled and every offset true."""
    text, sentences, mentions_of = "", [], {}
    events, quotes, quantities = [], [], []
    for i in range(rng.randint(8, 20)):
        start = len(text)
        who = _zipf(rng, names) if rng.random() < 0.9 else names[rng.randrange(len(names))]
        whom = names[rng.randrange(len(names))]
        count = rng.randint(2, 5000)
        words = [_zipf(rng, VOCABULARY) for _ in range(rng.randint(6, 14))]
        sentence = f"{who[0]} {' '.join(words[:4])} {whom[0]} {' '.join(words[4:])} met {count} mensen."
        text += sentence + " "
        sentences.append(
            {"index": i, "start": start, "end": start + len(sentence), "kind": "paragraph", "paragraph": 0}
        )
        for (name, typ), at in ((who, start), (whom, start + len(who[0]) + 1 + len(" ".join(words[:4])) + 1)):
            mentions_of.setdefault((name, typ), []).append(
                {"start": at, "end": at + len(name), "text": name, "sentence": i, "kind": "name"}
            )
        num_at = start + sentence.rindex(str(count))
        quantities.append(
            {
                "id": f"q{i}",
                "start": num_at,
                "end": num_at + len(str(count)),
                "text": str(count),
                "sentence": i,
                "value": count,
                "unit": None,
                "mod": rng.choice([None, "MORE_THAN"]),
                "counts": "mensen",
            }
        )
        if rng.random() < 0.4:
            quotes.append(
                {
                    "id": f"c{i}",
                    "start": start,
                    "end": start + len(sentence),
                    "text": sentence,
                    "sentence": i,
                    "kind": rng.choice(["direct", "indirect"]),
                    "speaker": None,
                    "speaker_text": who[0],
                    "cue": "zei",
                    "channel": None,
                    "addressee": None,
                }
            )
        events.append((i, who, whom, start, len(who[0]), f"q{i}"))
    entity_ids = {key: f"e{k}" for k, key in enumerate(mentions_of)}
    year, month = rng.randint(2015, 2024), rng.randint(1, 12)
    published = (
        {"value": f"{year}-{month:02d}", "precision": "month"}
        if rng.random() < 0.2
        else {"value": f"{year}-{month:02d}-{rng.randint(1, 28):02d}", "precision": "day"}
    )
    for q in quotes:
        q["speaker"] = next(eid for (name, _), eid in entity_ids.items() if name == q["speaker_text"])
    return {
        "schema": "duiding.reading/1",
        "article": {
            "id": f"bench-{n}",
            "text": text.rstrip(),
            "title": f"Bericht {n}: {_zipf(rng, VOCABULARY[len(FILLER) :])}",
            "lede": None,
            "language": "nl",
            "source": rng.choice(SOURCES),
            "url": None,
            "published": published,
            "published_inferred": None,
        },
        "pipeline": {"tokenizer": "duiding-bench"},
        "sentences": sentences,
        "entities": [
            {
                "id": entity_ids[key],
                "name": key[0],
                "type": key[1],
                "kb_id": None,
                "country": None,
                "role": None,
                "mentions": ms,
            }
            for key, ms in mentions_of.items()
        ],
        "times": [],
        "quantities": quantities,
        "quotes": quotes,
        "events": [
            {
                "id": f"v{i}",
                "type": rng.choice(PLOVER),
                "mode": None,
                "trigger": {"start": start, "end": start + length, "text": text[start : start + length]},
                "sentence": i,
                "actors": [entity_ids[who]],
                "targets": [entity_ids[whom]] if whom != who else [],
                "places": [],
                "time": None,
                "date": None,
                "quantities": [q],
                "factuality": {"certainty": "CERTAIN", "polarity": "POS"},
                "source": None,
            }
            for i, who, whom, start, length, q in events
        ],
    }


def build_store(db: Path, n: int) -> float:
    from duiding.store import open_store

    rng = random.Random(20)
    first = [
        "Anna",
        "Bart",
        "Carla",
        "Dirk",
        "Eva",
        "Frank",
        "Greet",
        "Hans",
        "Ilse",
        "Jan",
        "Karin",
        "Luc",
        "Marie",
        "Niels",
        "Olga",
        "Piet",
    ]
    last = [
        "Peeters",
        "Jansen",
        "Claes",
        "Smit",
        "Mertens",
        "Visser",
        "Maes",
        "Bakker",
        "Willems",
        "Mulder",
        "Wouters",
        "Bos",
    ]
    names = [(f"{f} {x}", "PER") for f in first for x in last]
    names += [(f"Gemeente {w.capitalize()}", "ORG") for w in VOCABULARY[100:160]]
    names += [(f"{w.capitalize()}stad", "LOC") for w in VOCABULARY[200:260]]
    rng.shuffle(names)
    store = open_store(db)
    t0 = time.perf_counter()
    for start in range(0, n, 200):
        store.put_many([(synthetic_reading(i, rng, names), (), None) for i in range(start, min(n, start + 200))])
    store.close()
    return time.perf_counter() - t0


def _queries() -> list[dict[str, Any]]:
    """A mix of searches: common and rare words, two words, a phrase, OR, exclusion, filters, names."""
    from duiding.store.queries import Filters

    v = VOCABULARY
    return [
        {"q": "regering"},  # among the most frequent words: most articles
        {"q": f"{v[120]} {v[300]}"},
        {"q": v[400]},
        {"q": v[900]},
        {"q": v[2000]},
        {"q": f'"{v[60]} {v[61]}"'},
        {"q": f"{v[700]} OR {v[800]}"},
        {"q": f"{v[500]} -{v[40]}"},
        {"q": v[250], "filters": Filters(date_from="2020-09", date_to="2020-12")},
        {"q": v[350], "filters": Filters(source="NRC", event_type="CONSULT")},
        {"q": v[600], "filters": Filters(entity_type="ORG")},
        {"q": None, "filters": Filters(entity="Anna Peeters", date_from="2021", date_to="2021")},
        {"q": "Karin Maes"},
        {"q": v[1500], "filters": Filters(language="nl", date_from="2018")},
    ]


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000, 2)


def bench_search(db: Path, rounds: int) -> dict[str, Any]:
    """Search latency in this process: wall clock, and CPU time (what the search itself costs, apart
    from waiting for a core on a busy machine); with the facet counts, and without them."""
    from duiding.store import open_store
    from duiding.store.queries import Filters, search

    store = open_store(db, read_only=True)
    out: dict[str, Any] = {}
    for facets in (True, False):
        walls: list[float] = []
        cpus: list[float] = []
        per_query: dict[str, list[float]] = {}
        hits: dict[str, int] = {}
        for q in _queries():  # warm the cache once
            search(store, q["q"], q.get("filters", Filters()), facets=facets)
        for _ in range(rounds):
            for q in _queries():
                label = f"{q['q']} {_describe(q.get('filters'))}".strip()
                t0, c0 = time.perf_counter(), time.process_time()
                result = search(store, q["q"], q.get("filters", Filters()), facets=facets)
                walls.append(time.perf_counter() - t0)
                cpus.append(time.process_time() - c0)
                per_query.setdefault(label, []).append(walls[-1])
                hits[label] = result["total"]
        out["with_facets" if facets else "without_facets"] = {
            "searches": len(walls),
            "p50_ms": _pct(walls, 50),
            "p95_ms": _pct(walls, 95),
            "p99_ms": _pct(walls, 99),
            "cpu_p50_ms": _pct(cpus, 50),
            "cpu_p99_ms": _pct(cpus, 99),
            "per_query_p50_ms": {k: _pct(v, 50) for k, v in per_query.items()},
            "hits": hits,
        }
    store.close()
    return out


def _describe(filters: Any) -> str:
    if filters is None:
        return ""
    return " ".join(f"{k}={getattr(filters, k)}" for k in filters.__slots__ if getattr(filters, k))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def bench_http(db: Path, clients: int, requests_each: int, server_workers: int = 1) -> dict[str, Any]:
    import httpx

    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "duiding",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--workers",
            str(server_workers),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=os.environ | {"DUIDING_API_TOKEN": ""},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError(f"server did not start: {server.stderr.read() if server.stderr else ''}")
            time.sleep(0.1)
        params = []
        for q in _queries():
            f = q.get("filters")
            p = {"q": q["q"]} if q["q"] else {}
            if f is not None:
                p |= (
                    {k: v for k, v in vars(f).items() if v}
                    if hasattr(f, "__dict__")
                    else {k: getattr(f, k) for k in f.__slots__ if getattr(f, k)}
                )
            params.append(p)
        latencies: list[float] = []
        failures = 0
        lock = threading.Lock()

        def client(k: int) -> None:
            nonlocal failures
            rng = random.Random(k)
            with httpx.Client(base_url=base, timeout=60) as http:
                for _ in range(requests_each):
                    t0 = time.perf_counter()
                    r = http.get("/api/search", params=rng.choice(params))
                    dt = time.perf_counter() - t0
                    with lock:
                        latencies.append(dt)
                        failures += r.status_code != 200

        t0 = time.perf_counter()
        threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {
        "server_workers": server_workers,
        "clients": clients,
        "requests": len(latencies),
        "failures": failures,
        "requests_per_s": round(len(latencies) / wall, 1),
        "p50_ms": _pct(latencies, 50),
        "p99_ms": _pct(latencies, 99),
    }


def bench_ingest(n: int, workers: list[int], sentences: int) -> dict[str, Any]:
    from tests.store.synthetic import write_corpus

    from duiding.pipeline import load, model_available

    out: dict[str, Any] = {"articles": n, "model": "duiding nl_news" if model_available() else "blank (no model)"}
    out["pipeline"] = list(load().pipe_names)
    with tempfile.TemporaryDirectory(prefix="duiding-bench-") as tmp:
        corpus = write_corpus(Path(tmp) / "corpus.jsonl", n, sentences=sentences)
        out["words"] = sum(len(json.loads(line)["text"].split()) for line in corpus.read_text().splitlines())
        runs = {}
        for w in workers:
            db = Path(tmp) / f"w{w}.db"
            proc = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "duiding",
                    "ingest",
                    str(corpus),
                    "--db",
                    str(db),
                    "--workers",
                    str(w),
                    "--no-progress",
                    "--json",
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            report = json.loads(proc.stdout)
            # Steady state: after the workers loaded their pipeline (once per run, whatever its size).
            busy = report["seconds"] - report["read_s"] - report["load_s"]
            report["steady_articles_per_s"] = round(report["stored"] / busy, 2) if busy > 0 else None
            runs[w] = report
        out["runs"] = runs
        if len(workers) >= 2:
            a, b = runs[workers[0]], runs[workers[-1]]
            out["speedup"] = round(b["articles_per_s"] / a["articles_per_s"], 2)
            if a["steady_articles_per_s"] and b["steady_articles_per_s"]:
                out["steady_speedup"] = round(b["steady_articles_per_s"] / a["steady_articles_per_s"], 2)
    out["cpus"] = os.cpu_count()
    out["load_average"] = os.getloadavg()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    s = sub.add_parser("search")
    s.add_argument("--articles", type=int, default=10_000)
    s.add_argument("--db", type=Path, default=None, help="Reuse (or create) this SQLite file")
    s.add_argument("--rounds", type=int, default=20)
    s.add_argument("--clients", type=int, default=20)
    s.add_argument("--requests", type=int, default=25, help="Requests per client")
    s.add_argument("--server-workers", type=int, default=1, help="Server processes (duiding serve --workers)")
    s.add_argument("--no-http", action="store_true", help="Only the in-process search latency")
    i = sub.add_parser("ingest")
    i.add_argument("--articles", type=int, default=200)
    i.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    i.add_argument("--sentences", type=int, default=30, help="Sentences per synthetic article")
    args = parser.parse_args()
    if args.what == "ingest":
        print(json.dumps(bench_ingest(args.articles, args.workers, args.sentences), indent=1))
        return
    db = args.db or Path(tempfile.mkdtemp(prefix="duiding-bench-")) / "bench.db"
    result: dict[str, Any] = {"db": str(db), "articles": args.articles}
    if not db.exists():
        result["build_s"] = round(build_store(db, args.articles), 1)
    result["search"] = bench_search(db, args.rounds)
    if not args.no_http:
        result["http"] = bench_http(db, args.clients, args.requests, args.server_workers)
    result["cpus"] = os.cpu_count()
    result["load_average"] = os.getloadavg()
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
