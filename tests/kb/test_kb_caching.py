"""The knowledge base's speed-ups answer as the plain queries do: surname blocking by length
finds the same people as scoring every surname, and cached answers cannot be changed by a caller."""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process

from duiding.kb import SURNAME_HITS, KnowledgeBase, default_kb

kb = default_kb()


def _all_surnames(surname: str, cutoff: float) -> set[str]:
    hits = process.extract(surname, kb._people.surnames, scorer=fuzz.ratio, score_cutoff=cutoff, limit=SURNAME_HITS)
    return {hit for hit, _score, _idx in hits}


def test_blocked_surname_search_finds_what_a_full_scan_finds() -> None:
    surnames = kb._people.surnames
    sample = random.Random(7).sample(surnames, 300)
    # Short, long and made-up surnames too: the length bound matters most at the extremes.
    sample += [s for s in surnames if len(s) <= 3][:20] + [s for s in surnames if len(s) >= 14]
    sample += ["lukashenko", "tsikhanouskaya", "x", "abcdefghijklmnopqrstuvwxyz"]
    for cutoff in (78.0, 80.0):
        for s in sample:
            assert set(kb._surname_hits_uncached(s, cutoff)) == _all_surnames(s, cutoff), s


def test_cached_answers_are_copies() -> None:
    first = kb.lookup("Rusland", types=["LOC"])
    first.clear()
    assert kb.lookup("Rusland", types=["LOC"])
    people = kb.search_person("Vladimir Poetin", country="RU")
    people.clear()
    assert kb.search_person("Vladimir Poetin", country="RU")


def test_a_fresh_knowledge_base_answers_as_the_cached_one() -> None:
    fresh = KnowledgeBase()
    for name in ("Aleksandr Loekasjenko", "Poetin", "Angela Merkel", "Jan Jansen"):
        assert fresh.search_person(name) == kb.search_person(name) == kb.search_person(name)
    assert fresh.lookup("Minsk") == kb.lookup("Minsk")
