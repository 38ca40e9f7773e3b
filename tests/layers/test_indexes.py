"""The lookup structures that keep long articles linear give the answers a plain scan gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from duiding.layers.events.anchoring import TokenSpans
from duiding.layers.quotes.model import Covered
from duiding.layers.quotes.records import QuoteIndex
from duiding.records import Provenance, Quote

spans = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40)).map(lambda t: (t[0], t[0] + t[1])), max_size=25)


@given(spans, st.integers(-5, 260))
def test_covered_holds_what_a_scan_finds(parts: list[tuple[int, int]], offset: int) -> None:
    covered = Covered(parts[: len(parts) // 2])
    for p in parts[len(parts) // 2 :]:
        covered.add(p)
    assert covered.holds(offset) == any(a <= offset < b for a, b in parts)


def _quote(n: int, parts: list[tuple[int, int]]) -> Quote:
    start, end = min(a for a, _ in parts), max(b for _, b in parts)
    return Quote(
        id=f"quote{n}", start=start, end=end, text="x" * (end - start), sentence=0, kind="direct",
        provenance=Provenance("test", "0"), parts=[[a, b] for a, b in parts],
    )


@given(st.lists(spans.filter(bool), max_size=8), st.integers(0, 240), st.integers(0, 20))
def test_quote_index_finds_the_innermost_quote_as_a_scan_does(
    quote_parts: list[list[tuple[int, int]]], start: int, length: int
) -> None:
    quotes = [_quote(n, parts) for n, parts in enumerate(quote_parts, start=1)]
    end = start + length
    best = None
    for q in quotes:  # the scan the index replaces: first of the shortest containing quotes
        inside = any(a <= start and end <= b for a, b in (q.parts or []))
        if inside and (best is None or q.end - q.start < best.end - best.start):
            best = q
    assert QuoteIndex(quotes).containing(start, end) is best


@given(st.lists(st.sets(st.integers(0, 60), min_size=1, max_size=4), max_size=20), st.sets(st.integers(0, 60)))
def test_token_spans_touching_keeps_order_and_finds_every_overlap(items: list[set[int]], toks: set[int]) -> None:
    pairs = TokenSpans((s, n) for n, s in enumerate(items))
    assert pairs.touching(toks) == [(s, n) for n, s in enumerate(items) if s & toks]
