"""The corpus questions, on hand-filled readings, with the same answers from SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from duiding.errors import InputError
from duiding.store import Store
from duiding.store import queries as Q


def ids(result: dict) -> list[str]:
    return [item["id"] for item in result["items"]]


def test_search_stems_dutch_words(filled: Store) -> None:
    # Inflected forms meet at their stem: the singular finds the plural and back.
    assert ids(Q.search(filled, "verkiezing")) == ["hln-2020-10"]
    assert set(ids(Q.search(filled, "betoger"))) == {"seed-article", "standaard-2020-09-07", "hln-2020-10"}
    assert ids(Q.search(filled, "leningen")) == ["seed-article"]


def test_search_syntax_phrases_or_and_exclusion(filled: Store) -> None:
    assert ids(Q.search(filled, '"harde repressie"')) == ["seed-article"]
    assert set(ids(Q.search(filled, "Vilnius OR Utrecht"))) == {"hln-2020-10", "raad-2019"}
    assert set(ids(Q.search(filled, "betogers -Telegram"))) == {"standaard-2020-09-07"}
    assert Q.search(filled, "de het een")["total"] == 0  # stop words only: nothing, on both stores


def test_search_title_weighs_more_and_every_hit_has_a_snippet(filled: Store) -> None:
    result = Q.search(filled, "Minsk")
    assert result["items"][0]["id"] == "standaard-2020-09-07"  # "Minsk" in its title
    for item in result["items"]:
        assert "Minsk" in item["snippet"]


def test_search_facets_count_every_hit(filled: Store) -> None:
    result = Q.search(filled, "Loekasjenko", limit=1)
    assert result["total"] == 3 and len(result["items"]) == 1
    facets = result["facets"]
    assert {f["value"]: f["count"] for f in facets["source"]} == {"De Standaard": 1, "De Morgen": 1, "NOS": 1}
    assert {f["value"]: f["count"] for f in facets["entity_type"]}["PER"] == 3
    assert {f["value"]: f["count"] for f in facets["event_type"]}["ACCUSE"] == 3
    top = facets["entity"][0]
    assert (top["key"], top["count"]) == ("Q12861", 3)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Q.Filters(entity="Kolesnikova"), {"standaard-2020-09-07"}),
        (Q.Filters(entity="Q7747"), {"seed-article", "nos-2020-08-10", "wire-2020-09-14"}),
        (Q.Filters(entity_type="ORG", source="NOS"), {"nos-2020-08-10"}),
        (Q.Filters(event_type="COERCE"), {"seed-article", "standaard-2020-09-07"}),
        (Q.Filters(language="en"), {"wire-2020-09-14"}),
        (Q.Filters(source="HLN"), {"hln-2020-10"}),
    ],
)
def test_search_filters(filled: Store, filters: Q.Filters, expected: set[str]) -> None:
    assert set(ids(Q.search(filled, None, filters))) == expected


def test_date_filters_respect_partial_precision(filled: Store) -> None:
    # The yardstick is dated "2020-09" (month): it overlaps any range touching September 2020.
    mid_september = Q.Filters(date_from="2020-09-10", date_to="2020-09-12")
    assert ids(Q.search(filled, None, mid_september)) == ["seed-article"]
    # A year-dated article ("2019") overlaps a range in that year, and no other.
    assert ids(Q.search(filled, None, Q.Filters(date_from="2019-06", date_to="2019-06"))) == ["raad-2019"]
    # A range given as months runs from the first day of one to the last day of the other.
    september = set(ids(Q.search(filled, None, Q.Filters(date_from="2020-09", date_to="2020-09"))))
    assert september == {"seed-article", "standaard-2020-09-07", "wire-2020-09-14"}
    after = set(ids(Q.search(filled, None, Q.Filters(date_from="2020-09-30"))))
    assert after == {"seed-article", "hln-2020-10"}


def test_bad_filters_name_the_fix(filled: Store) -> None:
    with pytest.raises(InputError, match="date_from"):
        Q.search(filled, None, Q.Filters(date_from="2020-13"))
    with pytest.raises(InputError, match="swap"):
        Q.search(filled, None, Q.Filters(date_from="2020-10", date_to="2020-09"))
    with pytest.raises(InputError, match="only excludes"):
        Q.search(filled, "-Minsk")
    with pytest.raises(InputError, match="limit"):
        Q.search(filled, "Minsk", limit=0)


def test_pagination_is_stable(filled: Store) -> None:
    everything = ids(Q.search(filled, None, limit=50))
    pages = [ids(Q.search(filled, None, limit=2, offset=o)) for o in (0, 2, 4)]
    assert [i for page in pages for i in page] == everything and len(everything) == 6
    assert everything[0] == "hln-2020-10"  # newest first without a search


def test_entity_profile(filled: Store) -> None:
    p = Q.entity_profile(filled, "Loekasjenko")
    # The KB id links the spellings of four articles, the English one included.
    assert p["kb_ids"] == ["Q12861"] and p["articles"] == 4
    assert {a["text"] for a in p["aliases"]} >= {"Loekasjenko", "Aleksandr Loekasjenko", "Alexander Lukashenko"}
    assert {"text": "De Wit-Russische president", "kind": "nominal", "count": 1} in p["aliases"]
    assert p["mentions_over_time"] == [
        {"period": "2020-08", "mentions": 2, "articles": 1},
        {"period": "2020-09", "mentions": 10, "articles": 3},
    ]
    assert p["roles"][0] == {"role": "president", "count": 2}
    assert p["co_actors"][0]["key"] == "Q7747" and p["co_actors"][0]["events"] == 7
    assert {"role": "target", "event_type": "ACCUSE", "count": 2} in p["event_roles"]
    assert p["quotes_by"] == []
    assert {q["speaker"]["name"] for q in p["quotes_about"]} == {"kiescommissie", "Analisten", "Svetlana Tichanovskaja"}


def test_entity_profile_quotes_by(filled: Store) -> None:
    p = Q.entity_profile(filled, "Tichanovskaja")
    texts = [q["text"] for q in p["quotes_by"]]
    assert len(texts) == 4 and "'Wit-Rusland verdient vrije verkiezingen'" in texts
    telegram = [q for q in p["quotes_by"] if q["channel"] == "Telegram"]
    assert len(telegram) == 3 and telegram[0]["addressee"] == "Vladimir Poetin"


def test_unknown_entity_is_not_found(filled: Store) -> None:
    with pytest.raises(Q.NotFound):
        Q.entity_profile(filled, "Nobody Inparticular")


def test_entities_listing(filled: Store) -> None:
    listing = Q.entities(filled, entity_type="PER")
    assert listing["items"][0] == {"key": "Q12861", "name": "Aleksandr Loekasjenko", "type": "PER", "articles": 4}
    assert [i["key"] for i in Q.entities(filled, "tichanov")["items"]] == ["PER:svetlana tichanovskaja"]
    assert Q.entities(filled, "%")["total"] == 0  # a name, not a pattern


def test_timeline_of_a_pair_in_date_order(filled: Store) -> None:
    t = Q.timeline(filled, entities=["Poetin", "Loekasjenko"])
    assert t["total"] == 7
    dates = [(i["date"]["value"], i["date"]["from"]) for i in t["items"]]
    assert dates[0] == ("2020-08-10", "article")  # the event has no date: the article's date, and it says so
    assert dates[-2:] == [("2020-09-14", "event"), ("2020-09-14", "event")]
    aid = next(i for i in t["items"] if i["type"] == "AID" and i["article"]["id"] == "seed-article")
    assert aid["quantities"][0] == {
        "text": "1,5 miljard dollar",
        "value": 1500000000,
        "upper": None,
        "unit": "USD",
        "mod": None,
        "counts": "lening",
    }
    assert aid["sentence"].startswith("De Russische president kondigde aan")


def test_timeline_of_an_entity_and_of_a_search(filled: Store) -> None:
    t = Q.timeline(filled, entities=["Tichanovskaja"])
    assert [i["type"] for i in t["items"]] == ["ACCUSE", "REQUEST", "ACCUSE", "CONSULT"]
    arrests = Q.timeline(filled, q="opgepakt OR arresteerde", filters=Q.Filters(event_type="COERCE"))
    assert [(i["mode"], i["according_to"]) for i in arrests["items"]] == [
        ("arrest", None),
        ("arrest", "Viasna"),
        ("arrest", "ministerie van Binnenlandse Zaken"),
    ]
    with pytest.raises(InputError):
        Q.timeline(filled)


def test_network_edges_typed_and_weighted(filled: Store) -> None:
    net = Q.network(filled, Q.Filters(date_from="2020-09", date_to="2020-09"))
    edges = {(e["source"], e["target"], e["type"], e["directed"]): e["weight"] for e in net["edges"]}
    assert edges[("Q7747", "Q12861", "AID", True)] == 2  # two articles report the loan
    assert edges[("Q12861", "Q7747", "CONSULT", False)] == 2  # the meeting: actors together
    assert edges[("Q7747", "Q12861", "SUPPORT", True)] == 1
    assert ("Q7747", "Q12861", "SUPPORT", True) in edges and ("Q12861", "Q7747", "SUPPORT", True) in edges
    # August (the election article) is outside the range; so is the Vilnius meeting in October.
    assert all(
        e["type"] != "ACCUSE" or e["source"] != "PER:svetlana tichanovskaja" or e["target"] != "Q12861"
        for e in net["edges"]
    )
    names = {n["key"]: n["name"] for n in net["nodes"]}
    assert names["Q12861"] in {"Loekasjenko", "Aleksandr Loekasjenko", "Alexander Lukashenko"}
    # Both the seed (steunde) and NOS (feliciteerde) report Poetin supporting Loekasjenko.
    heavy = Q.network(filled, min_weight=2)
    assert {e["type"] for e in heavy["edges"]} == {"AID", "CONSULT", "SUPPORT"}


def test_quotes_by_speaker_and_topic(filled: Store) -> None:
    assert Q.quotes(filled, speaker="Tichanovskaja")["total"] == 4
    assert Q.quotes(filled, speaker="Analisten")["items"][0]["kind"] == "belief"  # a speaker as written
    topic = Q.quotes(filled, q="verkiezing")
    assert [i["article"]["id"] for i in topic["items"]] == ["hln-2020-10"]
    both = Q.quotes(filled, speaker="Tichanovskaja", q="afspraken")
    assert both["total"] == 1 and both["items"][0]["channel"] == "Telegram"
    direct = Q.quotes(filled, kind="direct", filters=Q.Filters(date_from="2020-09-01", date_to="2020-09-30"))
    assert direct["total"] == 3  # the yardstick's two on Telegram, Kolesnikova's; Vilnius is October


def test_numbers_put_contested_figures_side_by_side(filled: Store) -> None:
    groups = Q.numbers(filled, "betogers")["groups"]
    protesters = next(g for g in groups if g["counts"] == "betogers")
    assert protesters["contested"]
    by_value = {v["value"]: v for v in protesters["values"]}
    assert by_value[633]["sources"] == [{"source": "De Morgen", "according_to": "Viasna"}]
    assert {"source": "De Morgen", "according_to": "ministerie van Binnenlandse Zaken"} in by_value[774]["sources"]
    assert by_value[774]["reports"] == 2
    assert by_value[10000]["mod"] == "MORE_THAN"
    votes = Q.numbers(filled, "stemmen", counts="stemmen")["groups"]
    assert len(votes) == 1 and {v["value"] for v in votes[0]["values"]} == {80, 10}
    assert votes[0]["unit"] == "percent"


def test_article_by_id(filled: Store, fixture_readings: list[dict]) -> None:
    assert Q.article(filled, "raad-2019") == fixture_readings[4]
    with pytest.raises(Q.NotFound):
        Q.article(filled, "no-such-article")


def test_old_versions_are_not_searched(filled: Store, fixture_readings: list[dict]) -> None:
    import copy

    changed = copy.deepcopy(fixture_readings[4])
    changed["article"]["title"] = "Gewijzigde titel"
    filled.put(changed)
    assert Q.search(filled, "parkeren")["total"] == 0  # only the old title said "parkeren"
    assert Q.search(filled, "gewijzigde")["total"] == 1


def test_layer_details_reach_the_answers(store: Store, fixture_readings: list[dict]) -> None:
    """Fields the layers add (event coreference, text arguments, claimed numbers, ordinals) are used."""
    import copy

    r = copy.deepcopy(fixture_readings[1])  # Minsk, 6 September
    text = r["article"]["text"]
    start = text.index("tienduizenden betogers")
    r["events"][0]["actor_texts"] = [{"start": start, "end": start + 22, "text": "tienduizenden betogers"}]
    r["events"][2]["same_as"] = "v2"  # "arrestaties" repeats the arrest of "arresteerde"
    r["quantities"][0]["source"] = "c2"  # the layer's claim wins over the quote around the number
    r["quantities"][2]["ordinal"] = True  # pretend: a position, not an amount
    store.put(r)
    t = Q.timeline(store, q="Minsk")
    assert [i["type"] for i in t["items"]] == ["PROTEST", "COERCE", "ACCUSE"]
    assert t["items"][0]["actors"] == [{"name": "tienduizenden betogers", "type": None, "key": None}]
    groups = Q.numbers(store, "Minsk")["groups"]
    values = {v["value"]: v for g in groups for v in g["values"]}
    assert 10000 not in values
    assert values[633]["sources"] == [{"source": "De Morgen", "according_to": "ministerie van Binnenlandse Zaken"}]
