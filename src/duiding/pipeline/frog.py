"""Frog as an optional backbone (`--backbone frog`), called as a subprocess.

Frog (Debian: `frog frogdata ucto`, GPL) is slow to start, so texts are
processed in batches: one Frog run per batch of files. Its CGN tags, lemmas,
NER and Alpino dependencies are mapped onto a spaCy Doc whose text is exactly
the article's, so duiding's layers run on it unchanged.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

from duiding.errors import InputError
from duiding.lang.nl.cgn import ALPINO_UD, AUXILIARIES, CGN_UPOS, FROG_NER


@dataclass
class FrogToken:
    word: str
    lemma: str
    tag: str  # full CGN tag, e.g. N(soort,ev,basis,zijd,stan)
    ner: str  # IOB, e.g. B-PER
    head: int  # 1-based index in the sentence, 0 for the root
    rel: str  # Alpino relation


def available() -> bool:
    return shutil.which("frog") is not None


def run_frog(texts: Sequence[str], *, pretokenized: bool = False) -> list[list[list[FrogToken]]]:
    """Frog's sentences of tokens for each text. `pretokenized`: one sentence per line, tokens split by spaces."""
    if not available():
        raise InputError("Frog is not installed", "install it (Debian: apt-get install frog frogdata ucto)")
    with tempfile.TemporaryDirectory(prefix="duiding-frog-") as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        src.mkdir()
        out.mkdir()
        for i, text in enumerate(texts):
            (src / f"{i:06d}.txt").write_text(text + "\n", encoding="utf-8")
        cmd = ["frog", f"--testdir={src}", f"--outputdir={out}", "--threads=1"]
        if pretokenized:
            cmd += ["-n", "--skip=t"]
        subprocess.run(cmd, cwd=tmp, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return [_parse(out / f"{i:06d}.txt.out") for i in range(len(texts))]


def _parse(path: Path) -> list[list[FrogToken]]:
    sentences: list[list[FrogToken]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 8:
            if sentences[-1]:
                sentences.append([])
            continue
        head = int(cols[8]) if len(cols) > 8 and cols[8].isdigit() else 0
        rel = cols[9] if len(cols) > 9 and cols[9] else "dep"
        sentences[-1].append(FrogToken(cols[1], cols[2], cols[4], cols[6], head, rel))
    return [s for s in sentences if s]


@dataclass
class _Word:
    text: str
    lemma: str
    tag: str
    ner: str
    head: int  # index of the head word in the sentence; -1 for a root
    rel: str


def _split_units(sentence: list[FrogToken]) -> list[_Word]:
    """Frog joins multiword units with `_` (`Mark_Rutte`); split them back into words.

    The unit's head and relation go to its first word; the others attach to it as `flat`.
    """
    first_of: dict[int, int] = {}
    n = 0
    for i, tok in enumerate(sentence, start=1):
        first_of[i] = n
        n += len(tok.word.split("_")) if "_" in tok.word.strip("_") else 1
    words: list[_Word] = []
    for i, tok in enumerate(sentence, start=1):
        parts = tok.word.split("_") if "_" in tok.word.strip("_") else [tok.word]
        tags = tok.tag.split("_") if len(tok.tag.split("_")) == len(parts) else [tok.tag] * len(parts)
        ners = tok.ner.split("_") if len(tok.ner.split("_")) == len(parts) else [tok.ner] * len(parts)
        lemmas = tok.lemma.split("_") if len(tok.lemma.split("_")) == len(parts) else parts
        head = first_of.get(tok.head, -1) if tok.head else -1
        for k, part in enumerate(parts):
            if k == 0:
                words.append(_Word(part, lemmas[k], tags[k], ners[k], head, tok.rel))
            else:
                words.append(_Word(part, lemmas[k], tags[k], ners[k], first_of[i], "flat"))
    return words


def _upos(tag: str, lemma: str, has_verb_child: bool) -> str:
    main, _, feats = tag.partition("(")
    upos = CGN_UPOS.get(main, "X")
    if main == "N" and feats.startswith("eigen"):
        return "PROPN"
    if main == "SPEC" and not feats.startswith("deeleigen"):
        return "SYM" if feats.startswith("symb") else "X"
    if main == "VG" and feats.startswith("onder"):
        return "SCONJ"
    if main == "VNW" and "prenom" in feats:
        return "DET"
    if main == "WW" and lemma in AUXILIARIES and has_verb_child:
        return "AUX"
    return upos


def _to_ud(words: list[_Word]) -> tuple[list[int], list[str], list[str]]:
    """Heads (absolute, root = itself), UD relations and UPOS for the words of one sentence."""
    heads = [w.head if w.head >= 0 else i for i, w in enumerate(words)]
    rels = [ALPINO_UD.get(w.rel, "dep") if w.rel != "flat" else "flat" for w in words]
    verb_child = {heads[i] for i, w in enumerate(words) if w.tag.startswith("WW") and heads[i] != i}
    upos = [_upos(w.tag, w.lemma, i in verb_child) for i, w in enumerate(words)]
    # Alpino heads a PP by its preposition and a clause by its complementiser; UD by the content word.
    for i, w in enumerate(words):
        if upos[i] not in {"ADP", "SCONJ"} or w.rel == "flat":
            continue
        child_rel = "obj1" if upos[i] == "ADP" else "body"
        child = next((j for j, x in enumerate(words) if heads[j] == i and j != i and x.rel == child_rel), None)
        if child is None:
            continue
        heads[child], rels[child] = heads[i], rels[i]
        if heads[child] == i:  # the preposition was the root
            heads[child] = child
        if upos[i] == "ADP":
            rels[child] = "nmod" if upos[heads[child]] in {"NOUN", "PROPN", "PRON"} else "obl"
            if rels[i] == "ROOT":
                rels[child] = "ROOT"
        for j in range(len(words)):
            if heads[j] == i and j not in (i, child):
                heads[j] = child
        heads[i], rels[i] = child, "case" if upos[i] == "ADP" else "mark"
    for i in range(len(words)):
        if upos[i] == "ADJ" and rels[i] == "advmod" and upos[heads[i]] in {"NOUN", "PROPN"}:
            rels[i] = "amod"
    _make_tree(heads, rels)
    return heads, rels, upos


def _make_tree(heads: list[int], rels: list[str]) -> None:
    """One root, no cycles: Frog may leave several roots, and turning PPs around can close a loop."""
    roots = [i for i in range(len(heads)) if heads[i] == i]
    root = roots[0] if roots else 0
    heads[root], rels[root] = root, "ROOT"
    for i in range(len(heads)):
        seen = {i}
        j = i
        while heads[j] != j:
            j = heads[j]
            if j in seen:  # a loop: hang the node where it closed on the root
                heads[j], rels[j] = root, "parataxis"
                break
            seen.add(j)
        if j != root and heads[j] == j:  # a second root
            heads[j], rels[j] = root, "parataxis"


def _align(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Character spans of Frog's words in `text`; Frog keeps the characters, only the spacing differs."""
    spans, pos = [], 0
    for w in words:
        found = text.find(w, pos)
        if found < 0 or text[pos:found].strip():
            raise ValueError(f"cannot align Frog's token {w!r} at offset {pos}")
        spans.append((found, found + len(w)))
        pos = found + len(w)
    return spans


def doc_from_frog(vocab: Vocab, text: str, sentences: list[list[FrogToken]]) -> Doc:
    """A Doc whose text is exactly `text`, annotated with Frog's analysis."""
    flat: list[_Word] = []
    bounds: list[int] = []
    for sent in sentences:
        bounds.append(len(flat))
        flat += _split_units(sent)  # heads stay sentence-relative
    spans = _align(text, [w.text for w in flat])
    words: list[str] = []
    spaces: list[bool] = []
    index_of: dict[int, int] = {}
    pos = 0
    for i, (start, end) in enumerate(spans):
        gap = text[pos:start]
        if gap and gap != " ":
            if words and gap.startswith(" ") and not spaces[-1]:
                spaces[-1], gap = True, gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
        index_of[i] = len(words)
        words.append(text[start:end])
        spaces.append(text[end : end + 1] == " ")
        pos = end + (1 if spaces[-1] else 0)
    if pos < len(text):
        words.append(text[pos:])
        spaces.append(False)
    n = len(words)
    heads, deps, pos_, tags, lemmas = list(range(n)), ["dep"] * n, ["SPACE"] * n, ["_SP"] * n, list(words)
    ents = ["O"] * n
    for b, start in enumerate(bounds):
        end = bounds[b + 1] if b + 1 < len(bounds) else len(flat)
        s_heads, s_rels, s_upos = _to_ud(flat[start:end])
        for k in range(start, end):
            i = index_of[k]
            w = flat[k]
            heads[i] = index_of[start + s_heads[k - start]]
            deps[i], pos_[i], tags[i], lemmas[i] = s_rels[k - start], s_upos[k - start], w.tag, w.lemma
            prefix, _, label = w.ner.partition("-")
            ents[i] = f"{prefix}-{FROG_NER.get(label, 'MISC')}" if prefix in {"B", "I"} else "O"
    # Whitespace tokens hang on the word before them, as spaCy's parser does (the text is stripped,
    # so a whitespace token never comes first).
    for i in range(1, n):
        if pos_[i] == "SPACE":
            heads[i] = next(j for j in range(i - 1, -1, -1) if pos_[j] != "SPACE")
    ents = _fix_iob(ents)
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos_, tags=tags, lemmas=lemmas, ents=ents)


def _fix_iob(tags: list[str]) -> list[str]:
    """Make IOB well formed (an I- without a B- starts a new entity)."""
    out = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def annotate_gold(vocab: Vocab, docs: Sequence[Doc]) -> list[Doc]:
    """Frog's analysis of gold-tokenised Docs (evaluation): Frog keeps the given tokens and sentences."""
    lines_per_doc = [[" ".join(t.text for t in sent) for sent in doc.sents] for doc in docs]
    analysed = run_frog(["\n".join(lines) for lines in lines_per_doc], pretokenized=True)
    out = []
    for doc, lines, sentences in zip(docs, lines_per_doc, analysed, strict=True):
        if len(sentences) != len(lines):
            raise ValueError(f"Frog returned {len(sentences)} sentences for {len(lines)}")
        parts = [doc_from_frog(vocab, line, [sent]) for line, sent in zip(lines, sentences, strict=True)]
        merged = Doc.from_docs(parts, ensure_whitespace=True)
        merged._.published = doc._.published
        out.append(merged)
    return out
