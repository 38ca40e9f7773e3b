"""NIL identities in the store: an actor the knowledge base lacks keeps one `nil:` id across
articles and romanisations, made inside the article's transaction, the same on every run."""

from __future__ import annotations

import copy
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from tests.store.test_ingest import _count, _processes_using

import duiding.pipeline
from duiding.store import Store, open_store
from duiding.store import queries as Q
from duiding.store.ingest import ingest, reanalyse
from duiding.store.records import flatten

ROMANISATIONS = Path(__file__).resolve().parents[1] / "fixtures" / "entities-romanisations.jsonl"
needs_model = pytest.mark.skipif(
    not duiding.pipeline.model_available(),
    reason="needs the trained model at src/duiding/models/nl_news/: without it no names are found beyond the KB",
)


def _identities(store: Store) -> list[dict[str, Any]]:
    """The identity tables, less their timestamps."""
    rows = store.fetch_all("SELECT id, type, name, country, first_article, keys, names FROM nil_identities ORDER BY id")
    blocks = store.fetch_all("SELECT type, block, identity_id FROM nil_blocks ORDER BY identity_id, type, block")
    return rows + blocks


def _keys(store: Store) -> dict[tuple[str, str], str]:
    """(article, entity) -> entity key, over current articles."""
    rows = store.fetch_all(
        "SELECT a.external_id, e.local_id, e.entity_key FROM entities e JOIN articles a ON a.id = e.article_id"
        " WHERE a.is_current = 1"
    )
    return {(r["external_id"], r["local_id"]): r["entity_key"] for r in rows}


def _key_of(store: Store, article: str, written: str) -> tuple[str, str]:
    """The key and type of the one entity of `article` with a name mention written `written`."""
    rows = store.fetch_all(
        "SELECT DISTINCT e.entity_key, e.type FROM entities e JOIN articles a ON a.id = e.article_id"
        " JOIN mentions m ON m.entity_id = e.id WHERE a.external_id = :a AND m.text = :t AND m.kind = 'name'",
        {"a": article, "t": written},
    )
    assert len(rows) == 1, (article, written, rows)
    return rows[0]["entity_key"], rows[0]["type"]


# Without the model: the hand-made readings, whose unlinked entities carry no kb_id.


def test_a_rolled_back_batch_leaves_no_identities(store: Store, fixture_readings: list[dict[str, Any]]) -> None:
    good = flatten(fixture_readings[0])
    broken = copy.deepcopy(fixture_readings[2])
    broken["entities"][1]["id"] = broken["entities"][0]["id"]  # two entities, one id: the batch fails
    with pytest.raises(Exception):  # noqa: B017 - whatever the backend raises for the duplicate key
        store.put_rows([good, flatten(broken)], resolve_nil=True)
    assert store.counts()["articles"] == 0 and store.counts()["nil_identities"] == 0
    assert all(e["kb_id"] is None or e["kb_id"].startswith("Q") for e in good.entities)  # rows left as given
    store.put_rows([good], resolve_nil=True)
    made = _identities(store)
    assert made and all(r["id"].startswith("nil:") for r in made if "id" in r)
    unlinked = [e for e in fixture_readings[0]["entities"] if not e.get("kb_id")]
    stored = store.fetch_all("SELECT local_id, kb_id, entity_key FROM entities WHERE kb_id LIKE 'nil:%'")
    assert {r["local_id"] for r in stored} == {
        e["id"] for e in unlinked if any(m["kind"] == "name" for m in e["mentions"])
    }
    assert all(r["kb_id"] == r["entity_key"] for r in stored)


def test_same_readings_in_the_same_order_give_the_same_ids(
    store_url: str, tmp_path: Path, fixture_readings: list[dict[str, Any]]
) -> None:
    first = open_store(store_url)
    first.put_many([(r, (), None) for r in fixture_readings], resolve_nil=True)
    second = open_store(tmp_path / "again.db")
    for r in fixture_readings:  # one transaction each this time
        second.put(r, resolve_nil=True)
    assert _identities(first) == _identities(second) and _keys(first) == _keys(second)
    # The same readings again are duplicates: no identity is made or changed.
    before = _identities(first)
    assert {p.outcome for p in first.put_many([(r, (), None) for r in fixture_readings], resolve_nil=True)} == {
        "duplicate"
    }
    assert _identities(first) == before
    # Stored without resolution, a reading is kept exactly as given.
    plain = open_store(tmp_path / "plain.db")
    plain.put(fixture_readings[0])
    assert plain.reading(1) == fixture_readings[0] and plain.counts()["nil_identities"] == 0
    for s in (first, second, plain):
        s.close()


# With the model: articles read by the whole pipeline, as `duiding ingest` stores them.


@needs_model
def test_an_actor_the_kb_lacks_keeps_one_identity_across_romanisations(store: Store, tmp_path: Path) -> None:
    report = ingest([str(ROMANISATIONS)], store, workers=0, progress=False)
    assert report.stored == 4 and not report.bad
    # The activist: Dutch, English and French romanisations of one Arabic name, in three articles.
    activist = {
        _key_of(store, a, w)
        for a, w in (("rom-1", "Moehammad al-Sjarif"), ("rom-3", "Muhammad al-Sharif"), ("rom-4", "Mohamed el-Charif"))
    }
    assert len(activist) == 1
    activist_id, activist_type = activist.pop()
    assert activist_id.startswith("nil:") and activist_type == "PER"
    # The opposition leader: Dutch, English and German romanisations of one Belarusian name.
    leader = {
        _key_of(store, a, w)[0]
        for a, w in (
            ("rom-1", "Svetlana Tichanovskaja"),
            ("rom-2", "Sviatlana Tsikhanouskaya"),
            ("rom-3", "Swetlana Tichanowskaja"),
        )
    }
    assert len(leader) == 1
    leader_id = leader.pop()
    assert leader_id.startswith("nil:") and leader_id != activist_id
    surname_only, surname_type = _key_of(store, "rom-4", "Tichanovskaja")
    assert surname_type != "PER" or surname_only == leader_id  # the bare surname joins her, typed as a person
    # Another Svetlana is another person.
    writer, _ = _key_of(store, "rom-3", "Svetlana Aleksijevitsj")
    assert writer.startswith("nil:") and writer not in (leader_id, activist_id)
    # The president is in the knowledge base: linked there, in every romanisation, never a NIL identity.
    president = {
        _key_of(store, a, w)[0]
        for a, w in (
            ("rom-1", "Aleksandr Loekasjenko"),
            ("rom-2", "Alexander Lukashenko"),
            ("rom-3", "Alexandre Loukachenko"),
        )
    }
    assert len(president) == 1 and not next(iter(president)).startswith("nil:")

    # The profile, by the id or by any spelling, lists the mentions in all articles.
    profile = Q.entity_profile(store, activist_id)
    assert profile["articles"] == 3 and profile["keys"] == [activist_id]
    written = {a["text"] for a in profile["aliases"] if a["kind"] == "name"}
    assert written >= {"Moehammad al-Sjarif", "Muhammad al-Sharif", "Mohamed el-Charif"}
    assert sum(p["mentions"] for p in profile["mentions_over_time"]) == store.fetch_value(
        "SELECT COUNT(*) AS n FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.entity_key = :k",
        {"k": activist_id},
    )
    [identity] = profile["identities"]
    assert identity["id"] == activist_id and identity["first_article"] == "rom-1"
    assert set(identity["names"]) == {"Moehammad al-Sjarif", "Muhammad al-Sharif", "Mohamed el-Charif"}
    for spelling in ("Muhammad al-Sharif", "Mohamed el-Charif", "moehammad al-sjarif"):
        assert Q.resolve_entity(store, spelling) == Q.resolve_entity(store, activist_id)
    assert Q.entity_profile(store, "Sviatlana Tsikhanouskaya")["articles"] >= 3
    for by in (activist_id, "Mohamed el-Charif"):  # the search's entity facet follows him too
        found = Q.search(store, filters=Q.Filters(entity=by), facets=False)
        assert {i["id"] for i in found["items"]} == {"rom-1", "rom-3", "rom-4"}

    # Her timeline and network follow the identity across articles, by id or by any spelling.
    for who in (leader_id, "Svetlana Tichanovskaja", "Swetlana Tichanowskaja"):
        t = Q.timeline(store, entities=[who])
        expected = store.fetch_value(
            "SELECT COUNT(DISTINCT v.id) AS n FROM events v JOIN event_arguments r ON r.event_id = v.id"
            " JOIN entities e ON e.id = r.entity_id WHERE e.entity_key = :k AND v.same_as IS NULL",
            {"k": leader_id},
        )
        assert t["total"] == expected
    articles = {i["article"]["id"] for i in Q.timeline(store, entities=[leader_id])["items"]}
    assert len(articles) >= 2, "the events layer found her acting in fewer than two articles"
    by_id = Q.network(store, Q.Filters(entity=leader_id))
    assert by_id == Q.network(store, Q.Filters(entity="Sviatlana Tsikhanouskaya"))
    assert any(leader_id in (e["source"], e["target"]) for e in by_id["edges"])


@needs_model
def test_reruns_give_the_same_ids(store_url: str, tmp_path: Path) -> None:
    whole = open_store(store_url)
    ingest([str(ROMANISATIONS)], whole, workers=0, progress=False)
    ids, keys = _identities(whole), _keys(whole)
    assert any(k.startswith("nil:") for k in keys.values())
    # Ingesting again stores nothing and changes no identity.
    assert ingest([str(ROMANISATIONS)], whole, workers=0, progress=False).already_stored == 4
    assert (_identities(whole), _keys(whole)) == (ids, keys)
    # Re-analysing everything resolves every article again, to the same identities.
    assert reanalyse(whole, workers=0, everything=True, progress=False).reanalysed == 4
    assert _keys(whole) == keys
    whole.close()
    # Elsewhere, in two worker processes, stopped after two articles and then resumed: the same ids.
    lines = ROMANISATIONS.read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "first-two.jsonl").write_text("".join(lines[:2]), encoding="utf-8")
    resumed = open_store(tmp_path / "resumed.db")
    ingest([str(tmp_path / "first-two.jsonl")], resumed, workers=2, progress=False)
    report = ingest([str(ROMANISATIONS)], resumed, workers=2, progress=False)
    assert (report.already_stored, report.stored) == (2, 2)
    assert (_identities(resumed), _keys(resumed)) == (ids, keys)
    resumed.close()


_GIVEN = ["Aleksandr", "Oleksandr", "Svetlana", "Tatjana", "Joeri", "Nikolaj", "Irina", "Andrej", "Olga", "Pavel"]
_SURNAMES = [
    ("Bondarenko", "Bondarenko"),
    ("Tkatsjenko", "Tkachenko"),
    ("Sjevtsjoek", "Shevchuk"),
    ("Kravtsjoek", "Kravchuk"),
    ("Melnytsjoek", "Melnychuk"),
    ("Zjoeravljov", "Zhuravlyov"),
    ("Charitonova", "Kharitonova"),
    ("Oestinova", "Ustinova"),
]
_PLACES = ["Utrecht", "Gent", "Rotterdam", "Antwerpen"]


def _nil_corpus(path: Path, n: int) -> Path:
    """Short articles quoting people the KB lacks. Each person is in two neighbouring articles,
    written first in one romanisation and then in the other, so the ids, the fullest names and the
    order of the names depend on the order the articles are stored in."""
    lines = []
    for i in range(n):
        person = i // 2
        given = _GIVEN[person % len(_GIVEN)]
        surname = _SURNAMES[person % len(_SURNAMES)][(i + person) % 2]
        other_given, other = _GIVEN[(person + 3) % len(_GIVEN)], _SURNAMES[(person + 5) % len(_SURNAMES)][i % 2]
        text = (
            f"{given if i % 2 else ''} {surname} zei maandag in {_PLACES[i % 4]} dat de regering moet aftreden. "
            f"Volgens {surname} zijn er {i + 3} mensen opgepakt. "
            f"Ook {other_given} {other} sprak op de bijeenkomst."
        ).strip()
        record = {"id": f"nil-{i:04d}", "date": f"2021-{i % 12 + 1:02d}-{i % 28 + 1:02d}", "text": text}
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "duiding", "ingest", str(corpus), "--db", str(db), "--workers", "2", "--no-progress"]


@needs_model
def test_kill_9_mid_ingest_then_rerun_gives_the_same_identities(tmp_path: Path) -> None:
    corpus = _nil_corpus(tmp_path / "nil.jsonl", 160)
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    subprocess.run(_ingest_cmd(corpus, whole), check=True, capture_output=True, timeout=600)

    proc = subprocess.Popen(_ingest_cmd(corpus, killed), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while _count(killed) < 10 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    at_kill = _count(killed)
    assert 10 <= at_kill < 160, f"killed at {at_kill} articles: not in the middle"
    time.sleep(0.5)
    assert _processes_using(str(killed)) == []

    rerun = subprocess.run([*_ingest_cmd(corpus, killed), "--json"], capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    a, b = open_store(whole, read_only=True), open_store(killed, read_only=True)
    assert a.counts() == b.counts() and b.counts()["articles"] == 160
    assert b.counts()["nil_identities"] > 0
    assert _identities(a) == _identities(b)
    assert _keys(a) == _keys(b)
    a.close()
    b.close()
