"""Direct quotes and their speakers on OpenBoek (van Cranenburgh & van Noord 2022, CC BY 4.0).

OpenBoek annotates 1,192 direct-speech spans in nine Dutch novel fragments with their
speaker (a character). The fixed split is by book: in alphabetical order of file name, the
books at odd positions (1st, 3rd, ...) are dev, the others test:

- dev: ConanDoyle_SherlockHolmesDeAgraSchat, Hugo_DeEllendigen, Nescio_DeUitvreter,
  Nescio_Titaantjes, Verne_ReisOmDeWereld (728 quotes);
- test: Couperus_ElineVere, Multatuli_MaxHavelaar, Nescio_Dichtertje, Tolstoy_AnnaKarenina
  (464 quotes).

The corpus gives tokenised sentences; they are joined back into running text (no space
before punctuation or inside quotation marks; paragraphs, where the annotation tells where
one starts, separated by a blank line), and duiding reads that text.

Scores:
- extent: each quoted part duiding finds (an interrupted quote gives two, as OpenBoek
  annotates them) matches a gold quote by the news scorer's rule (80% overlap of the contents);
- speaker accuracy: over the matched quotes, the speaker phrase duiding chose (its own
  mention, or the earlier mention it took from the dialogue) lies in one of the gold
  speaker's coreference chains. The chains are OpenBoek's own (gold) coreference: this
  scores who is speaking, not duiding's coreference, which is built for news. A character's
  chains are those of its annotated speaker mentions and of the mentions that spell one of
  its names;
- speaker accuracy over all gold quotes (a quote not found counts as wrong), and both by
  OpenBoek's attribution type (explicit, anaphor_pronoun, anaphor_other, implicit).
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from duiding.errors import InputError
from duiding.evaluation.quotes import overlap
from duiding.evaluation.scoring import PRF, Accuracy, Report

DEV_BOOKS: tuple[str, ...] = (
    "ConanDoyle_SherlockHolmesDeAgraSchat",
    "Hugo_DeEllendigen",
    "Nescio_DeUitvreter",
    "Nescio_Titaantjes",
    "Verne_ReisOmDeWereld",
)
TEST_BOOKS: tuple[str, ...] = (
    "Couperus_ElineVere",
    "Multatuli_MaxHavelaar",
    "Nescio_Dichtertje",
    "Tolstoy_AnnaKarenina",
)
SPLITS = {"dev": DEV_BOOKS, "test": TEST_BOOKS, "all": tuple(sorted(DEV_BOOKS + TEST_BOOKS))}
MIN_OVERLAP = 0.8

_TAG = re.compile(r"<(/?)(quote|mention)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "...", "....", "…", "'", "%"}
_NO_SPACE_AFTER = {"(", "["}

TokenKey = tuple[int, int]  # (sentence line, token index)


@dataclass
class GoldQuote:
    start: int
    end: int
    speaker: str
    type: str


@dataclass
class Book:
    name: str
    text: str
    quotes: list[GoldQuote]
    token_chars: dict[TokenKey, tuple[int, int]]
    char_token: list[TokenKey | None]
    speaker_chains: dict[str, set[str]]
    mentions: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)  # line -> (a, b, chain)

    def chain_of(self, start: int, end: int) -> str | None:
        """The coreference chain of the phrase at [start, end): the smallest gold mention that
        holds its last token (the head of a Dutch noun phrase, bar a following `van` phrase)."""
        keys = [k for k in self.char_token[start:end] if k is not None]
        if not keys:
            return None
        line, last = keys[-1]
        first = keys[0][1]
        best: tuple[int, str] | None = None
        for a, b, chain in self.mentions.get(line, []):
            if a <= last < b or a <= first < b:
                size = b - a
                if best is None or size < best[0]:
                    best = (size, chain)
        return best[1] if best else None


def _parse_xml(path: Path) -> tuple[str, list[dict[str, Any]], dict[str, list[str]]]:
    """The tag-free text, the quote and mention elements (with offsets in it), the characters' names."""
    raw = path.read_text(encoding="utf-8")
    characters: dict[str, list[str]] = {}
    for m in re.finditer(r"<character ([^>]*)/>", raw):
        attrs = dict(_ATTR.findall(m.group(1)))
        names = {attrs.get("name", "").replace("_", " "), *attrs.get("aliases", "").split(";")}
        characters[attrs.get("name", "")] = [html.unescape(n).strip() for n in names if n.strip()]
    body = raw[raw.index("<text>") + len("<text>") : raw.rindex("</text>")]
    out: list[str] = []
    pos = 0
    length = 0
    stack: list[dict[str, Any]] = []
    elements: list[dict[str, Any]] = []
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(1):
            el = stack.pop()
            el["end"] = length
            elements.append(el)
        else:
            el = {"tag": m.group(2), **dict(_ATTR.findall(m.group(3))), "start": length}
            if m.group(3).rstrip().endswith("/"):
                el["end"] = length
                elements.append(el)
            else:
                stack.append(el)
    out.append(html.unescape(body[pos:]))
    return "".join(out), sorted(elements, key=lambda e: e["start"]), characters


def _read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (word, coreference column)."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        cols = line.split("\t")
        cur.append((cols[3], cols[-1]))
    if cur:
        sents.append(cur)
    return sents


def _mentions(sent: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    open_: dict[str, list[int]] = defaultdict(list)
    for i, (_word, col) in enumerate(sent):
        if col in ("-", "_"):
            continue
        for part in col.split("|"):
            chain = part.strip("()")
            if part.startswith("(") and part.endswith(")"):
                out.append((i, i + 1, chain))
            elif part.startswith("("):
                open_[chain].append(i)
            elif part.endswith(")") and open_[chain]:
                out.append((open_[chain].pop(), i + 1, chain))
    return out


def load_book(data_dir: Path, name: str) -> Book:
    plain, elements, characters = _parse_xml(data_dir / "quotes" / f"{name}.xml")
    conll = _read_conll(data_dir / "coref" / f"{name}.conll")
    # sentence lines and their tokens, with offsets in the tag-free text
    lines: list[list[tuple[str, int, int]]] = []
    for m in re.finditer(r"[^\n]+", plain):
        toks = [(t.group(), m.start() + t.start(), m.start() + t.end()) for t in re.finditer(r"\S+", m.group())]
        if toks:
            lines.append(toks)
    plain_token: dict[int, TokenKey] = {}
    for li, toks in enumerate(lines):
        for k, (_w, a, b) in enumerate(toks):
            for c in range(a, b):
                plain_token[c] = (li, k)
    par_starts = {0}
    for el in elements:
        key = plain_token.get(el["start"]) or _next_token(plain_token, el["start"], len(plain))
        if key is not None and el.get("sentno", "").isdigit():
            par_starts.add(max(0, key[0] - int(el["sentno"]) + 1))
    text, token_chars = _detokenise(lines, par_starts)
    char_token: list[TokenKey | None] = [None] * (len(text) + 1)
    for key, (a, b) in token_chars.items():
        for c in range(a, b):
            char_token[c] = key
    mentions = {li: _mentions(sent) for li, sent in enumerate(conll)}

    def to_text(start: int, end: int) -> tuple[int, int] | None:
        keys = [plain_token[c] for c in range(start, end) if c in plain_token]
        if not keys:
            return None
        return token_chars[keys[0]][0], token_chars[keys[-1]][1]

    quotes: list[GoldQuote] = []
    speaker_chains: dict[str, set[str]] = defaultdict(set)
    book = Book(name, text, quotes, token_chars, char_token, speaker_chains, mentions)
    for el in elements:
        span = to_text(el["start"], el["end"])
        if span is None:
            continue
        if el["tag"] == "quote":
            quotes.append(GoldQuote(span[0], span[1], el.get("speaker", ""), el.get("type", "")))
        elif el.get("speaker"):
            chain = book.chain_of(*span)
            if chain is not None:
                speaker_chains[el["speaker"]].add(chain)
    for li, sent in enumerate(conll):
        for a, b, chain in mentions[li]:
            phrase = " ".join(w for w, _ in sent[a:b]).casefold()
            for name, aliases in characters.items():
                if phrase in {x.casefold() for x in aliases}:
                    speaker_chains[name].add(chain)
    return book


def _next_token(plain_token: dict[int, TokenKey], c: int, n: int) -> TokenKey | None:
    while c < n and c not in plain_token:
        c += 1
    return plain_token.get(c)


def _detokenise(
    lines: list[list[tuple[str, int, int]]], par_starts: set[int]
) -> tuple[str, dict[TokenKey, tuple[int, int]]]:
    """Running text from tokenised sentences: spaces only where print has them."""
    parts: list[str] = []
    length = 0
    chars: dict[TokenKey, tuple[int, int]] = {}
    quote_open = False
    for li, toks in enumerate(lines):
        if li in par_starts:
            quote_open = False
            if li:
                parts.append("\n\n")
                length += 2
        elif li:
            parts.append(" ")
            length += 1
        glue = True  # no space before the first token of a sentence
        for k, (w, _a, _b) in enumerate(toks):
            closing = w == '"' and quote_open
            if not glue and not (w in _NO_SPACE_BEFORE or closing):
                parts.append(" ")
                length += 1
            chars[(li, k)] = (length, length + len(w))
            parts.append(w)
            length += len(w)
            if w == '"':
                quote_open = not quote_open
                glue = quote_open  # no space after an opening mark
            else:
                glue = w in _NO_SPACE_AFTER
            if k == 0 and w in ("-", "–", "—"):
                glue = False
    return "".join(parts), chars


def _match(book: Book, parts: list[tuple[int, int, tuple[int, int] | None]]) -> dict[int, int]:
    """Gold quote index -> predicted part index: best overlaps first, one to one."""
    pairs = []
    for gi, g in enumerate(book.quotes):
        for pi, (a, b, _sp) in enumerate(parts):
            o = overlap(book.text, (g.start, g.end), (a, b))
            if o >= MIN_OVERLAP:
                pairs.append((o, gi, pi))
    used: dict[int, int] = {}
    taken: set[int] = set()
    for _o, gi, pi in sorted(pairs, reverse=True):
        if gi not in used and pi not in taken:
            used[gi] = pi
            taken.add(pi)
    return used


def evaluate(nlp: Language, data_dir: Path, predictions: Path, split: str = "dev") -> Report:
    from duiding.layers.quotes import analyse_quotes
    from duiding.layers.quotes.tokens import char_span
    from duiding.pipeline import make_doc
    from duiding.readers import article_from_record

    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}", f"choose one of {', '.join(SPLITS)}")
    if not (data_dir / "quotes").is_dir():
        raise InputError("not an OpenBoek directory (no quotes/)", "give the path of openboek_nl", str(data_dir))
    extent = PRF()
    speaker_matched, speaker_all = Accuracy(), Accuracy()
    by_type: dict[str, Accuracy] = defaultdict(Accuracy)
    found_by_type: dict[str, Accuracy] = defaultdict(Accuracy)
    lines_out: list[str] = []
    for name in SPLITS[split]:
        book = load_book(data_dir, name)
        article = article_from_record({"text": book.text, "id": name}, id=name)
        names = nlp.pipe_names
        later = names[names.index("duiding_quotes") + 1 :] if "duiding_quotes" in names else []
        with nlp.select_pipes(disable=later):  # the layers after quotes play no part here
            doc = nlp(make_doc(nlp, article))
        if doc.text != book.text:
            raise InputError("the reader changed the text", "report this to the duiding developers", name)
        parts: list[tuple[int, int, tuple[int, int] | None]] = []
        for f in analyse_quotes(doc):
            if f.kind != "direct":
                continue
            sp = char_span(doc, f.speaker) if f.speaker is not None else None
            parts += [(a, b, sp) for a, b in f.parts]
        used = _match(book, parts)
        extent.tp += len(used)
        extent.fn += len(book.quotes) - len(used)
        extent.fp += len(parts) - len(used)
        for gi, g in enumerate(book.quotes):
            part = parts[used[gi]] if gi in used else None
            found_by_type[g.type or "none"].add(part is not None)
            sp = part[2] if part is not None else None
            ok = False
            if part is not None:
                chain = book.chain_of(*sp) if sp is not None else None
                ok = chain is not None and chain in book.speaker_chains.get(g.speaker, set())
                speaker_matched.add(ok)
                by_type[g.type or "none"].add(ok)
            speaker_all.add(ok)
            row = {
                "book": name,
                "gold": book.text[g.start : g.end],
                "speaker": g.speaker,
                "type": g.type,
                "found": part is not None,
                "predicted_speaker": book.text[sp[0] : sp[1]] if sp is not None else None,
                "speaker_right": ok,
            }
            lines_out.append(json.dumps(row, ensure_ascii=False))
    predictions.parent.mkdir(parents=True, exist_ok=True)
    predictions.write_text("\n".join(lines_out) + "\n", encoding="utf-8")
    report = Report("openboek", f"{data_dir} ({split}: {', '.join(SPLITS[split])})")
    report.tables = {
        "extent": {"direct quotes": extent.to_json()},
        "speaker": {
            "matched quotes": speaker_matched.to_json(),
            "all gold quotes": speaker_all.to_json(),
            **{f"matched, {t}": a.to_json() for t, a in sorted(by_type.items())},
        },
        "found": {t: a.to_json() for t, a in sorted(found_by_type.items())},
    }
    report.scores = {
        "extent_f1": round(extent.f1, 2),
        "speaker_accuracy": round(speaker_matched.value, 2),
        "speaker_accuracy_all": round(speaker_all.value, 2),
    }
    return report
