"""The annotated text: every character kept once, spans nested or cut in fragments, no link in a link."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from duiding.web.annotate import annotated, paragraphs_of, spans_of

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store-readings.jsonl"


class Tree(HTMLParser):
    """The text of the HTML, the open-tag stack at each element, and each element's attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.stack: list[str] = []
        self.elements: list[tuple[str, dict[str, str], list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}, list(self.stack)))
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Tree:
    tree = Tree()
    tree.feed(html)
    assert tree.stack == [], "every element is closed"
    return tree


def reading(text: str, **layers: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "article": {"id": "x", "text": text},
        "sentences": [{"index": 0, "start": 0, "end": len(text), "paragraph": 0, "kind": "paragraph"}],
        "entities": [],
        "times": [],
        "quantities": [],
        "quotes": [],
        "events": [],
    }
    return base | layers


def test_the_fixture_text_comes_back_whole_and_well_nested() -> None:
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        text = r["article"]["text"]
        for para, (start, end, _) in zip(annotated(r, {}), paragraphs_of(r), strict=True):
            tree = parse(str(para.html))
            assert "".join(tree.text) == text[start:end]
        # Every annotation of the reading is written, its first fragment under its own id.
        html = "".join(str(p.html) for p in annotated(r, {}))
        for span in spans_of(r, {}):
            assert f'id="{span.uid}"' in html, span.uid


def test_a_span_crossing_another_is_cut_into_fragments() -> None:
    text = "Zij zei: 'Morgen komt Jan. Dan praten we.' Einde."
    quote = {"id": "c1", "start": 9, "end": 42, "text": text[9:42], "sentence": 0, "kind": "direct"}
    r = reading(
        text,
        sentences=[
            {"index": 0, "start": 0, "end": 27, "paragraph": 0},
            {"index": 1, "start": 28, "end": 50, "paragraph": 0},
        ],
        quotes=[quote],
    )
    (para,) = annotated(r, {})
    tree = parse(str(para.html))
    assert "".join(tree.text) == text
    fragments = [a for tag, a, _ in tree.elements if a.get("data-ann") == "c1"]
    assert len(fragments) == 3  # in the first sentence, the space between, in the second
    assert fragments[0].get("id") == "c1" and fragments[0].get("tabindex") == "0"
    for later in fragments[1:]:
        assert "cont" in later["class"] and "id" not in later and "tabindex" not in later


def test_a_name_inside_a_linked_name_is_no_nested_link() -> None:
    text = "De Wit-Russische president sprak."
    outer = {"start": 0, "end": 26, "text": text[:26], "sentence": 0, "kind": "nominal"}
    inner = {"start": 3, "end": 16, "text": "Wit-Russische", "sentence": 0, "kind": "demonym"}
    r = reading(
        text,
        entities=[
            {"id": "e1", "name": "Loekasjenko", "type": "PER", "kb_id": "K1", "mentions": [outer]},
            {"id": "e2", "name": "Wit-Rusland", "type": "LOC", "kb_id": "K2", "mentions": [inner]},
        ],
    )
    tree = parse(str(annotated(r, {"e1": "K1", "e2": "K2"})[0].html))
    for tag, _, above in tree.elements:
        if tag == "a":
            assert "a" not in above, "a link inside a link"
    inner_el = next(a for t, a, _ in tree.elements if a.get("data-entity") == "K2")
    assert inner_el["data-href"] == "/entities/K2" and inner_el["tabindex"] == "0"


def test_text_and_descriptions_are_escaped() -> None:
    text = 'A <b>"bold"</b> & 5 > 3 claim.'
    r = reading(
        text,
        quantities=[{"id": "q1", "start": 23, "end": 24, "text": "3", "sentence": 0, "value": 3, "counts": "<x>"}],
    )
    html = str(annotated(r, {})[0].html)
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert "counts &lt;x&gt;" in html
    assert "".join(parse(html).text) == text


def test_descriptions_say_value_identity_and_roles() -> None:
    (r,) = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()[:1]]
    spans = {s.uid: s for s in spans_of(r, {})}
    assert "identity: Q12861" in spans["e1-m0"].tip and "president" in spans["e1-m0"].tip
    assert "one of 2020-09-07, 2020-09-14" in spans["t1"].tip  # an uncertain weekday
    assert "counts lening" in spans["q1"].tip and "USD" in spans["q1"].tip
    loan = spans["v2"].tip
    assert "AID" in loan and "actors: Vladimir Poetin" in loan and "targets: Aleksandr Loekasjenko" in loan
    assert "by Svetlana Tichanovskaja" in spans["c1"].tip and "channel: Telegram" in spans["c1"].tip
