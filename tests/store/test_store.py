"""The store: every layer kept and given back whole, idempotent, versioned, on both stores."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from tests.helpers import assert_valid_reading

from duiding.errors import InputError
from duiding.records import SCHEMA
from duiding.store import Store, open_store
from duiding.store.migrations import LATEST
from duiding.store.records import content_hash


def test_schema_is_migrated_to_latest(store: Store) -> None:
    assert store.schema_version() == LATEST
    assert store.migrate() == LATEST  # a second time changes nothing
    assert store.counts()["articles"] == 0


def test_every_layer_round_trips(store: Store, fixture_readings: list[dict[str, Any]]) -> None:
    for r in fixture_readings:
        result = store.put(r)
        assert result.outcome == "stored"
        back = store.reading(result.article_id)
        assert back == r
        assert_valid_reading(back)
    counts = store.counts()
    assert counts["articles"] == len(fixture_readings)
    assert counts["entities"] == sum(len(r["entities"]) for r in fixture_readings)
    assert counts["mentions"] == sum(len(e["mentions"]) for r in fixture_readings for e in r["entities"])
    assert counts["events"] == sum(len(r["events"]) for r in fixture_readings)
    assert counts["event_arguments"] == sum(
        len(e["actors"]) + len(e["targets"]) + len(e["places"]) for r in fixture_readings for e in r["events"]
    )


def test_same_article_twice_is_stored_once(store: Store, fixture_readings: list[dict[str, Any]]) -> None:
    r = fixture_readings[1]
    first = store.put(r)
    again = store.put(copy.deepcopy(r))
    assert (first.outcome, again.outcome) == ("stored", "duplicate")
    assert again.article_id == first.article_id
    assert store.counts()["articles"] == 1


def test_changed_article_is_a_new_version(store: Store, fixture_readings: list[dict[str, Any]]) -> None:
    r = fixture_readings[4]
    first = store.put(r)
    changed = copy.deepcopy(r)
    changed["article"]["title"] = "Betaald parkeren in Utrecht (bijgewerkt)"
    second = store.put(changed)
    assert second.outcome == "new_version" and second.version == 2 and second.article_id != first.article_id
    assert store.current_article_id(r["article"]["id"]) == second.article_id
    assert store.article_ids(current_only=False) == [first.article_id, second.article_id]
    assert store.article_ids() == [second.article_id]
    assert store.reading(first.article_id) == r  # the old version is kept, whole


def test_content_hash_matches_the_article_records(fixture_readings: list[dict[str, Any]]) -> None:
    from duiding.readers import article_from_record

    art = fixture_readings[2]["article"]
    record = {"id": art["id"], "text": art["text"], "title": art["title"], "date": art["published"]["value"]}
    assert content_hash(art) == article_from_record(record, id=art["id"]).content_hash


def test_reading_keeps_fields_a_later_contract_adds(store: Store, fixture_readings: list[dict[str, Any]]) -> None:
    r = copy.deepcopy(fixture_readings[3])
    r["entities"][0]["aliases"] = ["Poetin", "Putin"]
    r["events"][0]["confidence"] = 0.8
    r["article"]["section"] = "world"
    r["coreference"] = [["e1", "e2"]]
    assert store.reading(store.put(r).article_id) == r


def test_not_a_reading_is_refused(store: Store) -> None:
    with pytest.raises(InputError, match=r"not a duiding\.reading/1"):
        store.put({"schema": "other", "article": {}})
    assert store.counts()["articles"] == 0


def test_a_failed_put_leaves_nothing_half_written(store: Store, fixture_readings: list[dict[str, Any]]) -> None:
    broken = copy.deepcopy(fixture_readings[0])
    # NOT NULL fails in the database, after the article and its first entities were written.
    broken["entities"][2]["mentions"][0]["sentence"] = None
    with pytest.raises(Exception, match=r"(?i)null"):
        store.put(broken)
    assert all(n == 0 for n in store.counts().values())


def test_errors_are_kept_once_and_counted(store: Store) -> None:
    err = InputError("broken JSON at line 1, column 2: x", "repair the JSON", "bad.jsonl:3")
    store.record_error(err, "read")
    store.record_error(err, "read")
    rows = store.errors()
    assert len(rows) == 1 and rows[0]["times"] == 2 and rows[0]["source"] == "bad.jsonl:3"


def test_reanalysis_replaces_records_and_keeps_model_versions(
    store: Store, fixture_readings: list[dict[str, Any]]
) -> None:
    r = fixture_readings[5]
    article_id = store.put(r).article_id
    newer = copy.deepcopy(r)
    newer["pipeline"] = {"tokenizer": "duiding-0.2.0", "ner": "nl_news-1.0.0"}
    newer["events"] = newer["events"][:1]
    for layer in ("entities", "quotes", "events"):
        for rec in newer[layer]:
            rec["provenance"] = {"component": layer, "version": "nl_news-1.0.0"}
    result = store.replace_analysis(article_id, newer)
    assert result.outcome == "reanalysed" and result.article_id == article_id
    assert store.reading(article_id) == newer
    assert store.counts()["events"] == 1
    row = store.article_row(article_id)
    assert row is not None and row["model"] == "nl_news-1.0.0"
    versions = store.fetch_all("SELECT DISTINCT component_version AS v FROM entities")
    assert versions == [{"v": "nl_news-1.0.0"}]


def test_a_newer_schema_is_refused(store_url: str) -> None:
    s = open_store(store_url)
    with s.transaction():
        s.fetch_all(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', :t) RETURNING version",
            {"t": "2030-01-01"},
        )
    s.close()
    with pytest.raises(InputError, match="newer than this duiding"):
        open_store(store_url)


def test_schema_name(fixture_readings: list[dict[str, Any]]) -> None:
    assert {r["schema"] for r in fixture_readings} == {SCHEMA}


def test_browsing_views(filled: Store) -> None:
    """The views datasette (or psql) shows: one row per event, quote and entity, with names and dates."""
    arrest = filled.fetch_one("SELECT * FROM event_table WHERE article = 'seed-article' AND type = 'COERCE'")
    assert arrest is not None
    assert (arrest["actors"], arrest["places"], arrest["date"], arrest["date_precision"]) == (
        "politie",
        "Minsk",
        "2020-09",
        "month",
    )
    assert arrest["sentence"].startswith("Zondag werden 774 betogers opgepakt")
    quote = filled.fetch_one("SELECT * FROM quote_table WHERE channel = 'Telegram' ORDER BY quote_id")
    assert quote is not None and quote["speaker"] == "Svetlana Tichanovskaja"
    n = filled.fetch_value("SELECT COUNT(*) AS n FROM entity_table")
    assert n == filled.counts()["entities"]
    assert filled.fetch_value("SELECT COUNT(*) AS n FROM current_articles") == 6


def _with_newer_fields(reading: dict[str, Any]) -> dict[str, Any]:
    """The seed fixture with fields the layers added to the contract after schema version 1."""
    r = copy.deepcopy(reading)
    r["events"][0]["factuality"] |= {"modality": "wil", "future": True}
    r["events"][1]["same_as"] = r["events"][0]["id"]
    r["events"][2]["actor_texts"] = [{"start": 0, "end": 2, "text": r["article"]["text"][:2]}]
    r["quantities"][0] |= {"source": "c1", "upper": 2.0e9, "ordinal": False}
    r["quantities"][1]["ordinal"] = True
    r["quotes"][0] |= {"cue_lemma": "schrijven", "addressee_text": "Poetin", "time": "t1", "parts": [[1, 5]]}
    r["times"][0]["note"] = "the day is one of four Mondays"
    return r


def test_newer_contract_fields_round_trip_and_fill_columns(
    store: Store, fixture_readings: list[dict[str, Any]]
) -> None:
    r = _with_newer_fields(fixture_readings[0])
    article_id = store.put(r).article_id
    assert store.reading(article_id) == r
    ev = store.fetch_all("SELECT local_id, same_as, modality, future FROM events ORDER BY position LIMIT 2")
    assert ev == [
        {"local_id": "v1", "same_as": None, "modality": "wil", "future": 1},
        {"local_id": "v2", "same_as": "v1", "modality": None, "future": None},
    ]
    q = store.fetch_one("SELECT source_local_id, upper, ordinal FROM quantities WHERE local_id = 'q1'")
    assert q == {"source_local_id": "c1", "upper": 2.0e9, "ordinal": 0}
    assert store.fetch_value("SELECT cue_lemma FROM quotes WHERE local_id = 'c1'") == "schrijven"


def test_migration_brings_an_old_database_up_to_date(store_url: str, fixture_readings: list[dict[str, Any]]) -> None:
    from duiding.store.migrations import _DERIVED
    from duiding.store.records import flatten

    opened: Any
    if store_url.startswith("postgresql://"):
        from duiding.store.postgres import PostgresStore

        opened = PostgresStore(store_url, migrate_to=1)
    else:
        from duiding.store.sqlite import SQLiteStore

        opened = SQLiteStore(store_url, migrate_to=1)
    assert opened.schema_version() == 1
    r = _with_newer_fields(fixture_readings[0])
    rows = flatten(r)
    for table, column, _, _ in _DERIVED:  # as duiding wrote them at schema version 1
        for row in getattr(rows, table):
            row.pop(column)
    article_id = opened.put_rows([rows])[0].article_id
    opened.close()
    migrated = open_store(store_url)
    assert migrated.schema_version() == LATEST
    assert migrated.reading(article_id) == r
    assert migrated.fetch_value("SELECT modality FROM events WHERE local_id = 'v1'") == "wil"
    assert migrated.fetch_value("SELECT future FROM events WHERE local_id = 'v1'") == 1
    assert migrated.fetch_value("SELECT same_as FROM events WHERE local_id = 'v2'") == "v1"
    assert migrated.fetch_value("SELECT upper FROM quantities WHERE local_id = 'q1'") == 2.0e9
    assert migrated.fetch_value("SELECT ordinal FROM quantities WHERE local_id = 'q2'") == 1
    assert migrated.fetch_value("SELECT note FROM times WHERE local_id = 't1'") == "the day is one of four Mondays"
    migrated.close()
