"""Dutch full-text search for SQLite: FTS5 has no Dutch stemmer, so duiding stems in Python.

The same `stems()` runs when a text is indexed and when a query is parsed, so "protesten"
finds "protest" and "betogers" finds "betoger". The query language is the one PostgreSQL's
`websearch_to_tsquery` reads, so both stores accept the same searches: words (all must
occur), "quoted phrases", `OR` between alternatives, and `-word` to exclude.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

from duiding.errors import InputError
from duiding.lang.nl.stopwords import STOPWORDS

_WORD = re.compile(r"[^\W_]+")
_QUERY_PART = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("dutch")


def fold(text: str) -> str:
    """Lower case without diacritics: how names and stems are compared."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stems(text: str) -> list[str]:
    """The searchable stems of a text, in order, stop words left out."""
    words = [w for w in _WORD.findall(text.casefold()) if w not in STOPWORDS]
    return [fold(s) for s in _stemmer().stemWords(words)]


def index_text(text: str | None) -> str:
    """What SQLite's FTS5 index stores for a text: its stems, separated by spaces."""
    return " ".join(stems(text or ""))


def fts5_query(query: str) -> str | None:
    """Translate a web-style search into an FTS5 MATCH expression over stems.

    Returns None when the search has no searchable word (only stop words), which finds
    nothing, as in PostgreSQL. Raises `InputError` for a search that only excludes.
    """
    groups: list[list[str]] = [[]]  # OR-separated groups of AND-ed clauses
    excluded: list[str] = []
    pending_or = False
    for m in _QUERY_PART.finditer(query):
        negate, phrase, word = m.group(1) == "-", m.group(2), m.group(3)
        if word is not None and word == "OR":
            pending_or = bool(groups[-1])
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            negate, word = True, word[1:]
        parts = stems(phrase if phrase is not None else word or "")
        if not parts:
            continue
        clause = '"' + " ".join(parts) + '"'
        if negate:
            excluded.append(clause)
            continue
        if pending_or:
            groups.append([])
            pending_or = False
        groups[-1].append(clause)
    positive = [g for g in groups if g]
    if not positive:
        if excluded:
            raise InputError(
                "the search only excludes words", 'add at least one word to look for, e.g. "protest -Minsk"'
            )
        return None
    expr = " OR ".join("(" + " AND ".join(g) + ")" for g in positive)
    if excluded:
        expr = f"({expr}) NOT ({' OR '.join(excluded)})"
    return expr
