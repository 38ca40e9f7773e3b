"""The quote layer: direct quotes, indirect speech, beliefs, attributions, and their roles."""

from __future__ import annotations

import pytest

import duiding.pipeline
from duiding.layers.quotes import quote_containing
from duiding.layers.quotes.lexicon import form_table
from duiding.layers.quotes.marks import find_quoted
from duiding.pipeline import analyse
from duiding.readers import article_from_record
from duiding.records import Quote, Reading
from tests.helpers import assert_valid_reading

needs_model = pytest.mark.skipif(not duiding.pipeline.model_available(), reason="needs the trained backbone (NER)")


def read(nlp, text: str) -> Reading:
    return analyse(article_from_record({"text": text, "date": "2021-03-15"}, id="t"), nlp)


def only(reading: Reading, kind: str | None = None) -> Quote:
    quotes = [q for q in reading.quotes if kind is None or q.kind == kind]
    assert len(quotes) == 1, [(q.kind, q.text) for q in reading.quotes]
    return quotes[0]


def entity_with_mention(reading: Reading, text: str) -> str:
    ids = [e.id for e in reading.entities if any(m.text == text for m in e.mentions)]
    assert ids, f"no entity has the mention {text!r}"
    return ids[0]


# --- the yardstick ---------------------------------------------------------------------


def seed_quote(seed_reading: Reading, words: str) -> Quote:
    found = [q for q in seed_reading.quotes if words in q.text]
    assert len(found) == 1, [(q.kind, q.text) for q in seed_reading.quotes]
    return found[0]


def test_seed_reading_is_valid_with_quotes(seed_reading: Reading) -> None:
    reading = seed_reading.to_json()
    assert_valid_reading(reading)
    ids = [q["id"] for q in reading["quotes"]]
    assert ids == [f"quote{n}" for n in range(1, len(ids) + 1)]
    assert [q["start"] for q in reading["quotes"]] == sorted(q["start"] for q in reading["quotes"])
    for q in reading["quotes"]:
        assert q["provenance"]["component"] == "duiding_quotes"


def test_seed_telegram_quote_is_one_direct_quote(seed_reading: Reading) -> None:
    q = seed_quote(seed_reading, "Ik wil hem eraan herinneren")
    assert q.kind == "direct"
    assert "Alle akkoorden" in q.text and q.text.endswith("Wit-Russische volk.")
    assert q.cue == "schreef" and q.cue_lemma == "schrijven"
    assert q.channel is not None and q.channel.endswith("Telegram")
    assert q.speaker_text == "ze"
    assert q.parts is not None and len(q.parts) == 2
    text = seed_reading.article.text
    assert all("schreef" not in text[a:b] for a, b in q.parts)


@needs_model
def test_seed_telegram_quote_is_by_tichanovskaja(seed_reading: Reading) -> None:
    q = seed_quote(seed_reading, "Ik wil hem eraan herinneren")
    assert q.speaker == entity_with_mention(seed_reading, "Tichanovskaja")


def test_seed_indirect_statements(seed_reading: Reading) -> None:
    warned = seed_quote(seed_reading, "de verkeerde gesprekspartner")
    assert (warned.kind, warned.cue_lemma, warned.speaker_text) == ("indirect", "waarschuwen", "Tichanovskaja")
    assert warned.addressee_text == "Poetin"
    stressed = seed_quote(seed_reading, "dicht bij Rusland moet blijven")
    assert (stressed.kind, stressed.cue, stressed.speaker_text) == ("indirect", "beklemtoonde", "Loekasjenko")
    said = seed_quote(seed_reading, "de crisis in Wit-Rusland zal oplossen")
    assert (said.kind, said.cue_lemma) == ("indirect", "zeggen")
    assert said.text.startswith("ervan overtuigd te zijn")
    announced = seed_quote(seed_reading, "een lening van 1,5 miljard dollar")
    assert (announced.kind, announced.cue_lemma, announced.speaker_text) == (
        "indirect",
        "aankondigen",
        "De Russische president",
    )


def test_seed_statement_time(seed_reading: Reading) -> None:
    warned = seed_quote(seed_reading, "de verkeerde gesprekspartner")
    assert warned.time is not None
    assert next(t.text for t in seed_reading.times if t.id == warned.time) == "maandag"


@needs_model
def test_seed_speakers_and_addressee_are_entities(seed_reading: Reading) -> None:
    putin = entity_with_mention(seed_reading, "Poetin")
    warned = seed_quote(seed_reading, "de verkeerde gesprekspartner")
    assert warned.speaker == entity_with_mention(seed_reading, "Tichanovskaja")
    assert warned.addressee == putin
    assert seed_quote(seed_reading, "de crisis in Wit-Rusland zal oplossen").speaker == putin
    assert seed_quote(seed_reading, "dicht bij Rusland moet blijven").speaker == entity_with_mention(
        seed_reading, "Loekasjenko"
    )


def test_seed_beliefs_and_attributions(seed_reading: Reading) -> None:
    fraud = seed_quote(seed_reading, "massaal gefraudeerd")
    assert (fraud.kind, fraud.speaker_text, fraud.cue_lemma) == ("belief", "de demonstranten", "geloven")
    analysts = seed_quote(seed_reading, "afhankelijkheid wil gebruiken")
    assert (analysts.kind, analysts.speaker_text) == ("belief", "Analisten")
    official = seed_quote(seed_reading, "met 80 procent van de stemmen won")
    assert (official.kind, official.cue, official.speaker_text) == ("attribution", "volgens", "de officiële cijfers")
    farce = seed_quote(seed_reading, "een farce")
    assert (farce.kind, farce.speaker_text) == ("attribution", "de oppositie")


def test_seed_quantities_carry_their_source(seed_reading: Reading) -> None:
    by_text = {q.text: q for q in seed_reading.quantities}
    official = seed_quote(seed_reading, "met 80 procent van de stemmen won")
    fraud = seed_quote(seed_reading, "massaal gefraudeerd")
    assert by_text["80 procent"].source == official.id
    assert by_text["10 procent"].source == fraud.id
    assert by_text["774"].source is None


def test_quote_containing(nlp) -> None:
    text = "'Er vielen 12 doden', zei de burgemeester. Er vielen volgens de politie 20 gewonden."
    doc = nlp(text)
    direct = quote_containing(doc, text.index("12"), text.index("12") + 2)
    assert direct is not None and direct.kind == "direct"
    assert quote_containing(doc, text.index("zei"), text.index("zei") + 3) is None  # the attribution is no claim
    police = quote_containing(doc, text.index("20"), text.index("20") + 2)
    assert police is not None and police.kind == "attribution"


# --- direct quotes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "'Dit is onaanvaardbaar', zei de minister.",
        "‘Dit is onaanvaardbaar’, zei de minister.",
        '"Dit is onaanvaardbaar", zei de minister.',
        "“Dit is onaanvaardbaar”, zei de minister.",
        "«Dit is onaanvaardbaar», zei de minister.",
        '„Dit is onaanvaardbaar", zei de minister.',
        "„Dit is onaanvaardbaar”, zei de minister.",
    ],
)
def test_every_mark_style(nlp, text: str) -> None:
    q = only(read(nlp, text))
    assert (q.kind, q.text, q.speaker_text, q.cue_lemma) == (
        "direct",
        "Dit is onaanvaardbaar",
        "de minister",
        "zeggen",
    )


def test_interrupted_quote_is_one_quote(nlp) -> None:
    q = only(read(nlp, "'Ik ben blij', zei Lotte Verbeke, 'maar het werk is nog niet af.'"))
    assert q.text.startswith("Ik ben blij") and q.text.endswith("nog niet af.")
    assert q.speaker_text == "Lotte Verbeke"
    assert q.parts is not None and len(q.parts) == 2


def test_two_speakers_stay_two_quotes(nlp) -> None:
    r = read(nlp, "'Zijn we veilig?' vroeg de journaliste. 'Ja', antwoordde de burgemeester.")
    assert [(q.text, q.speaker_text) for q in r.quotes] == [
        ("Zijn we veilig?", "de journaliste"),
        ("Ja", "de burgemeester"),
    ]


def test_quote_over_paragraphs(nlp) -> None:
    text = "De burgemeester sprak.\n\n'Wij staan voor een zware winter.\n\n'Daarom openen we warmtestuben.'"
    q = only(read(nlp, text))
    assert q.text.startswith("Wij staan") and q.text.endswith("warmtestuben.")
    assert q.speaker_text == "De burgemeester"


def test_colon_speech(nlp) -> None:
    marked = only(read(nlp, "Burgemeester Sofie Janssens reageerde kort: 'We laten ons niet intimideren.'"))
    assert (marked.kind, marked.speaker_text, marked.cue_lemma) == ("direct", "Burgemeester Sofie Janssens", "reageren")
    unmarked = only(read(nlp, "De politie zei het zo: wie vandaag de weg op gaat, neemt een groot risico."))
    assert unmarked.kind == "direct" and unmarked.text.startswith("wie vandaag")
    assert only(read(nlp, "Rutte: 'Geen nieuwe maatregelen voor de zomer'")).speaker_text == "Rutte"


@pytest.mark.parametrize(
    "text",
    [
        "De regering noemt de nieuwe heffing een 'tijdelijke solidariteitsbijdrage'.",
        "Het zogenaamde 'klimaatplan' van de stad werd gisteren voorgesteld.",
        "De film 'De Zaak Alzheimer' trok veel kijkers.",
        "Wielrenner Johan 'de Generaal' Peeters stopt ermee.",
        "'s Avonds reden auto's en scooters door de straten van Jezus' geboortestad.",
        "De blijvende pijn van de jaren '80 en '90 is voelbaar.",
        "Blijft één reddingsboei over: Rusland.",
    ],
)
def test_no_speech_no_quote(nlp, text: str) -> None:
    assert read(nlp, text).quotes == []


def test_marks_pair_with_apostrophes_inside() -> None:
    text = "'Zo'n auto's rijden 's nachts niet', zei hij."
    (q,) = find_quoted(text, [(0, len(text))])
    assert text[q.start : q.end] == "Zo'n auto's rijden 's nachts niet"


# --- indirect speech, beliefs, attributions ----------------------------------------------


def test_indirect_with_dat_addressee_and_channel(nlp) -> None:
    q = only(read(nlp, "De gouverneur liet in een persbericht weten dat de evacuatie vlot verloopt."))
    assert (q.kind, q.text, q.cue_lemma, q.speaker_text) == (
        "indirect",
        "de evacuatie vlot verloopt",
        "laten weten",
        "De gouverneur",
    )
    assert q.channel == "in een persbericht"
    warned = only(read(nlp, "De premier waarschuwde de vakbonden dat er geen geld is."))
    assert warned.addressee_text == "de vakbonden"


def test_indirect_te_infinitive_and_question(nlp) -> None:
    promised = only(read(nlp, "Minister Lisa Goossens beloofde de leerkrachten extra middelen te geven."))
    assert (promised.text, promised.addressee_text) == ("extra middelen te geven", "de leerkrachten")
    asked = only(read(nlp, "De journalist vroeg de minister of ze zou aftreden."))
    assert (asked.text, asked.addressee_text) == ("ze zou aftreden", "de minister")
    why = only(read(nlp, "De scheidsrechter legde uit waarom hij de goal had afgekeurd."))
    assert why.text == "waarom hij de goal had afgekeurd"


def test_separable_cue_needs_its_particle(nlp) -> None:
    q = only(read(nlp, "Het bedrijf kondigde vorige week aan dat het vijfhonderd banen schrapt."))
    assert (q.cue, q.cue_lemma) == ("kondigde aan", "aankondigen")
    assert read(nlp, "Het bedrijf kondigde niets.").quotes == []


def test_beliefs(nlp) -> None:
    convinced = only(read(nlp, "De trainer is ervan overtuigd dat zijn ploeg de titel kan pakken."))
    assert (convinced.kind, convinced.speaker_text, convinced.text) == (
        "belief",
        "De trainer",
        "zijn ploeg de titel kan pakken",
    )
    assert only(read(nlp, "Economen vrezen dat de inflatie stijgt.")).kind == "belief"
    assert read(nlp, "Westerse inlichtingendiensten geloven dat niet.").quotes == []


def test_attributions(nlp) -> None:
    front = only(read(nlp, "Volgens de politie werden 200 mensen opgepakt."))
    assert (front.kind, front.text, front.speaker_text) == ("attribution", "werden 200 mensen opgepakt", "de politie")
    back = only(read(nlp, "De werkloosheid daalde naar 5,4 procent, volgens het statistiekbureau."))
    assert back.text == "De werkloosheid daalde naar 5,4 procent"
    hearsay = only(read(nlp, "De brand is naar verluidt aangestoken door twee jongeren."))
    assert (hearsay.cue, hearsay.speaker, hearsay.speaker_text) == ("naar verluidt", None, None)
    tag = only(read(nlp, "Het vliegtuig had technische problemen, zo meldt de luchtvaartmaatschappij."))
    assert (tag.kind, tag.speaker_text, tag.cue_lemma) == ("attribution", "de luchtvaartmaatschappij", "melden")
    back_ref = [q for q in read(nlp, "De regering wil besparen. Dat meldt de krant De Morgen.").quotes]
    assert [(q.kind, q.text, q.speaker_text) for q in back_ref] == [
        ("attribution", "De regering wil besparen", "de krant De Morgen")
    ]


@needs_model
def test_pronoun_speaker_resolves_to_its_antecedent(nlp) -> None:
    r = read(nlp, 'Kamerlid Wim Bakker trok zich terug. "Ik kan dit niet langer verdedigen", zei hij.')
    q = only(r, "direct")
    assert q.speaker == entity_with_mention(r, "Wim Bakker")


# --- the lexicon -------------------------------------------------------------------------


def test_forms_are_derived_from_principal_parts() -> None:
    table = form_table()
    assert {(f.lemma, f.particle) for f in table["kondigde"] if f.cls == "report"} == {("aankondigen", "aan")}
    assert any(f.lemma == "aankondigen" and f.role == "joined" for f in table["aankondigde"])
    assert any(f.lemma == "zeggen" and f.role == "participle" for f in table["gezegd"])
    assert any(f.lemma == "schrijven" for f in table["schrijft"])
    assert any(f.lemma == "geloven" and f.cls == "belief" for f in table["geloofde"])
