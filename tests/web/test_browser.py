"""The pages in a real browser (Debian's chromium): the real content of each page, on the
hand-filled readings and on the demo corpus; no request leaves this machine and no page logs a
console error; a first-time user's path from the search to the network and back; the text views
without JavaScript."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser, Locator, Page, Playwright, expect, sync_playwright

from duiding.pipeline import model_available
from tests.web.browser import Watch, accessibility_problems, launch, screenshot, watched
from tests.web.server import LiveServer

NO_MODEL = "the demo corpus names Loekasjenko as a person only with the trained backbone (src/duiding/models/nl_news)"


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    b = launch(playwright)
    yield b
    b.close()


@pytest.fixture(params=["fixture", "demo"])
def site(request: pytest.FixtureRequest) -> tuple[str, LiveServer]:
    return request.param, request.getfixturevalue(f"{request.param}_server")


@pytest.fixture
def tab(browser: Browser) -> Iterator[tuple[Page, Watch]]:
    """A page in a fresh context; after the test, no request may have left and no error been logged."""
    with watched(browser) as (context, watch):
        yield context.new_page(), watch
    assert watch.off_host == [], f"requests that left this machine: {watch.off_host}"
    assert watch.console_errors == [], f"console errors: {watch.console_errors}"


def after_tip(span: Locator) -> str:
    """The description a highlighted span shows (its ::after content) while hovered or focused."""
    return str(span.evaluate("el => getComputedStyle(el, '::after').content"))


PAGES: list[tuple[str, str, str]] = [
    # (name, path, a heading the page must show)
    ("search", "/?q=Loekasjenko", "Search the articles"),
    ("article", "/articles/seed-article", ""),
    ("entities", "/entities", "Entities"),
    ("events", "/events", "Events"),
    ("network", "/network", "Actor network"),
    ("map", "/map", "Places"),
    ("numbers", "/numbers", "Numbers"),
]


@pytest.mark.parametrize(("name", "path", "heading"), PAGES, ids=[p[0] for p in PAGES])
def test_each_page_renders_its_content(
    site: tuple[str, LiveServer], tab: tuple[Page, Watch], name: str, path: str, heading: str
) -> None:
    store, server = site
    page, watch = tab
    response = page.goto(server.url + path)
    assert response is not None and response.status == 200
    assert server.url + "/static/duiding.css" in watch.requests, "the request watch sees what the page loads"
    h1 = page.locator("h1")
    expect(h1).to_have_count(1)
    if heading:
        expect(h1).to_contain_text(heading)
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    expect(page.locator("a[data-twin]")).to_have_attribute("href", re.compile(r"format=json"))
    check = CONTENT.get((store, name))
    if check:
        check(page)
    if page.locator("[data-network]").count():
        expect(page.locator("[data-network]").first).to_have_attribute("data-drawn", re.compile(r"^[1-9]"))
    screenshot(page, f"{store}-{name}")


def _fixture_search(page: Page) -> None:
    expect(page.locator("ol.hits > li")).to_have_count(3)
    expect(page.locator("ol.hits mark").first).to_have_text("Loekasjenko")
    expect(page.locator(".chart svg rect.bar")).not_to_have_count(0)


def _fixture_article(page: Page) -> None:
    mention = page.locator("article a.ent-PER[data-entity='Q12861']").first
    expect(mention).to_contain_text("Loekasjenko")
    expect(page.locator("article .event[data-type='AID']")).to_have_text("lening")
    expect(page.locator("article .time.uncertain").first).to_be_visible()
    # Seven PLOVER-typed events listed, the one without a PLOVER type folded away.
    expect(page.locator("#p-events + ol > li")).to_have_count(7)
    expect(page.locator("section[aria-labelledby='p-events'] details ol > li")).to_have_count(1)


def _fixture_events(page: Page) -> None:
    rows = page.locator("#events tbody tr")
    expect(rows).not_to_have_count(0)
    dates = [d for d in page.locator("#events tbody tr td:first-child time").all_inner_texts()]
    assert dates == sorted(dates)
    page.get_by_role("link", name=re.compile("Sort newest first")).click()
    newest = page.locator("#events tbody tr td:first-child time").all_inner_texts()
    assert newest == sorted(newest, reverse=True) and newest


def _fixture_network(page: Page) -> None:
    expect(page.locator("#edges tbody tr")).not_to_have_count(0)
    expect(page.locator(".legend li").first).to_be_visible()


def _fixture_map(page: Page) -> None:
    expect(page.locator("svg.world circle.place")).not_to_have_count(0)
    expect(page.locator("svg.detail circle.place")).not_to_have_count(0)  # Utrecht, from GeoNames
    expect(page.locator("#places")).to_contain_text("Minsk")


def _fixture_numbers(page: Page) -> None:
    group = page.locator("section.group", has_text="betogers")
    expect(group.locator(".badge.disputed")).to_be_visible()
    expect(group.locator(".value", has_text="774")).to_be_visible()
    expect(group.locator(".value", has_text="500")).to_be_visible()


def _demo_search(page: Page) -> None:
    expect(page.locator("ol.hits > li").first).to_contain_text("Loekasjenko")


def _demo_article(page: Page) -> None:
    expect(page.locator("article.text")).to_contain_text("Loekasjenko")
    expect(page.locator("article .ann").first).to_be_visible()


CONTENT: dict[tuple[str, str], Any] = {
    ("fixture", "search"): _fixture_search,
    ("fixture", "article"): _fixture_article,
    ("fixture", "events"): _fixture_events,
    ("fixture", "network"): _fixture_network,
    ("fixture", "map"): _fixture_map,
    ("fixture", "numbers"): _fixture_numbers,
    ("demo", "search"): _demo_search,
    ("demo", "article"): _demo_article,
}


def _lukashenko(store: str, kb_id: str) -> None:
    """The mention is linked to Lukashenko's identity: the fixture's id, or the knowledge base's."""
    if store == "fixture":
        assert kb_id == "Q12861"
        return
    from duiding.kb import default_kb

    entity = default_kb().entity(kb_id)
    assert entity is not None and entity.type == "PER" and "lukash" in entity.name.lower(), entity


def test_yardstick_article_and_entity(site: tuple[str, LiveServer], tab: tuple[Page, Watch]) -> None:
    """Loekasjenko is highlighted as a person linked to the Lukashenko entity; hovering and the
    keyboard show what was read; his page has the meeting and the loan on its timeline."""
    store, server = site
    if store == "demo" and not model_available():
        pytest.skip(NO_MODEL)
    page, _ = tab
    page.goto(server.url + "/articles/seed-article")
    mention = page.locator("article a.ent-PER", has_text="Loekasjenko").first
    expect(mention).to_be_visible()
    _lukashenko(store, mention.get_attribute("data-kb-id") or "")
    key = mention.get_attribute("data-entity")
    assert key and mention.get_attribute("href") == f"/entities/{quote(key, safe='')}"

    mention.hover()
    hovered = after_tip(mention)
    assert "PER" in hovered and "identity" in hovered
    # The keyboard reaches the highlighted spans, and focus shows the same description.
    page.locator("body").click(position={"x": 5, "y": 5})
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('ann')"):
            break
    focused = page.evaluate("getComputedStyle(document.activeElement, '::after').content")
    assert focused not in ("none", "normal", "") and len(focused) > 5

    mention.click()
    expect(page).to_have_url(re.compile(r"/entities/"))
    timeline = page.locator("#timeline")
    expect(timeline.locator("li[data-event-type='CONSULT']").first).to_be_visible()
    expect(timeline.locator("li[data-event-type='AID']", has_text="lening").first).to_be_visible()
    if store == "fixture":
        expect(timeline.locator("li[data-event-type='CONSULT']", has_text="onderhoud")).to_have_count(1)
    screenshot(page, f"{store}-entity")


def test_first_time_user_walk(site: tuple[str, LiveServer], tab: tuple[Page, Watch]) -> None:
    """Search -> article -> entity -> network -> and back, without a dead end."""
    store, server = site
    page, _ = tab
    page.goto(server.url + "/")
    page.get_by_label("Search", exact=True).fill("Loekasjenko")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(r"q=Loekasjenko"))
    page.locator("ol.hits a[href='/articles/seed-article']").click()
    expect(page).to_have_url(re.compile(r"/articles/seed-article$"))

    first_entity = page.locator("#p-entities + ul a[data-entity]").first
    expect(first_entity).to_be_visible()
    name = first_entity.inner_text()
    first_entity.click()
    expect(page).to_have_url(re.compile(r"/entities/"))
    expect(page.locator("h1")).to_be_visible()
    assert name.split()[-1] in page.locator("main").inner_text()
    screenshot(page, f"{store}-walk-entity")

    page.get_by_role("link", name="Its network").click()
    expect(page).to_have_url(re.compile(r"/network\?entity="))
    expect(page.locator("h1")).to_contain_text("Actor network")
    screenshot(page, f"{store}-walk-network")

    # Back, the way the user came, to the search with the query still in place...
    for expected in (r"/entities/", r"/articles/seed-article", r"q=Loekasjenko"):
        page.go_back()
        expect(page).to_have_url(re.compile(expected))
    expect(page.get_by_label("Search", exact=True)).to_have_value("Loekasjenko")
    # ... and every page on the way offers a way on: the network leads back to the entity.
    page.go_forward()
    page.go_forward()
    page.go_forward()
    page.get_by_role("link", name=re.compile("^back to ")).click()
    expect(page).to_have_url(re.compile(r"/entities/"))


def test_text_views_work_without_javascript(fixture_server: LiveServer, browser: Browser) -> None:
    with watched(browser, javascript=False) as (context, watch):
        page = context.new_page()
        page.goto(fixture_server.url + "/")
        page.get_by_label("Search", exact=True).fill("betogers")
        page.get_by_role("button", name="Show").click()
        expect(page.locator("ol.hits > li")).not_to_have_count(0)
        page.goto(fixture_server.url + "/articles/seed-article")
        expect(page.locator("article a.ent-PER").first).to_be_visible()
        # The side panel's links take the reader to the sentence, which is highlighted.
        page.locator("#p-numbers + ol a", has_text="774").click()
        expect(page).to_have_url(re.compile(r"#s14$"))
        assert page.evaluate("getComputedStyle(document.getElementById('s14')).backgroundColor") != "rgba(0, 0, 0, 0)"
        # Layers can be switched off without script.
        page.get_by_role("checkbox", name="Times").uncheck()
        assert page.evaluate("getComputedStyle(document.querySelector('.time')).backgroundColor") == "rgba(0, 0, 0, 0)"
        page.goto(fixture_server.url + "/network")
        expect(page.locator("#edges tbody tr")).not_to_have_count(0)
        page.goto(fixture_server.url + "/events")
        expect(page.locator("#events tbody tr")).not_to_have_count(0)
        screenshot(page, "fixture-events-without-javascript")
    assert watch.off_host == [] and watch.console_errors == []


A11Y_PAGES = [path for _, path, _ in PAGES] + ["/entities/Q12861", "/no/such/page"]


@pytest.mark.parametrize("path", A11Y_PAGES)
def test_pages_pass_the_accessibility_checks(site: tuple[str, LiveServer], browser: Browser, path: str) -> None:
    """Labels, names, roles and contrast, as axe-core checks them (WCAG 2.1 A and AA)."""
    store, server = site
    if store == "demo" and path == "/entities/Q12861":
        path = "/entities/" + quote(_most_named(server), safe="")
    # The checker is injected as an inline script, which the pages' own policy would refuse.
    with watched(browser, bypass_csp=True) as (context, watch):
        page = context.new_page()
        response = page.goto(server.url + path)
        assert response is not None
        assert accessibility_problems(page) == []
    # An error page's own status is the one error its console may show.
    status = f"status of {response.status}"
    assert watch.off_host == []
    assert [e for e in watch.console_errors if not (response.status >= 400 and status in e)] == []


def _most_named(server: LiveServer) -> str:
    import httpx

    items = httpx.get(server.url + "/api/entities", params={"limit": 1}, timeout=60).json()["items"]
    return str(items[0]["key"])


def test_the_watch_sees_a_request_that_leaves_and_a_console_error(browser: Browser) -> None:
    """The checks above can fail: a page that loads from elsewhere is caught (and stopped)."""
    with watched(browser) as (context, watch):
        page = context.new_page()
        page.set_content('<img src="http://203.0.113.7/pixel.png"><script>console.error("broken")</script>')
        page.wait_for_timeout(200)
    assert watch.off_host == ["http://203.0.113.7/pixel.png"]
    assert any("broken" in e for e in watch.console_errors)
