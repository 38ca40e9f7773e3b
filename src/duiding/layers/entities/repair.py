"""Repairs of the backbone's name spans where the text itself shows them wrong.

A recogniser trained on newswire of 2000 misses brand names written in camel case (`iPhone`,
`eBay`) and marks titles (`CEO`), units after a number (`8 GB`) and amounts as names. These
rules look only at the form of the text and the KB, never at particular names.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from spacy.tokens import Doc

from duiding.kb import KnowledgeBase
from duiding.kb.names import fold, name_of_compound, strip_possessive
from duiding.lang.nl.calendar import EASTER_HOLIDAYS, FIXED_HOLIDAYS
from duiding.lang.nl.currencies import CURRENCY_SYMBOLS, CURRENCY_WORDS
from duiding.lang.nl.name_heads import MODEL_WORDS
from duiding.lang.nl.roles import ROLE_NOUNS, TITLE_NOUNS
from duiding.layers.doctokens import TokenTable, token_table
from duiding.layers.entities.model import Cand
from duiding.layers.entities.tokens import sentence_starts, text_of

# `iPhone`, `iOS`, `eBay`: one or two lower-case letters, then a capital.
CAMEL_CASE = re.compile(r"^[a-z]{1,2}[A-Z][A-Za-z]*$")
# Model designations that continue a product name: `4`, `3G`, `3GS`, `G5`, `1.1.1`.
MODEL = re.compile(r"^(?:\d[\w.]*|[A-Z]{1,2}\d+[A-Za-z]*)$")
MAX_MODEL_LENGTH = 6
CURRENCIES = frozenset(CURRENCY_WORDS) | frozenset(CURRENCY_SYMBOLS) | {v.lower() for v in CURRENCY_WORDS.values()}
# Parts of speech a one-word name cannot have (the tagger's word against the recogniser's).
NOT_NAMES = frozenset({"ADJ", "ADV", "VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PART", "INTJ"})
_TITLES = {fold(k) for k in ROLE_NOUNS} | {fold(k) for k in TITLE_NOUNS}
# Lower-case words that belong inside a name (`Raad van State`, `Vincent van Gogh`) or open a
# surname (`van Gogh`, `al-Assad`), but never end one.
NAME_PARTICLES = frozenset(
    {"van", "de", "der", "den", "ten", "ter", "te", "le", "la", "al", "el", "von", "di", "da", "du"}
)


def is_title(text: str) -> bool:
    """`CEO`, `Chief Executive Officer`, `president`: a role, which is a description, not a
    name. Written as a title: in lower case, or as an acronym; a capitalised `Prins` may be
    part of a name (`Herman De Prins`)."""
    written_as_title = text.islower() or (text.isupper() and len(text) <= 5) or len(text.split()) > 1
    return written_as_title and fold(text) in _TITLES


def drop_non_names(doc: Doc, cands: list[Cand], kb: KnowledgeBase) -> list[Cand]:
    tt = token_table(doc)
    tokens = tt.tokens
    tagged = doc.has_annotation("POS")
    out = []
    for c in cands:
        start, end = c.start, c.end
        text = text_of(tt, start, end)
        if is_title(text) or not any(ch.isupper() for ch in text):
            continue
        if tokens[start].like_num or any(
            tt.lower[k] in CURRENCIES and not tokens[k].is_alpha for k in range(start, end)
        ):
            continue  # an amount (`5,8 miljard`, `US $ 399`)
        one_word = end - start == 1
        if one_word and text.lower() in CURRENCIES:
            continue  # a currency (`USD`)
        if one_word and _holiday_word(tt.lower[start]):
            continue  # `Kerst`, `Kerstverkoop`: a time of year, which the times layer reads
        if _runs_into_next_phrase(tt, start, end, kb):
            continue  # `in Vilnius de Litouwse regering`: two phrases read as one name
        if one_word and start > 0 and tokens[start - 1].like_num and len(text) <= 4:
            continue  # `8 GB`, `2 GHz`: a unit after a number
        # A word opening a sentence is capitalised anyway: where the tagger calls it a common
        # word and no name list knows it, it is not a name (`Ongeziene protesten`). Elsewhere
        # a capital outweighs the tagger (`Vlaamse`, `Brusselse` are MISC).
        opening = tagged and one_word and tokens[start].is_sent_start
        if opening and _common_word(tt, start) and not kb.name_types(text):
            continue
        out.append(c)
    return out


# One-word holiday names (`kerst`, `pasen`), which also open compounds (`Kerstverkoop`).
_HOLIDAYS = frozenset(h for h in (*FIXED_HOLIDAYS, *EASTER_HOLIDAYS) if " " not in h)
MIN_HOLIDAY_PREFIX = 5
# A holiday's stem with its linking `s` (`oudejaars-dag`) opens compounds too (`Oudejaarsperiode`), where
# it is long enough to be the holiday's own (`konings-` of `Koningsdag` also opens `Koningshuis`).
MIN_HOLIDAY_STEM = 8
_HOLIDAY_PREFIXES = tuple(
    sorted(
        {h for h in _HOLIDAYS if len(h) >= MIN_HOLIDAY_PREFIX}
        | {h[: -len(end)] for h in _HOLIDAYS for end in ("dag", "avond", "nacht") if h.endswith("s" + end)}
    )
)


def _holiday_word(lower: str) -> bool:
    return lower in _HOLIDAYS or any(
        lower.startswith(h) and lower[len(h) :].isalpha() and (h in _HOLIDAYS or len(h) >= MIN_HOLIDAY_STEM)
        for h in _HOLIDAY_PREFIXES
    )


def _common_word(tt: TokenTable, i: int) -> bool:
    """Whether the tagger (or the form: see `_inflected_before_noun`) calls the word no name."""
    pos = tt.pos[i]
    return pos in NOT_NAMES or pos == "NOUN" or _inflected_before_noun(tt, i)


def _runs_into_next_phrase(tt: TokenTable, start: int, end: int, kb: KnowledgeBase) -> bool:
    """A span that crosses an article into a country adjective (`Vilnius de Litouwse`) is a
    name followed by the next noun phrase, not one name; the gazetteer and the repeated names
    find the real one."""
    text = tt.text
    # Right after a capitalised word only: `Raad van de Europese Unie` is one name.
    return any(
        text[k] in ("de", "het", "een") and text[k - 1][:1].isupper() and kb.country_by_demonym(text[k + 1]) is not None
        for k in range(start + 1, end - 1)
    )


def _inflected_before_noun(tt: TokenTable, i: int) -> bool:
    """An opening word with the adjective's `-e` that modifies the common noun right after it
    (`Ongeziene protesten` as a heading), whatever tag the tagger gave it."""
    nxt = i + 1
    lower = tt.lower[i]
    return (
        nxt < len(tt)
        and lower.endswith("e")
        and not lower.endswith(("ee", "ie"))
        and tt.head[i] == nxt
        and tt.pos[nxt] == "NOUN"
        and tt.text[nxt][:1].islower()
    )


def camel_case_names(doc: Doc, cands: list[Cand], kb: KnowledgeBase, sent_of: dict[int, int]) -> list[Cand]:
    """Brand and product names in camel case, with the capitalised words and model numbers
    that follow (`iPhone 4`, `iTunes Music Store`); a recognised span they run into is taken
    in. Their type is MISC (a product) unless the KB or the Alpino lists call the name an
    organisation."""
    tt = token_table(doc)
    texts = tt.text
    n_tokens = len(tt)
    start_at = {c.start: c for c in cands}
    covered = {i for c in cands for i in range(c.start, c.end)}
    absorbed: set[int] = set()
    found: list[Cand] = []
    sent_start: list[bool] | None = None  # read at the first camel-case word
    i = 0
    while i < n_tokens:
        if i in covered or not CAMEL_CASE.match(name_of_compound(texts[i])):
            i += 1
            continue  # `iPhone`, and the brand opening a compound (`iPod-gebruikers`)
        if sent_start is None:
            sent_start = sentence_starts(doc)
        j = i + 1
        while j < n_tokens and not sent_start[j]:
            if j in start_at and start_at[j].start not in absorbed:
                absorbed.add(j)
                j = start_at[j].end
                continue
            if j in covered:
                break
            w = texts[j]
            if (MODEL.match(w) and len(w) <= MAX_MODEL_LENGTH) or (w[:1].isupper() and w.isalpha()):
                j += 1
                continue
            break
        text = text_of(tt, i, j)
        label = (
            "ORG" if kb.name_types(text) == {"ORG"} or kb.lookup(text, types=["ORG"], same_spelling=True) else "MISC"
        )
        found.append(Cand(i, j, "name", sent_of.get(i, 0), label=label, propagated=True))
        i = j
    kept = [c for c in cands if c.start not in absorbed]
    return kept + found


def join_touching_products(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """A camel-case product name and a name written right after it, with nothing between,
    are one name (`iPhone` + `Developer Program`, `iPhone` + `SDK`): the recogniser cut it in
    two where the brand's spelling was new to it. The joined name is a product's (MISC)."""
    tt = token_table(doc)
    sent_start = sentence_starts(doc)

    def touching(c: Cand, by_start: dict[int, Cand]) -> tuple[list[Cand], str] | None:
        if not (_camel(tt.text[c.start]) and c.kind == "name"):
            return None
        absorbed: list[Cand] = []
        end = c.end
        while end in by_start and by_start[end].kind == "name" and not sent_start[end]:
            absorbed.append(by_start[end])
            end = by_start[end].end
        return (absorbed, "MISC") if absorbed else None

    return _join(cands, touching)


def join_hyphenated(doc: Doc, cands: list[Cand], kb: KnowledgeBase) -> list[Cand]:
    """Two names joined by a hyphen written apart (`Wal - Mart`, as some sources tokenise
    `Wal-Mart`) are one name; its type is what the KB or the Alpino lists say of the joined
    name, else the first part's."""
    tt = token_table(doc)

    def hyphenated(c: Cand, by_start: dict[int, Cand]) -> tuple[list[Cand], str] | None:
        nxt = by_start.get(c.end + 1)
        if nxt is None or c.end >= len(tt) or tt.text[c.end] not in {"-", "–"} or not (c.label and nxt.label):
            return None
        types = kb.name_types(text_of(tt, c.start, c.end) + "-" + text_of(tt, nxt.start, nxt.end))
        return [nxt], next(iter(types)) if len(types) == 1 else c.label

    return _join(cands, hyphenated)


def _join(cands: list[Cand], joined: Callable[[Cand, dict[int, Cand]], tuple[list[Cand], str] | None]) -> list[Cand]:
    """Each name with the names `joined` says continue it (and the label of the whole)."""
    by_start = {c.start: c for c in cands}
    out: list[Cand] = []
    skip: set[int] = set()
    for c in sorted(cands, key=lambda c: c.start):
        if c.start in skip:
            continue
        found = joined(c, by_start)
        if found is None:
            out.append(c)
            continue
        absorbed, label = found
        skip.update(a.start for a in absorbed)
        out.append(Cand(c.start, absorbed[-1].end, "name", c.sent, label=label, propagated=c.propagated))
    return out


def cut_at_sentences(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """A name does not run across a sentence boundary: keep its first sentence's part."""
    tokens = token_table(doc).tokens
    out = []
    for c in cands:
        end = next((k for k in range(c.start + 1, c.end) if tokens[k].is_sent_start), c.end)
        out.append(c if end == c.end else Cand(c.start, end, c.kind, c.sent, c.label, c.propagated))
    return out


def _camel(text: str) -> bool:
    return bool(CAMEL_CASE.match(text))


def trim_edges(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """A name neither ends in a lower-case word (`iTunes Music Store van` -> `iTunes Music
    Store`) nor opens with one other than a surname particle or a camel-case brand."""
    tt = token_table(doc)
    text = tt.text
    out = []
    for c in cands:
        s, e = c.start, c.end
        while e > s + 1 and text[e - 1].islower() and not _camel(text[e - 1]):
            e -= 1
        while s < e - 1 and text[s].islower() and not _camel(text[s]) and tt.lower[s] not in NAME_PARTICLES:
            s += 1
        if text_of(tt, s, e).islower() and not _camel(text[s]) and e - s == 1:
            continue
        out.append(c if (s, e) == (c.start, c.end) else Cand(s, e, c.kind, c.sent, c.label, c.propagated))
    return out


def split_at_titles(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """A title inside a recognised span separates names (`Apple Computer CEO Steve Jobs` ->
    `Apple Computer`, `Steve Jobs`): the name after a title is a person; the name before it,
    or after `van` (`CEO van Apple`), keeps the span's label unless that was PER."""
    tt = token_table(doc)
    text = tt.text
    out: list[Cand] = []
    for c in cands:
        titles = [k for k in range(c.start, c.end) if is_title(text[k])]
        if not titles:
            out.append(c)
            continue
        bounds = [c.start, *titles, c.end]
        other = c.label if c.label != "PER" else "ORG"
        for a, b in itertools.pairwise(bounds):
            part_start = a + 1 if a in titles else a
            after_title = a in titles
            while part_start < b and tt.lower[part_start] in {"van", "bij", "of", "en"}:
                part_start += 1
                after_title = False  # `CEO van Apple`: the organisation, not the person
            if part_start >= b or not any(w[:1].isupper() or _camel(w) for w in text[part_start:b]):
                continue
            label = "PER" if after_title else other
            out.append(Cand(part_start, b, c.kind, c.sent, label, c.propagated))
    return out


def extend_models(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """A product name takes the model designation written after it (`iPhone` `4` -> `iPhone
    4`), and a product line's model word in the brand's lower case (`iPod nano`, `iPod touch`)."""
    tt = token_table(doc)
    text = tt.text
    starts = {c.start for c in cands}
    out = []
    for c in cands:
        e = c.end
        product = c.label == "MISC" or any(_camel(w) for w in text[c.start : c.end])
        while product and e < len(tt) and e not in starts and not tt.tokens[e].is_sent_start:
            word, _, noun = text[e].partition("-")
            compound = noun.isalpha() and noun.islower()  # `4-eigenaren`
            model = MODEL.match(word) and len(word) <= MAX_MODEL_LENGTH and (not noun or compound)
            if not (model or (text[e].islower() and tt.lower[e] in MODEL_WORDS)):
                break
            e += 1
            if noun:
                break  # `iPhone 4-eigenaren`: a compound of the model ends the name
        out.append(c if e == c.end else Cand(c.start, e, c.kind, c.sent, c.label, c.propagated))
    return out


def split_known_names(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Two people written side by side and read as one (`dat Macron Rutte's
    afhankelijkheid`): a person span made of the surnames (or full names) of two different
    people the article names in full elsewhere is split."""

    text = token_table(doc).text

    def words(c: Cand) -> tuple[str, ...]:
        return tuple(fold(strip_possessive(w)) for w in text[c.start : c.end])

    full = [words(c) for c in cands if c.label == "PER" and c.end - c.start >= 2]
    owner: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for w in full:
        owner.setdefault(w, set()).add(w)
        owner.setdefault(w[-1:], set()).add(w)
    out: list[Cand] = []
    for c in cands:
        w = words(c)
        split = None
        if c.label == "PER" and len(w) >= 2:
            for k in range(1, len(w)):
                left, right = owner.get(w[:k], set()) - {w}, owner.get(w[k:], set()) - {w}
                if left and right and not (left & right):
                    split = k
                    break
        if split is None:
            out.append(c)
        else:
            out += [Cand(c.start, c.start + split, c.kind, c.sent, "PER", c.propagated)]
            out += [Cand(c.start + split, c.end, c.kind, c.sent, "PER", c.propagated)]
    return out
