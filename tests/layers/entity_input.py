"""Input construction for entity-layer tests: a Doc whose `doc.ents` are set by hand, as the
backbone's recogniser would set them. (Constructing input, not mocking: the layer under
test runs for real on it, with the real knowledge base.)"""

from __future__ import annotations

import json
import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from duiding.dates import PartialDate
from duiding.pipeline import load, make_doc
from duiding.records import Article


def blank() -> Language:
    return load("blank", layers=False)


def doc_with_names(
    text: str, names: list[tuple[str, str]], published: str | None = None, nlp: Language | None = None
) -> Doc:
    """Tokenise `text` and mark every occurrence of each (surface, label), longest first."""
    nlp = nlp or blank()
    article = Article(id="t", text=text, published=PartialDate.parse(published) if published else None)
    doc = nlp(make_doc(nlp, article))
    spans = []
    taken: set[int] = set()
    for surface, label in sorted(names, key=lambda n: -len(n[0])):
        for m in re.finditer(r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])", text):
            span = doc.char_span(m.start(), m.end(), label=label)
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            spans.append(span)
            taken.update(range(span.start, span.end))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def corpus(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
