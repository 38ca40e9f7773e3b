"""Corpus-level identities for actors the KB lacks, kept across articles and romanisations."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from duiding.kb import nil
from duiding.kb.nil import MemoryNilStore, Resolver
from duiding.layers.entities import EntityLayer
from duiding.records import Entity
from tests.layers.entity_input import corpus, doc_with_names

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "entities-romanisations.jsonl"


def test_resolver_reuses_an_identity_across_romanisations() -> None:
    r = Resolver(MemoryNilStore())
    a = r.resolve("Svetlana Tichanovskaja", "PER", article="1")
    b = r.resolve("Sviatlana Tsikhanouskaya", "PER", article="2")
    c = r.resolve("Tichanovskaja", "PER", article="3")
    d = r.resolve("Svetlana Aleksijevitsj", "PER", article="3")
    assert a.id == b.id == c.id
    assert d.id != a.id
    assert a.id.startswith("nil:")
    assert b.first_article == "1" and set(b.names) >= {"Svetlana Tichanovskaja", "Sviatlana Tsikhanouskaya"}


def test_type_and_country_keep_identities_apart() -> None:
    r = Resolver(MemoryNilStore())
    person = r.resolve("Jordan", "PER")
    place = r.resolve("Jordan", "LOC")
    assert person.id != place.id
    x = r.resolve("Ivan Petrov", "PER", country="RU")
    y = r.resolve("Ivan Petrov", "PER", country="BG")
    assert x.id != y.id


def test_a_bare_surname_does_not_join_relatives() -> None:
    r = Resolver(MemoryNilStore())
    first = r.resolve("Bondarenko", "PER")
    full = r.resolve("Aleksandr Bondarenko", "PER")
    assert full.id == first.id  # the surname alone, then the full name: one person
    relative = r.resolve("Irina Bondarenko", "PER")
    assert relative.id != first.id
    assert r.resolve("Oleksandr Bondarenko", "PER").id == first.id  # another romanisation of him
    joeri = r.resolve("Joeri Bondarenko", "PER")
    assert joeri.id not in (first.id, relative.id)  # nor one another
    assert r.resolve("Yuri Bondarenko", "PER").id == joeri.id


def _random_names(n: int, seed: int) -> list[str]:
    """Made-up Slavic-looking names, some written again in an English romanisation."""
    rng = random.Random(seed)
    parts = ["ko", "loe", "mi", "sja", "ter", "vo", "ni", "ra", "bel", "do", "sjen", "tsje", "va", "ri", "gre", "oek"]
    given = ["Aleksandr", "Irina", "Joeri", "Olga", "Pavel", "Svetlana", "Nikolaj", "Tatjana", "Andrej", "Maria"]
    english = (("oe", "u"), ("sj", "sh"), ("tsj", "ch"), ("j", "y"))
    out = []
    for _ in range(n):
        name = "".join(rng.choice(parts) for _ in range(rng.randint(2, 4))).capitalize()
        if rng.random() < 0.3:
            for a, b in english:
                name = name.replace(a, b)
        out.append(name if rng.random() < 0.2 else f"{rng.choice(given)} {name}")
    return out


def test_ruling_out_by_surname_first_changes_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The quick surname check before scoring (`_surnames_may_reach`) only ever rules out people
    who could not have matched: the same names resolve the same with and without it."""
    names = _random_names(900, seed=5)

    def resolve_all() -> list[str]:
        r = Resolver(MemoryNilStore())
        return [r.resolve(n, "PER", article=str(i)).id for i, n in enumerate(names)]

    quick = resolve_all()
    monkeypatch.setattr(nil, "PREFILTER_FROM", 10**9)
    assert resolve_all() == quick
    assert len(set(quick)) < len(names)  # some names did meet an earlier identity


def test_ids_are_reproducible() -> None:
    first = [Resolver(MemoryNilStore()).resolve("Moehammad al-Sjarif", "PER").id for _ in range(2)]
    assert first[0] == first[1]


def _read_corpus() -> list[tuple[str, list[Entity]]]:
    layer = EntityLayer()
    out = []
    for item in corpus(FIXTURE):
        names: Any = item["names"]
        doc = doc_with_names(str(item["text"]), [tuple(n) for n in names], str(item["date"]))
        layer(doc)
        out.append((str(item["id"]), list(doc._.entities)))
    return out


def _by_surface(entities: list[Entity], surface: str) -> Entity:
    found = [e for e in entities if any(m.kind == "name" and m.text == surface for m in e.mentions)]
    assert len(found) == 1, (surface, [e.name for e in entities])
    return found[0]


def test_one_identity_across_articles_and_romanisations() -> None:
    """The fixture corpus writes two people the KB lacks in Dutch, English, German and French
    romanisations, and one it has; each keeps one identity through all four articles."""
    articles = _read_corpus()
    resolver = Resolver(MemoryNilStore())
    for article_id, entities in articles:
        resolver.assign(entities, article_id)
    ents = dict(articles)
    opposition = {
        _by_surface(ents["rom-1"], "Svetlana Tichanovskaja").kb_id,
        _by_surface(ents["rom-2"], "Sviatlana Tsikhanouskaya").kb_id,
        _by_surface(ents["rom-3"], "Swetlana Tichanowskaja").kb_id,
        _by_surface(ents["rom-4"], "Tichanovskaja").kb_id,
    }
    activist = {
        _by_surface(ents["rom-1"], "Moehammad al-Sjarif").kb_id,
        _by_surface(ents["rom-3"], "Muhammad al-Sharif").kb_id,
        _by_surface(ents["rom-4"], "Mohamed el-Charif").kb_id,
    }
    president = {
        _by_surface(ents["rom-1"], "Aleksandr Loekasjenko").kb_id,
        _by_surface(ents["rom-2"], "Alexander Lukashenko").kb_id,
        _by_surface(ents["rom-3"], "Alexandre Loukachenko").kb_id,
    }
    writer = _by_surface(ents["rom-3"], "Svetlana Aleksijevitsj").kb_id
    assert len(opposition) == 1 and next(iter(opposition)).startswith("nil:")  # type: ignore[union-attr]
    assert len(activist) == 1 and next(iter(activist)).startswith("nil:")  # type: ignore[union-attr]
    assert len(president) == 1 and next(iter(president)).startswith("kb:")  # type: ignore[union-attr]
    assert writer not in opposition | activist
    # Within one article the short form is the same entity as the full name.
    rom2 = _by_surface(ents["rom-2"], "Sviatlana Tsikhanouskaya")
    assert "Tsikhanouskaya" in [m.text for m in rom2.mentions]
