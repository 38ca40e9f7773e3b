"""Approximate Alpino (alpino_ds 1.3 XML) -> UD r2.16 conversion, in Python.

Written from the UD Dutch guidelines and the conventions visible in the
UD_Dutch-Alpino/LassySmall data; it follows the design of the `alud` converter
(lexical heads, content words as heads of PPs/copular clauses/auxiliary
chains, complementizers as `mark`) but is much simpler: no enhanced
dependencies, no gapping/orphan handling, punctuation attached to the head of
the smallest constituent around it.  Its output is checked against the 696
Alpino `cdb` sentences of ud_dutch_alpino_train_partial2017 (see --check).

Writes $BACKBONE_WORK/corpus/alpino_ud.conllu and alpino_ud.spacy.
"""
from __future__ import annotations

import argparse
import collections
import glob
import re
import sys
import tarfile
import xml.etree.ElementTree as ET

from common import AL_TRAIN17, CORPUS, DATA, fix_punct, read_conllu_meta, write_conllu

AUX_PERF = {"hebben", "zijn"}
AUX_MODAL = {"zullen", "kunnen", "moeten", "mogen"}
CLAUSAL_CATS = {"cp", "whsub", "ssub", "smain", "sv1", "svan", "ti", "oti", "ahi", "inf",
                "ppart", "ppres", "whq", "rel", "whrel", "du"}
NOMINAL_CATS = {"np", "detp", "mwu"}


class N:
    __slots__ = ("e", "rel", "cat", "kids", "parent", "word", "begin", "index", "empty", "tok")

    def __init__(self, e, parent):
        self.e = e
        self.rel = e.get("rel")
        self.cat = e.get("cat")
        self.parent = parent
        self.word = e.get("word")
        self.begin = int(e.get("begin", 0))
        self.index = e.get("index")
        self.kids = [N(c, self) for c in e.findall("node")]
        self.empty = self.word is None and not self.kids
        self.tok = None

    def leaves(self):
        if self.word is not None:
            return [self]
        out = []
        for k in self.kids:
            out.extend(k.leaves())
        return out

    def get(self, a, d=None):
        return self.e.get(a, d)

    def kid(self, *rels):
        for k in self.kids:
            if k.rel in rels and not k.empty:
                return k
        return None


def is_leaf(n):
    return n.word is not None


def pt(n):
    return n.get("pt", "") if is_leaf(n) else ""


class Converter:
    def __init__(self, root):
        self.root = root
        self.leaves = sorted(root.leaves(), key=lambda x: x.begin)
        for i, lf in enumerate(self.leaves):
            lf.tok = i + 1
        self.head = {}
        self.rel = {}
        self.index_empty = collections.defaultdict(list)
        for n in self._all(root):
            if n.empty and n.index:
                self.index_empty[n.index].append(n)
        self._lh = {}

    def _all(self, n):
        yield n
        for k in n.kids:
            yield from self._all(k)

    # -- lexical head -------------------------------------------------------
    def headdtr(self, n):
        """The daughter whose lexical head is the UD head of n."""
        kids = [k for k in n.kids if not k.empty]
        if not kids:
            return None
        hd = n.kid("hd")
        if n.cat == "mwu":
            return min(kids, key=lambda k: k.begin)
        if n.cat == "pp" or (hd is not None and pt(hd) == "vz" and n.cat not in ("np",)):
            obj = n.kid("obj1") or n.kid("vc") or n.kid("pobj1") or n.kid("predc")
            if obj is not None and hd is not None and self._is_prep(hd):
                return obj
        if hd is not None and is_leaf(hd) and pt(hd) == "ww":
            vc = n.kid("vc")
            lem = hd.get("lemma", "")
            if vc is not None and (lem in AUX_MODAL or (lem in AUX_PERF and vc.cat == "ppart")
                                   or (lem == "worden" and vc.cat == "ppart")):
                return vc
            pc = n.kid("predc")
            if lem == "zijn" and pc is not None:
                return pc
        if hd is not None:
            return hd
        for r in ("body", "nucl", "crd"):
            k = n.kid(r)
            if k is not None and r != "crd":
                return k
        cnj = [k for k in kids if k.rel == "cnj"]
        if cnj:
            return min(cnj, key=lambda k: k.begin)
        dps = [k for k in kids if k.rel in ("dp", "--") and not (is_leaf(k) and pt(k) == "let")]
        if dps:
            return min(dps, key=lambda k: k.begin)
        for r in ("predc", "obj1", "su", "mod", "det", "app"):
            k = n.kid(r)
            if k is not None:
                return k
        nonp = [k for k in kids if not (is_leaf(k) and pt(k) == "let")]
        return min(nonp or kids, key=lambda k: k.begin)

    def _is_prep(self, hd):
        return is_leaf(hd) and (pt(hd) == "vz" or hd.get("pos") == "prep") or hd.cat == "mwu"

    def lexhead(self, n):
        if n in self._lh:
            return self._lh[n]
        if is_leaf(n):
            r = n
        else:
            d = self.headdtr(n)
            r = self.lexhead(d) if d is not None else None
        self._lh[n] = r
        return r

    # -- conversion ---------------------------------------------------------
    def convert(self):
        self._attach(self.root)
        top = self.root
        main = self.lexhead(top)
        if main is not None and main.tok not in self.head:
            self.head[main.tok] = 0
            self.rel[main.tok] = "root"
        for lf in self.leaves:
            if lf.tok not in self.head:
                self._punct(lf, main)
        return self

    def _attach(self, n):
        if is_leaf(n) or n.empty:
            return
        h = self.lexhead(n)
        hd_dtr = self.headdtr(n)
        kids = [k for k in n.kids if not k.empty]
        for k in kids:
            self._attach(k)
        passive = self._passive(n)
        cnjs = sorted([k for k in kids if k.rel == "cnj"], key=lambda k: k.begin)
        for k in kids:
            if k is hd_dtr:
                continue
            kh = self.lexhead(k)
            if kh is None or h is None:
                continue
            if is_leaf(k) and pt(k) == "let" and k.rel == "--":
                continue  # punctuation: later
            target = h
            if k.rel == "crd":
                after = [c for c in cnjs if c.begin > k.begin]
                if after:
                    target = self.lexhead(after[0])
            rel = self.label(n, k, h, passive)
            if k.rel in ("rhd", "whd"):
                rel, target = self._filler(n, k, h)
            if target is kh:
                continue
            self.head[kh.tok] = target.tok
            self.rel[kh.tok] = rel

    def _passive(self, n):
        hd = n.kid("hd")
        vc = n.kid("vc")
        su = n.kid("su") or next((k for k in n.kids if k.rel == "su"), None)
        if hd is None or vc is None or not is_leaf(hd):
            return False
        lem = hd.get("lemma")
        if vc.cat != "ppart":
            return False
        if lem == "worden":
            return True
        if lem == "zijn" and su is not None and su.index:
            for e in self.index_empty.get(su.index, []):
                if e.rel in ("obj1", "obj2") and e.parent is vc:
                    return True
        return False

    def _filler(self, n, k, h):
        """rhd/whd: attach to the head of the gap's clause with the gap's relation."""
        if k.index and self.index_empty.get(k.index):
            gap = self.index_empty[k.index][0]
            if gap.rel in ("predc", "hd", "cmp"):
                raise ValueError("wh-moved predicate/head: not handled")
            p = gap.parent
            ph = self.lexhead(p) if p is not None else None
            if p is not None and ph is not None and ph is not self.lexhead(k):
                if p.cat == "pp" or (p.kid("hd") is not None and pt(p.kid("hd")) == "vz"):
                    # "waarvan", "met wie": the PP's head attaches above
                    pp = p
                    gp = pp.parent
                    gh = self.lexhead(gp) if gp is not None else h
                    return self.label(gp, pp, gh, False), gh or h
                return self.label(p, gap, ph, self._passive(p), filler=k), ph
        return ("nsubj" if k.cat in (None, "np") else "obl"), h

    def label(self, n, k, h, passive, filler=None):
        r = k.rel
        src = filler or k
        kh = self.lexhead(src) if not src.empty else None
        kpt = pt(kh) if kh is not None else ""
        kcat = src.cat
        clausal = kcat in CLAUSAL_CATS and kcat not in ("ppart", "ppres") or \
            (kcat in ("ppart", "ppres", "inf") and r in ("vc",))
        nominal_ctx = n.cat in ("np", "detp") or (n.cat is None) or \
            (h is not None and pt(h) in ("n", "vnw") and n.cat not in CLAUSAL_CATS)
        if r == "su":
            if kcat in ("cp", "whsub", "ti", "oti", "inf", "sv1"):
                return "csubj:pass" if passive else "csubj"
            return "nsubj:pass" if passive else "nsubj"
        if r in ("obj1", "pobj1" ) and n.cat == "pp":
            return "case" if False else "obj"
        if r == "obj1":
            return "ccomp" if kcat in ("cp", "whsub", "sv1", "smain") else "obj"
        if r == "obj2":
            return "obl" if kcat == "pp" else "iobj"
        if r == "hd":
            if kpt == "ww":
                if n.kid("predc") is not None and n.kid("vc") is None:
                    return "cop"
                return "aux:pass" if passive else "aux"
            if kpt == "vz" or n.cat == "pp" or (k.cat == "mwu"):
                return "case"
            return "dep"
        if r == "cmp":
            return "mark"
        if r == "crd":
            return "cc"
        if r == "cnj":
            return "conj"
        if r == "app":
            return "appos"
        if r == "se":
            return "expl:pv"
        if r in ("sup", "pobj1"):
            return "expl"
        if r == "svp":
            return "compound:prt" if kcat is None else "obj"
        if r == "pc":
            return "obl:arg"
        if r in ("ld", "me"):
            return "obl" if kpt not in ("bw",) and kcat != "advp" else "advmod"
        if r in ("predc", "predm"):
            if n.kid("hd") is not None and pt(n.kid("hd")) == "ww" and r == "predc":
                return "xcomp"
            return "xcomp" if r == "predc" else ("advcl" if kcat in CLAUSAL_CATS else "xcomp")
        if r == "vc":
            if n.cat in ("np", "detp") or (h is not None and pt(h) == "n"):
                return "acl"
            if kcat in ("cp", "whsub", "sv1", "smain", "svan", "ssub", "whq"):
                return "ccomp"
            return "xcomp"
        if r == "obcomp":
            return "advcl"
        if r in ("dp", "tag", "sat", "nucl", "dlink", "--"):
            if r == "dlink":
                return "mark" if kcat is None else "parataxis"
            return "parataxis"
        if r == "hdf":
            return "case"
        if r == "mwp":
            if k.get("pos") == "name" or k.get("postag", "").startswith("SPEC(deeleigen"):
                return "flat"
            mw = [x for x in n.kids if x.rel == "mwp"]
            if all(x.get("pos") == "name" or x.get("pt") == "spec" or x.get("word", "a")[:1].isupper()
                   for x in mw):
                return "flat"
            return "fixed"
        if r == "det":
            pg = kh.get("postag", "") if kh is not None else ""
            if pg.startswith("VNW(bez") or kcat == "np" or (kpt == "n"):
                return "nmod:poss"
            if kpt == "tw" and "rang" in pg:
                return "amod"
            if kpt == "tw" and "hoofd" in pg:
                return "nummod"
            if kcat in ("detp",) or kpt in ("lid", "vnw"):
                return "det"
            if kpt == "tw":
                return "nummod"
            return "det"
        if r == "mod":
            if kcat in ("rel", "whrel"):
                return "acl:relcl"
            if kcat in ("cp", "oti", "ti", "ahi", "whsub", "sv1", "smain", "svan", "ssub", "inf",
                        "ppart", "ppres", "du"):
                if nominal_ctx and n.cat in ("np", "detp"):
                    return "acl"
                if kcat in ("ppart", "ppres") and n.cat in ("np",):
                    return "acl"
                return "advcl"
            if kcat == "pp" and n.cat == "ppart" and self._pp_prep(src) == "door":
                par = n.parent
                if par is not None and self._passive(par):
                    return "obl:agent"
            if kcat == "pp" or (kpt == "vz" and kcat is None and n.cat != "pp"):
                if kcat is None:
                    return "advmod" if not nominal_ctx else "nmod"
                return "nmod" if nominal_ctx else "obl"
            if kpt == "adj" or kcat == "ap":
                return "amod" if n.cat == "np" else "advmod"
            if kpt == "ww":
                return "amod" if n.cat == "np" else "advmod"
            if kpt in ("n",) or kcat in ("np", "mwu"):
                if kpt == "n" and kh is not None and kh.get("pos") == "name":
                    return "nmod" if nominal_ctx else "obl"
                return "nmod" if nominal_ctx else "obl"
            if kpt == "tw":
                if "rang" in (kh.get("postag", "") if kh is not None else ""):
                    return "amod" if n.cat == "np" else "advmod"
                return "nummod" if n.cat == "np" else "advmod"
            if kpt == "bw" and n.cat == "np":
                return "amod"  # r2.16: adverbs modifying a noun are amod (ongeveer een miljard)
            if kpt == "vnw":
                return "nmod" if n.cat == "np" else "advmod"
            return "advmod"
        return "dep"

    def _pp_prep(self, pp):
        hd = pp.kid("hd")
        return hd.get("lemma") if hd is not None and is_leaf(hd) else None

    # -- punctuation --------------------------------------------------------
    def _punct(self, lf, main):
        pos = lf.tok
        best = None
        for n in self._all(self.root):
            if is_leaf(n) or n.empty or n is self.root:
                continue
            toks = [x.tok for x in n.leaves() if not (pt(x) == "let")]
            if not toks:
                continue
            if min(toks) < pos < max(toks):
                if best is None or (max(toks) - min(toks)) < best[0]:
                    best = (max(toks) - min(toks), n)
        tgt = self.lexhead(best[1]) if best else main
        if best is not None and best[1].cat == "conj":
            # UD: punctuation in a coordination attaches to the next conjunct
            cnjs = sorted([k for k in best[1].kids if k.rel == "cnj" and not k.empty],
                          key=lambda k: min(x.tok for x in k.leaves()) if k.leaves() else 0)
            for c in cnjs:
                lv = [x.tok for x in c.leaves()]
                if lv and min(lv) > pos:
                    tgt = self.lexhead(c)
                    break
        if tgt is None or tgt is lf:
            tgt = main
        if tgt is None or tgt is lf:
            self.head[pos] = 0
            self.rel[pos] = "root"
            return
        self.head[pos] = tgt.tok
        self.rel[pos] = "punct"


# -- UPOS / FEATS from the CGN tag -------------------------------------------

def postag_ud(postag):
    m = re.match(r"([A-Z]+)\((.*)\)", postag)
    if not m:
        return postag
    return m.group(1) + ("|" + m.group(2).replace(",", "|") if m.group(2) else "")


def convert_file(path_or_bytes, name):
    root = ET.fromstring(path_or_bytes).find("node")
    c = Converter(N(root, None)).convert()
    rows = []
    for lf in c.leaves:
        h = c.head.get(lf.tok, 0)
        rel = c.rel.get(lf.tok, "root")
        rows.append([str(lf.tok), lf.word, lf.get("lemma", lf.word), "_", postag_ud(lf.get("postag", "")),
                     "_", str(h), rel, "_", "_"])
    _fix_roots(rows)
    fix_punct(rows, lambda r: r[4].startswith("LET"))
    for r in rows:
        if r[4].startswith("LET") and r[6] != "0":
            r[7] = "punct"
    return rows


def _fix_roots(rows):
    roots = [r for r in rows if r[6] == "0"]
    if not roots:
        rows[0][6], rows[0][7] = "0", "root"
        roots = [rows[0]]
    main = roots[0]
    for r in roots[1:]:
        r[6] = main[0]
        r[7] = "parataxis" if r[7] == "root" else r[7]
    # break cycles
    for r in rows:
        seen = set()
        i = int(r[0])
        while i != 0:
            if i in seen:
                r[6] = main[0] if r is not main else "0"
                break
            seen.add(i)
            i = int(rows[i - 1][6])
    for r in rows:
        if r[6] == "0":
            r[7] = "root"
        elif r[7] == "root":
            r[7] = "dep"


def iter_treebank(suites):
    for suite in suites:
        with tarfile.open(DATA / "alpino_treebank" / "xml" / f"{suite}.tar.xz") as tf:
            members = [m for m in tf.getmembers() if m.name.endswith(".xml")]
            members.sort(key=lambda m: int(re.sub(r"\D", "", m.name.split("/")[-1]) or 0))
            for m in members:
                data = tf.extractfile(m).read()
                num = m.name.split("/")[-1][:-4]
                yield f"{suite}/{num}", data


def check():
    """Agreement with the Alpino partial 2017 UD file (cdb sentences), after
    the 2017->r2.16 mapping of convert_ud."""
    from convert_ud import LemmaMap, map_2017
    gold = {}
    for meta, toks in read_conllu_meta(AL_TRAIN17):
        sid = [m for m in meta if m.startswith("# sent_id")][0].split("= ")[1]
        m = re.match(r"Treebank_cdb_(\d+)\.xml", sid)
        if m:
            gold[f"cdb/{m.group(1)}"] = toks
    lm = LemmaMap([])
    n = uas = las = 0
    conf = collections.Counter()
    for sid, data in iter_treebank(["cdb"]):
        if sid not in gold:
            continue
        g = map_2017([list(t) for t in gold[sid]], lm)
        try:
            p = convert_file(data, sid)
        except ValueError:
            continue
        if len(g) != len(p):
            continue
        for a, b in zip(g, p):
            n += 1
            if a[6] == b[6]:
                uas += 1
                if a[7].split(":")[0] == b[7].split(":")[0]:
                    las += 1
                else:
                    conf[(a[7], b[7])] += 1
            else:
                conf[("HEAD", a[7], b[7])] += 1
    print(f"tokens {n} UAS {100*uas/n:.2f} LAS {100*las/n:.2f}")
    for k, v in conf.most_common(40):
        print(" ", k, v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    if a.check:
        return check()
    suites = ["cdb", "eans", "qa", "wpspel", "g_suite", "h_suite", "leuven_yellow_pages"]
    out = []
    for sid, data in iter_treebank(suites):
        try:
            rows = convert_file(data, sid)
        except Exception as e:  # noqa: BLE001
            print("skip", sid, e, file=sys.stderr)
            continue
        out.append(([f"# sent_id = {sid}"], rows))
    CORPUS.mkdir(parents=True, exist_ok=True)
    write_conllu(out, CORPUS / "alpino_ud_raw.conllu")
    print("sentences", len(out), "tokens", sum(len(r) for _, r in out))


if __name__ == "__main__":
    sys.exit(main())
