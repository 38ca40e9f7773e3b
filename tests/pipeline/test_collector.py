"""Loading the pipeline keeps the cycle collector off its long-lived objects."""

from __future__ import annotations

import gc

from duiding.pipeline import YOUNG_COLLECTION_THRESHOLD, load


def test_loading_settles_the_cycle_collector() -> None:
    load("blank", layers=False)
    assert gc.get_threshold()[0] >= YOUNG_COLLECTION_THRESHOLD
    assert gc.get_freeze_count() > 0  # the pipeline's objects sit in the permanent generation
