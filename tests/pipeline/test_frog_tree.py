"""Frog's dependencies become one tree per sentence, whatever Frog or the PP inversion left behind."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from duiding.pipeline.frog import _make_tree


@given(st.integers(1, 12).flatmap(lambda n: st.lists(st.integers(0, n - 1), min_size=n, max_size=n)))
def test_any_head_array_becomes_one_tree(heads: list[int]) -> None:
    rels = ["dep"] * len(heads)
    _make_tree(heads, rels)
    roots = [i for i, h in enumerate(heads) if h == i]
    assert len(roots) == 1 and rels[roots[0]] == "ROOT"
    for i in range(len(heads)):
        j, steps = i, 0
        while heads[j] != j:
            j, steps = heads[j], steps + 1
            assert steps <= len(heads), "a cycle survived"


def test_a_loop_is_hung_on_the_root() -> None:
    heads, rels = [1, 2, 0, 3], ["a", "b", "c", "root"]
    _make_tree(heads, rels)
    assert heads == [3, 2, 0, 3] and rels[0] == "parataxis" and rels[3] == "ROOT"
