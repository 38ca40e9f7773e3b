"""UD evaluation: parse the gold tokenisation, write CoNLL-U, score UPOS, XPOS, features, lemma, UAS, LAS.

As in the CoNLL 2018 shared task script, LAS compares the universal part of the
relation (`obl:arg` counts as `obl`); `las_full` keeps the subtypes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from duiding.errors import InputError
from duiding.evaluation._docs import gold_doc, run
from duiding.evaluation.scoring import Accuracy, Report


@dataclass
class Word:
    id: int
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    space_after: bool


@dataclass
class UDSentence:
    comments: list[str]
    words: list[Word]


def read_conllu(path: Path) -> list[UDSentence]:
    if not path.exists():
        raise InputError("no such gold file", "give the path of a CoNLL-U file", str(path))
    sentences: list[UDSentence] = []
    comments: list[str] = []
    words: list[Word] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sentences.append(UDSentence(comments, words))
            comments, words = [], []
        elif line.startswith("#"):
            comments.append(line)
        else:
            cols = line.split("\t")
            if len(cols) != 10:
                raise InputError(
                    f"a CoNLL-U line has {len(cols)} columns, not 10", "check the file's format", str(path)
                )
            if "-" in cols[0] or "." in cols[0]:
                continue  # multiword tokens and empty nodes: UD Dutch scores on words
            words.append(
                Word(
                    id=int(cols[0]),
                    form=cols[1],
                    lemma=cols[2],
                    upos=cols[3],
                    xpos=cols[4],
                    feats=cols[5],
                    head=int(cols[6]) if cols[6].isdigit() else 0,
                    deprel=cols[7],
                    space_after="SpaceAfter=No" not in cols[9],
                )
            )
    if words:
        sentences.append(UDSentence(comments, words))
    return sentences


def _predicted_words(doc: Doc) -> list[Word]:
    words = []
    for tok in doc:
        head = 0 if tok.head.i == tok.i else tok.head.i + 1
        dep = tok.dep_ if tok.dep_ and tok.dep_ != "ROOT" else ("root" if tok.dep_ == "ROOT" else "_")
        words.append(
            Word(
                id=tok.i + 1,
                form=tok.text,
                lemma=tok.lemma_ or "_",
                upos=tok.pos_ or "_",
                xpos=tok.tag_ or "_",
                feats=str(tok.morph) or "_",
                head=head,
                deprel=dep,
                space_after=bool(tok.whitespace_),
            )
        )
    return words


def predict(nlp: Language, gold: list[UDSentence]) -> list[list[Word]]:
    docs = (gold_doc(nlp, [[w.form for w in s.words]], [[w.space_after for w in s.words]]) for s in gold)
    return [_predicted_words(doc) for doc in run(nlp, docs)]


def write_conllu(path: Path, gold: list[UDSentence], predicted: list[list[Word]]) -> None:
    lines: list[str] = []
    for sent, words in zip(gold, predicted, strict=True):
        lines += [c for c in sent.comments if c.startswith(("# sent_id", "# text"))]
        for w in words:
            misc = "_" if w.space_after else "SpaceAfter=No"
            cols = [str(w.id), w.form, w.lemma, w.upos, w.xpos, w.feats, str(w.head), w.deprel, "_", misc]
            lines.append("\t".join(cols))
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def score(gold: list[UDSentence], predicted: list[list[Word]], gold_name: str) -> Report:
    acc = {k: Accuracy() for k in ("upos", "xpos", "feats", "lemma", "uas", "las", "las_full")}
    for sent, words in zip(gold, predicted, strict=True):
        for g, p in zip(sent.words, words, strict=True):
            acc["upos"].add(g.upos == p.upos)
            acc["xpos"].add(g.xpos == p.xpos)
            acc["feats"].add(_feats(g.feats) == _feats(p.feats))
            acc["lemma"].add(g.lemma == p.lemma)
            acc["uas"].add(g.head == p.head)
            acc["las"].add(g.head == p.head and g.deprel.split(":")[0] == p.deprel.split(":")[0])
            acc["las_full"].add(g.head == p.head and g.deprel == p.deprel)
    report = Report("ud", gold_name, tables={"accuracy": {k: a.to_json() for k, a in acc.items()}})
    report.scores = {k: round(a.value, 2) for k, a in acc.items()}
    report.scores["words"] = acc["upos"].total
    return report


def _feats(feats: str) -> frozenset[str]:
    return frozenset() if feats in {"", "_"} else frozenset(feats.split("|"))


def evaluate(nlp: Language, gold_path: Path, predictions: Path) -> Report:
    gold = read_conllu(gold_path)
    predicted = predict(nlp, gold)
    write_conllu(predictions, gold, predicted)
    return score(gold, predicted, str(gold_path))
