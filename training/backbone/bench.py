"""Speed / memory / load-time benchmark of a backbone pipeline on one core.

  OMP_NUM_THREADS=1 taskset -c 1 python bench.py MODEL_DIR [--n 300] [--disable ner]

Text: 300 paragraphs of news: the 30 MEANTIME Wikinews articles (one
paragraph per line) followed by CoNLL-2002 ned.testa sentences joined ten at a
time.  Uses the model's own (default spaCy Dutch) tokenizer; words = tokens
that are not whitespace.  Prints JSON.  words_per_s is wall-clock;
words_per_cpu_s divides by the process CPU time (robust when the core is shared).
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time

from common import CONLL_DEV, DATA


def paragraphs(n):
    out = []
    with open(DATA / "meantime_nl_clin26" / "articles_nl.jsonl", encoding="utf8") as fh:
        for line in fh:
            art = json.loads(line)
            out.extend(p.strip() for p in art["text"].split("\n") if len(p.strip()) > 40)
    from convert_ner import read_conll2002
    sents = [" ".join(w for w, _ in s) for doc in read_conll2002(CONLL_DEV) for s in doc]
    for i in range(0, len(sents), 10):
        out.append(" ".join(sents[i:i + 10]))
    return out[:n]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--disable", nargs="*", default=[])
    ap.add_argument("--batch-size", type=int, default=32)
    a = ap.parse_args(argv)
    texts = paragraphs(a.n)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    import spacy
    nlp = spacy.load(a.model, exclude=a.disable)
    t_load = time.perf_counter() - t0
    list(nlp.pipe(texts[:5]))  # warm-up
    c0 = time.process_time()
    t0 = time.perf_counter()
    words = 0
    for doc in nlp.pipe(texts, batch_size=a.batch_size):
        words += sum(1 for t in doc if not t.is_space)
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    res = {"model": a.model, "pipeline": nlp.pipe_names, "paragraphs": len(texts),
           "words": words, "seconds": round(dt, 2), "words_per_s": round(words / dt),
           "cpu_seconds": round(cpu, 2), "words_per_cpu_s": round(words / cpu),
           "load_s": round(t_load, 2),
           "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
           "rss_before_load_mb": round(rss0 / 1024)}
    print(json.dumps(res))
    return res


if __name__ == "__main__":
    main()
    sys.exit(0)
