"""Browser tests: Playwright driving Debian's Chromium, headless, against the live test server.

axe-core (vendored in ``vendor/``, refreshed by ``make vendor``) checks each page; requests that
would leave 127.0.0.1 are recorded and aborted, so a page that loads anything from elsewhere fails.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

CHROMIUM = os.environ.get("ANDEREBRIL_CHROMIUM", "/usr/bin/chromium")
AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `apt-get install chromium`")
    # Playwright's sync API keeps an event loop in this thread while the browser is open; the ORM
    # calls of the tests (and the database teardown) are still synchronous and safe.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class Page:
    """A Playwright page that records every request to a host other than the test server."""

    def __init__(self, page: Any, base_url: str) -> None:
        self.page = page
        self.base_url = base_url
        self.foreign_requests: list[str] = []
        host = urlsplit(base_url).hostname

        def guard(route: Any) -> None:
            url = route.request.url
            if url.startswith(("data:", "blob:")) or urlsplit(url).hostname == host:
                route.continue_()
            else:
                self.foreign_requests.append(url)
                route.abort()

        page.route("**/*", guard)

    def goto(self, path: str) -> Any:
        return self.page.goto(self.base_url + path)

    def axe_violations(self, impacts: tuple[str, ...] = ("serious", "critical")) -> list[str]:
        self.page.add_script_tag(content=AXE_SOURCE)
        result = self.page.evaluate(
            "async () => await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', "
            "'wcag21aa', 'best-practice']})"
        )
        return [
            f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]
            if v["impact"] in impacts
        ]


@pytest.fixture
def page(browser: Any, live_server: Any) -> Iterator[Page]:
    context = browser.new_context(locale="nl-NL", bypass_csp=True)
    wrapped = Page(context.new_page(), live_server.url)
    yield wrapped
    context.close()
    assert not wrapped.foreign_requests, f"requests left the server: {wrapped.foreign_requests}"
