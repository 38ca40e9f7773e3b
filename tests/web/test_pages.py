"""Every page over HTTP: its HTML, its JSON twin, its errors, and what it shows from the store."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

import httpx
import pytest

PAGES = [
    "/",
    "/?q=Loekasjenko",
    "/articles/seed-article",
    "/entities",
    "/entities/Q12861",
    "/events",
    "/network",
    "/map",
    "/numbers",
]


class Links(HTMLParser):
    """Every URL a page would load (src, stylesheet and icon hrefs) and every link it offers."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "src" in a:
            self.loads.append(a["src"])
        if tag == "link":
            self.loads.append(a.get("href", ""))
        elif tag == "a" and "href" in a:
            self.links.append((a["href"], a.get("rel", "")))


def parsed(html: str) -> Links:
    p = Links()
    p.feed(html)
    return p


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_html_and_a_json_twin(http: httpx.Client, path: str) -> None:
    page = http.get(path)
    assert page.status_code == 200, page.text
    assert page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    links = parsed(page.text)
    twin = next(href for href, _ in links.links if "format=json" in href)
    by_query = http.get(twin)
    by_accept = http.get(path, headers={"Accept": "application/json"})
    assert by_query.status_code == by_accept.status_code == 200
    assert by_query.headers["content-type"] == "application/json"
    assert by_query.json() == by_accept.json() and by_query.json()


@pytest.mark.parametrize("path", PAGES)
def test_pages_load_nothing_from_elsewhere(http: httpx.Client, path: str) -> None:
    links = parsed(http.get(path).text)
    assert links.loads, "every page loads at least its stylesheet"
    for url in links.loads:
        assert url.startswith("/") and not url.startswith("//"), url
    for href, rel in links.links:
        # The one link that leaves: an article's original, marked as external.
        assert not href.startswith(("http:", "https:", "//")) or "external" in rel, href


BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def test_errors_are_pages_with_the_api_error_and_its_fix(http: httpx.Client) -> None:
    page = http.get("/articles/no-such-article", headers=BROWSER)
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    twin = http.get("/articles/no-such-article", params={"format": "json"}, headers=BROWSER)
    body = twin.json()
    assert twin.status_code == 404 and set(body) == {"error", "fix", "source"}
    assert body["error"] in page.text.replace("&#39;", "'") and body["fix"] in page.text
    # A client that does not ask for HTML gets the API's JSON error, on pages and under /api.
    assert http.get("/articles/no-such-article").json() == body
    api = http.get("/api/articles/no-such-article", headers=BROWSER)
    assert api.status_code == 404 and api.json() == body
    bad = http.get("/events", params={"order": "sideways"}, headers=BROWSER)
    assert bad.status_code == 400 and "order=asc" in bad.text and "<html" in bad.text
    date = http.get("/", params={"date_from": "2020-13"}, headers=BROWSER)
    assert date.status_code == 400 and "date_from" in date.text
    missing = http.get("/no/such/page", headers=BROWSER)
    assert missing.status_code == 404 and 'href="/"' in missing.text


def test_search_highlights_counts_over_time_and_facets(http: httpx.Client) -> None:
    view = http.get("/", params={"q": "Loekasjenko", "format": "json"}).json()
    assert view["result"]["total"] == 3
    assert sum(p["count"] for p in view["over_time"]["periods"]) == 3
    assert view["over_time"]["unit"] == "month"
    assert view["result"]["facets"]["entity"][0]["key"] == "Q12861"
    html = http.get("/", params={"q": "Loekasjenko"}).text
    assert "<mark>Loekasjenko</mark>" in html
    assert 'href="/articles/seed-article"' in html
    # A facet narrows the same search.
    assert "/?q=Loekasjenko&amp;entity=Q12861" in html


def test_article_page_links_each_mention_to_its_entity(http: httpx.Client) -> None:
    html = http.get("/articles/seed-article").text
    mentions = re.findall(r'<a id="e1-m\d+" class="ann ent ent-PER[^"]*"[^>]*data-entity="([^"]+)"[^>]*>', html)
    assert mentions and set(mentions) == {"Q12861"}
    assert 'href="/entities/Q12861"' in html
    # Side panel: each event links to its sentence, which the text anchors.
    assert 'href="#s5" data-event="v2"' in html and 'id="s5"' in html
    assert "month precision" in html


def test_entity_timeline_shows_the_meeting_and_the_loan(http: httpx.Client) -> None:
    view = http.get("/entities/Q12861", params={"format": "json"}).json()
    events = {(e["type"], e["trigger"]) for e in view["timeline"]["items"]}
    assert ("CONSULT", "onderhoud") in events and ("AID", "lening") in events
    dates = [e["date"]["value"] for e in view["timeline"]["items"]]
    assert dates == sorted(dates)
    assert {c["key"] for c in view["profile"]["co_actors"]} >= {"Q7747"}
    assert view["network"]["edges"] and all(e["colour"].startswith("#") for e in view["network"]["edges"])


def test_events_export_to_csv_in_date_order(http: httpx.Client) -> None:
    view = http.get("/events", params={"format": "json"}).json()
    asc = list(csv.DictReader(io.StringIO(http.get("/events", params={"format": "csv"}).text)))
    desc = list(csv.DictReader(io.StringIO(http.get("/events", params={"format": "csv", "order": "desc"}).text)))
    assert len(asc) == len(desc) == view["result"]["total"] > 0
    firsts = [row["date"] for row in asc]
    assert firsts[0] <= firsts[-1] and desc[0]["date"] >= desc[-1]["date"]
    coerce = http.get("/events", params={"event_type": "COERCE", "format": "csv"}).text
    rows = list(csv.DictReader(io.StringIO(coerce)))
    assert rows and {r["type"] for r in rows} == {"COERCE"}
    assert any(r["article"] == "seed-article" and r["sentence_index"] == "14" for r in rows)


def test_network_edges_are_typed_and_coloured(http: httpx.Client) -> None:
    view = http.get("/network", params={"date_from": "2020-09", "date_to": "2020-09", "format": "json"}).json()
    assert view["edges"]
    legend = {item["type"]: item["colour"] for item in view["legend"]}
    for edge in view["edges"]:
        assert legend[edge["type"]] == edge["colour"]
    assert len(set(legend.values())) == len(legend)


def test_numbers_put_disputed_figures_side_by_side(http: httpx.Client) -> None:
    view = http.get("/numbers", params={"counts": "betogers", "format": "json"}).json()
    (group,) = view["result"]["groups"]
    assert group["contested"] and {v["value"] for v in group["values"]} >= {774, 500}
    assert all(r["sentence_index"] is not None for r in group["reports"])
    html = http.get("/numbers", params={"counts": "betogers"}).text
    assert "disputed" in html and html.count('class="value"') == len(group["values"])


def test_map_places_each_place_where_it_can(http: httpx.Client) -> None:
    view = http.get("/map", params={"format": "json"}).json()
    by_name = {p["name"]: p for p in view["places"]}
    assert by_name["Minsk"]["located"]["how"] == "within-country" and by_name["Minsk"]["country"] == "BY"
    assert by_name["Utrecht"]["located"]["how"] == "place"  # GeoNames coordinates
    assert 51 < by_name["Utrecht"]["located"]["lat"] < 53
    assert view["countries"]["BY"] >= 3
    html = http.get("/map").text
    assert html.count('<path class="land') > 150 and 'class="land hit"' in html
