from __future__ import annotations

from pathlib import Path

from duiding.evaluation.meantime import GoldDoc, event_mentions, ne_mentions, read_tokens
from duiding.evaluation.ner import chunks, score_file
from duiding.evaluation.scoring import prf, prf_by_label
from duiding.evaluation.ud import read_conllu, score

FIX = Path(__file__).resolve().parents[1] / "fixtures"


def test_chunks_iob2_and_iob1() -> None:
    assert chunks(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "LOC"),
        (5, 6, "ORG"),
    ]
    assert chunks(["I-PER", "I-PER", "I-LOC"]) == [(0, 2, "PER"), (2, 3, "LOC")]


def test_prf_counts() -> None:
    s = prf(["a", "b", "c"], ["a", "b", "d", "e"])
    assert (s.tp, s.fp, s.fn) == (2, 2, 1)
    assert round(s.precision, 1) == 50.0 and round(s.recall, 1) == 66.7 and round(s.f1, 2) == 57.14
    rows = prf_by_label([(1, "PER"), (2, "LOC")], [(1, "PER"), (2, "ORG")])
    assert rows["PER"].f1 == 100.0 and rows["LOC"].f1 == 0.0 and rows["overall"].f1 == 50.0


def test_ner_score_file() -> None:
    report = score_file(FIX / "ner-predictions.conll")
    # gold: Poetin (PER), Sotsji (LOC), Verenigde Naties (ORG); predicted: Poetin PER, Sotsji PER, Verenigde Naties ORG
    assert report.scores["precision"] == 66.67 and report.scores["recall"] == 66.67
    assert report.scores["PER.f1"] == 66.67 and report.scores["LOC.f1"] == 0.0 and report.scores["ORG.f1"] == 100.0


def test_meantime_nested_mentions_and_events() -> None:
    doc = read_tokens(FIX / "meantime-sample.ne")
    assert sorted((sorted(ids), lab) for _, ids, lab in ne_mentions(doc)) == [
        (["3", "4", "5", "6", "7"], "PRO"),
        (["6", "7"], "ORG"),
        (["9"], "ORG"),
    ]
    assert str(doc.dct) == "2008-04-09"
    ev = event_mentions(read_tokens(FIX / "meantime-sample.factuality"))
    assert [(sorted(ids), c, p) for _, ids, c, p in ev] == [(["2", "8"], "CERTAIN", "POS"), (["9"], "PROBABLE", "NEG")]
    assert isinstance(doc, GoldDoc)


def test_ud_scores_gold_against_itself_and_a_change() -> None:
    gold = read_conllu(FIX / "ud-sample.conllu")
    assert score(gold, [s.words for s in gold], "x").scores["las"] == 100.0
    changed = read_conllu(FIX / "ud-sample.conllu")
    changed[0].words[0].deprel = "nsubj"  # was det: head right, label wrong
    changed[0].words[1].lemma = "fout"
    r = score(gold, [s.words for s in changed], "x")
    n = r.scores["words"]
    assert r.scores["uas"] == 100.0
    assert r.scores["las"] == round(100 * (n - 1) / n, 2)
    assert r.scores["lemma"] == round(100 * (n - 1) / n, 2)


def test_conll2002_marks_read_as_accented_words() -> None:
    from duiding.evaluation.ner import readable

    # Without a vocabulary the rule decides: a diaeresis after a vowel, an acute after a consonant.
    assert readable("Belgi\x81EN") == "België"
    assert readable("Caf\x81EN") == "Café"
    assert readable("Amsterdam") == "Amsterdam"
    # A known spelling wins over the rule's guess.
    known = {"israëlische", "financiële"}.__contains__
    assert readable("Isra\x81Eische", known) == "Israëlische"
    assert readable("financi\x81Ee", known) == "financiële"
    assert readable("financi\x81Ee") == "financiëe"


def test_a_names_mention_is_written_with_its_noun_phrase() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from duiding.evaluation.meantime import noun_phrase_start

    words = "Hij toonde de onlangs aangekondigde iPhone 4 aan CEO Steve Jobs van Apple".split()
    heads = [1, 1, 5, 4, 5, 1, 5, 9, 9, 1, 9, 12, 9]
    pos = ["PRON", "VERB", "DET", "ADV", "VERB", "PROPN", "NUM", "ADP", "NOUN", "PROPN", "PROPN", "ADP", "PROPN"]
    deps = ["nsubj", "ROOT", "det", "advmod", "amod", "obj", "flat", "case", "nmod", "obl", "flat", "case", "nmod"]
    doc = Doc(Vocab(), words=words, heads=heads, pos=pos, deps=deps)
    assert noun_phrase_start(doc, 5, 7) == 2  # de onlangs aangekondigde iPhone 4
    assert noun_phrase_start(doc, 9, 11) == 8  # CEO Steve Jobs; `aan` is no part of it
    assert noun_phrase_start(doc, 12, 13) == 12  # `van` Apple: a preposition stops it
    words = "zowel Apple als Vortex CEO Jan Smit kwamen".split()
    heads = [1, 7, 5, 4, 5, 1, 5, 7]
    pos = ["ADV", "PROPN", "CCONJ", "PROPN", "NOUN", "PROPN", "PROPN", "VERB"]
    deps = ["advmod", "nsubj", "cc", "nmod", "appos", "conj", "flat", "ROOT"]
    doc = Doc(Vocab(), words=words, heads=heads, pos=pos, deps=deps)
    assert noun_phrase_start(doc, 1, 2) == 1  # an adverb of its own (`zowel`) is no premodifier
    assert noun_phrase_start(doc, 5, 7) == 5  # `Vortex CEO Jan Smit`: MEANTIME marks the name alone


def test_a_place_and_its_region_are_written_as_one_mention_but_a_list_is_not() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from duiding.evaluation.meantime import _places_with_their_region

    doc = Doc(Vocab(), words="in San Jose , Californië ; in Parijs , Londen en Berlijn .".split())
    mentions = [(1, 3, "LOC", "_"), (4, 5, "LOC", "_"), (7, 8, "LOC", "_"), (9, 10, "LOC", "_"), (11, 12, "LOC", "_")]
    assert _places_with_their_region(doc, mentions) == [(1, 5, "LOC", "_"), *mentions[2:]]


def test_a_mention_opened_by_an_article_runs_to_the_noun_the_name_premodifies() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from duiding.evaluation.meantime import noun_phrase_end

    words = "gedownload in de iTunes store van Apple en bij de Vortex gisteren".split()
    heads = [0, 3, 3, 0, 3, 6, 3, 0, 10, 10, 0, 0]
    pos = ["VERB", "ADP", "DET", "PROPN", "NOUN", "ADP", "PROPN", "CCONJ", "ADP", "DET", "PROPN", "ADV"]
    doc = Doc(Vocab(), words=words, heads=heads, pos=pos, deps=["dep"] * len(heads))
    assert noun_phrase_end(doc, 2, 4) == 5  # de iTunes store
    assert noun_phrase_end(doc, 3, 4) == 4  # without the article, the name alone
    assert noun_phrase_end(doc, 9, 11) == 11  # an adverb after the name is no part of it
