"""Convert the UD Dutch training material to spaCy DocBin, mapped toward r2.16.

Inputs (read from shared/data, never copied):
  * ud_dutch_lassysmall_train2017 (Feb 2017, pre-v2.0 annotation)
  * ud_dutch_alpino_train_partial2017 (UD 2.1 era)
  * alpino_treebank/alpino_treebank_tokens.conllu (lemma + CGN tag only)
  * r2.16 dev files of LassySmall and Alpino (for evaluation only)

The 2017 annotation drifts from r2.16 (see the data README).  We map:
  * flat:name -> flat; fixed -> flat inside capitalised multiword names
  * det -> nmod:poss (and DET -> PRON, Poss=Yes) for possessive pronouns
  * copulas other than `zijn` (worden, blijven, heten, ...) become the head
    verb (VERB) with the predicate as xcomp, as r2.16 does
  * auxiliaries outside the r2.16 set (willen, laten, gaan, ...) become the
    head verb with the main verb as xcomp; modal `moeten`/`mogen` main verbs
    with an infinitival xcomp become AUX/aux of that infinitive
  * reflexive `zich` obj -> expl:pv; ordinal NUM -> ADJ
  * lemmas get r2.16 `_` compound separators from the Alpino lexicon
    (meenemen -> mee_nemen) and from split particles (compound:prt)
The alpino token layer gets UPOS/FEATS from its CGN tag with a table learnt
from the 2017 Alpino train part (plus the same drift fixes); ambiguous
tags (auxiliary-capable verbs, graded indefinite pronouns) are left missing,
and it has no heads, so the parser ignores it.
"""
from __future__ import annotations

import collections
import re
import sys

import spacy
from spacy.tokens import Doc, DocBin

from common import (AL_DEV, AL_TOKENS, AL_TRAIN17, CORPUS, LS_DEV, LS_TRAIN17, fix_punct,
                    read_conllu, read_conllu_meta, write_conllu)

MISSING = "<MISSING>"
R216_AUX = {"zijn", "worden", "hebben", "kunnen", "zullen", "moeten", "mogen", "krijgen"}
POSS_PERSON = {"mijn": "1", "m'n": "1", "ons": "1", "onze": "1", "jouw": "2", "je": "2",
               "uw": "2", "jullie": "2", "zijn": "3", "z'n": "3", "haar": "3", "hun": "3",
               "d'r": "3", "hum": "3"}
CLAUSAL = {"nsubj", "nsubj:pass", "csubj", "mark", "punct", "cc", "expl", "expl:pv",
           "parataxis", "iobj", "obl:agent"}
POSITIONAL = {"advmod", "obl", "advcl", "aux", "aux:pass", "obj", "discourse", "vocative"}
ORDINAL = re.compile(r"^([a-z]+(ste|de)|\d+(e|de|ste))$")


def feats_dict(s: str) -> dict:
    if s in ("_", ""):
        return {}
    return dict(kv.split("=", 1) for kv in s.split("|"))


def feats_str(d: dict) -> str:
    return "|".join(f"{k}={d[k]}" for k in sorted(d)) if d else "_"


class Sent:
    def __init__(self, toks):
        self.t = toks  # list of 10-field lists; ids 1..n

    def head(self, i):
        return int(self.t[i - 1][6])

    def deps(self, i):
        return [j for j in range(1, len(self.t) + 1) if self.head(j) == i]

    def setp(self, i, head=None, rel=None):
        if head is not None:
            self.t[i - 1][6] = str(head)
        if rel is not None:
            self.t[i - 1][7] = rel


def promote(s: Sent, new: int, old: int, old_rel: str) -> None:
    """Make `new` (currently a dependent of `old`) the head of `old`."""
    s.setp(new, head=s.head(old), rel=s.t[old - 1][7])
    s.setp(old, head=new, rel=old_rel)
    for d in s.deps(old):
        if d == new:
            continue
        rel = s.t[d - 1][7]
        move = rel in CLAUSAL
        if rel in POSITIONAL:
            move = (d < new < old) or (old < new < d)
            if rel == "aux":
                move = d < new
        if move:
            s.setp(d, head=new)


def demote(s: Sent, aux: int, main: int, rel: str) -> None:
    """Make `aux` (currently head of `main`) a dependent `rel` of `main`."""
    s.setp(main, head=s.head(aux), rel=s.t[aux - 1][7])
    s.setp(aux, head=main, rel=rel)
    for d in s.deps(aux):
        if d != main:
            s.setp(d, head=main)


def map_2017(toks, lemma_map) -> list:
    s = Sent(toks)
    n = len(toks)
    for t in toks:
        if t[7] == "flat:name":
            t[7] = "flat"
    # cc: 2017 attaches it to the first conjunct, r2.16 to the next conjunct
    for i in range(1, n + 1):
        t = toks[i - 1]
        if t[7] == "cc":
            h = s.head(i)
            if h and h < i:
                nxt = [d for d in s.deps(h) if toks[d - 1][7] == "conj" and d > i]
                if nxt:
                    t[6] = str(min(nxt))
    # fixed -> flat for capitalised multiword names
    for i in range(1, n + 1):
        t = toks[i - 1]
        kids = [d for d in s.deps(i) if toks[d - 1][7] == "fixed"]
        if kids and t[1][:1].isupper() and t[3] not in ("ADP", "ADV", "SCONJ", "CCONJ", "PRON"):
            if i > 1 or any(toks[d - 1][1][:1].isupper() for d in kids):
                for d in kids:
                    toks[d - 1][7] = "flat"
    # copulas other than zijn -> head verb with xcomp
    for i in range(1, n + 1):
        t = toks[i - 1]
        if t[7] == "cop" and t[2] != "zijn":
            p = s.head(i)
            if p:
                promote(s, i, p, "xcomp")
                t[3] = "VERB"
    # aux outside r2.16 aux set -> head verb with xcomp
    for i in range(1, n + 1):
        t = toks[i - 1]
        if t[7] in ("aux", "aux:pass") and t[2] not in R216_AUX:
            v = s.head(i)
            if v:
                promote(s, i, v, "xcomp")
                t[3] = "VERB"
    # modal main verbs (moeten/mogen/kunnen/zullen) with infinitival xcomp -> aux
    for i in range(1, n + 1):
        t = toks[i - 1]
        if t[2] in ("moeten", "mogen", "kunnen", "zullen") and t[3] == "VERB":
            xs = [d for d in s.deps(i) if toks[d - 1][7] == "xcomp"
                  and "VerbForm=Inf" in toks[d - 1][5]]
            if xs:
                demote(s, i, xs[0], "aux")
                t[3] = "AUX"
    for i in range(1, n + 1):
        t = toks[i - 1]
        if t[3] == "AUX" and t[2] not in R216_AUX:
            t[3] = "VERB"
        low = t[1].lower()
        if t[7] == "det" and low in POSS_PERSON and t[3] in ("DET", "PRON"):
            t[3] = "PRON"
            t[7] = "nmod:poss"
            f = feats_dict(t[5])
            f.update({"Person": POSS_PERSON[low], "Poss": "Yes", "PronType": "Prs"})
            t[5] = feats_str(f)
        if t[3] == "PRON" and "Poss" not in t[5] and t[7] == "nmod:poss":
            f = feats_dict(t[5])
            f["Poss"] = "Yes"
            t[5] = feats_str(f)
        if low == "zich" and t[7] == "obj":
            t[7] = "expl:pv"
        if t[3] == "NUM" and ORDINAL.match(low):
            t[3] = "ADJ"
            t[5] = "_"
        if t[3] == "ADJ" and ORDINAL.match(low) and t[7] == "nummod":
            t[7] = "amod"
        h = s.head(i)
        if t[7] == "advmod" and t[3] == "ADV" and h and toks[h - 1][3] in ("NOUN", "PROPN", "NUM", "SYM"):
            t[7] = "amod"  # r2.16: adverbs modifying a noun are amod
        if t[7] == "cc" and i == 1 and h and not any(
                toks[d - 1][7] == "conj" for d in s.deps(h)):
            t[7] = "mark"  # sentence-initial En/Maar (Alpino dlink)
    # lemmas -> r2.16 compound convention
    for i in range(1, n + 1):
        t = toks[i - 1]
        lem = t[2]
        if "_" in lem or lem == "_":
            continue
        new = lemma_map.lookup(t[1], lem, t[3])
        if new is None and t[3] in ("VERB", "AUX"):
            prts = [toks[d - 1][1].lower() for d in s.deps(i) if toks[d - 1][7] == "compound:prt"]
            for p in prts:
                if lem.startswith(p) and len(lem) > len(p) + 2:
                    new = p + "_" + lem[len(p):]
                    break
        if new:
            t[2] = new
        elif t[3] in ("NOUN", "ADJ", "VERB") and re.search(r"[a-z]-[a-zA-Z]", lem):
            t[2] = lem.replace("-", "_")
        elif (lemma_map.known is not None and t[3] in ("NOUN", "ADJ", "VERB") and len(lem) >= 8
              and lem.lower() not in lemma_map.known):
            t[2] = MISSING  # may be a compound that r2.16 splits: leave unannotated
    fix_punct(toks)
    return toks


class LemmaMap:
    """r2.16-style lemmas learnt from the Alpino treebank token layer."""

    def __init__(self, alpino_sents):
        alpino_sents = list(alpino_sents)
        by_form = collections.defaultdict(collections.Counter)
        by_lemma = collections.defaultdict(collections.Counter)
        for toks in alpino_sents:
            for t in toks:
                lem = t[2]
                if "_" in lem and lem != "_":
                    by_form[t[1].lower()][lem] += 1
                    by_lemma[lem.replace("_", "").lower()][lem] += 1
        self.by_form = {k: c.most_common(1)[0][0] for k, c in by_form.items()}
        self.known = {t[2].lower() for toks in alpino_sents for t in toks} or None
        self.by_lemma = {k: c.most_common(1)[0][0] for k, c in by_lemma.items()}

    def lookup(self, form, lemma, upos):
        if upos in ("PROPN", "PUNCT", "NUM", "X", "SYM"):
            return None
        cand = self.by_lemma.get(lemma.lower())
        if cand is not None:
            return _recase(cand, lemma)
        cand = self.by_form.get(form.lower())
        if cand is not None:
            flat = cand.replace("_", "")
            if flat[:3].lower() == lemma[:3].lower() and abs(len(flat) - len(lemma)) <= 3:
                return _recase(cand, lemma)
        return None


def _recase(cand: str, lemma: str) -> str:
    if lemma[:1].isupper() and cand[:1].islower():
        return cand[:1].upper() + cand[1:]
    return cand


# --- alpino token layer ----------------------------------------------------
AMBIG_VERB = {"zijn", "worden", "hebben", "krijgen"}
ALWAYS_AUX = {"zullen", "kunnen", "moeten", "mogen"}


def xpos_table(ap17_sents):
    m = collections.defaultdict(collections.Counter)
    for toks in ap17_sents:
        for t in toks:
            m[t[4]][(t[3], t[5])] += 1
    table = {}
    for x, c in m.items():
        (upos, feats), k = c.most_common(1)[0]
        if x.startswith("VNW|onbep|grad") or x in ("VNW|onbep|det|stan|vrij|zonder",
                                                  "VNW|aanw|det|stan|prenom|zonder|agr"):
            continue  # DET/PRON/ADV by context in r2.16: leave missing
        if upos == "AUX":
            upos = "VERB"
        if x.startswith("VNW|bez"):
            f = feats_dict(feats)
            f["Poss"] = "Yes"
            feats = feats_str(f)
        if x.startswith("TW|rang"):
            upos, feats = "ADJ", "_"
        if x.startswith("VNW|onbep|det|stan|prenom"):
            upos, feats = "DET", "_"
        table[x] = (upos, feats)
    return table


def alpino_tokens_docs(nlp, sents, table, group=10):
    docs = []
    words, spaces, lemmas, pos, morphs, starts, tags = [], [], [], [], [], [], []
    k = 0
    for toks in sents:
        for j, t in enumerate(toks):
            words.append(t[1])
            spaces.append(True)
            lemmas.append(t[2])
            tags.append(t[4])
            up, ft = table.get(t[4], ("", ""))
            if t[4].startswith("WW") and up == "VERB":
                if t[2] in AMBIG_VERB:
                    up, ft = "", ""
                elif t[2] in ALWAYS_AUX:
                    up = "AUX"
            pos.append(up)
            morphs.append("" if ft in ("_", "") else ft)
            starts.append(j == 0)
        k += 1
        if k == group:
            docs.append(_mk(nlp, words, spaces, lemmas, pos, morphs, starts, tags))
            words, spaces, lemmas, pos, morphs, starts, tags = [], [], [], [], [], [], []
            k = 0
    if words:
        docs.append(_mk(nlp, words, spaces, lemmas, pos, morphs, starts, tags))
    return docs


def _mk(nlp, words, spaces, lemmas, pos, morphs, starts, tags, heads=None, deps=None):
    doc = Doc(nlp.vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos, morphs=morphs,
              sent_starts=starts if heads is None else None, tags=tags, heads=heads, deps=deps)
    return doc


def ud_docs(nlp, sents, group=10):
    docs = []
    buf = []
    for toks in sents:
        buf.append(toks)
        if len(buf) == group:
            docs.append(_ud_doc(nlp, buf))
            buf = []
    if buf:
        docs.append(_ud_doc(nlp, buf))
    return docs


def _ud_doc(nlp, sents):
    words, spaces, lemmas, pos, morphs, heads, deps, tags = [], [], [], [], [], [], [], []
    off = 0
    for toks in sents:
        for t in toks:
            words.append(t[1])
            spaces.append("SpaceAfter=No" not in t[9])
            lemmas.append("" if t[2] == MISSING else t[2])
            pos.append(t[3])
            morphs.append("" if t[5] == "_" else t[5])
            tags.append("" if t[4] == "_" else t[4])
            h = int(t[6])
            heads.append(off + h - 1 if h else off + int(t[0]) - 1)
            deps.append("ROOT" if t[7] == "root" else t[7])
        off += len(toks)
    return _mk(nlp, words, spaces, lemmas, pos, morphs, None, tags, heads=heads, deps=deps)


def fill_alpino_ud(sents, table):
    """UPOS/FEATS for the converted Alpino treebank, from the CGN tag + relation."""
    for toks in sents:
        for t in toks:
            x = t[4]
            up, ft = table.get(x, ("X", "_"))
            rel = t[7]
            if x.startswith("WW"):
                up = "AUX" if rel in ("aux", "aux:pass", "cop") else "VERB"
            elif x.startswith("VNW|onbep|grad") or x in ("VNW|onbep|det|stan|vrij|zonder",
                                                       "VNW|aanw|det|stan|prenom|zonder|agr"):
                if rel == "advmod":
                    up, ft = "ADV", "_"
                elif rel == "det":
                    up, ft = "DET", "_"
                else:
                    up, ft = "PRON", "PronType=Ind"
            elif x not in table:
                up, ft = _guess_upos(x), "_"
            t[3], t[5] = up, ft
    return sents


def _guess_upos(x):
    head = x.split("|")[0]
    return {"N": "PROPN" if "eigen" in x else "NOUN", "VNW": "PRON", "ADJ": "ADJ", "TW": "NUM",
            "LET": "PUNCT", "SPEC": "X", "BW": "ADV", "VZ": "ADP", "LID": "DET", "TSW": "INTJ",
            "VG": "CCONJ"}.get(head, "X")


def main():
    CORPUS.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("nl")
    alp = list(read_conllu(AL_TOKENS))
    lm = LemmaMap(alp)
    ap17 = list(read_conllu_meta(AL_TRAIN17))
    ls17 = list(read_conllu_meta(LS_TRAIN17))
    table = xpos_table([t for _, t in ap17])
    mapped = []
    for meta, toks in ls17 + ap17:
        mapped.append((meta, map_2017(toks, lm)))
    write_conllu(mapped, CORPUS / "ud_train_mapped.conllu")
    db = DocBin(store_user_data=False)
    for d in ud_docs(nlp, [t for _, t in mapped]):
        db.add(d)
    db.to_disk(CORPUS / "ud_train.spacy")
    print("ud_train docs", len(db), "tokens", sum(len(t) for _, t in mapped))
    raw = CORPUS / "alpino_ud_raw.conllu"
    if raw.exists():
        al = list(read_conllu_meta(raw))
        fill_alpino_ud([t for _, t in al], table)
        write_conllu(al, CORPUS / "alpino_ud.conllu")
        db = DocBin()
        for d in ud_docs(nlp, [t for _, t in al]):
            db.add(d)
        db.to_disk(CORPUS / "alpino_ud.spacy")
        print("alpino_ud docs", len(db))
    db = DocBin()
    for d in alpino_tokens_docs(nlp, alp, table):
        db.add(d)
    db.to_disk(CORPUS / "alpino_tokens.spacy")
    print("alpino token docs", len(db))
    for name, path in (("ls_dev", LS_DEV), ("al_dev", AL_DEV)):
        db = DocBin()
        for d in ud_docs(nlp, list(read_conllu(path)), group=1):
            db.add(d)
        db.to_disk(CORPUS / f"{name}.spacy")
        print(name, len(db))


if __name__ == "__main__":
    sys.exit(main())
