"""Debian's chromium driven by playwright (never `playwright install`), watching every request
and the console: a page test fails on any request that leaves this machine and on any console
error. Screenshots go to test-artifacts/screenshots/ (git-ignored)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, Playwright, Request, Route

CHROMIUM = "/usr/bin/chromium"
OPTIONAL_ENV = "DUIDING_BROWSER_OPTIONAL"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"  # scripts/vendor_js.sh
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def launch(playwright: Playwright) -> Browser:
    if not Path(CHROMIUM).exists():
        if os.environ.get(OPTIONAL_ENV) == "1":
            pytest.skip(f"{CHROMIUM} is not installed and {OPTIONAL_ENV}=1 makes the browser tests optional")
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (.ci/run does)")
    # `launch` starts chromium with a fresh, temporary user-data directory.
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)


@dataclass
class Watch:
    """What pages asked for and what their consoles said."""

    requests: list[str] = field(default_factory=list)
    off_host: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def route(self, route: Route, request: Request) -> None:
        self.requests.append(request.url)
        if urlsplit(request.url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            self.off_host.append(request.url)
            route.abort()

    def console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.console_errors.append(f"{message.text} at {message.location}")

    def page_error(self, error: Exception) -> None:
        self.console_errors.append(f"uncaught: {error}")


@contextmanager
def watched(
    browser: Browser, *, javascript: bool = True, bypass_csp: bool = False
) -> Iterator[tuple[BrowserContext, Watch]]:
    context = browser.new_context(
        viewport={"width": 1280, "height": 860}, java_script_enabled=javascript, bypass_csp=bypass_csp
    )
    watch = Watch()
    context.route("**/*", watch.route)
    context.on("page", lambda p: (p.on("console", watch.console), p.on("pageerror", watch.page_error)))
    try:
        yield context, watch
    finally:
        context.close()


def accessibility_problems(page: Page) -> list[str]:
    """What axe-core (run in the page) finds against WCAG 2.1 A and AA: labels, contrast, roles, names."""
    page.add_script_tag(path=AXE)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_AA)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
    ]


def screenshot(page: Page, name: str, *, full_page: bool = True) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=path, full_page=full_page)
    return path
