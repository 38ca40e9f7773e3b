"""The readable terminal view of a reading (rich)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from duiding.records import Reading

_ENTITY_STYLE = {"PER": "bold cyan", "ORG": "bold magenta", "LOC": "bold green", "MISC": "bold yellow"}


def render(reading: Reading, console: Console) -> None:
    a = reading.article
    head = Text()
    head.append(a.id, style="bold")
    if a.published:
        head.append(f"  published {a.published.value} ({a.published.precision})")
    else:
        head.append("  published: unknown")
    if reading.published_inferred:
        inf = reading.published_inferred
        head.append(f"  inferred {inf['value']} ({inf['precision']})", style="italic")
    parts: list[object] = [head]
    if a.title:
        parts.append(Text(a.title, style="bold underline"))
    if a.lede:
        parts.append(Text(f"Lede: {a.lede}", style="italic"))
    console.print(Panel(Group(*parts), title="duiding reading", expand=True))  # type: ignore[arg-type]

    sentences = Table(title="Sentences", show_lines=False, expand=True)
    sentences.add_column("#", justify="right", style="dim")
    sentences.add_column("kind", style="dim")
    sentences.add_column("text")
    for s in reading.sentences:
        sentences.add_row(str(s.index), s.kind, _highlight(reading, s.start, s.end))
    console.print(sentences)

    names = {e.id: e.name for e in reading.entities}
    for table in (
        _entities(reading),
        _times(reading),
        _quantities(reading),
        _quotes(reading, names),
        _events(reading, names),
    ):
        if table.row_count:
            console.print(table)


def _table(title: str, *columns: str) -> Table:
    t = Table(title=title, expand=True)
    for col in columns:
        t.add_column(col)
    return t


def _entities(reading: Reading) -> Table:
    t = _table("Entities", "id", "name", "type", "kb", "mentions")
    for e in reading.entities:
        written = ", ".join(sorted({m.text for m in e.mentions}))
        t.add_row(e.id, e.name, Text(e.type, style=_ENTITY_STYLE.get(e.type, "")), e.kb_id or "", written)
    return t


def _times(reading: Reading) -> Table:
    t = _table("Times", "text", "type", "value", "mod", "precision", "certain", "candidates", "sent")
    for tm in reading.times:
        cands = ", ".join(tm.candidates or [])
        t.add_row(
            tm.text, tm.type, tm.value or "", tm.mod or "", tm.precision or "", str(tm.certain), cands, str(tm.sentence)
        )
    return t


def _quantities(reading: Reading) -> Table:
    t = _table("Quantities", "text", "value", "unit", "mod", "counts", "sent")
    for q in reading.quantities:
        value = f"{q.value:g}" if q.value is not None else ""
        t.add_row(q.text, value, q.unit or "", q.mod or "", q.counts or "", str(q.sentence))
    return t


def _quotes(reading: Reading, names: dict[str, str]) -> Table:
    t = _table("Quotes", "kind", "speaker", "cue", "channel", "addressee", "text")
    for q in reading.quotes:
        speaker = names.get(q.speaker or "", q.speaker_text or "")
        addressee = names.get(q.addressee or "", q.addressee or "")
        t.add_row(q.kind, speaker, q.cue or "", q.channel or "", addressee, q.text)
    return t


def _events(reading: Reading, names: dict[str, str]) -> Table:
    t = _table("Events", "type", "mode", "trigger", "actors", "targets", "places", "date", "factuality", "sent")
    for ev in reading.events:
        t.add_row(
            ev.type,
            ev.mode or "",
            ev.trigger.text,
            ", ".join(names.get(x, x) for x in ev.actors),
            ", ".join(names.get(x, x) for x in ev.targets),
            ", ".join(names.get(x, x) for x in ev.places),
            f"{ev.date['value']} ({ev.date['precision']})" if ev.date else "",
            f"{ev.factuality.certainty}/{ev.factuality.polarity}",
            str(ev.sentence),
        )
    return t


def _highlight(reading: Reading, start: int, end: int) -> Text:
    text = Text(reading.article.text[start:end])
    for e in reading.entities:
        for m in e.mentions:
            if start <= m.start and m.end <= end:
                text.stylize(_ENTITY_STYLE.get(e.type, "bold"), m.start - start, m.end - start)
    for tm in reading.times:
        if start <= tm.start and tm.end <= end:
            text.stylize("underline blue", tm.start - start, tm.end - start)
    for q in reading.quantities:
        if start <= q.start and q.end <= end:
            text.stylize("underline red", q.start - start, q.end - start)
    return text
