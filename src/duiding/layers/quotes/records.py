"""From the layer's findings to `duiding.records.Quote`: ids in text order, speakers and
addressees as entity ids, the time of the statement, and claims marked on quantities."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc

from duiding.lang.nl.channels import SPOKESPERSON_NOUNS
from duiding.lang.nl.pronouns import PERSONAL
from duiding.layers.quotes.model import Found
from duiding.layers.quotes.tokens import Sentences, Span, char_span, columns, words
from duiding.reading import sentence_index
from duiding.records import Entity, Mention, Provenance, Quote

TYPE_PREFERENCE = {"PER": 0, "ORG": 1, "MISC": 2, "LOC": 3}


def to_records(doc: Doc, sents: Sentences, found: list[Found], provenance: Provenance) -> list[Quote]:
    sent_of = sentence_index(doc)
    text = sents.text
    token_starts = columns(doc).idx
    entities = list(doc._.entities or [])
    mentions = MentionIndex(entities)
    ordered = sorted(found, key=lambda f: (f.start, f.end))
    out: list[Quote] = []
    previous: Quote | None = None
    for n, f in enumerate(ordered, start=1):
        start, end = f.start, f.end
        first_tok = _token_starting_at(token_starts, start)
        if first_tok is None:
            span = doc.char_span(start, end, alignment_mode="expand")
            first_tok = span.start if span is not None else 0
        speaker_text = _text(doc, text, f.speaker)
        speaker = entity_for(doc, f.speaker, mentions)
        if speaker is None and f.speaker is not None and _is_pronoun(doc, f.speaker):
            speaker = fallback_pronoun_speaker(doc, f.speaker, entities, previous, sent_of)
        addressee = entity_for(doc, f.addressee, mentions)
        if addressee is None and f.addressee is not None and _is_pronoun(doc, f.addressee):
            addressee = fallback_pronoun_addressee(doc, f.addressee, entities, speaker, sent_of)
        q = Quote(
            id=f"quote{n}",
            start=start,
            end=end,
            text=text[start:end],
            sentence=sent_of[first_tok],
            kind=f.kind,
            provenance=provenance,
            speaker=speaker,
            speaker_text=speaker_text,
            cue=_cue_text(doc, f),
            channel=_text(doc, text, f.channel),
            addressee=addressee,
            cue_lemma=(f.cue.lemma or None) if f.cue is not None else f.cue_text,
            addressee_text=_text(doc, text, f.addressee),
            time=_time_in(doc, f),
            parts=[[a, b] for a, b in f.parts] if f.kind == "direct" else None,
        )
        out.append(q)
        previous = q
    return out


def _token_starting_at(token_starts: list[int], offset: int) -> int | None:
    """The (last) token whose first character is at `offset`, if one is."""
    k = bisect.bisect_right(token_starts, offset) - 1
    return k if k >= 0 and token_starts[k] == offset else None


def _text(doc: Doc, text: str, span: Span | None) -> str | None:
    if span is None or span[1] <= span[0]:
        return None
    a, b = char_span(doc, span)
    return text[a:b]


def _cue_text(doc: Doc, f: Found) -> str | None:
    if f.cue is None:
        return f.cue_text
    text = columns(doc).text
    return " ".join(text[i] for i in sorted(set(f.cue.tokens)))


def _is_pronoun(doc: Doc, span: Span) -> bool:
    ws = words(doc, span)
    return len(ws) == 1 and (ws[0].lower_ in PERSONAL or ws[0].lower_ in ("ik", "wij", "we", "hen", "hun"))


class MentionIndex:
    """The entities' mentions by character offset, so that finding the entity of a speaker
    in a long article does not walk every mention of every entity."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.entities = list(entities)
        rows = [(m.start, n, k, e, m) for n, e in enumerate(self.entities) for k, m in enumerate(e.mentions)]
        rows.sort(key=lambda r: r[0])
        self._rows = rows
        self._starts = [r[0] for r in rows]
        self._longest = max((m.end - m.start for *_, m in rows), default=0)

    def __bool__(self) -> bool:
        return bool(self.entities)

    def overlapping(self, start: int, end: int) -> list[tuple[Entity, Mention]]:
        """Mentions that share a character with [start, end), in entity then mention order."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        rows = sorted((r for r in self._rows[lo:hi] if r[4].end > start), key=lambda r: (r[1], r[2]))
        return [(r[3], r[4]) for r in rows]


def entity_for(doc: Doc, span: Span | None, entities: Sequence[Entity] | MentionIndex) -> str | None:
    """The entity one of whose mentions covers the phrase: a name inside it first (`minister
    van Financiën Pieter de Graaf`), else the one whose mention it is; `een woordvoerder van
    de politie` speaks for the police."""
    if span is None or not entities:
        return None
    index = entities if isinstance(entities, MentionIndex) else MentionIndex(entities)
    a, b = span
    ws = words(doc, span)
    van = next((w.i for w in ws if w.lower_ == "van"), None)
    spokesperson = van is not None and any(w.lower_ in SPOKESPERSON_NOUNS for w in ws[:3])
    if spokesperson and van is not None:
        a = van + 1
    # `Wetenschappers van de Universiteit Gent` are no statement of the university: an
    # organisation or place inside a `van` phrase speaks only through a spokesperson
    van_start = doc[van].idx if van is not None and not spokesperson else None
    start, end = char_span(doc, (a, b))
    best: tuple[tuple[int, int, int], str] | None = None
    for e, m in index.overlapping(start, end):
        if m.kind == "demonym":
            continue  # `de Franse president` is no speech of France; `de Italiaan` is a person
        if van_start is not None and m.start > van_start and e.type != "PER" and m.start > start:
            continue
        overlap = min(end, m.end) - max(start, m.start)
        if overlap <= 0:
            continue
        whole = (m.start >= start and m.end <= end) or (m.start <= start and m.end >= end)
        if not whole:
            continue
        # prefer people, then the mention that covers most of the phrase, then the last one
        key = (-TYPE_PREFERENCE.get(e.type, 4), overlap, m.start)
        if best is None or key > best[0]:
            best = (key, e.id)
    return best[1] if best else None


def fallback_pronoun_speaker(
    doc: Doc, span: Span, entities: list[Entity], previous: Quote | None, sent_of: dict[int, int]
) -> str | None:
    """LOCAL FALLBACK, used only where the entities layer left a speaking pronoun unresolved:
    the speaker of the quote just before (within a sentence), else the nearest person named
    in this or the previous sentence before the pronoun. Not coreference: a stopgap."""
    i = span[0]
    sent = sent_of[i]
    if previous is not None and previous.speaker is not None and sent - previous.sentence <= 1:
        return previous.speaker
    offset = doc[i].idx
    best: tuple[int, str] | None = None
    for e in entities:
        if e.type != "PER":
            continue
        for m in e.mentions:
            if m.end <= offset and sent - m.sentence <= 1 and m.kind == "name" and (best is None or m.start > best[0]):
                best = (m.start, e.id)
    return best[1] if best else None


def fallback_pronoun_addressee(
    doc: Doc, span: Span, entities: list[Entity], speaker: str | None, sent_of: dict[int, int]
) -> str | None:
    """LOCAL FALLBACK, used only where the entities layer left an addressed pronoun (`waarschuwde
    haar`) unresolved: the last person named before it in this or the previous sentence who is
    not the speaker. Not coreference: a stopgap."""
    sent = sent_of[span[0]]
    offset = doc[span[0]].idx
    best: tuple[int, str] | None = None
    for e in entities:
        if e.type != "PER" or e.id == speaker:
            continue
        for m in e.mentions:
            if m.end <= offset and sent - m.sentence <= 1 and m.kind == "name" and (best is None or m.start > best[0]):
                best = (m.start, e.id)
    return best[1] if best else None


def _time_in(doc: Doc, f: Found) -> str | None:
    """The time expression in the reporting clause (`waarschuwde Macron maandag dat`), not in the content."""
    times = doc._.times or []
    if not times or not f.frame:
        return None
    frame_chars = [char_span(doc, fr) for fr in f.frame if fr[1] > fr[0]]
    for tm in times:
        if any(a <= tm.start and tm.end <= b for a, b in frame_chars) and not any(
            a <= tm.start < b for a, b in f.parts
        ):
            return str(tm.id)
    return None


class QuoteIndex:
    """An article's quotes by where their content lies: finding the source of every claim in a
    long article must not scan every quote for each one."""

    def __init__(self, quotes: list[Quote]) -> None:
        parts = [(a, b, n, q) for n, q in enumerate(quotes) for a, b in (q.parts or [[q.start, q.end]])]
        parts.sort(key=lambda p: p[0])
        self._parts = parts
        self._starts = [p[0] for p in parts]
        self._longest = max((b - a for a, b, _n, _q in parts), default=0)

    def containing(self, start: int, end: int) -> Quote | None:
        """The innermost quote, belief or attribution whose content holds [start, end); of two
        as long, the first. For a direct quote only its quoted parts count, not the attribution
        that interrupts it."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_right(self._starts, start)
        best: tuple[int, int, Quote] | None = None
        for _a, b, n, q in self._parts[lo:hi]:
            if end <= b and (best is None or (q.end - q.start, n) < best[:2]):
                best = (q.end - q.start, n, q)
        return best[2] if best is not None else None


def quote_containing(doc: Doc, start: int, end: int) -> Quote | None:
    """The source of a claim at [start, end): see `QuoteIndex.containing` (build one index
    when asking for many spans)."""
    return QuoteIndex(list(doc._.quotes or [])).containing(start, end)


def mark_claims(doc: Doc) -> None:
    """Every quantity inside a quote carries that quote as its source."""
    index = QuoteIndex(list(doc._.quotes or []))
    for qty in doc._.quantities or []:
        q = index.containing(qty.start, qty.end)
        if q is not None and hasattr(qty, "source"):
            qty.source = q.id
