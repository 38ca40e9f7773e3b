"""Attributions: a clause presented as someone's account rather than as fact.

`volgens X` and `blijkens X` name the source of the clause they stand in; `naar verluidt`
marks it as hearsay; `, aldus X` and `, (zo) meldt X` after a clause, and `Dat meldt X.` after
a sentence, attribute what came before; `Uit X blijkt dat ...` attributes its dat-clause.
The span is the clause attributed: the cue phrase is left out where it stands at the clause's
edge (`Volgens de politie | werden er 200 mensen opgepakt`) and kept where it stands inside
(`die Rutte volgens de officiële cijfers met 80 procent van de stemmen won`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc

from duiding.lang.nl.attribution_cues import ANAPHORIC_OPENERS, EVIDENCE_VERBS, HEARSAY_PHRASES, SOURCE_PREPOSITIONS
from duiding.lang.nl.speech_grammar import COORDINATORS, FINITE_AUXILIARIES
from duiding.layers.quotes.cues import Cue, cue_at, may_be_cue_verb
from duiding.layers.quotes.model import Covered, Found
from duiding.layers.quotes.roles import channel_at
from duiding.layers.quotes.tokens import (
    QUOTE_CHARS,
    Columns,
    Positions,
    Sentences,
    Span,
    char_span,
    columns,
    first_words,
    np_forward,
    trim,
)

CHUNK_BREAKS = frozenset({",", ";", ":", "(", ")", "-", "–", "—"})
TAG_CLASSES = frozenset({"report", "evidence"})


@dataclass
class _CueWords:
    """Where the words that may start an attribution stand in the Doc, found once per Doc:
    most sentences have none, and are not walked token by token for each kind."""

    sources: Positions  # `volgens`, `aldus`...
    hearsay: Positions  # the first word of a hearsay phrase
    tag_commas: Positions  # commas a cue verb follows (`, meldt`, `, zo meldt`): where a trailing tag may be
    openers: Positions  # `Dat meldt`, `Uit het rapport blijkt`: words that open an attributing sentence

    @classmethod
    def of(cls, doc: Doc) -> _CueWords:
        c = columns(doc)
        commas = Positions.of(c.text, {","}).indices
        return cls(
            Positions.of(c.lower, SOURCE_PREPOSITIONS),
            Positions.of(c.lower, _HEARSAY_BY_FIRST),
            Positions([k for k in commas if _cue_after(c, k)]),
            Positions.of(c.lower, ANAPHORIC_OPENERS | {"uit"}),
        )

    def sentences(self, doc: Doc, sents: Sentences) -> list[int]:
        """The sentences an attribution may be found in, in text order: those that hold a cue
        word, or open with an opener (the first word of the sentence, as `first_words` reads it)."""
        word = columns(doc).word
        found = {sents.of[k] for k in (*self.sources.indices, *self.hearsay.indices, *self.tag_commas.indices)}
        for k in self.openers.indices:
            s0 = sents.span(k)[0]
            if not any(word[s0:k]):
                found.add(sents.of[k])
        return sorted(found)


def _cue_after(c: Columns, comma: int) -> bool:
    """A cue verb may follow the comma, or its `zo` (what `_trailing_tag` reads)."""
    j = comma + 1
    if j < len(c) and c.lower[j] == "zo":
        j += 1
    return j < len(c) and may_be_cue_verb(c, j)


def find_attributions(doc: Doc, sents: Sentences, stops: set[int], taken: Covered) -> list[Found]:
    out: list[Found] = []
    cue_words = _CueWords.of(doc)
    for n in cue_words.sentences(doc, sents):
        s0, s1 = sents.bounds[n]
        end = sents.words_end(s0) if s1 > s0 else s1
        if end <= s0:
            continue
        chs = _Chunks(doc, s0, end)
        if sources := cue_words.sources.within(s0, end):
            out += _source_phrases(doc, s0, end, stops, taken, chs, sources)
        if hearsay := cue_words.hearsay.within(s0, end):
            out += _hearsay(doc, s0, end, stops, taken, chs, hearsay)
        if commas := cue_words.tag_commas.within(s0 + 2, end):
            tag = _trailing_tag(doc, s0, end, stops, taken, commas)
            if tag is not None:
                out.append(tag)
        opening = first_words(doc, (s0, end), 4)  # the words that say how the sentence opens
        back = _anaphoric(doc, n, sents, stops, taken, opening[:3])
        if back is not None:
            out.append(back)
        ev = _evidence_first(doc, s0, end, stops, taken, opening)
        if ev is not None:
            out.append(ev)
    return out


def _taken(doc: Doc, k: int, taken: Covered) -> bool:
    return taken.holds(columns(doc).idx[k])


def chunks(doc: Doc, s0: int, end: int) -> list[Span]:
    """The sentence cut at commas, dashes, colons and brackets."""
    c = columns(doc)
    out: list[Span] = []
    a = s0
    for k in range(s0, end):
        text = c.text[k]
        if text in CHUNK_BREAKS and not (text == "-" and not c.ws[k] and k > 0 and not c.ws[k - 1]):
            if k > a:
                out.append((a, k))
            a = k + 1
    if end > a:
        out.append((a, end))
    trimmed = [trim(doc, ch) for ch in out]
    return [ch for ch in trimmed if ch[1] > ch[0]]


class _Chunks:
    """A sentence's chunks, cut only when a cue phrase in it asks for them (most sentences
    have none), and then once for every cue phrase of the sentence."""

    def __init__(self, doc: Doc, s0: int, end: int) -> None:
        self.doc, self.s0, self.end = doc, s0, end

    @cached_property
    def spans(self) -> list[Span]:
        return chunks(self.doc, self.s0, self.end)


def _chunk_of(chs: list[Span], k: int) -> int:
    return next(n for n, (a, b) in enumerate(chs) if a <= k < b)


def _content(doc: Doc, chs: list[Span], n: int, cue: Span) -> Span | None:
    """The clause a cue phrase (token span `cue`) attributes, within chunk `n`."""
    a, b = chs[n]
    lower = columns(doc).lower
    lead = a
    while lead < cue[0] and lower[lead] in COORDINATORS:
        lead += 1
    if cue[0] <= lead and cue[1] >= b:
        # the chunk is the cue phrase alone: it attributes the clause before it
        return chs[n - 1] if n > 0 else None
    if cue[0] <= lead:
        return trim(doc, (cue[1], b))
    if cue[1] >= b:
        return trim(doc, (a, cue[0]))
    return (a, b)


def _source_phrases(
    doc: Doc, s0: int, end: int, stops: set[int], taken: Covered, sentence: _Chunks, at: list[int]
) -> list[Found]:
    """`volgens X`, `blijkens X`, `, aldus X` at the tokens `at` (the sentence's source words)."""
    c = columns(doc)
    out: list[Found] = []
    for k in at:
        low = c.lower[k]
        if _taken(doc, k, taken):
            continue
        chs = sentence.spans
        if not any(a <= k < b for a, b in chs):
            continue
        if low == "aldus" and not (k > s0 and c.text[k - 1] == ","):
            continue  # `aldus` as `thus` inside a clause
        source = np_forward(doc, k + 1, end, stops=stops, objects=True)
        if source is None:
            continue
        content = _content(doc, chs, _chunk_of(chs, k), (k, source[1]))
        if content is None or content[1] <= content[0] or _taken(doc, content[0], taken):
            continue
        rec = Found("attribution", [char_span(doc, content)], cue_text=low, speaker=source)
        rec.frame = [(k, source[1])]
        out.append(rec)
    return out


# Looked up by a token's first word, so most tokens cost one dict miss.
_HEARSAY_BY_FIRST: dict[str, list[tuple[str, bool]]] = {}
for _phrase, _speaks in HEARSAY_PHRASES.items():
    _HEARSAY_BY_FIRST.setdefault(_phrase.split()[0], []).append((_phrase, _speaks))


def _hearsay(
    doc: Doc, s0: int, end: int, stops: set[int], taken: Covered, sentence: _Chunks, at: list[int]
) -> list[Found]:
    """`naar verluidt` and the like, at the tokens `at` (where the sentence has a phrase's first word)."""
    lower = columns(doc).lower
    out: list[Found] = []
    for k in at:
        for phrase, subject_speaks in _HEARSAY_BY_FIRST.get(lower[k], ()):
            words = phrase.split()
            if lower[k : k + len(words)] != words or _taken(doc, k, taken):
                continue
            chs = sentence.spans
            if not any(a <= k < b for a, b in chs):
                continue
            cue = (k, k + len(words))
            content = _content(doc, chs, _chunk_of(chs, k), cue)
            if content is None or _taken(doc, content[0], taken):
                continue
            rec = Found("attribution", [char_span(doc, content)], cue_text=phrase)
            if subject_speaks:
                rec.speaker = _clause_subject(doc, content, stops)
            rec.frame = [cue]
            out.append(rec)
    return out


def _clause_subject(doc: Doc, clause: Span, stops: set[int]) -> Span | None:
    a, b = clause
    c = columns(doc)
    if a < b and c.lower[a] in FINITE_AUXILIARIES | {"had", "was", "is"}:
        return np_forward(doc, a + 1, b, stops=stops)
    if a + 1 < b and c.word[a]:
        sp = np_forward(doc, a, b, stops=stops)
        if sp is not None:
            return sp
        return np_forward(doc, a + 1, b, stops=stops)
    return None


def _trailing_tag(doc: Doc, s0: int, end: int, stops: set[int], taken: Covered, commas: list[int]) -> Found | None:
    """`Het vliegtuig had technische problemen, zo meldt de luchtvaartmaatschappij.` (a tag after one of `commas`)"""
    c = columns(doc)
    for k in commas:
        j = k + 1
        if j < end and c.lower[j] == "zo":
            j += 1
        if j >= end or _taken(doc, j, taken):
            continue
        cue = cue_at(doc, j, s0, end, classes=TAG_CLASSES)
        if cue is None or cue.role != "finite":
            continue
        speaker = np_forward(doc, cue.last + 1, end, stops=stops)
        if speaker is None:
            continue
        rest = speaker[1]
        channel = channel_at(doc, rest) if rest < end else None
        if channel is not None:
            rest = channel[1]
        while rest < end and rest in stops:
            rest += 1
        while rest < end and not c.word[rest]:
            rest += 1
        if rest < end:
            continue  # more follows: not a tag
        content = trim(doc, (s0, k))
        if (
            content[1] <= content[0]
            or _taken(doc, content[0], taken)
            or any(text in QUOTE_CHARS for text in c.text[content[1] - 1 : content[1] + 1])
        ):
            continue
        rec = Found("attribution", [char_span(doc, content)], cue=cue, speaker=speaker, channel=channel)
        rec.frame = [(k, end)]
        return rec
    return None


def _anaphoric(doc: Doc, n: int, sents: Sentences, stops: set[int], taken: Covered, words: list[int]) -> Found | None:
    """`Dat meldt de krant De Morgen.` / `Dat blijkt uit cijfers van de politie.`: the sentence
    before; `words` are the first three words of sentence `n`."""
    if n == 0:
        return None
    s0, _ = sents.bounds[n]
    end = sents.words_end(s0)
    c = columns(doc)
    if len(words) < 3 or c.lower[words[0]] not in ANAPHORIC_OPENERS:
        return None
    cue = cue_at(doc, words[1], s0, end, classes=TAG_CLASSES)
    if cue is None or cue.role != "finite":
        return None
    after = cue.last + 1
    if cue.lemma in EVIDENCE_VERBS and after < end and c.lower[after] == EVIDENCE_VERBS[cue.lemma]:
        after += 1
    elif after < end and c.lower[after] in ("dat", "of"):
        return None
    speaker = np_forward(doc, after, end, stops=stops)
    if speaker is None:
        return None
    p0, _ = sents.bounds[n - 1]
    p_end = sents.words_end(p0)
    content = trim(doc, (p0, p_end))
    if content[1] <= content[0] or _taken(doc, content[0], taken):
        return None
    channel = channel_at(doc, speaker[1]) if speaker[1] < end else None
    rec = Found("attribution", [char_span(doc, content)], cue=cue, speaker=speaker, channel=channel)
    rec.frame = [(s0, end)]
    return rec


def _evidence_first(doc: Doc, s0: int, end: int, stops: set[int], taken: Covered, words: list[int]) -> Found | None:
    """`Uit het rapport blijkt dat ...`: the source is the object of `uit`; `words` are the
    sentence's first four words."""
    c = columns(doc)
    if len(words) < 4 or c.lower[words[0]] != "uit":
        return None
    source = np_forward(doc, words[1], end, stops=stops)
    if source is None or source[1] >= end:
        return None
    cue: Cue | None = cue_at(doc, source[1], s0, end, classes=frozenset({"evidence"}))
    if cue is None:
        return None
    k = cue.last + 1
    if k >= end or c.lower[k] != "dat" or _taken(doc, k, taken):
        return None
    content = trim(doc, (k + 1, end))
    rec = Found("attribution", [char_span(doc, content)], cue=cue, speaker=source)
    rec.frame = [(s0, k)]
    return rec
