"""Dev scores of a backbone pipeline.

  python evaluate.py MODEL_DIR [--ner] [--ud] [--save-conllu DIR]

NER: CoNLL-2002 ned.testa, exact-span micro P/R/F1 (conlleval style) overall
and per label.  Tokens are the gold tokens after the diaeresis repair used in
training (see convert_ner.py); sentences are preset.
UD: LassySmall r2.16 dev and Alpino r2.16 dev on gold tokens and gold sentence
boundaries: UPOS, UFeats (exact FEATS match), lemma, UAS, LAS.  LAS follows
the CoNLL 2018 evaluation (universal relation, subtypes ignored); LAS_full
compares the full relation label.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc

from common import AL_DEV, CONLL_DEV, LS_DEV, read_conllu_meta


def spans_from_bio(tags):
    spans, start, label = set(), None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                spans.add((start, i, label))
                start, label = None, None
            if t != "O":
                start, label = i, t[2:]
    return spans


def eval_ner(nlp, verbose=True):
    from convert_ner import accented_lexicon, read_conll2002, repair
    lex = accented_lexicon()
    cache: dict = {}
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    docs = []
    golds = []
    for art in read_conll2002(CONLL_DEV):
        words, starts, tags = [], [], []
        for s in art:
            for j, (w, t) in enumerate(s):
                words.append(repair(w, lex, cache))
                starts.append(j == 0)
                tags.append(t)
        docs.append(Doc(nlp.vocab, words=words, sent_starts=starts))
        golds.append(tags)
    names = [n for n in nlp.pipe_names if n in ("tok2vec", "ner")] if "ner" in nlp.pipe_names else []
    with nlp.select_pipes(enable=names):
        for doc, tags in zip(nlp.pipe(docs), golds):
            gold = spans_from_bio(tags)
            pred = {(e.start, e.end, e.label_) for e in doc.ents}
            for s in pred:
                (tp if s in gold else fp)[s[2]] += 1
            for s in gold - pred:
                fn[s[2]] += 1
    res = {}
    for lab in sorted(set(tp) | set(fp) | set(fn)) + ["ALL"]:
        if lab == "ALL":
            a, b, c = sum(tp.values()), sum(fp.values()), sum(fn.values())
        else:
            a, b, c = tp[lab], fp[lab], fn[lab]
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        res[lab] = {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * f, 2),
                    "support": a + c}
    return res


def eval_ud(nlp, path, save=None):
    sents = list(read_conllu_meta(path))
    docs = []
    for meta, toks in sents:
        words = [t[1] for t in toks]
        spaces = ["SpaceAfter=No" not in t[9] for t in toks]
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces,
                        sent_starts=[True] + [False] * (len(words) - 1)))
    names = [n for n in nlp.pipe_names if n != "ner"]
    n = c_upos = c_feats = c_lemma = c_uas = c_las = c_lasf = 0
    out = []
    with nlp.select_pipes(enable=names):
        for (meta, toks), doc in zip(sents, nlp.pipe(docs, batch_size=64)):
            pred_rows = []
            for t, tok in zip(toks, doc):
                n += 1
                feats = str(tok.morph) or "_"
                head = 0 if tok.head.i == tok.i else tok.head.i + 1
                rel = "root" if tok.dep_ == "ROOT" else tok.dep_
                c_upos += tok.pos_ == t[3]
                c_feats += _ufeats(feats) == _ufeats(t[5])
                c_lemma += tok.lemma_ == t[2]
                if head == int(t[6]):
                    c_uas += 1
                    c_las += rel.split(":")[0] == t[7].split(":")[0]
                    c_lasf += rel == t[7]
                pred_rows.append([t[0], t[1], tok.lemma_, tok.pos_, t[4], feats, str(head), rel,
                                  "_", t[9]])
            out.append((meta, pred_rows))
    if save:
        from common import write_conllu
        write_conllu(out, save)
    pct = lambda x: round(100 * x / n, 2)  # noqa: E731
    return {"tokens": n, "UPOS": pct(c_upos), "UFeats": pct(c_feats), "Lemma": pct(c_lemma),
            "UAS": pct(c_uas), "LAS": pct(c_las), "LAS_full": pct(c_lasf)}


UNIVERSAL_FEATS = {"PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Typo",
                   "Gender", "Animacy", "NounClass", "Number", "Case", "Definite", "Degree",
                   "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident", "Polarity",
                   "Person", "Polite", "Clusivity", "ExtPos"}


def _ufeats(s):
    if s in ("_", ""):
        return ()
    return tuple(sorted(kv for kv in s.split("|") if kv.split("=")[0] in UNIVERSAL_FEATS))


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("--ner", action="store_true")
    ap.add_argument("--ud", action="store_true")
    ap.add_argument("--save-conllu", type=Path)
    a = ap.parse_args(argv)
    nlp = spacy.load(a.model)
    res = {}
    if a.ner or not a.ud:
        if "ner" in nlp.pipe_names:
            res["ner_conll2002_testa"] = eval_ner(nlp)
    if a.ud or not a.ner:
        if "parser" in nlp.pipe_names or "morphologizer" in nlp.pipe_names:
            for name, path in (("lassysmall_dev", LS_DEV), ("alpino_dev", AL_DEV)):
                save = a.save_conllu / f"{name}.conllu" if a.save_conllu else None
                if save:
                    a.save_conllu.mkdir(parents=True, exist_ok=True)
                res[name] = eval_ud(nlp, path, save)
    print(json.dumps(res, indent=1))
    return res


if __name__ == "__main__":
    sys.exit(main() and 0)
