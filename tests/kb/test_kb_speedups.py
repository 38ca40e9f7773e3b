"""The knowledge base's speed-ups answer as the plain ways do: surname blocking by shared letters finds
the same people as scoring every surname, cached answers cannot be changed by a caller, and
romanisation keys made by string operations equal those of the rules as regular expressions."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
from rapidfuzz import fuzz, process

from duiding.kb import DEMONYM_FORM, SURNAME_HITS, KBEntity, KnowledgeBase, default_kb
from duiding.kb.demonyms import flat, word_stems
from duiding.kb.names import _apply, _compile, fold, key
from duiding.lang.romanisation import AFTER, CONVENTIONS, FOLD, PHONEMES

kb = default_kb()


def _all_surnames(surname: str, cutoff: float) -> set[str]:
    hits = process.extract(surname, kb._people.surnames, scorer=fuzz.ratio, score_cutoff=cutoff, limit=SURNAME_HITS)
    return {hit for hit, _score, _idx in hits}


def test_blocked_surname_search_finds_what_a_full_scan_finds() -> None:
    surnames = kb._people.surnames
    sample = random.Random(7).sample(surnames, 300)
    # Short, long and made-up surnames too (repeated letters test the counts): the bound is loosest at the extremes.
    sample += [s for s in surnames if len(s) <= 3][:20] + [s for s in surnames if len(s) >= 14]
    sample += ["lukashenko", "tsikhanouskaya", "x", "abcdefghijklmnopqrstuvwxyz", "aaaaaaaa", "ssss"]
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


def _regex_key(text: str, conv: str) -> str:
    """The romanisation key as the rules read as regular expressions (how they were first applied)."""

    def compiled(rules: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern[str], str]]:
        out = []
        for pattern, repl in rules:
            core = re.escape(pattern.strip("^$"))
            anchored = ("^" if pattern.startswith("^") else "") + core + ("$" if pattern.endswith("$") else "")
            out.append((re.compile(anchored), repl))
        return out

    words = []
    for word in fold(text).split():
        for pattern, repl in compiled(CONVENTIONS[conv]):
            word = pattern.sub(repl, word)
        word = "".join(PHONEMES.get(ch, ch) for ch in word)
        word = re.sub(r"([a-z])\1+", r"\1", word)
        for pattern, repl in compiled(AFTER):
            word = pattern.sub(repl, word)
        words.append(word)
    return " ".join(words)


def test_keys_by_string_operations_equal_the_regular_expressions() -> None:
    names = [str(n) for (n,) in kb._rows("SELECT DISTINCT name FROM alias")]
    sample = [*random.Random(11).sample(names, 3000), "Sjtsjerbakov", "Dzjoegasjvili", "Tsjajkovski", "Ijsselmeer"]
    for name in sample:
        for conv in CONVENTIONS:
            assert key(name, conv) == _regex_key(name, conv), (name, conv)


@pytest.mark.parametrize("pattern", ["^ab", "ab$", "^ab$", "ab", "^a", "b$"])
@pytest.mark.parametrize("word", ["ab", "abab", "xab", "abx", "xabx", "a", "b", "ba", ""])
def test_a_rule_applies_as_its_regular_expression(pattern: str, word: str) -> None:
    (rule,) = _compile([(pattern, "Q")])
    assert _apply(word, rule) == re.sub(pattern, "Q", word)


def _plain_fold(text: str) -> str:
    """`fold` as first written: a character map, then every name decomposed and its marks dropped."""
    text = "".join(FOLD.get(ch, ch) for ch in text.lower())
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]+", " ", text).strip()


def test_fold_by_translation_equals_the_character_map() -> None:
    names = [str(n) for (n,) in kb._rows("SELECT DISTINCT name FROM alias")]
    sample = [*random.Random(13).sample(names, 3000), "Ærø", "Straße", "Łódź", "São Tomé", "İzmir", "x\u0301"]
    for name in sample:
        assert fold(name) == _plain_fold(name), name


def _demonym_by_queries(word: str, sentence_start: bool) -> KBEntity | None:
    """`country_by_demonym` as first written: a query per key and per stem."""
    if not word[:1].isupper() or not DEMONYM_FORM.match(word) or len(flat(word)) < 3:
        return None
    if kb.lookup(word, types=["LOC"], dutch_only=True):
        return None
    for conv in ("nl", "en"):
        rows = kb._rows(
            f"{kb._ENTITY} JOIN alias a ON a.entity = e.n WHERE a.key = ? AND a.kind = 'demonym' ORDER BY e.n",
            (key(word, conv),),
        )
        if len({kb._entity(r).id for r in rows}) == 1:
            return kb._entity(rows[0])
    for s in word_stems(word, sentence_start=sentence_start):
        rows = kb._rows(f"{kb._ENTITY} JOIN demonym_stem d ON d.entity = e.n WHERE d.stem = ? ORDER BY e.n", (s,))
        if len(rows) == 1:
            return kb._entity(rows[0])
        if rows:
            countries = [r for r in rows if r[4] == "country"]
            return kb._entity(countries[0]) if len(countries) == 1 else None
    return None


def test_demonyms_read_in_memory_answer_as_the_queries() -> None:
    listed = [str(n) for (n,) in kb._rows("SELECT DISTINCT name FROM alias WHERE kind = 'demonym'")]
    words = [n[:1].upper() + n[1:] for n in listed]
    words += [w[:-1] + "se" for w in words] + [
        "Litouwse",
        "Wit-Russische",
        "Indien",
        "Europese",
        "Nederlandse",
        "Grote",
    ]
    fresh = KnowledgeBase()
    for word in words:
        for sentence_start in (False, True):
            expected = _demonym_by_queries(word, sentence_start)
            assert fresh.country_by_demonym(word, sentence_start=sentence_start) == expected, word
