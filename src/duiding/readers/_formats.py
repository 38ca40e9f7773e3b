"""One function per source format, each turning decoded text into `Article`s."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from duiding.dates import PartialDate, match_published, parse_published
from duiding.errors import InputError
from duiding.layout import find_blocks
from duiding.records import Article

_HEADER = re.compile(r"\A[ \t]*date[ \t]*:?[ \t]+", re.IGNORECASE)
_TEXT_FIELDS = ("text", "body", "content")
_DATE_FIELDS = ("date", "published", "published_at", "dct")


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").strip()


def article_from_text(text: str, *, id: str, origin: str | None = None) -> Article:
    """Plain text, or the yardstick format whose first line is ` date 2020-09 <lede>`."""
    text = _clean(text)
    header = _HEADER.match(text)
    published: PartialDate | None = None
    if header:
        found = match_published(text[header.end() :])
        if found is None:
            raise InputError(
                "the first line starts with 'date' but no date follows it",
                "write the header as ' date YYYY-MM-DD <lede>' (YYYY-MM or YYYY for a partial date), or remove it",
            )
        published, used = found
        text = text[header.end() + used :].lstrip()
    if not text:
        raise InputError("the article has a header but no text", "add the article text after the header")
    blocks = find_blocks(text, first="lede" if header else "paragraph")
    title = lede = None
    if header:
        lede = text[blocks[0].start : blocks[0].end]
    elif len(blocks) > 1 and blocks[0].kind == "intertitle":
        blocks = (type(blocks[0])(blocks[0].start, blocks[0].end, "title"), *blocks[1:])
        title = text[blocks[0].start : blocks[0].end]
    return Article(id=id, text=text, title=title, lede=lede, published=published, blocks=blocks, origin=origin)


def articles_from_json(text: str, *, id: str, origin: str) -> Iterator[Article | InputError]:
    """A JSON object, a JSON array of objects, or JSON Lines (one object per line)."""
    stripped = text.lstrip()
    if stripped.startswith("[") or (stripped.startswith("{") and "\n{" not in stripped):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            yield _bad_json(exc, origin)
            return
        records = data if isinstance(data, list) else [data]
        for n, record in enumerate(records, start=1):
            where = f"{origin}[{n}]" if isinstance(data, list) else origin
            yield _guarded(record, id=f"{id}-{n}" if isinstance(data, list) else id, origin=where)
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _bad_json(exc, where)
            continue
        yield _guarded(record, id=f"{id}-{lineno}", origin=where)


def _bad_json(exc: json.JSONDecodeError, where: str) -> InputError:
    return InputError(
        f"broken JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
        "repair the JSON (one object per line for JSON Lines) and rerun",
        where,
    )


def _guarded(record: Any, *, id: str, origin: str) -> Article | InputError:
    try:
        return article_from_record(record, id=id, origin=origin)
    except InputError as err:
        return err.at(origin)


def article_from_record(record: Any, *, id: str, origin: str | None = None) -> Article:
    """One JSON object with `text` and optionally `title`, `date`, `source`, `url`, `id`, `lede`."""
    if not isinstance(record, dict):
        raise InputError(
            f"expected a JSON object, found {type(record).__name__}",
            'give one object per article, e.g. {"text": "...", "date": "2020-09-14"}',
        )
    text = next((record[f] for f in _TEXT_FIELDS if isinstance(record.get(f), str)), None)
    if text is None or not text.strip():
        raise InputError("the JSON record has no 'text'", "add the article body as a string field 'text'")
    text = _clean(text)
    lede = record.get("lede")
    if isinstance(lede, str) and lede.strip():
        lede = _clean(lede)
        if not text.startswith(lede):
            text = f"{lede}\n\n{text}"
    else:
        lede = None
    raw_date = next((record[f] for f in _DATE_FIELDS if record.get(f)), None)
    published = parse_published(str(raw_date)) if raw_date else None
    title = record.get("title")
    return Article(
        id=str(record.get("id") or id),
        text=text,
        title=_clean(title) if isinstance(title, str) and title.strip() else None,
        lede=lede,
        published=published,
        source=record.get("source") or None,
        url=record.get("url") or None,
        language=str(record.get("language") or record.get("lang") or "nl"),
        blocks=find_blocks(text, first="lede" if lede else "paragraph"),
        origin=origin,
    )


def article_from_html(html: str, *, id: str, origin: str | None = None) -> Article:
    """An HTML page: trafilatura finds the main text, the title and the date."""
    import trafilatura  # deferred: it is slow to import and only HTML needs it

    extracted = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    doc: dict[str, Any] = (extracted if isinstance(extracted, dict) else extracted.as_dict()) if extracted else {}
    if not doc or not (doc.get("text") or "").strip():
        raise InputError(
            "no article text found in the HTML page",
            "check that the page holds the article itself (not a login or cookie wall)",
        )
    # trafilatura puts one paragraph per line; duiding's layout wants blank lines between them.
    text = "\n\n".join(line.strip() for line in _clean(doc["text"]).split("\n") if line.strip())
    published = None
    if doc.get("date"):
        try:
            published = parse_published(str(doc["date"]))
        except InputError:
            published = None  # a page's metadata date is a hint, not the article's content
    return Article(
        id=id,
        text=text,
        title=doc.get("title") or None,
        published=published,
        source=doc.get("sitename") or doc.get("hostname") or None,
        url=doc.get("url") or None,
        language=doc.get("language") or "nl",
        blocks=find_blocks(text),
        origin=origin,
    )
