"""Convert Dutch NER data to spaCy DocBin under $BACKBONE_WORK/corpus.

* CoNLL-2002 ned.train / ned.testa (research only; read in place, written only
  to the scratch corpus dir).  Broken diaereses (officiEe) are repaired with
  a lexicon of accented words from the open raw text.
* WikiNEuRal nl val+test (silver, PER/ORG/LOC/MISC, CC BY-NC-SA).
* WikiANN nl train (silver, no MISC): capitalised O tokens are set to
  *missing*, so the model is not taught that MISC names are O.
* Europeana KB (CC0, OCR, no MISC, no sentence breaks): same treatment,
  split into pseudo-sentences at sentence-final punctuation.
"""
from __future__ import annotations

import collections
import gzip
import re
import sys

import spacy
from spacy.tokens import Doc, DocBin

from common import (AL_TOKENS, CONLL_DEV, CONLL_TRAIN, CORPUS, DATA,
                    broken_candidates, read_conllu)

ACC = re.compile(r"[ëïéèöüáóúêôâ]")
WORD = re.compile(r"\w+(?:-\w+)*")


def accented_lexicon() -> collections.Counter:
    lex = collections.Counter()
    for toks in read_conllu(AL_TOKENS):
        for t in toks:
            if ACC.search(t[1]):
                lex[t[1].lower()] += 1
    for split in ("wikineural_nl/val.conllu", "wikineural_nl/test.conllu",
                  "wikiann_nl/train.conllu"):
        with open(DATA / split, encoding="utf8") as fh:
            for line in fh:
                if ACC.search(line):
                    lex[line.split("\t")[1].lower()] += 1
    for part in sorted((DATA / "raw_nl").glob("*/*.txt.gz")):
        with gzip.open(part, "rt", encoding="utf8") as fh:
            for line in fh:
                if ACC.search(line):
                    for w in WORD.findall(line):
                        if ACC.search(w):
                            lex[w.lower()] += 1
    return lex


def repair(tok: str, lex, cache) -> str:
    if tok in cache:
        return cache[tok]
    cur = tok
    for _ in range(3):
        cands = broken_candidates(cur)
        if not cands:
            break
        best, bc = None, 0
        for c in cands:
            # score the part up to and including the repaired letter too, so
            # that a second broken letter later in the word does not block it
            n = lex.get(c.lower(), 0)
            if n > bc:
                best, bc = c, n
        if best is None:
            # fall back: most frequent accented letter in Dutch, ë, keeping
            # the rest of the token (unknown names stay readable)
            i = cur.find("\x81E")
            after_vowel = i > 0 and cur[i - 1].lower() in "aeiou"
            if cur.endswith("\x81EN"):
                best = cur[:-3] + ("ë" if after_vowel else "é")
            else:
                best = cur.replace("\x81E", "ë" if after_vowel else "é", 1)
        cur = best
    cache[tok] = cur.replace("\x81", "")
    return cache[tok]


def read_conll2002(path):
    """Yield documents: lists of sentences of (token, tag)."""
    doc, sent = [], []
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                if sent:
                    doc.append(sent)
                    sent = []
                continue
            parts = line.split(" ")
            if parts[0] == "-DOCSTART-":
                if sent:
                    doc.append(sent)
                    sent = []
                if doc:
                    yield doc
                doc = []
                continue
            sent.append((parts[0], parts[-1]))
    if sent:
        doc.append(sent)
    if doc:
        yield doc


def read_tsv_ner(path):
    sent = []
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                    sent = []
                continue
            f = line.split("\t")
            sent.append((f[1], f[2]))
    if sent:
        yield sent


def make_doc(vocab, sents, no_misc=False):
    words, starts, ents = [], [], []
    for s in sents:
        for j, (w, tag) in enumerate(s):
            words.append(w)
            starts.append(j == 0)
            if tag == "O" and no_misc and w[:1].isupper() and j > 0:
                ents.append("")  # unknown: might be a MISC name
            else:
                ents.append(tag)
    doc = Doc(vocab, words=words, sent_starts=starts, ents=ents)
    return doc


def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


GAZ_FILES = {"PER": "per", "LOC": "geo", "ORG": "org"}
AUG_LABELS = ("PER", "ORG")  # LOC replacement (obscure GeoNames-like places) made unknown names -> LOC  # MISC (mostly demonyms in CoNLL) is not replaced


def load_gazetteer():
    """Alpino name lists (LGPL) by CoNLL class, cleaned: no HTML entities,
    1-5 tokens, starting with an upper-case letter or digit."""
    import html
    gaz = {}
    for lab, fn in GAZ_FILES.items():
        names = []
        with open(DATA / "alpino_names_gazetteer" / fn, encoding="utf8") as fh:
            for line in fh:
                name = html.unescape(line.strip())
                toks = name.split()
                if not toks or len(toks) > 5 or not (toks[0][:1].isupper() or toks[0][:1].isdigit()):
                    continue
                if any(c in name for c in '"()'):
                    continue
                names.append(toks)
        gaz[lab] = names
    return gaz


def augment(sents, gaz, rng, p_replace=0.8):
    """Copy of the sentences with entity mentions replaced by random names of
    the same class from the gazetteer (mention replacement augmentation)."""
    out = []
    for s in sents:
        new = []
        i = 0
        while i < len(s):
            w, t = s[i]
            if t.startswith("B-"):
                lab = t[2:]
                j = i + 1
                while j < len(s) and s[j][1] == "I-" + lab:
                    j += 1
                if lab in AUG_LABELS and rng.random() < p_replace and gaz.get(lab):
                    name = rng.choice(gaz[lab])
                    new.extend((x, ("B-" if k == 0 else "I-") + lab) for k, x in enumerate(name))
                else:
                    new.extend(s[i:j])
                i = j
            else:
                new.append((w, t))
                i += 1
        out.append(new)
    return out


def main():
    CORPUS.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("nl")
    lex = accented_lexicon()
    cache: dict = {}
    fixed = collections.Counter()
    import random
    rng = random.Random(1234)
    gaz = load_gazetteer()
    aug = DocBin()
    for name, path in (("conll_train", CONLL_TRAIN), ("conll_dev", CONLL_DEV)):
        db = DocBin()
        for doc in read_conll2002(path):
            sents = []
            for s in doc:
                new = []
                for w, t in s:
                    r = repair(w, lex, cache)
                    if r != w:
                        fixed[(w, r)] += 1
                    new.append((r, t))
                sents.append(new)
            for part in chunks(sents, 10):
                db.add(make_doc(nlp.vocab, part))
                if name == "conll_train":
                    aug.add(make_doc(nlp.vocab, augment(part, gaz, rng)))
        db.to_disk(CORPUS / f"{name}.spacy")
        print(name, len(db))
    aug.to_disk(CORPUS / "conll_aug.spacy")
    print("repaired", sum(fixed.values()), fixed.most_common(15))
    # WikiNEuRal (full CoNLL label set)
    db = DocBin()
    for split in ("val", "test"):
        sents = list(read_tsv_ner(DATA / "wikineural_nl" / f"{split}.conllu"))
        for part in chunks(sents, 10):
            db.add(make_doc(nlp.vocab, part))
    db.to_disk(CORPUS / "wikineural.spacy")
    print("wikineural", len(db))
    # LOC-light subset: drop sentences whose only entities are LOC, and
    # sentences without entities with probability 0.5
    db = DocBin()
    keep = []
    for split in ("val", "test"):
        for s in read_tsv_ner(DATA / "wikineural_nl" / f"{split}.conllu"):
            labs = {t[2:] for _, t in s if t != "O"}
            if labs == {"LOC"}:
                continue
            if not labs and rng.random() < 0.5:
                continue
            keep.append(s)
    for part in chunks(keep, 10):
        db.add(make_doc(nlp.vocab, part))
    db.to_disk(CORPUS / "wikineural_sub.spacy")
    print("wikineural_sub sentences", len(keep))
    # WikiANN train (no MISC), de-duplicated
    seen = set()
    sents = []
    for s in read_tsv_ner(DATA / "wikiann_nl" / "train.conllu"):
        key = tuple(s)
        if key in seen:
            continue
        seen.add(key)
        sents.append(s)
    db = DocBin()
    for part in chunks(sents, 10):
        db.add(make_doc(nlp.vocab, part, no_misc=True))
    db.to_disk(CORPUS / "wikiann.spacy")
    print("wikiann", len(db))
    # Europeana (no sentence breaks, no MISC)
    toks = []
    with open(DATA / "europeana_ner_nl" / "enp_NL.kb.bio", encoding="utf8") as fh:
        for line in fh:
            f = line.split()
            if len(f) >= 2:
                toks.append((f[0], f[-1]))
    sents, cur = [], []
    for w, t in toks:
        if t.startswith("I-") and not cur:
            pass
        cur.append((w, t))
        if w in (".", "!", "?") and len(cur) > 3:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    fixed_sents = []
    for s in sents:  # IOB -> IOB2
        prev = "O"
        out = []
        for w, t in s:
            if t.startswith("I-") and prev[2:] != t[2:]:
                t = "B-" + t[2:]
            out.append((w, t))
            prev = t
        fixed_sents.append(out)
    db = DocBin()
    for part in chunks(fixed_sents, 10):
        db.add(make_doc(nlp.vocab, part, no_misc=True))
    db.to_disk(CORPUS / "europeana.spacy")
    print("europeana", len(db))


if __name__ == "__main__":
    sys.exit(main())
