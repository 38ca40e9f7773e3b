"""Golden output of the layer components, to check that a speed-up changes nothing.

    python scripts/layer_golden.py record /work/exp/perf/golden.jsonl
    python scripts/layer_golden.py check  /work/exp/perf/golden.jsonl
    python scripts/layer_golden.py time --runs 5

It runs the pipeline over `demo/corpus.jsonl`, `examples/seed-article.txt` and the texts of
`tests/gold/*.jsonl`, and writes every reading as one line of sorted JSON, without the
`pipeline` versions (they name the package version, not the output). `check` compares the
readings line by line and names the first difference.

The backbone's output depends on the model, which is retrained from time to time; so the
first line of the file fingerprints the model, and `--backbone-cache FILE` keeps the
backbone's Docs (a DocBin) so that the layers can be compared on the same tokens, tags and
parses after the model has changed. `time` prints each component's CPU time (median of
`--runs`, `time.process_time()` around each pipe on the same Docs).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from duiding.evaluation._gold_jsonl import read_gold
from duiding.layers import ORDER
from duiding.pipeline import MODEL_DIR, analyse_many, load, make_docs
from duiding.readers import read
from duiding.readers._formats import article_from_record
from duiding.reading import build_reading
from duiding.records import Article

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "demo" / "corpus.jsonl", ROOT / "examples" / "seed-article.txt")
GOLD = sorted((ROOT / "tests" / "gold").glob("*.jsonl"))


def articles(demo_only: bool = False) -> list[Article]:
    out: list[Article] = []
    for path in SOURCES:
        for a in read(path):
            if isinstance(a, Article):
                out.append(a)
            else:
                raise SystemExit(f"cannot read {path}: {a}")
    if demo_only:
        return out[:-1]
    for path in GOLD:
        for rec in read_gold(path, ()):
            record = {"id": f"{path.stem}:{rec.id}", "text": rec.text, "date": rec.published}
            out.append(article_from_record(record, id=rec.id))
    return out


def model_fingerprint() -> dict[str, str]:
    """The model's name and version and a hash of its files: a golden file is only
    comparable on the backbone it was recorded with."""
    if not (MODEL_DIR / "meta.json").exists():
        return {"model": "blank"}
    h = hashlib.sha256()
    for p in sorted(MODEL_DIR.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(MODEL_DIR)).encode())
            h.update(p.read_bytes())
    meta = json.loads((MODEL_DIR / "meta.json").read_text())
    return {"model": f"{meta.get('name')}-{meta.get('version')}", "sha256": h.hexdigest()[:16]}


def backbone_docs(nlp: Language, arts: list[Article], cache: Path | None) -> list[Doc]:
    """Docs after the backbone, before any layer: from the cache when one is given and exists."""
    layer_names = [n for n in nlp.pipe_names if n in ORDER]
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) != len(arts):
            raise SystemExit(f"{cache} holds {len(docs)} docs, the inputs are {len(arts)}: record it again")
        for doc, a in zip(docs, arts, strict=True):
            doc._.published = a.published
            doc._.blocks = a.blocks or None
        return docs
    docs = make_docs(nlp, arts)
    with nlp.select_pipes(disable=layer_names):
        docs = list(nlp.pipe(docs, batch_size=32))
    if cache is not None:
        bin_ = DocBin(store_user_data=False)
        for d in docs:
            bin_.add(d)
        cache.parent.mkdir(parents=True, exist_ok=True)
        bin_.to_disk(cache)
    return docs


def fresh(doc: Doc) -> Doc:
    """A copy of a backbone Doc for a layer run (the layers write into the Doc)."""
    out = Doc(doc.vocab).from_bytes(doc.to_bytes(exclude=["user_data"]))
    out._.published = doc._.published
    out._.blocks = doc._.blocks
    return out


def run_layers(nlp: Language, docs: list[Doc], timings: dict[str, float] | None = None) -> Iterator[Doc]:
    pipes = [(n, p) for n, p in nlp.pipeline if n in ORDER]
    for doc in docs:
        doc = fresh(doc)
        for name, pipe in pipes:
            t0 = time.process_time()
            doc = pipe(doc)
            if timings is not None:
                timings[name] = timings.get(name, 0.0) + time.process_time() - t0
        yield doc


def lines(nlp: Language, arts: list[Article], cache: Path | None) -> Iterator[str]:
    """The fingerprint, then one reading a line: from the whole pipeline as `duiding analyse`
    runs it, or, with a backbone cache, from the layers alone on the cached Docs."""
    yield json.dumps(model_fingerprint(), sort_keys=True)
    if cache is None:
        readings = analyse_many(arts, nlp)
    else:
        docs = run_layers(nlp, backbone_docs(nlp, arts, cache))
        readings = (build_reading(a, doc, nlp) for a, doc in zip(arts, docs, strict=True))
    for reading in readings:
        out = reading.to_json()
        out.pop("pipeline", None)
        yield json.dumps(out, sort_keys=True, ensure_ascii=False)


def check(nlp: Language, arts: list[Article], golden: Path, cache: Path | None) -> int:
    want = golden.read_text(encoding="utf-8").splitlines()
    got = list(lines(nlp, arts, cache))
    if want[0] != got[0]:
        print(f"model differs: golden {want[0]}, now {got[0]}", file=sys.stderr)
        if cache is None:
            return 2
    for n, (w, g) in enumerate(zip(want[1:], got[1:], strict=True), start=1):
        if w != g:
            wj, gj = json.loads(w), json.loads(g)
            print(f"reading {n} ({wj['article']['id']}) differs:", file=sys.stderr)
            for k in sorted(set(wj) | set(gj)):
                if wj.get(k) != gj.get(k):
                    print(f"  {k}:\n    golden {json.dumps(wj.get(k), ensure_ascii=False)[:2000]}", file=sys.stderr)
                    print(f"    now    {json.dumps(gj.get(k), ensure_ascii=False)[:2000]}", file=sys.stderr)
            return 1
    print(f"identical: {len(got) - 1} readings")
    return 0


def forget_answers() -> None:
    """Empty the per-process caches of duiding's functions and of the knowledge base, so that
    each timed run reads the corpus as a fresh process would (loaded tables stay loaded)."""
    from duiding.kb import default_kb

    for name, module in list(sys.modules.items()):
        if not name.startswith("duiding"):
            continue
        for value in vars(module).values():
            # Caches of one or a few entries hold loaded tables (lexicons, the pipeline), not answers.
            params = getattr(value, "cache_parameters", None)
            if callable(params) and (params()["maxsize"] or 1 << 30) > 16:
                value.cache_clear()
    kb = default_kb()
    if hasattr(kb, "_init_caches"):
        kb._init_caches()


def timing(nlp: Language, arts: list[Article], runs: int) -> dict[str, float]:
    """Median CPU seconds per component over `runs` runs, each with empty caches; the backbone's
    pipes timed on fresh tokenised Docs, the layers on copies of the backbone's Docs."""
    per_run: list[dict[str, float]] = []
    for _ in range(runs):
        forget_answers()
        t: dict[str, float] = {}
        docs = make_docs(nlp, arts)
        for i, doc in enumerate(docs):
            for name, pipe in nlp.pipeline:
                if name in ORDER:
                    break
                t0 = time.process_time()
                doc = pipe(doc)
                t[name] = t.get(name, 0.0) + time.process_time() - t0
            docs[i] = doc
        for _doc in run_layers(nlp, docs, t):
            pass
        per_run.append(t)
    return {name: round(statistics.median(r[name] for r in per_run), 4) for name in per_run[0]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["record", "check", "time"])
    ap.add_argument("golden", nargs="?", type=Path)
    ap.add_argument("--backbone-cache", type=Path, help="DocBin of the backbone's Docs (written if missing)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--demo", action="store_true", help="time the demo corpus only")
    args = ap.parse_args()
    nlp = load()
    if args.mode == "time":
        arts = articles(demo_only=args.demo)
        result = timing(nlp, arts, args.runs)
        result["layers_total"] = round(sum(v for k, v in result.items() if k in ORDER), 4)
        result["backbone_total"] = round(sum(v for k, v in result.items() if k not in ORDER and k != "layers_total"), 4)
        print(json.dumps({"articles": len(arts), "runs": args.runs, "cpu_s": result}, indent=1))
        return 0
    if args.golden is None:
        ap.error("record and check need the golden file")
    arts = articles()
    if args.mode == "record":
        args.golden.parent.mkdir(parents=True, exist_ok=True)
        args.golden.write_text("\n".join(lines(nlp, arts, args.backbone_cache)) + "\n", encoding="utf-8")
        print(f"recorded {len(arts)} readings in {args.golden}")
        return 0
    return check(nlp, arts, args.golden, args.backbone_cache)


if __name__ == "__main__":
    sys.exit(main())
