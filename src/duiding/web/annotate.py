"""An article's text with its annotations as HTML, in the spirit of displaCy.

Every layer (entity mentions, times, quantities, quotes, event triggers) is a span over
`article.text`. Spans may nest (a name inside a quote) and may cross (a quote over two
sentences); the text is cut at every span boundary and each piece is wrapped in the spans that
cover it, outermost first. A span cut in two is written as several fragments: the first carries
its description and takes keyboard focus, the others only its look. Sentences are the outermost
layer, so `#s12` anchors and highlights a whole sentence; paragraphs are the blocks around them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from duiding.web.render import entity_url, format_number

Json = Mapping[str, Any]

# Outer layers first: a sentence holds a quote, a quote holds a name.
RANK = {"sentence": 0, "quote": 1, "event": 2, "quantity": 2, "time": 2, "entity": 3}


@dataclass
class Span:
    start: int
    end: int
    layer: str
    uid: str  # unique in the page: the element id of the first fragment
    classes: str
    tip: str = ""
    href: str | None = None
    data: dict[str, str] = field(default_factory=dict)

    @property
    def order(self) -> tuple[int, int, int, str]:
        return (RANK[self.layer], self.start, -self.end, self.uid)


@dataclass
class Paragraph:
    kind: str  # lede, paragraph, intertitle
    html: Markup


def precision_note(precision: str | None) -> str:
    return {
        "day": "day precision",
        "week": "week precision: the day is not known",
        "month": "month precision: the day is not known",
        "year": "year precision: the month and day are not known",
    }.get(precision or "", f"{precision} precision" if precision else "precision unknown")


def entity_tip(e: Json, m: Json) -> str:
    lines = [f"{e.get('type')} · {e.get('name')}"]
    if e.get("kb_id"):
        lines.append(f"identity: {e['kb_id']}")
    else:
        lines.append("identity: not in the knowledge base")
    if e.get("role") or e.get("country"):
        lines.append(
            "role: " + " ".join(x for x in (e.get("role"), f"({e['country']})" if e.get("country") else None) if x)
        )
    lines.append(f"written as a {m.get('kind') or 'name'}")
    return "\n".join(lines)


def time_tip(t: Json) -> str:
    value = t.get("value") or "no calendar value"
    lines = [f"{t.get('type')} · {value}" + (f" ({precision_note(t.get('precision'))})" if t.get("precision") else "")]
    if t.get("mod"):
        lines.append(f"modifier: {t['mod']}")
    if t.get("certain") is False:
        candidates = t.get("candidates") or []
        lines.append("uncertain" + (": one of " + ", ".join(candidates) if candidates else ""))
    return "\n".join(lines)


def quantity_line(q: Json) -> str:
    value = format_number(q.get("value"))
    if q.get("upper") is not None:
        value += f"–{format_number(q['upper'])}"
    unit = q.get("unit")
    text = f"{q['mod']} " if q.get("mod") else ""
    text += value + (f" {unit}" if unit else "")
    if q.get("counts"):
        text += f" · counts {q['counts']}"
    return text


def quantity_tip(q: Json) -> str:
    lines = ["number: " + quantity_line(q)]
    if q.get("ordinal"):
        lines.append("a position (ordinal), not an amount")
    return "\n".join(lines)


def quote_tip(c: Json, names: Mapping[str, str]) -> str:
    speaker = names.get(c.get("speaker") or "") or c.get("speaker_text") or "unknown"
    lines = [f"{c.get('kind')} quote · by {speaker}"]
    if c.get("speaker_text") and c.get("speaker_text") != speaker:
        lines.append(f"speaker as written: {c['speaker_text']}")
    details = [f"cue: {c['cue']}" if c.get("cue") else "", f"channel: {c['channel']}" if c.get("channel") else ""]
    if c.get("addressee"):
        details.append(f"to: {names.get(c['addressee']) or c.get('addressee_text') or c['addressee']}")
    if any(details):
        lines.append(" · ".join(d for d in details if d))
    return "\n".join(lines)


def event_roles(v: Json, names: Mapping[str, str]) -> dict[str, list[str]]:
    def named(ids: Iterable[str], written: Iterable[Any]) -> list[str]:
        out = [names.get(i, i) for i in ids]
        out += [w.get("text", "") if isinstance(w, Mapping) else str(w) for w in written or []]
        return out

    return {
        "actors": named(v.get("actors") or [], v.get("actor_texts") or []),
        "targets": named(v.get("targets") or [], v.get("target_texts") or []),
        "places": named(v.get("places") or [], []),
    }


def event_tip(v: Json, names: Mapping[str, str], quantities: Mapping[str, Json]) -> str:
    kind = v.get("type") or "event"
    if v.get("mode"):
        kind += f" ({v['mode']})"
    roles = event_roles(v, names)
    lines = [f"event {kind}"]
    for role in ("actors", "targets", "places"):
        if roles[role]:
            lines.append(f"{role}: {', '.join(roles[role])}")
    date = v.get("date") or {}
    if date.get("value"):
        lines.append(f"date: {date['value']} ({precision_note(date.get('precision'))})")
    numbers = [quantity_line(quantities[q]) for q in v.get("quantities") or [] if q in quantities]
    if numbers:
        lines.append("numbers: " + "; ".join(numbers))
    fact = v.get("factuality") or {}
    if fact.get("polarity") == "NEG" or (fact.get("certainty") and fact.get("certainty") != "CERTAIN"):
        lines.append(f"factuality: {fact.get('certainty')}, {fact.get('polarity')}")
    return "\n".join(lines)


def spans_of(reading: Json, keys: Mapping[str, str]) -> list[Span]:
    """Every annotation of a reading as a span, with its look and its description."""
    names = {e["id"]: e["name"] for e in reading.get("entities") or []}
    quantities = {q["id"]: q for q in reading.get("quantities") or []}
    out: list[Span] = []
    for s in reading.get("sentences") or []:
        out.append(Span(s["start"], s["end"], "sentence", f"s{s['index']}", "sent"))
    for e in reading.get("entities") or []:
        key = keys.get(e["id"]) or e.get("kb_id") or e["name"]
        for n, m in enumerate(e.get("mentions") or []):
            out.append(
                Span(
                    m["start"],
                    m["end"],
                    "entity",
                    f"{e['id']}-m{n}",
                    f"ann ent ent-{e.get('type')} mention-{m.get('kind') or 'name'}",
                    entity_tip(e, m),
                    entity_url(key),
                    {"entity": key, "type": str(e.get("type")), "kb-id": e.get("kb_id") or ""},
                )
            )
    for t in reading.get("times") or []:
        certain = "" if t.get("certain", True) else " uncertain"
        out.append(
            Span(
                t["start"],
                t["end"],
                "time",
                t["id"],
                f"ann time{certain}",
                time_tip(t),
                None,
                {"value": str(t.get("value"))},
            )
        )
    for q in reading.get("quantities") or []:
        out.append(
            Span(
                q["start"],
                q["end"],
                "quantity",
                q["id"],
                "ann num",
                quantity_tip(q),
                None,
                {"value": str(q.get("value"))},
            )
        )
    for c in reading.get("quotes") or []:
        out.append(
            Span(c["start"], c["end"], "quote", c["id"], f"ann quote quote-{c.get('kind')}", quote_tip(c, names))
        )
    for v in reading.get("events") or []:
        for n, part in enumerate([v["trigger"], *(v.get("trigger_parts") or [])]):
            uid = v["id"] if n == 0 else f"{v['id']}-p{n}"
            out.append(
                Span(
                    part["start"],
                    part["end"],
                    "event",
                    uid,
                    f"ann event event-{v.get('type')}",
                    event_tip(v, names, quantities),
                    None,
                    {"type": str(v.get("type"))},
                )
            )
    return [s for s in out if 0 <= s.start < s.end]


def paragraphs_of(reading: Json) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each block: the sentences grouped by paragraph, else the text's blank lines."""
    text = reading["article"]["text"]
    sentences = reading.get("sentences") or []
    if sentences and all(s.get("paragraph") is not None for s in sentences):
        blocks: dict[int, list[Json]] = {}
        for s in sentences:
            blocks.setdefault(int(s["paragraph"]), []).append(s)
        return [
            (min(s["start"] for s in ss), max(s["end"] for s in ss), str(ss[0].get("kind") or "paragraph"))
            for _, ss in sorted(blocks.items())
        ]
    out, pos = [], 0
    for chunk in text.split("\n\n"):
        stripped = chunk.strip()
        if stripped:
            start = pos + chunk.index(stripped)
            out.append((start, start + len(stripped), "paragraph"))
        pos += len(chunk) + 2
    return out


def _open(span: Span, first: bool) -> tuple[str, str]:
    tag = "a" if span.href and span.layer == "entity" else "span"
    attrs: list[tuple[str, str]] = []
    if first:
        attrs.append(("id", span.uid))
    classes = span.classes + ("" if first else " cont")
    attrs.append(("class", classes))
    if span.layer != "sentence":
        attrs.append(("data-layer", span.layer))
        attrs.append(("data-ann", span.uid))
        for k, v in span.data.items():
            attrs.append((f"data-{k}", v))
        if span.tip:
            attrs.append(("data-tip", span.tip))
            if first:
                attrs.append(("aria-description", span.tip.replace("\n", "; ")))
        if tag == "a":
            attrs.append(("href", str(span.href)))
            if not first:
                attrs.append(("tabindex", "-1"))
        elif first:
            attrs.append(("tabindex", "0"))
    return f"<{tag}" + "".join(f' {k}="{escape(v)}"' for k, v in attrs) + ">", tag


def render_block(text: str, start: int, end: int, spans: Sequence[Span], opened: set[str]) -> Markup:
    """The HTML of text[start:end] with every span cut to it. `opened` remembers which spans
    already wrote their first fragment (shared across blocks)."""
    inside = [s for s in spans if s.start < end and s.end > start]
    cuts = sorted({start, end} | {max(s.start, start) for s in inside} | {min(s.end, end) for s in inside})
    html: list[str] = []
    stack: list[tuple[Span, str]] = []  # open spans and their tags
    for a, b in itertools.pairwise(cuts):
        if a >= b:
            continue
        covering = sorted((s for s in inside if s.start <= a and s.end >= b), key=lambda s: s.order)
        keep = 0
        while keep < len(stack) and keep < len(covering) and stack[keep][0] is covering[keep]:
            keep += 1
        while len(stack) > keep:
            html.append(f"</{stack.pop()[1]}>")
        for s in covering[keep:]:
            first = s.uid not in opened
            opened.add(s.uid)
            # An anchor can not hold an anchor: a name inside a linked name keeps its link as data.
            inside_link = any(tag == "a" for _, tag in stack)
            data = s.data | ({"href": s.href} if inside_link and s.href else {})
            shown = Span(s.start, s.end, s.layer, s.uid, s.classes, s.tip, None if inside_link else s.href, data)
            opening, tag = _open(shown, first)
            html.append(opening)
            stack.append((s, tag))
        html.append(str(escape(text[a:b])))
    while stack:
        html.append(f"</{stack.pop()[1]}>")
    return Markup("".join(html))  # every piece of text above is escaped


def annotated(reading: Json, keys: Mapping[str, str]) -> list[Paragraph]:
    text = reading["article"]["text"]
    spans = sorted(spans_of(reading, keys), key=lambda s: s.order)
    opened: set[str] = set()
    return [
        Paragraph(kind, render_block(text, start, end, spans, opened)) for start, end, kind in paragraphs_of(reading)
    ]
