"""Direct quotes: quoted stretches that are someone's words, with their attribution.

A quoted stretch is speech when a cue verb tags it (`'…', zei hij`, `'…' vroeg ze`,
`'…', aldus X`), when a colon introduces it (`X zei: '…'`, `Rutte: '…'`), or when it stands
as a sentence of its own; a short quoted phrase inside a sentence with no cue is a scare quote,
a title or a name, and is left out (`de film 'X'`, `een 'tijdelijke' maatregel`).
A quote interrupted by its attribution (`'…', zei hij. '…'`) is one quote with two parts.
Colon speech without marks (`De politie zei het zo: wie ...`) is a direct quote too.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc

from duiding.lang.nl.quote_marks import SCARE_MARKERS, TITLE_NOUNS
from duiding.lang.nl.reporting_verbs import COLON_INTRO_WORDS
from duiding.lang.nl.speech_grammar import (
    ADVERBS,
    COORDINATORS,
    DETERMINERS,
    FINITE_AUXILIARIES,
    PREPOSITIONS,
    QUESTION_WORDS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from duiding.layers.quotes.cues import Cue, cue_at
from duiding.layers.quotes.marks import Quoted, find_quoted
from duiding.layers.quotes.model import Found
from duiding.layers.quotes.roles import addressee_of, speaker_of
from duiding.layers.quotes.tokens import (
    QUOTE_CHARS,
    Positions,
    Sentences,
    Span,
    columns,
    np_forward,
    trim,
    word_indices,
)
from duiding.layout import find_blocks

TAG_CLASSES = frozenset({"report", "speech", "belief"})
FUNCTION_WORDS = ADVERBS | COORDINATORS | DETERMINERS | PREPOSITIONS | SUBORDINATORS | QUESTION_WORDS | SUBJECT_PRONOUNS
NAMING_LEMMAS = frozenset({"noemen", "spreken", "omschrijven", "bestempelen"})


@dataclass
class TokenIndex:
    """Character offset -> token index."""

    doc: Doc

    def __post_init__(self) -> None:
        self.starts = columns(self.doc).idx

    def at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def paragraphs(doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
    text = doc.text if text is None else text
    blocks = doc._.blocks if doc._.blocks is not None else find_blocks(text)
    return [(b.start, b.end) for b in blocks] or [(0, len(text))]


@dataclass
class Attribution:
    cue: Cue | None
    cue_text: str | None
    speaker: Span | None
    frame: Span
    addressee: Span | None = None


def find_direct(doc: Doc, sents: Sentences, stops: set[int]) -> list[Found]:
    text = sents.text
    pars = paragraphs(doc, text)
    quoted = find_quoted(text, pars)
    index = TokenIndex(doc)
    found: list[tuple[Quoted, Found, bool]] = []  # (stretch, record, has its own tag after it)
    floor = 0  # where the text before the next quote may begin: after the last quote and its tag
    for n, q in enumerate(quoted):
        open_tok = index.at(q.open)
        close_tok = index.at(q.close) if q.close is not None else index.at(max(q.end - 1, q.start))
        nxt_open = index.at(quoted[n + 1].open) if n + 1 < len(quoted) else len(doc)
        post = _post_tag(doc, close_tok + 1, nxt_open, sents, stops, _ends_like_speech(text, q))
        if post is None and found and found[-1][2] and _continues(doc, text, found[-1][0], floor, q, pars):
            # `'…', zei hij, '…'`: the second part of an interrupted quote
            found[-1][1].parts.append((q.start, q.end))
            floor = close_tok + 1
            continue
        pre = None if post is not None else _pre_intro(doc, open_tok, sents, stops, floor)
        floor = post.frame[1] if post is not None else close_tok + 1
        record = Found("direct", [(q.start, q.end)])
        att = post or pre
        if att is None:
            if not _stands_alone(doc, q, open_tok, sents, pars):
                continue
        else:
            record.cue, record.cue_text, record.speaker = att.cue, att.cue_text, att.speaker
            record.addressee = att.addressee
            record.frame = [att.frame]
        found.append((q, record, post is not None))
    direct = [rec for _q, rec, _tagged in found]
    return direct + _colon_speech(doc, sents, stops, direct)


def _continues(doc: Doc, text: str, prev: Quoted, floor: int, q: Quoted, pars: list[tuple[int, int]]) -> bool:
    """Nothing but the previous quote's attribution tag stands between it and `q`, in one paragraph."""
    if _paragraph_of(pars, prev.after) != _paragraph_of(pars, q.open):
        return False
    c = columns(doc)
    tag_end = c.idx[floor - 1] + len(c.text[floor - 1]) if floor > 0 else prev.after
    return not text[tag_end : q.open].strip() or tag_end >= q.open


def _ends_like_speech(text: str, q: Quoted) -> bool:
    """`'…,' zei`, `'…', zei`, `'…?' vroeg`: a quote that ends the way reported words end."""
    inside = text[q.end - 1 : q.end]
    after = text[q.after : q.after + 1]
    return inside in (",", "!", "?", "…") or after == ","


def _post_tag(
    doc: Doc, a: int, limit: int, sents: Sentences, stops: set[int], speechlike: bool = True
) -> Attribution | None:
    """`, zei hij`, `vroeg ze`, `, aldus de minister`, `, zo zei X`, `, liet X weten` after a quote."""
    if a >= len(doc):
        return None
    c = columns(doc)
    sent = sents.span(min(a, len(doc) - 1))
    end = min(sents.words_end(min(a, len(doc) - 1)), limit)
    i = a
    while (i < end and c.text[i] in (",", "–", "-", "—")) or (i < end and c.text[i] in QUOTE_CHARS):
        i += 1
    if i < end and c.lower[i] == "zo":
        i += 1
    if i >= end or not c.word[i]:
        return None
    if c.lower[i] == "aldus":
        sp = np_forward(doc, i + 1, end, stops=stops)
        return Attribution(None, "aldus", sp, (a, end))
    for k in range(i, min(i + 2, end)):
        cue = cue_at(doc, k, sent[0], end, classes=TAG_CLASSES)
        if cue is not None and not _is_noun(doc, k):
            sp = speaker_of(doc, cue, (k, end), stops, after_quote=True)
            if sp is not None and sp[1] - sp[0] == 1 and c.lower[sp[0]] == "het":
                sp = None  # `klonk het`: the speaker is the one the context gives
            limit_a = end
            ad = addressee_of(doc, cue, sp, limit_a, stops, sent[0])
            return Attribution(cue, None, sp, (a, end), ad)
        if k == i and c.lower[k] not in ("nog", "ook", "toen", "dan"):
            break
    return _unknown_tag(doc, i, a, end, sent[0], stops) if speechlike else None


def _unknown_tag(doc: Doc, i: int, a: int, end: int, s0: int, stops: set[int]) -> Attribution | None:
    """A tag whose verb the lexicon lacks: `"…" inviteerde Bavink`, `"…," had Japi gezegd`.
    Right after a quote, a lower-case word followed by a pronoun or a name, and then the end of
    the clause, is a speech verb with its subject."""
    c = columns(doc)
    if c.lower[i] in FINITE_AUXILIARIES and i + 2 < end:
        # `had Japi gezegd`: the auxiliary, the subject, a participle cue
        sp = np_forward(doc, i + 1, end, stops=stops)
        if sp is not None and sp[1] < end:
            cue = cue_at(doc, sp[1], s0, end, classes=TAG_CLASSES)
            if cue is not None:
                return Attribution(cue, None, sp, (a, end))
    if c.cap[i] or c.lower[i] in FUNCTION_WORDS or i + 1 >= end:
        return None
    nxt = c.lower[i + 1]
    if not (nxt in SUBJECT_PRONOUNS or nxt in DETERMINERS or c.cap[i + 1]):
        return None
    sp = np_forward(doc, i + 1, end, stops=stops)
    if sp is None:
        return None
    after = sp[1]
    if after < end and c.word[after] and c.lower[after] not in PREPOSITIONS | {"en", "maar"}:
        return None
    return Attribution(Cue(i, "", "speech", "finite", [i]), None, sp, (a, end))


def _pre_intro(doc: Doc, open_tok: int, sents: Sentences, stops: set[int], floor: int) -> Attribution | None:
    """`X zei: '…'`, `Rutte: '…'`, `noemde het plan 'een farce'` before a quote."""
    c = columns(doc)
    s0, _s1 = sents.span(open_tok)
    if open_tok <= s0 and s0 > 0 and floor < s0:
        # the quote opens its sentence: an introduction ending in a colon just before it
        p = s0 - 1
        while p > 0 and c.space[p]:
            p -= 1
        if c.text[p] == ":":
            ps0, _ = sents.span(p)
            cue = _last_cue(doc, (ps0, p), ps0, p)
            if cue is not None:
                sp = speaker_of(doc, cue, (ps0, p), stops)
                return Attribution(cue, None, sp, (ps0, p), addressee_of(doc, cue, sp, p, stops, ps0))
            return _colon_intro(doc, (ps0, p), stops)
    s0 = max(s0, floor)
    if open_tok <= s0:
        return None
    prev = open_tok - 1
    while prev > s0 and c.space[prev]:
        prev -= 1
    colon = c.text[prev] == ":"
    frame = (s0, prev if colon else open_tok)
    cue = _last_cue(doc, frame, s0, open_tok)
    if colon:
        if cue is not None:
            sp = speaker_of(doc, cue, (s0, prev), stops)
            ad = addressee_of(doc, cue, sp, prev, stops, s0)
            return Attribution(cue, None, sp, frame, ad)
        # a colon with no speaker to read (`Of: "…"`, `vloekte: "…"`): speech all the same
        return _colon_intro(doc, frame, stops) or Attribution(None, None, None, frame)
    # a quoted phrase inside the sentence: only after a naming or speech verb
    if cue is None or cue.lemma not in NAMING_LEMMAS | {"zeggen", "schrijven", "roepen"}:
        return None
    before = c.lower[open_tok - 1]
    if before in DETERMINERS or before in SCARE_MARKERS:
        return None
    sp = speaker_of(doc, cue, (s0, open_tok), stops)
    return Attribution(cue, None, sp, frame)


def _last_cue(doc: Doc, frame: Span, s0: int, limit: int) -> Cue | None:
    c = columns(doc)
    found = None
    for k in range(frame[0], frame[1]):
        if c.text[k] in QUOTE_CHARS:
            found = None
            continue
        cue = cue_at(doc, k, s0, limit, classes=TAG_CLASSES)
        if cue is not None and not _is_noun(doc, k) and not (k > 0 and c.lower[k - 1] == "te"):
            found = cue  # (`veilig te stellen:` is no introduction of speech)
    return found


def _colon_intro(doc: Doc, frame: Span, stops: set[int]) -> Attribution | None:
    """`De coach was na afloop duidelijk:`, `Premier X in een verklaring:`, `Rutte:`."""
    c = columns(doc)
    a, b = trim(doc, frame)
    if a >= b:
        return None
    while a < b and c.lower[a] in COORDINATORS:
        a += 1
    words = word_indices(doc, (a, b))
    lows = {c.lower[w] for w in words}
    if c.lower[a] in PREPOSITIONS:
        # `In een open brief richt de vakbond zich tot de werkgevers:` the subject follows the verb
        pp = np_forward(doc, a + 1, b, stops=stops)
        if pp is None or pp[1] + 1 >= b:
            return None
        sp = None
        for k in range(pp[1], b - 1):
            # the first noun phrase after a lower-case word (the verb) that follows the phrase
            nxt = k + 1
            verb_like = c.word[k] and not c.cap[k] and c.lower[k] not in DETERMINERS
            if verb_like and c.word[nxt] and (c.lower[nxt] in DETERMINERS or c.cap[nxt]):
                sp = np_forward(doc, k + 1, b, stops=stops)
                break
        if sp is None:
            return None
        return Attribution(None, None, sp, frame, _intro_addressee(doc, sp[1], b, stops))
    sp = np_forward(doc, a, b, stops=stops)
    if sp is None:
        return None
    if sp[1] >= b or lows & COLON_INTRO_WORDS or (len(words) <= 6 and _is_intro_phrase(doc, sp[1], b)):
        return Attribution(None, None, sp, frame)
    return None


def _intro_addressee(doc: Doc, a: int, b: int, stops: set[int]) -> Span | None:
    lower = columns(doc).lower
    for k in range(a, b - 1):
        if lower[k] in ("tot", "tegen", "aan"):
            return np_forward(doc, k + 1, b, stops=stops, objects=True)
    return None


def _is_intro_phrase(doc: Doc, a: int, b: int) -> bool:
    """What follows the speaker before the colon is a channel or time phrase (`in een verklaring`)."""
    return a < b and columns(doc).lower[a] in PREPOSITIONS


def _is_noun(doc: Doc, k: int) -> bool:
    """`de vraag`, `een tweet`, `het bericht`: a cue form used as a noun."""
    if k == 0:
        return False
    c = columns(doc)
    before = c.lower[k - 1]
    if before in DETERMINERS and before not in ("die", "dat"):
        return True
    if c.has_pos and c.pos[k] in ("NOUN", "PROPN") and c.pos[k - 1] in ("DET", "ADJ", "NUM"):
        return True
    # `een dringende oproep`: an inflected adjective before a particle-joined form
    return before.endswith("e") and not before.endswith(("ie", "ee")) and c.lower[k][:2] in ("op", "aa", "to", "ui")


def _stands_alone(doc: Doc, q: Quoted, open_tok: int, sents: Sentences, pars: list[tuple[int, int]]) -> bool:
    """A quote with no cue is speech only when it is a sentence of its own (or several): it
    opens its sentence, or follows another quote with only dashes between (`"…?" - "Ja."`)."""
    text = sents.text
    content = text[q.start : q.end]
    n_words = len(content.split())
    par = pars[_paragraph_of(pars, q.open)] if _paragraph_of(pars, q.open) >= 0 else (q.open, q.after)
    if not text[par[0] : q.open].strip() and not text[q.after : par[1]].strip():
        return True  # the whole paragraph: a turn of dialogue (`"Ja."`)
    c = columns(doc)
    s0, _ = sents.span(open_tok)
    k = open_tok - 1
    while k >= s0 and not c.word[k] and c.text[k] not in QUOTE_CHARS:
        k -= 1
    follows_quote = k >= s0 and c.text[k] in QUOTE_CHARS and c.idx[k] < q.open
    words_before = any(c.word[x] for x in range(s0, open_tok))
    if words_before and not follows_quote:
        return False  # inside a sentence: a scare quote, title or name
    if (content.rstrip()[-1:] in ".!?…" and n_words >= 2) or (follows_quote and content.rstrip()[-1:] in ".!?…"):
        return True
    before = c.lower[open_tok - 1] if open_tok > 0 else ""
    if before in TITLE_NOUNS or before in SCARE_MARKERS:
        return False
    return n_words >= 4


def _paragraph_of(pars: list[tuple[int, int]], offset: int) -> int:
    for n, (a, b) in enumerate(pars):
        if a <= offset < b:
            return n
    return -1


def _colon_speech(doc: Doc, sents: Sentences, stops: set[int], direct: list[Found]) -> list[Found]:
    """Unmarked speech after a colon: `De politie zei het zo: wie vandaag de weg op gaat, ...`."""
    covered = [(f.start, f.end) for f in direct]
    out: list[Found] = []
    read = -1  # the sentence whose first colon was read last: its later colons are not read
    for k in Positions.of(columns(doc).text, {":"}).indices:
        if sents.of[k] == read:
            continue
        read = sents.of[k]
        found = _speech_after_colon(doc, sents.span(k), k, stops, covered)
        if found is not None:
            out.append(found)
    return out


def _speech_after_colon(doc: Doc, sent: Span, k: int, stops: set[int], covered: list[tuple[int, int]]) -> Found | None:
    """The rest of the sentence after the colon at `k`, when what comes before introduces speech."""
    c = columns(doc)
    s0, s1 = sent
    rest = [x for x in range(k + 1, s1) if not c.space[x]]
    if not rest or c.text[rest[0]] in QUOTE_CHARS or len([x for x in rest if c.word[x]]) < 4:
        return None
    start_char = c.idx[rest[0]]
    if any(a <= start_char < b for a, b in covered):
        return None
    frame = (s0, k)
    cue = _last_cue(doc, frame, s0, k)
    att: Attribution | None
    if cue is not None and cue.cls in ("report", "speech"):
        sp = speaker_of(doc, cue, (s0, k), stops)
        att = Attribution(cue, None, sp, frame)
    else:
        att = _colon_intro(doc, frame, stops)
        if att is not None and not ({c.lower[x] for x in range(s0, k)} & COLON_INTRO_WORDS):
            att = None
    if att is None:
        return None
    end_tok = rest[-1]
    rec = Found("direct", [(start_char, c.idx[end_tok] + len(c.text[end_tok]))])
    rec.cue, rec.speaker, rec.frame = att.cue, att.speaker, [frame]
    return rec
