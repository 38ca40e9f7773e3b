"""Readers: every source duiding accepts, turned into `Article`s.

`read(path)` yields an `Article` for every article it finds, and an
`InputError` (never an exception) for every input it cannot use, so that a
batch reports the bad file and goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from duiding.errors import InputError
from duiding.readers._decode import decode
from duiding.readers._formats import (
    article_from_html,
    article_from_record,
    article_from_text,
    articles_from_json,
)
from duiding.records import Article

__all__ = ["MAX_BYTES", "article_from_record", "article_from_text", "read", "read_bytes"]

MAX_BYTES = 5_000_000  # one article; a longer "article" is nearly always several glued together
_JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_SKIPPED_SUFFIXES = {".md5", ".sha256", ".gitignore"}


def read(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Article | InputError]:
    """Read a file, a directory (recursively, in sorted order) or `-` for standard input."""
    if str(path) == "-":
        yield from _read_one(sys.stdin.buffer.read(), name="stdin", id="stdin", origin="-", max_bytes=max_bytes)
        return
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.rglob("*") if f.is_file() and not _hidden(f.relative_to(p)))
        files = [f for f in files if f.suffix.lower() not in _SKIPPED_SUFFIXES]
        if not files:
            yield InputError("the directory holds no files", "point to a directory of articles", str(p))
        for f in files:
            rel = f.relative_to(p).with_suffix("").as_posix()
            yield from _read_file(f, id=rel, max_bytes=max_bytes)
        return
    yield from _read_file(p, id=p.stem, max_bytes=max_bytes)


def read_bytes(data: bytes, *, name: str = "input", max_bytes: int = MAX_BYTES) -> Iterator[Article | InputError]:
    """Read articles from bytes in any supported format, e.g. an HTTP upload."""
    yield from _read_one(data, name=name, id=Path(name).stem or "input", origin=name, max_bytes=max_bytes)


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _read_file(p: Path, *, id: str, max_bytes: int) -> Iterator[Article | InputError]:
    origin = str(p)
    if not p.exists():
        yield InputError("no such file or directory", "check the path (and quote it if it has spaces)", origin)
        return
    try:
        size = p.stat().st_size
        is_lines = p.suffix.lower() in {".jsonl", ".ndjson"}
        # JSON Lines is a corpus, not one article: its size limit applies per line.
        if size > max_bytes and not is_lines:
            yield _too_big(size, max_bytes, origin)
            return
        if is_lines:
            yield from _read_json_lines(p, id=id, max_bytes=max_bytes)
            return
        data = p.read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read the file ({exc.strerror})", "check its permissions", origin)
        return
    yield from _read_one(data, name=p.name, id=id, origin=origin, max_bytes=max_bytes)


def _read_one(data: bytes, *, name: str, id: str, origin: str, max_bytes: int) -> Iterator[Article | InputError]:
    if len(data) > max_bytes:
        yield _too_big(len(data), max_bytes, origin)
        return
    try:
        text = decode(data)
        suffix = Path(name).suffix.lower()
        head = text.lstrip()[:200].lower()
        if suffix in _JSON_SUFFIXES or (suffix not in _HTML_SUFFIXES and head[:1] in "[{"):
            yield from articles_from_json(text, id=id, origin=origin)
        elif suffix in _HTML_SUFFIXES or head.startswith(("<!doctype html", "<html")):
            yield article_from_html(text, id=id, origin=origin)
        else:
            yield article_from_text(text, id=id, origin=origin)
    except InputError as err:
        yield err.at(origin)


def _read_json_lines(p: Path, *, id: str, max_bytes: int) -> Iterator[Article | InputError]:
    with p.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            where = f"{p}:{lineno}"
            if not raw.strip():
                continue
            if len(raw) > max_bytes:
                yield _too_big(len(raw), max_bytes, where)
                continue
            try:
                text = decode(raw)
            except InputError as err:
                yield err.at(where)
                continue
            yield from articles_from_json(text, id=f"{id}-{lineno}", origin=where)


def _too_big(size: int, limit: int, origin: str) -> InputError:
    return InputError(
        f"the input is {size / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit for one article",
        "split it into one file per article or into JSON Lines, or raise the limit with --max-bytes",
        origin,
    )
