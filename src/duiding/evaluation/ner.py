"""NER on CoNLL-2002 (`token POS tag`): predictions appended as a last column, conlleval scores."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from spacy.language import Language

from duiding.errors import InputError
from duiding.evaluation._docs import gold_doc, run
from duiding.evaluation.scoring import Report, prf_by_label, table

Sentence = list[list[str]]  # rows of columns
DOCSTART = "-DOCSTART-"


def read_conll(path: Path) -> list[list[Sentence]]:
    """Documents of sentences of token rows. Without -DOCSTART- lines the file is one document."""
    if not path.exists():
        raise InputError("no such gold file", "give the path of a CoNLL-2002 file such as ned.testa", str(path))
    docs: list[list[Sentence]] = [[]]
    sent: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols:
            if sent:
                docs[-1].append(sent)
            sent = []
        elif cols[0] == DOCSTART:
            if sent:
                docs[-1].append(sent)
            sent = []
            if docs[-1]:
                docs.append([])
        else:
            sent.append(cols)
    if sent:
        docs[-1].append(sent)
    return [d for d in docs if d]


def readable(token: str, known: Callable[[str], bool] = lambda w: False) -> str:
    """The word a CoNLL-2002 token stands for. The distributed files write an accented letter as
    U+0081 and a capital E, sometimes with letters lost or added around it (`Belgi\x81EN`
    België, `Caf\x81EN` Café, `Isra\x81E` Israël, `financi\x81Ee` financiële). Of the
    readings, the first spelling that `known` accepts (the model's vocabulary) wins; else an
    accent by rule: a diaeresis after a vowel, an acute after a consonant. The model reads the
    word; the gold columns are written back as they were."""
    if "\x81" not in token:
        return token
    stems = [token[:-1], token] if token.endswith("\x81EN") else [token]
    readings = [r for stem in stems for r in _readings(stem)]
    for r in readings:
        if known(r) or known(r.lower()):
            return r
    return readings[0]


_MARK = "\x81E"


def _readings(token: str) -> list[str]:
    """Every spelling of the token with each mark read as one of the accented forms, the rule's
    guess first."""
    i = token.find(_MARK)
    if i < 0:
        return [token.replace("\x81", "")]
    after_vowel = i > 0 and token[i - 1].lower() in "aeiou"
    forms = ["ë", "ël", "ën", "é"] if after_vowel else ["é", "ë"]
    return [token[:i] + f + rest for f in forms for rest in _readings(token[i + len(_MARK) :])]


def chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) chunks from IOB1 or IOB2 tags, as conlleval counts them."""
    out: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        begins = prefix == "B" or (prefix == "I" and lab != label)
        if label and (tag == "O" or begins):
            out.append((start, i, label))
            label = ""
        if prefix in {"B", "I"} and (begins or not label):
            start, label = i, lab
    return out


def predict(nlp: Language, gold: list[list[Sentence]]) -> list[list[list[str]]]:
    """Predicted IOB2 tags per document, per sentence."""
    vocab = nlp.vocab
    docs = (gold_doc(nlp, [[readable(row[0], vocab.has_vector) for row in s] for s in d]) for d in gold)
    out = []
    for doc in run(nlp, docs):
        tags = ["O"] * len(doc)
        for ent in doc.ents:
            tags[ent.start] = f"B-{ent.label_}"
            for i in range(ent.start + 1, ent.end):
                tags[i] = f"I-{ent.label_}"
        sents, i = [], 0
        for sent in doc.sents:
            sents.append(tags[i : i + len(sent)])
            i += len(sent)
        out.append(sents)
    return out


def write_predictions(path: Path, gold: list[list[Sentence]], predicted: list[list[list[str]]]) -> None:
    lines: list[str] = []
    for doc, pdoc in zip(gold, predicted, strict=True):
        lines += [f"{DOCSTART} {DOCSTART} O O", ""]
        for sent, ptags in zip(doc, pdoc, strict=True):
            lines += [" ".join([*row, tag]) for row, tag in zip(sent, ptags, strict=True)]
            lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def score_file(path: Path, gold_name: str = "") -> Report:
    """Score a prediction file whose last two columns are the gold and the predicted tag."""
    gold_items: list[tuple[int, int, int, str]] = []
    pred_items: list[tuple[int, int, int, str]] = []
    tokens = 0
    for n, sent in enumerate(s for d in read_conll(path) for s in d):
        tokens += len(sent)
        gold_items += [(n, a, b, lab) for a, b, lab in chunks([row[-2] for row in sent])]
        pred_items += [(n, a, b, lab) for a, b, lab in chunks([row[-1] for row in sent])]
    rows = prf_by_label(gold_items, pred_items)
    overall = rows["overall"]
    report = Report("ner", gold_name or str(path), tables={"entities": table(rows)})
    report.scores = {
        "precision": round(overall.precision, 2),
        "recall": round(overall.recall, 2),
        "f1": round(overall.f1, 2),
        "tokens": tokens,
    }
    for label, score in rows.items():
        if label != "overall":
            report.scores[f"{label}.f1"] = round(score.f1, 2)
    return report


def evaluate(nlp: Language, gold_path: Path, predictions: Path) -> Report:
    gold = read_conll(gold_path)
    write_predictions(predictions, gold, predict(nlp, gold))
    return score_file(predictions, str(gold_path))
