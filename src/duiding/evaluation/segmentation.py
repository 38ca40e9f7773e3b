"""Tokens and sentences on UD gold: paragraphs are rebuilt from `# text` lines and re-split.

Sentences that share a paragraph id (`...p.12.s.3`) are joined with a space,
so the splitter must find the boundaries that the treebank has. Scores are F1
over token spans and over sentence starts, in character offsets.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language

from duiding.evaluation.scoring import Report, prf
from duiding.evaluation.ud import read_conllu

_PARA = re.compile(r"^(?P<para>.*)\.s\.\d+$")


def evaluate(nlp: Language, gold_path: Path) -> Report:
    paragraphs: dict[str, list[tuple[str, list[str]]]] = {}
    for n, sent in enumerate(read_conllu(gold_path)):
        meta = dict(c[2:].split(" = ", 1) for c in sent.comments if " = " in c)
        text = meta.get("text") or " ".join(w.form for w in sent.words)
        m = _PARA.match(meta.get("sent_id", ""))
        key = m["para"] if m else f"s{n}"
        paragraphs.setdefault(key, []).append((text, [w.form for w in sent.words]))
    segmenter = nlp.get_pipe("duiding_segmenter")
    gold_tok, pred_tok, gold_sent, pred_sent = [], [], [], []
    for key, sents in paragraphs.items():
        text = " ".join(t for t, _ in sents)
        pos = 0
        for k, (_, words) in enumerate(sents):
            for w, word in enumerate(words):
                found = text.find(word, pos)
                if found < 0:
                    continue  # the treebank normalised this word; it cannot be aligned
                if w == 0:
                    gold_sent.append((key, found))
                gold_tok.append((key, found, found + len(word)))
                pos = found + len(word)
            if k == 0 and not words:
                gold_sent.append((key, 0))
        doc = segmenter(nlp.make_doc(text))
        pred_tok += [(key, t.idx, t.idx + len(t)) for t in doc if not t.is_space]
        pred_sent += [(key, s[0].idx) for s in doc.sents]
    tokens, sentences = prf(gold_tok, pred_tok), prf(gold_sent, pred_sent)
    report = Report("segmentation", str(gold_path))
    report.tables = {"segmentation": {"tokens": tokens.to_json(), "sentences": sentences.to_json()}}
    report.scores = {"tokens.f1": round(tokens.f1, 2), "sentences.f1": round(sentences.f1, 2)}
    return report
