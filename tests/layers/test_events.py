"""The events layer: PLOVER-typed triggers, arguments from the parse, factuality, time and date."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

import duiding.pipeline
from duiding.evaluation.events import match, read_events_gold, roles_agree
from duiding.lang.nl import events as data
from duiding.layers.events.lexicon import lexicon, parse_sense
from duiding.layers.events.morphology import split_lemma, verb_forms
from duiding.pipeline import analyse
from duiding.readers import article_from_record
from duiding.records import Event, Reading
from tests.helpers import assert_valid_reading

GOLD = Path(__file__).resolve().parents[1] / "gold" / "events-dev.jsonl"
needs_model = pytest.mark.skipif(
    not duiding.pipeline.model_available(), reason="needs the trained backbone (POS, parse, NER)"
)


def read(nlp, text: str, date: str = "2021-03-15") -> Reading:
    return analyse(article_from_record({"text": text, "date": date}, id="t"), nlp)


def typed(reading: Reading, type_: str) -> list[Event]:
    return [e for e in reading.events if e.type == type_]


def names(reading: Reading, ids: Iterable[str]) -> set[str]:
    by_id = {e.id: e for e in reading.entities}
    return {by_id[i].name for i in ids}


def mention_texts(reading: Reading, ids: Iterable[str]) -> set[str]:
    by_id = {e.id: e for e in reading.entities}
    return {m.text for i in ids for m in by_id[i].mentions} | names(reading, ids)


# --- the lexicon and the morphology -------------------------------------------------------


def test_lexicon_covers_every_plover_type() -> None:
    lex = lexicon()
    types = {s.type for senses in lex.verbs.values() for s in senses}
    types |= {s.type for senses in lex.nouns.values() for s in senses}
    assert set(data.PLOVER_TYPES) <= types
    assert len(data.PLOVER_TYPES) == 16


def test_senses_parse_and_unknown_types_are_refused() -> None:
    sense = parse_sense("COERCE/arrest if obj:human ; target=obj|tegen")
    assert (sense.type, sense.mode) == ("COERCE", "arrest")
    assert [(c.kind, c.arg) for c in sense.conditions] == [("obj", "human")]
    assert sense.roles["target"] == ("obj", "tegen")
    with pytest.raises(ValueError):
        parse_sense("ARREST/police")


def test_separable_verb_forms() -> None:
    assert split_lemma("oppakken") == ("op", "pakken")
    forms = {(f.text, f.kind) for f in verb_forms("oppakken")}
    assert {("pakte", "finite"), ("oppakte", "joined"), ("opgepakt", "participle")} <= forms
    assert split_lemma("onderhandelen") == (None, "onderhandelen")
    assert split_lemma("aanvaarden") == (None, "aanvaarden")


@pytest.mark.parametrize(
    ("lemma", "form"),
    [
        ("verbieden", "verboden"),
        ("arresteren", "gearresteerd"),
        ("executeren", "geëxecuteerd"),
        ("uitwijzen", "uitgewezen"),
        ("toezeggen", "zegde"),
        ("komen", "kwamen"),
        ("reizen", "reisde"),
        ("beschuldigen", "beschuldigd"),
        ("overlijden", "overleed"),
    ],
)
def test_verb_forms(lemma: str, form: str) -> None:
    assert form in {f.text for f in verb_forms(lemma)}


# --- text-level triggers: the blank backbone, no parse -----------------------------------------


@pytest.fixture(scope="module")
def blank():
    return duiding.pipeline.load("blank")


def test_text_level_separable_arrest(blank) -> None:
    reading = read(blank, "De politie pakte gisteren in Rotterdam twaalf jongeren op na de rellen.")
    (arrest,) = typed(reading, "COERCE")
    assert (arrest.mode, arrest.trigger.text) == ("arrest", "pakte")
    assert [p.text for p in arrest.trigger_parts] == ["op"]
    assert [e.mode for e in typed(reading, "PROTEST")] == ["riot"]


def test_text_level_passive_arrest_and_idiom(blank) -> None:
    reading = read(blank, "Zondag werden 774 betogers opgepakt. Zondag kwamen 100.000 mensen de straat op.")
    assert [(e.type, e.mode, e.trigger.text) for e in reading.events] == [
        ("COERCE", "arrest", "opgepakt"),
        ("PROTEST", "demo", "kwamen"),
    ]
    assert [p.text for p in reading.events[1].trigger_parts] == ["de straat op"]


def test_text_level_condition_keeps_a_bag_from_being_an_arrest(blank) -> None:
    reading = read(blank, "Hij pakte zijn tas op en vertrok.")
    assert not typed(reading, "COERCE")


def test_text_level_nouns_and_negation(blank) -> None:
    reading = read(blank, "Het IMF verleent Sri Lanka een noodlening. De politie heeft niemand gearresteerd.")
    loan, arrest = reading.events
    assert (loan.type, loan.mode, loan.trigger.text) == ("AID", "economic", "noodlening")
    assert (arrest.type, arrest.factuality.polarity) == ("COERCE", "NEG")
    assert loan.factuality.polarity == "POS"


def test_events_without_parse_name_no_arguments(blank) -> None:
    reading = read(blank, "De politie arresteerde zondag in Hongkong 53 activisten.")
    (arrest,) = typed(reading, "COERCE")
    assert arrest.actors == arrest.targets == [] and arrest.actor_texts == arrest.target_texts == []


# --- the reading: every layer run ---------------------------------------------------------


def test_seed_reading_is_valid_with_events(seed_reading: Reading) -> None:
    reading = seed_reading.to_json()
    assert_valid_reading(reading)
    text = reading["article"]["text"]
    events = reading["events"]
    assert [e["id"] for e in events] == [f"event{n}" for n in range(1, len(events) + 1)]
    types = set(data.PLOVER_TYPES) | {"OTHER"}
    for ev in events:
        assert ev["type"] in types
        assert ev["provenance"]["component"] == "duiding_events"
        sentence = reading["sentences"][ev["sentence"]]
        assert sentence["start"] <= ev["trigger"]["start"] < sentence["end"]
        for span in ev["trigger_parts"] + ev["actor_texts"] + ev["target_texts"]:
            assert text[span["start"] : span["end"]] == span["text"]
        date = ev["date"]
        assert date is not None
        if date["source"] == "published":
            assert (date["value"], date["precision"]) == ("2020-09", "month")  # never more precise than the header


def test_seed_has_the_protests_and_arrests(seed_reading: Reading) -> None:
    """Found with or without the parse: the lexicon's triggers on the yardstick."""
    protests = typed(seed_reading, "PROTEST")
    assert {"protesten", "volksprotesten", "kwamen"} <= {e.trigger.text for e in protests}
    (arrest,) = [e for e in typed(seed_reading, "COERCE") if e.mode == "arrest"]
    assert arrest.trigger.text == "opgepakt"


# --- the evaluation -------------------------------------------------------------------------


def test_gold_has_200_events_over_all_types() -> None:
    records = read_events_gold(GOLD)
    gold = [e for r in records for e in r.layers["events"]]
    assert len(gold) >= 200
    assert set(data.PLOVER_TYPES) <= {e["type"] for e in gold}
    for r in records:
        for e in r.layers["events"]:
            assert r.text[e["start"] : e["end"]] == e["trigger"]


def test_roles_agree_needs_both_ways() -> None:
    assert roles_agree([(0, 10)], [[(4, 10)]])
    assert not roles_agree([(0, 10)], [[(4, 10)], [(20, 25)]])  # a spurious extra argument
    assert not roles_agree([(0, 10), (20, 25)], [[(4, 10)]])  # a missed argument
    assert roles_agree([], [])


def test_match_prefers_typed_and_uses_parts(blank) -> None:
    text = "De politie pakte twaalf jongeren op."
    reading = read(blank, text)
    start = text.index(" op") + 1
    gold = [{"trigger": "op", "start": start, "end": start + 2, "type": "COERCE"}]
    ((_gold, p),) = match(gold, reading.events)
    assert p is not None and p.type == "COERCE"


# --- the yardstick, read from the parse --------------------------------------------------------


def one(events: list[Event], what: str) -> Event:
    assert len(events) >= 1, what
    return events[0]


@needs_model
def test_seed_meeting(seed_reading: Reading) -> None:
    meeting = one([e for e in typed(seed_reading, "CONSULT") if e.trigger.text == "onderhoud"], "onderhoud")
    people = names(seed_reading, meeting.actors + meeting.targets)
    assert any("Loekasjenko" in n for n in people) and any("Poetin" in n for n in people)
    assert any("Sotsji" in n for n in names(seed_reading, meeting.places))
    time = next(t for t in seed_reading.times if t.id == meeting.time)
    assert time.text.lower() == "maandag"
    assert meeting.date is not None and meeting.date["value"].startswith("2020-09")
    if meeting.date["precision"] != "day":
        assert meeting.date["candidates"]  # the Mondays the evidence leaves open
    later = [e for e in typed(seed_reading, "CONSULT") if e.same_as == meeting.id]
    assert {"gesprek", "meeting"} <= {e.trigger.text for e in later}


@needs_model
def test_seed_loan(seed_reading: Reading) -> None:
    loan = one([e for e in typed(seed_reading, "AID") if e.trigger.text == "lening"], "lening")
    assert loan.mode == "economic"
    assert any("Loekasjenko" in n for n in names(seed_reading, loan.targets))
    assert not any("Loekasjenko" in n for n in names(seed_reading, loan.actors))
    amounts = [q for q in seed_reading.quantities if q.id in loan.quantities]
    assert [(q.value, q.unit) for q in amounts] == [(1_500_000_000, "USD")]


@needs_model
def test_seed_sunday_protest(seed_reading: Reading) -> None:
    protest = one([e for e in typed(seed_reading, "PROTEST") if e.trigger.text == "kwamen"], "kwamen")
    assert protest.mode == "demo"
    sizes = [q for q in seed_reading.quantities if q.id in protest.quantities]
    assert [(q.value, q.mod) for q in sizes] == [(100_000, "MORE_THAN")]
    assert any("Loekasjenko" in n for n in names(seed_reading, protest.targets))
    time = next(t for t in seed_reading.times if t.id == protest.time)
    assert time.text.lower() == "zondag"


@needs_model
def test_seed_arrests(seed_reading: Reading) -> None:
    (arrest,) = [e for e in typed(seed_reading, "COERCE") if e.mode == "arrest"]
    assert [a.text for a in arrest.target_texts] == ["774 betogers"]
    counts = sorted(q.value for q in seed_reading.quantities if q.id in arrest.quantities)
    assert counts == [500, 774]
    assert names(seed_reading, arrest.places) == {"Minsk"}
    assert arrest.factuality.certainty == "CERTAIN" and arrest.factuality.polarity == "POS"


@needs_model
def test_seed_election(seed_reading: Reading) -> None:
    election = one([e for e in seed_reading.events if e.mode == "election"], "election")
    assert election.trigger.text == "presidentsverkiezingen"
    assert election.date == {"value": "2020-08-09", "precision": "day", "source": "linked"}


@needs_model
def test_seed_move_to_lithuania(seed_reading: Reading) -> None:
    move = one([e for e in seed_reading.events if e.mode == "travel"], "travel")
    assert move.trigger.text == "reisde"
    assert any("Tichanovskaja" in n for n in names(seed_reading, move.actors))
    assert names(seed_reading, move.places) == {"Litouwen"}
    # the relative clause names no time: `maandag` belongs to `waarschuwde`, not to the journey
    assert move.time is None
    assert move.date == {"value": "2020-09", "precision": "month", "source": "published"}


@needs_model
def test_seed_not_planning_to_drop_him(seed_reading: Reading) -> None:
    drop = one([e for e in seed_reading.events if e.trigger.text in ("laten", "vallen")], "laten vallen")
    assert drop.factuality.polarity == "NEG"
    assert drop.factuality.modality == "van plan"


# --- arguments from the parse ------------------------------------------------------------------


@needs_model
def test_passive_agent_is_the_actor(nlp) -> None:
    reading = read(nlp, "Zaterdag werden in Moskou meer dan 1.400 demonstranten door de oproerpolitie opgepakt.")
    (arrest,) = typed(reading, "COERCE")
    assert [a.text for a in arrest.actor_texts] == ["de oproerpolitie"]
    assert [a.text for a in arrest.target_texts] == ["meer dan 1.400 demonstranten"]
    assert names(reading, arrest.places) == {"Moskou"}


@needs_model
def test_tegen_phrase_is_the_target_and_coordinated_actors(nlp) -> None:
    reading = read(nlp, "Israël en Hamas stemden in met een staakt-het-vuren.")
    (agree,) = typed(reading, "AGREE")
    assert names(reading, agree.actors) == {"Israël", "Hamas"}
    reading = read(nlp, "Tienduizenden Georgiërs betoogden zaterdag in Tbilisi tegen de omstreden wet.")
    (protest,) = typed(reading, "PROTEST")
    assert [a.text for a in protest.target_texts] == ["de omstreden wet"]
    assert names(reading, protest.places) == {"Tbilisi"}


@needs_model
def test_light_verb_lends_its_subject_to_the_noun(nlp) -> None:
    reading = read(nlp, "De Wereldbank verstrekte Egypte een lening van drie miljard dollar.")
    (loan,) = typed(reading, "AID")
    assert loan.trigger.text == "lening" and [p.text for p in loan.trigger_parts] == ["verstrekte"]
    assert names(reading, loan.actors) == {"Wereldbank"} or "De Wereldbank" in mention_texts(reading, loan.actors)
    assert "Egypte" in names(reading, loan.targets)


@needs_model
def test_factuality_cues(nlp) -> None:
    reading = read(nlp, "De minister is niet van plan af te treden.")
    (resign,) = typed(reading, "RETREAT")
    assert (resign.factuality.certainty, resign.factuality.polarity) == ("PROBABLE", "NEG")
    reading = read(nlp, "Misschien trekt Rusland zijn troepen terug uit Transnistrië.")
    (retreat,) = typed(reading, "RETREAT")
    assert retreat.factuality.certainty == "POSSIBLE"
    reading = read(nlp, "Japan zal Vietnam helpen bij de bouw van een haven.")
    (help_,) = [e for e in reading.events if e.trigger.text == "helpen"]
    assert help_.factuality.future and help_.type == "AGREE"  # future aid is an agreement (PLOVER 3.1)


@needs_model
def test_country_adjective_and_compound_name_the_actor(nlp) -> None:
    reading = read(nlp, "De Russische aanval op Kiev duurde uren.")
    (attack,) = typed(reading, "ASSAULT")
    assert names(reading, attack.actors) == {"Rusland"}
    assert names(reading, attack.targets) == {"Kiev"}
    reading = read(nlp, "De volksprotesten braken uit in augustus.")
    (protest,) = typed(reading, "PROTEST")
    assert [a.text for a in protest.actor_texts] == ["volk"]  # a part of the word, at its own offsets
    assert reading.article.text[protest.actor_texts[0].start : protest.actor_texts[0].end] == "volk"


@needs_model
def test_agreement_puts_subject_and_object_right(nlp) -> None:
    text = "Hij is een koele minnaar van de president, maar kan de protesten niet zomaar toelaten."
    reading = read(nlp, text)
    (allow,) = [e for e in reading.events if e.trigger.text == "toelaten"]
    assert [a.text for a in allow.target_texts] == ["de protesten"]
    assert "de protesten" not in [a.text for a in allow.actor_texts]
    assert (allow.factuality.certainty, allow.factuality.polarity, allow.factuality.modality) == (
        "POSSIBLE",
        "NEG",
        "kan",
    )


# --- the parser's slips that the argument reader puts right (hand-built parses) ----------------


def _parsed(words: list[str], pos: list[str], morphs: list[str], lemmas: list[str], heads: list[int], deps: list[str]):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("nl").vocab, words=words, pos=pos, morphs=morphs, lemmas=lemmas, heads=heads, deps=deps)


def test_nsubj_pass_on_an_active_perfect_is_the_object() -> None:
    from duiding.layers.events import syntax

    # `Een man heeft drie mensen doodgeschoten`, with `mensen` labelled nsubj:pass
    doc = _parsed(
        ["Een", "man", "heeft", "drie", "mensen", "doodgeschoten", "."],
        ["DET", "NOUN", "AUX", "NUM", "NOUN", "VERB", "PUNCT"],
        ["", "Number=Sing", "VerbForm=Fin", "", "Number=Plur", "VerbForm=Part", ""],
        ["een", "man", "hebben", "drie", "mens", "dood_schieten", "."],
        [1, 2, 5, 4, 5, 5, 5],
        ["det", "nsubj", "aux", "nummod", "nsubj:pass", "ROOT", "punct"],
    )
    verb = doc[5]
    assert not syntax.is_passive(verb)
    subj, obj = syntax.core_arguments(verb)
    assert subj is not None and subj.text == "man"
    assert obj is not None and obj.text == "mensen"


def test_a_finite_verb_is_active_whatever_its_subject_is_labelled() -> None:
    from duiding.layers.events import syntax

    doc = _parsed(
        ["Kishida", "bezocht", "Australië", "."],
        ["PROPN", "VERB", "PROPN", "PUNCT"],
        ["", "VerbForm=Fin", "", ""],
        ["Kishida", "bezoeken", "Australië", "."],
        [1, 1, 1, 1],
        ["nsubj:pass", "ROOT", "obj", "punct"],
    )
    assert not syntax.is_passive(doc[1])
    assert syntax.subject(doc[1]).text == "Kishida"


def test_a_participle_with_worden_is_passive() -> None:
    from duiding.layers.events import syntax

    doc = _parsed(
        ["Drie", "betogers", "werden", "opgepakt", "."],
        ["NUM", "NOUN", "AUX", "VERB", "PUNCT"],
        ["", "Number=Plur", "VerbForm=Fin", "VerbForm=Part", ""],
        ["drie", "betoger", "worden", "op_pakken", "."],
        [1, 3, 3, 3, 3],
        ["nummod", "nsubj:pass", "aux:pass", "ROOT", "punct"],
    )
    assert syntax.is_passive(doc[3])


def test_a_clause_that_opens_with_its_subject_keeps_it_against_a_mistagged_number() -> None:
    from duiding.layers.events import syntax

    # `Consumenten boycotten producten`, with the tagger reading `Consumenten` as a singular name
    doc = _parsed(
        ["Consumenten", "boycotten", "producten", "."],
        ["PROPN", "VERB", "NOUN", "PUNCT"],
        ["Number=Sing", "Number=Plur|VerbForm=Fin", "Number=Plur", ""],
        ["Consumenten", "boycotten", "product", "."],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "obj", "punct"],
    )
    subj, obj = syntax.core_arguments(doc[1])
    assert (subj.text, obj.text) == ("Consumenten", "producten")


def test_a_name_before_the_finite_verb_is_the_subject_when_the_parser_said_object() -> None:
    from duiding.layers.events import syntax

    # `Qatar leende Libanon geld`, parsed with Qatar as object and Libanon as subject
    doc = _parsed(
        ["Qatar", "leende", "Libanon", "geld", "."],
        ["PROPN", "VERB", "PROPN", "NOUN", "PUNCT"],
        ["Number=Sing", "Number=Sing|Tense=Past|VerbForm=Fin", "Number=Sing", "Number=Sing", ""],
        ["Qatar", "lenen", "Libanon", "geld", "."],
        [1, 1, 1, 1, 1],
        ["obj", "ROOT", "nsubj", "obj", "punct"],
    )
    subj, obj = syntax.core_arguments(doc[1])
    assert (subj.text, obj.text) == ("Qatar", "Libanon")


@needs_model
def test_a_country_is_a_target_where_a_person_would_be(nlp) -> None:
    reading = read(nlp, "Noord-Korea waarschuwde Japan voor ernstige gevolgen.")
    (threat,) = typed(reading, "THREATEN")
    assert names(reading, threat.actors) == {"Noord-Korea"}
    assert names(reading, threat.targets) == {"Japan"}


def test_a_lexicon_verb_the_tagger_called_a_noun_is_read_where_the_parser_built_a_clause_on_it() -> None:
    from duiding.layers.events.conditions import EntityView
    from duiding.layers.events.detect import find

    # `De autoriteiten censureren berichten`, with `censureren` tagged NOUN
    doc = _parsed(
        ["De", "autoriteiten", "censureren", "berichten", "."],
        ["DET", "NOUN", "NOUN", "NOUN", "PUNCT"],
        ["", "Number=Plur", "Number=Plur", "Number=Plur", ""],
        ["de", "autoriteit", "censureren", "bericht", "."],
        [1, 2, 2, 2, 2],
        ["det", "nsubj", "ROOT", "obj", "punct"],
    )
    (cand,) = [c for c in find(doc, lexicon(), EntityView({})) if c.head == 2]
    assert cand.sense is not None and (cand.sense.type, cand.sense.mode) == ("COERCE", "censor")
    # the same word as the object of a determiner stays a noun
    doc = _parsed(
        ["Zij", "vreest", "het", "censureren", "."],
        ["PRON", "VERB", "DET", "NOUN", "PUNCT"],
        ["", "VerbForm=Fin", "", "", ""],
        ["zij", "vrezen", "het", "censureren", "."],
        [1, 1, 3, 1, 1],
        ["nsubj", "ROOT", "det", "obj", "punct"],
    )
    assert all(c.kind != "verb" for c in find(doc, lexicon(), EntityView({})) if c.head == 3)


def test_loan_verbs_in_eren_keep_the_long_vowel() -> None:
    assert "blokkeerden" in {f.text for f in verb_forms("blokkeren")}


def test_a_participle_hung_on_worden_is_passive() -> None:
    from duiding.layers.events import syntax

    doc = _parsed(
        ["De", "gevangenen", "werden", "gemarteld", "."],
        ["DET", "NOUN", "AUX", "NOUN", "PUNCT"],
        ["", "Number=Plur", "VerbForm=Fin", "", ""],
        ["de", "gevangene", "worden", "martelen", "."],
        [1, 2, 2, 2, 2],
        ["det", "nsubj", "ROOT", "xcomp", "punct"],
    )
    assert syntax.is_passive(doc[3])


@needs_model
def test_the_first_of_two_bare_objects_is_the_recipient(nlp) -> None:
    reading = read(nlp, "China schonk Cambodja honderdduizend vaccins.")
    (aid,) = typed(reading, "AID")
    assert names(reading, aid.actors) == {"China"} and names(reading, aid.targets) == {"Cambodja"}


def test_native_eren_verbs_keep_the_schwa_and_loans_the_long_vowel() -> None:
    assert {"leverde", "uitlever"} <= {f.text for f in verb_forms("uitleveren")}
    assert "weigerde" in {f.text for f in verb_forms("weigeren")}
    assert "invadeerden" in {f.text for f in verb_forms("invaderen")}
    assert split_lemma("invaderen") == (None, "invaderen")


# `verzocht` is past tense and participle alike; with no auxiliary it is the past tense
@pytest.mark.parametrize("verb_morph", ["Number=Sing|Tense=Past|VerbForm=Fin", "VerbForm=Part"])
def test_two_objects_and_no_subject_read_as_subject_verb_object(verb_morph: str) -> None:
    from duiding.layers.events import syntax

    doc = _parsed(
        ["Polen", "verzocht", "Duitsland", "om", "hulp", "."],
        ["PROPN", "VERB", "PROPN", "ADP", "NOUN", "PUNCT"],
        ["Number=Sing", verb_morph, "Number=Sing", "", "Number=Sing", ""],
        ["Polen", "verzoeken", "Duitsland", "om", "hulp", "."],
        [1, 1, 1, 4, 1, 1],
        ["obj", "ROOT", "obj", "case", "obl", "punct"],
    )
    subj, obj = syntax.core_arguments(doc[1])
    assert (subj.text, obj.text) == ("Polen", "Duitsland")


@needs_model
def test_the_state_is_an_argument_and_an_idiom_phrase_is_no_part_of_it(nlp) -> None:
    reading = read(nlp, "De vakbond daagt de staat voor de rechter.")
    (accuse,) = typed(reading, "ACCUSE")
    assert accuse.trigger.text == "daagt"
    assert [t.text for t in accuse.target_texts] == ["de staat"]


def test_staat_is_a_modal_word_only_in_in_staat() -> None:
    from duiding.layers.events.arguments import _modal_phrase_word

    # `Het leger is in staat ...` against `Zij klagen de staat aan`
    doc = _parsed(
        ["Het", "leger", "is", "in", "staat", "de", "staat", "."],
        ["DET", "NOUN", "AUX", "ADP", "NOUN", "DET", "NOUN", "PUNCT"],
        ["", "", "", "", "", "", "", ""],
        ["het", "leger", "zijn", "in", "staat", "de", "staat", "."],
        [1, 2, 2, 4, 2, 6, 2, 2],
        ["det", "nsubj", "ROOT", "case", "obl", "det", "obj", "punct"],
    )
    assert _modal_phrase_word(doc[4])
    assert not _modal_phrase_word(doc[6])


def test_a_recipient_naar_phrase_is_read_on_a_phrase_of_the_object() -> None:
    from duiding.layers.events.arguments import _nested_phrases

    # `Spanje stuurt schepen met voedsel naar Libië`, with `naar Libië` hung on `voedsel`
    doc = _parsed(
        ["Spanje", "stuurt", "schepen", "met", "voedsel", "naar", "Libië", "."],
        ["PROPN", "VERB", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
        ["", "VerbForm=Fin", "", "", "", "", "", ""],
        ["Spanje", "sturen", "schip", "met", "voedsel", "naar", "Libië", "."],
        [1, 1, 1, 4, 2, 6, 4, 1],
        ["nsubj", "ROOT", "obj", "case", "nmod", "case", "nmod", "punct"],
    )
    assert [t.text for t in _nested_phrases(doc[1], "naar")] == ["Libië"]
    # other prepositions are read one level down only
    assert _nested_phrases(doc[1], "met") == [doc[4]]


def test_a_participle_with_an_object_after_a_bare_time_is_an_active_past() -> None:
    from duiding.layers.events import syntax

    # `Rutte bezocht vorige week Japan`, with `bezocht` read as a participle, Rutte as its passive
    # subject and Japan as an apposition of `week`
    doc = _parsed(
        ["Rutte", "bezocht", "vorige", "week", "Japan", "."],
        ["PROPN", "VERB", "ADJ", "NOUN", "PROPN", "PUNCT"],
        ["", "VerbForm=Part", "", "", "", ""],
        ["Rutte", "bezoeken", "vorig", "week", "Japan", "."],
        [1, 1, 3, 1, 3, 1],
        ["nsubj:pass", "ROOT", "amod", "obl", "appos", "punct"],
    )
    assert not syntax.is_passive(doc[1])
    subj, obj = syntax.core_arguments(doc[1])
    assert (subj.text, obj.text) == ("Rutte", "Japan")
    # a headline participle without an object stays passive
    doc = _parsed(
        ["Betogers", "opgepakt", "."],
        ["NOUN", "VERB", "PUNCT"],
        ["", "VerbForm=Part", ""],
        ["betoger", "op_pakken", "."],
        [1, 1, 1],
        ["nsubj:pass", "ROOT", "punct"],
    )
    assert syntax.is_passive(doc[1])


def test_a_target_of_the_actors_own_entity() -> None:
    from duiding.layers.events.arguments import Argument, EntityIndex, _unless_actor

    # `Polen erkende de Koerdische staat`, with the description linked to Polen by mistake, and
    # `de kandidate Anna Nowak scoorde`, with the name given a second role
    doc = _parsed(
        ["Polen", "erkende", "de", "Koerdische", "staat", "en", "Anna", "Nowak", "."],
        ["PROPN", "VERB", "DET", "ADJ", "NOUN", "CCONJ", "PROPN", "PROPN", "PUNCT"],
        [""] * 9,
        ["Polen", "erkennen", "de", "Koerdisch", "staat", "en", "Anna", "Nowak", "."],
        [1, 1, 4, 4, 1, 6, 1, 6, 1],
        ["nsubj", "ROOT", "det", "amod", "obj", "cc", "conj", "flat", "punct"],
    )
    index = EntityIndex(
        {0: ("e1", "LOC", "name"), 2: ("e1", "LOC", "nominal"), 3: ("e2", "MISC", "name"), 4: ("e1", "LOC", "nominal")}
        | {6: ("e3", "PER", "name"), 7: ("e3", "PER", "name")}
    )
    polen = Argument(0, 5, "Polen", "e1")
    staat = Argument(14, 33, "de Koerdische staat", "e1")
    assert doc.char_span(staat.start, staat.end).text == staat.text
    assert _unless_actor(staat, [polen], doc, index) == Argument(14, 33, "de Koerdische staat", None)
    nowak = Argument(37, 47, "Anna Nowak", "e3")
    assert doc.char_span(nowak.start, nowak.end).text == nowak.text
    assert _unless_actor(nowak, [Argument(0, 5, "de kandidate", "e3")], doc, index) is None
    assert _unless_actor(nowak, [polen], doc, index) == nowak
