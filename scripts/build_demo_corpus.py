"""Build demo/corpus.jsonl: the yardstick article and the 30 MEANTIME-nl dev documents.

    .venv/bin/python scripts/build_demo_corpus.py [SHARED_DATA_DIR]

MEANTIME (NewsReader; Minard et al., LREC 2016) is CC-BY, its Wikinews source text CC-BY 2.5:
see demo/README.md for the attribution that ships with the corpus.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "seed-article.txt"
OUT = ROOT / "demo" / "corpus.jsonl"


def main(data_dir: Path) -> None:
    from duiding.readers import read

    seed = next(iter(read(SEED)))
    records = [
        {
            "id": "seed-article",
            "date": seed.published.value if seed.published else None,
            "lede": seed.lede,
            "text": seed.text,
            "source": "duiding yardstick (Flemish newspaper excerpt)",
        }
    ]
    meantime = data_dir / "meantime_nl_clin26" / "articles_nl.jsonl"
    for line in meantime.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if doc.get("topic") != "apple":  # the dev documents only; the others are held out
            continue
        records.append(
            {
                "id": f"meantime-{doc['id']}",
                "title": doc["title"],
                "date": doc["date"],
                "text": doc["text"],
                "language": doc.get("lang", "nl"),
                "source": "Wikinews via NewsReader MEANTIME (CC-BY)",
            }
        )
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"wrote {len(records)} articles to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data")
