"""Reads of a Doc's tokens by index, from the shared token table (`duiding.layers.doctokens`).

The layer looks at every token several times (names repeated, gazetteer places, demonyms,
descriptions, pronouns); `doc[i]` and `doc[a:b].text` make new spaCy objects on every call,
which cost more than the rules themselves.
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.tokens import Doc

from duiding.layers.doctokens import TokenTable


def text_of(tt: TokenTable, start: int, end: int) -> str:
    """The text of tokens `start..end`, as `doc[start:end].text` gives it: spaCy keeps one space
    or none after a token (other whitespace is a token of its own), which the offsets show."""
    if end - start == 1:
        return tt.text[start]
    text, idx = tt.text, tt.idx
    parts = []
    for k in range(start, end - 1):
        parts.append(text[k])
        if idx[k + 1] > idx[k] + len(text[k]):
            parts.append(" ")
    parts.append(text[end - 1])
    return "".join(parts)


def end_char(tt: TokenTable, end: int) -> int:
    """The character offset where the token before `end` ends (`Span.end_char`)."""
    return tt.idx[end - 1] + len(tt.text[end - 1])


def sentence_starts(doc: Doc) -> list[bool]:
    """`bool(token.is_sent_start)` of every token, read in bulk (1 is a start, 0 unknown, -1 not)."""
    if not len(doc):
        return []
    return [s == 1 for s in doc.to_array(SENT_START).tolist()]
