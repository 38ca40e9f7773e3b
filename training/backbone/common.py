"""Shared helpers for the duiding backbone training scripts.

All generated corpora go to $BACKBONE_WORK (default ../exp/backbone beside the repo), never
into the repository.  Source data is read from $DUIDING_DATA (default
../shared/data); research-only data is never copied anywhere.
"""
from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path
from typing import Iterator, List

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DATA = Path(os.environ.get("DUIDING_DATA", REPO.parent / "shared" / "data"))
WORK = Path(os.environ.get("BACKBONE_WORK", REPO.parent / "exp" / "backbone"))
CORPUS = WORK / "corpus"
MODEL_DIR = REPO / "src" / "duiding" / "models" / "nl_news"

# UD CoNLL-U paths
LS_DEV = DATA / "ud_dutch_lassysmall" / "nl_lassysmall-ud-dev.conllu"
AL_DEV = DATA / "ud_dutch_alpino" / "nl_alpino-ud-dev.conllu"
LS_TRAIN17 = DATA / "ud_dutch_lassysmall_train2017" / "nl_lassysmall-ud-train-2017.conllu"
AL_TRAIN17 = DATA / "ud_dutch_alpino_train_partial2017" / "nl_alpino-ud-train-partial-2017.conllu"
AL_TOKENS = DATA / "alpino_treebank" / "alpino_treebank_tokens.conllu"
CONLL_TRAIN = DATA / "conll2002_nl" / "ned.train"
CONLL_DEV = DATA / "conll2002_nl" / "ned.testa"


class Tok(list):
    """One CoNLL-U token line as a mutable list of 10 fields."""

    @property
    def i(self) -> int:
        return int(self[0])


def read_conllu(path: Path) -> Iterator[List[list]]:
    """Yield sentences as lists of 10-field lists (multiword/empty nodes skipped).

    Comment lines are kept on the sentence list object as attribute-free tuples
    in position 0 of a separate list; callers that need them use read_conllu_meta.
    """
    for meta, toks in read_conllu_meta(path):
        yield toks


def read_conllu_meta(path: Path):
    meta: list = []
    cur: list = []
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    yield meta, cur
                meta, cur = [], []
                continue
            if line.startswith("#"):
                meta.append(line)
                continue
            f = line.split("\t")
            if "-" in f[0] or "." in f[0]:
                continue
            cur.append(f)
    if cur:
        yield meta, cur


def write_conllu(sents, path: Path) -> None:
    with open(path, "w", encoding="utf8") as fh:
        for meta, toks in sents:
            for m in meta:
                fh.write(m + "\n")
            for t in toks:
                fh.write("\t".join(t) + "\n")
            fh.write("\n")


# ---------------------------------------------------------------------------
# CoNLL-2002 diaeresis repair.  The original files lost accented characters:
# an upper-case E stands for an accented vowel plus the following letter
# (officiEe = officiële, creEen = creëren, geEst = geëist).  We repair the
# tokens with a lexicon of accented words seen in the raw Dutch text.
# ---------------------------------------------------------------------------
_BROKEN = re.compile("\x81EN$|\x81E")
ACCENTED = "ëïéèöüáóúêôâçñà"


def broken_candidates(tok: str):
    """Candidate repairs of a CoNLL-2002 token with a lost accented letter.

    In the files an accented letter plus the letter after it became U+0081 'E'
    (financi\x81Ee = financiële, idee\x81E = ideeën); at the end of a word
    the accented letter alone became U+0081 'EN' (Belgi\x81EN = België).
    """
    m = _BROKEN.search(tok)
    if not m:
        return []
    out = []
    pre, post = tok[: m.start()], tok[m.end():]
    for acc in ACCENTED:
        if m.group(0) == "\x81EN":
            out.append(pre + acc)
        else:
            for nxt in "abcdefghijklmnopqrstuvwxyz":
                out.append(pre + acc + nxt + post)
            out.append(pre + acc + post)
    return out


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# ---------------------------------------------------------------------------
# Punctuation attachment in the style of Udapi's ud.FixPunct (which the
# UD Dutch conversion applies): a punctuation mark attaches to the lower of
# the two candidates found by climbing from its left and right neighbours
# without crossing it; paired quotes/brackets attach to the head of the span
# they enclose.
# ---------------------------------------------------------------------------
PAIRS = {"(": ")", "[": "]", "{": "}", '"': '"', "'": "'", "``": "''", ",,": "''", "«": "»",
         "“": "”", "‘": "’"}


def fix_punct(rows, is_punct=None):
    """rows: CoNLL-U 10-field lists (1-based ids), modified in place."""
    n = len(rows)
    if is_punct is None:
        def is_punct(r):
            return r[7] == "punct" or r[3] == "PUNCT"
    head = [0] + [int(r[6]) for r in rows]
    punct = [False] + [is_punct(r) for r in rows]

    def ancestors(i):
        out = set()
        while i:
            i = head[i]
            if i in out:
                break
            out.add(i)
        return out

    # children of punctuation would be orphaned: only fix leaf punctuation
    has_kids = set(head[1:])
    done = set()
    # paired punctuation first
    stack = []
    for i in range(1, n + 1):
        if not punct[i] or i in has_kids:
            continue
        w = rows[i - 1][1]
        if stack and PAIRS.get(rows[stack[-1] - 1][1]) == w:
            o = stack.pop()
            inner = [j for j in range(o + 1, i) if not punct[j]]
            tops = [j for j in inner if not (o < head[j] < i)]
            if len(tops) >= 1:
                h = tops[0]
                for p in (o, i):
                    head[p] = h
                    done.add(p)
            continue
        if w in PAIRS:
            stack.append(i)
    for i in range(1, n + 1):
        if not punct[i] or i in done or i in has_kids:
            continue
        left = i - 1
        while left >= 1 and punct[left]:
            left -= 1
        right = i + 1
        while right <= n and punct[right]:
            right += 1
        lc = rc = None
        if left >= 1:
            lc = left
            while head[lc] != 0 and head[lc] < i:
                lc = head[lc]
        if right <= n:
            rc = right
            while head[rc] != 0 and head[rc] > i:
                rc = head[rc]
        if lc is None and rc is None:
            continue
        if lc is None:
            new = rc
        elif rc is None:
            new = lc
        elif lc in ancestors(rc):
            new = rc
        elif rc in ancestors(lc):
            new = lc
        else:
            new = lc
        if new != i and i not in ancestors(new):
            head[i] = new
    for i in range(1, n + 1):
        if punct[i] and head[i] != int(rows[i - 1][6]):
            rows[i - 1][6] = str(head[i])
            if head[i] == 0:
                rows[i - 1][7] = "root"
    return rows
