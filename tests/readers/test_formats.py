from __future__ import annotations

import json
from pathlib import Path

from duiding.errors import InputError
from duiding.readers import read, read_bytes
from duiding.records import Article


def _one(path: Path | str) -> Article:
    items = list(read(path))
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def test_yardstick_header_lede_and_intertitles(seed_path: Path) -> None:
    a = _one(seed_path)
    assert a.published is not None
    assert (a.published.value, a.published.precision) == ("2020-09", "month")
    assert str(a.published.first) == "2020-09-01" and str(a.published.last) == "2020-09-30"
    assert a.lede is not None and a.lede.startswith("Nu de protesten") and a.lede.endswith("koeltjes.")
    assert a.text.startswith(a.lede)
    intertitles = [a.text[b.start : b.end] for b in a.blocks if b.kind == "intertitle"]
    assert intertitles == ["Ongeziene protesten", "Moeilijk balanceren"]
    assert a.blocks[0].kind == "lede"
    assert a.id == "seed-article"


def test_header_with_full_dutch_date(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(" date dinsdag 15 september 2020 De minister trad af.\n\nDat meldt de krant.", encoding="utf-8")
    a = _one(f)
    assert a.published is not None and (a.published.value, a.published.precision) == ("2020-09-15", "day")
    assert a.lede == "De minister trad af."


def test_header_with_year_only(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(" date 2019 Het jaar begon rustig.", encoding="utf-8")
    a = _one(f)
    assert a.published is not None and (a.published.value, a.published.precision) == ("2019", "year")


def test_plain_text_without_header_takes_a_title(tmp_path: Path) -> None:
    f = tmp_path / "plain.txt"
    f.write_text("Regering valt over stikstof\n\nHet kabinet is gevallen. Dat zei de premier.\n", encoding="utf-8")
    a = _one(f)
    assert a.published is None
    assert a.title == "Regering valt over stikstof"
    assert [b.kind for b in a.blocks] == ["title", "paragraph"]


def test_hard_wrapped_lines_stay_one_paragraph(tmp_path: Path) -> None:
    f = tmp_path / "wrapped.txt"
    f.write_text(
        "De minister zei gisteren in Den Haag dat\nhet kabinet de maatregel\nnog dit jaar invoert.", encoding="utf-8"
    )
    assert [b.kind for b in _one(f).blocks] == ["paragraph"]


def test_jsonl_fields_and_order(tmp_path: Path) -> None:
    f = tmp_path / "corpus.jsonl"
    rows = [
        {
            "id": "a1",
            "text": "Eerste artikel.",
            "title": "Een",
            "date": "2020-09-14",
            "source": "De Krant",
            "url": "https://x.be/1",
        },
        {"text": "Tweede artikel.", "date": "2020-09"},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    items = list(read(f))
    assert [type(i) for i in items] == [Article, Article]
    a, b = items
    assert isinstance(a, Article) and isinstance(b, Article)
    assert (a.id, a.title, a.source, a.url) == ("a1", "Een", "De Krant", "https://x.be/1")
    assert a.published is not None and a.published.precision == "day"
    assert b.id == "corpus-2" and b.published is not None and b.published.precision == "month"


def test_json_array(tmp_path: Path) -> None:
    f = tmp_path / "arr.json"
    f.write_text(json.dumps([{"text": "Een."}, {"text": "Twee."}]), encoding="utf-8")
    assert [i.text for i in read(f) if isinstance(i, Article)] == ["Een.", "Twee."]


def test_html_through_trafilatura() -> None:
    html = """<!DOCTYPE html><html lang="nl"><head><title>Protest in Minsk - De Krant</title>
    <meta property="og:title" content="Protest in Minsk">
    <meta property="article:published_time" content="2020-09-14T08:00:00+02:00"></head>
    <body><nav>Home | Sport</nav><article><h1>Protest in Minsk</h1>
    <p>Zondag kwamen opnieuw tienduizenden mensen de straat op in de hoofdstad van het land.</p>
    <p>De politie pakte honderden betogers op, meldde een mensenrechtengroep in een verklaring.</p>
    </article><footer>Alle rechten voorbehouden</footer></body></html>"""
    items = list(read_bytes(html.encode(), name="page.html"))
    a = items[0]
    assert isinstance(a, Article), a
    assert a.title == "Protest in Minsk"
    assert a.published is not None and a.published.value == "2020-09-14"
    assert "tienduizenden mensen" in a.text and "Alle rechten" not in a.text
    assert "\n\n" in a.text  # paragraphs kept apart


def test_directory_reads_every_format_sorted(tmp_path: Path, seed_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(seed_path.read_bytes())
    (tmp_path / "a.json").write_text(json.dumps({"text": "Een kort bericht."}), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("Nog een bericht.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("verborgen", encoding="utf-8")
    ids = [i.id for i in read(tmp_path) if isinstance(i, Article)]
    assert ids == ["a", "b", "sub/c"]


def test_encodings_are_detected(tmp_path: Path) -> None:
    text = "Café Brussel: “de één” – 5 €."
    cases = {
        "utf8.txt": text.encode("utf-8"),
        "bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "utf16.txt": text.encode("utf-16"),
        "cp1252.txt": text.encode("cp1252"),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        assert _one(tmp_path / name).text == text, name
    (tmp_path / "latin1.txt").write_bytes("Café in Liège, één.".encode("latin-1"))
    assert _one(tmp_path / "latin1.txt").text == "Café in Liège, één."


def test_errors_are_values_not_exceptions(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    items = list(read(tmp_path / "e.txt"))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert "empty" in items[0].problem and items[0].fix
