"""A Doc's tokens made once and shared by every layer.

spaCy makes a new Python `Token` on every `doc[i]`, every step of `for t in doc` and every
`token.head`; the layers walk the parse token by token, and on the speed corpus they made
about six million Token objects for 134,000 tokens, more CPU than their own logic. A
`TokenTable` makes each Token once and reads the attributes the layers ask for most (text,
lower, lemma, tags, dependency label, head) into plain lists in one bulk read.

The table is kept in the Doc's `user_data` and is valid for as long as the tokenisation, tags
and parse stay as the backbone left them, which the layers never change. Its Tokens point back
at the Doc, so the last layer calls `release` to break that cycle at once rather than leave
the Doc to the cycle collector (a DocBin with user data could not store Tokens either).
Entity labels are not read into lists: the entities layer rewrites them, and a cached Token
reads them live from the Doc.
"""

from __future__ import annotations

from functools import cached_property

from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, ORTH, POS, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Token

from duiding.layers.docview import DocView

_ATTRS = [ORTH, LOWER, LEMMA, POS, TAG, DEP, HEAD, IDX]


class TokenTable:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens: list[Token] = list(doc)
        n = len(self.tokens)
        array = doc.to_array(_ATTRS).reshape(n, len(_ATTRS)).astype("uint64")
        self._columns: list[list[int]] = array.T.tolist()  # type: ignore[assignment]  # an integer array's values
        head, idx = self._columns[6], self._columns[7]
        # HEAD is stored relative to the token (and as unsigned 64-bit): turn it back into an index.
        self.head: list[int] = [i + (h - (1 << 64) if h >= 1 << 63 else h) for i, h in enumerate(head)]
        self.idx: list[int] = idx

    # The string columns are decoded on first use, each distinct string once: a layer that reads
    # only some of them does not pay for the others.
    def _strings(self, column: int) -> list[str]:
        hashes = self._columns[column]
        strings = self.doc.vocab.strings
        decoded = {h: strings[h] if h else "" for h in set(hashes)}
        return [decoded[h] for h in hashes]

    @cached_property
    def text(self) -> list[str]:
        return self._strings(0)

    @cached_property
    def lower(self) -> list[str]:
        return self._strings(1)

    @cached_property
    def lemma(self) -> list[str]:
        return self._strings(2)

    @cached_property
    def pos(self) -> list[str]:
        # POS holds a part-of-speech id, not a string hash
        return [POS_NAMES.get(h, "") if h else "" for h in self._columns[3]]

    @cached_property
    def tag(self) -> list[str]:
        return self._strings(4)

    @cached_property
    def dep(self) -> list[str]:
        return self._strings(5)

    def __len__(self) -> int:
        return len(self.tokens)

    @cached_property
    def view(self) -> DocView:
        """The text, sentences, tags and names as the times and quantities layers read them, made
        once for both. Its names are those before the entities layer runs."""
        return DocView(self.doc)

    @cached_property
    def children(self) -> list[tuple[int, ...]]:
        """Each token's dependents, in text order.

        Tuples, and one shared empty tuple for the leaves: a list per token would be 100,000
        more objects for the cycle collector to walk on every full collection."""
        grouped: dict[int, list[int]] = {}
        for i, h in enumerate(self.head):
            if h != i:
                grouped.setdefault(h, []).append(i)
        out: list[tuple[int, ...]] = [()] * len(self.tokens)
        for h, kids in grouped.items():
            out[h] = tuple(kids)
        return out


_KEY = "duiding.token_table"


def token_table(doc: Doc) -> TokenTable:
    """The Doc's table, made on first use."""
    table = doc.user_data.get(_KEY)
    if table is None or len(table) != len(doc):
        table = doc.user_data[_KEY] = TokenTable(doc)
    return table


def release(doc: Doc) -> None:
    """Drop the Doc's table (the pipeline's last layer calls this)."""
    doc.user_data.pop(_KEY, None)
