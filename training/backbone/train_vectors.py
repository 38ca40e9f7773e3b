"""Train static Dutch word vectors on the raw text in shared/data (word2vec,
gensim), then turn them into a pruned spaCy vectors table.

Text: raw_nl (laws, LibreOffice and GIMP help) plus the unlabelled text of
the training sets (UD 2017, Alpino treebank tokens, CoNLL-2002 ned.train,
Europeana, WikiANN train, WikiNEuRal).  The news/wiki text is repeated
(NEWS_REPEAT times) because the laws dominate otherwise.  Dev sets are not used.

Output: $BACKBONE_WORK/vectors/ (spaCy vectors model, `spacy init vectors`).
Needs gensim (training only; not a runtime dependency).
"""
from __future__ import annotations

import gzip
import logging
import os
import random
import re
import subprocess
import sys

from common import (AL_TOKENS, AL_TRAIN17, CONLL_TRAIN, DATA, LS_TRAIN17, WORK,
                    read_conllu)

DIM = int(os.environ.get("VEC_DIM", 96))
KEEP = int(os.environ.get("VEC_KEEP", 400000))  # words written out
PRUNE = int(os.environ.get("VEC_PRUNE", 40000))  # rows kept in spaCy
NEWS_REPEAT = 5
GAZ = os.environ.get("VEC_GAZ", "1") == "1"
SEED = 1234
TOK = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


def news_sentences():
    for p in (LS_TRAIN17, AL_TRAIN17, AL_TOKENS):
        for toks in read_conllu(p):
            yield [t[1] for t in toks]
    from convert_ner import read_conll2002, read_tsv_ner, repair, accented_lexicon
    lex = accented_lexicon()
    cache: dict = {}
    for doc in read_conll2002(CONLL_TRAIN):
        for s in doc:
            yield [repair(w, lex, cache) for w, _ in s]
    for p in ("wikineural_nl/val.conllu", "wikineural_nl/test.conllu", "wikiann_nl/train.conllu"):
        for s in read_tsv_ner(DATA / p):
            yield [w for w, _ in s]
    words = []
    with open(DATA / "europeana_ner_nl" / "enp_NL.kb.bio", encoding="utf8") as fh:
        for line in fh:
            f = line.split()
            if f:
                words.append(f[0])
                if f[0] in (".", "!", "?"):
                    yield words
                    words = []
    if words:
        yield words


def gazetteer_sentences():
    """Alpino name-list entries as pseudo-sentences between class markers, so
    that names of one class get similar vectors (gazetteer knowledge without
    a custom component)."""
    from convert_ner import load_gazetteer
    import html
    gaz = load_gazetteer()
    with open(DATA / "alpino_names_gazetteer" / "misc", encoding="utf8") as fh:
        gaz["MISC"] = [html.unescape(x).split() for x in fh if 0 < len(x.split()) <= 5]
    for lab, names in gaz.items():
        mark = f"__{lab}__"
        for toks in names:
            yield [mark, mark] + toks + [mark, mark]


def raw_sentences():
    for part in sorted((DATA / "raw_nl").glob("*/*.txt.gz")):
        with gzip.open(part, "rt", encoding="utf8") as fh:
            for line in fh:
                toks = TOK.findall(line)
                if toks:
                    yield toks


def build_corpus(path):
    news = list(news_sentences())
    n = 0
    with open(path, "w", encoding="utf8") as out:
        for s in raw_sentences():
            out.write(" ".join(s) + "\n")
            n += len(s)
        for _ in range(NEWS_REPEAT):
            for s in news:
                out.write(" ".join(s) + "\n")
                n += len(s)
        if GAZ:
            gz = list(gazetteer_sentences())
            random.Random(SEED).shuffle(gz)
            for _ in range(2):
                for s in gz:
                    out.write(" ".join(s) + "\n")
                    n += len(s)
    return n


def main():
    logging.basicConfig(format="%(asctime)s %(message)s", level=logging.INFO)
    from gensim.models import Word2Vec
    from gensim.models.word2vec import LineSentence
    vdir = WORK / "vectors"
    vdir.mkdir(parents=True, exist_ok=True)
    corpus = vdir / ("corpus_gaz.txt" if GAZ else "corpus.txt")
    if not corpus.exists():
        print("tokens", build_corpus(corpus))
    random.seed(SEED)
    model = Word2Vec(LineSentence(str(corpus)), vector_size=DIM, window=5, min_count=2,
                     sg=0, negative=5, epochs=int(os.environ.get("VEC_EPOCHS", 4)),
                     workers=1, seed=SEED, max_vocab_size=None)
    kv = model.wv
    n = min(KEEP, len(kv.index_to_key))
    txt = vdir / ("vectors_gaz.txt" if GAZ else "vectors.txt")
    with open(txt, "w", encoding="utf8") as out:
        out.write(f"{n} {DIM}\n")
        for w in kv.index_to_key[:n]:
            out.write(w + " " + " ".join(f"{x:.4f}" for x in kv[w]) + "\n")
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "nl", str(txt),
                    str(vdir / f"spacy_{PRUNE}{'_gaz' if GAZ else ''}"), "--prune", str(PRUNE),
                    "--name", "nl_news_w2v"], check=True)


if __name__ == "__main__":
    main()
