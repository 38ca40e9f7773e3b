#!/usr/bin/env python3
"""Build duiding's actor knowledge base from the shared data.

    .venv/bin/python scripts/build_kb.py [--data ../shared/data] [--out src/duiding/kb/actors.sqlite]

The output is deterministic: the same source files give the same entities, ids and rows.
The SHA-256 of every source file is recorded in the `meta` table, so a built file says
what it was built from. Licences and attribution: src/duiding/kb/SOURCES.md.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from duiding.kb.build import Sources, build  # noqa: E402


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "duiding" / "kb" / "actors.sqlite")
    args = ap.parse_args()
    src = Sources.under(args.data)
    files = [
        src.countries,
        src.countryinfo,
        src.phoenix_countries,
        src.phoenix_international,
        src.phoenix_nonstate,
        src.geonames,
        *(src.alpino / n for n in ("geo", "per", "org", "misc")),
    ]
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        print(f"build_kb: missing source files: {', '.join(missing)}; pass --data DIR", file=sys.stderr)
        return 2
    meta = {f"source.{f.relative_to(args.data)}": sha256(f) for f in files}
    counts = build(args.data, args.out, meta)
    size = args.out.stat().st_size / 1e6
    print(f"wrote {args.out} ({size:.1f} MB): " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
