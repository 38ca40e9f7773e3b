"""A few hundred real news articles for `duiding bench`, rebuilt from CoNLL-2002 Dutch.

    python scripts/bench_corpus.py OUT.jsonl [--train-docs 127]

CoNLL-2002 (De Morgen, 2000) is research-only, so the articles are written outside the
repository, never committed. The dev documents (ned.testa, 73) come first, then the first
`--train-docs` training documents; tokens are joined back into text (no space before closing
punctuation, none after an opening bracket) and the file's accent marks are read as letters.
Speed does not depend on which articles a model was trained on.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path

from duiding.evaluation.ner import read_conll, readable

DATA = Path(os.environ.get("DUIDING_DATA", Path(__file__).resolve().parents[1] / ".." / "shared" / "data"))
_NO_SPACE_BEFORE = re.compile(r" ([,.:;?!)\]%])")
_NO_SPACE_AFTER = re.compile(r"([(\[]) ")


def detokenise(tokens: list[str]) -> str:
    text = " ".join(readable(t) for t in tokens)
    return _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", text))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--train-docs", type=int, default=127)
    args = ap.parse_args()
    folder = DATA / "conll2002_nl"
    docs = [("testa", d) for d in read_conll(folder / "ned.testa")]
    docs += [("train", d) for d in read_conll(folder / "ned.train")[: args.train_docs]]
    with args.out.open("w", encoding="utf-8") as out:
        for n, (split, doc) in enumerate(docs):
            text = ""
            for sent in doc:
                line = detokenise([row[0] for row in sent])
                # sentences run on in one paragraph; a dateline or byline stands on its own
                glue = " " if text and text[-1] in ".?!\"'" and line[-1:] in ".?!\"'" else "\n\n"
                text += (glue if text else "") + line
            record = {"id": f"conll2002-{split}-{n}", "text": text, "date": "2000", "source": "CoNLL-2002 (De Morgen)"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(docs)} articles -> {args.out}")


if __name__ == "__main__":
    main()
