"""A visitor pastes a vacancy into the taalscan, reads the highlights, follows them by keyboard."""

from __future__ import annotations

import pytest

from tests.browser.conftest import Page

pytestmark = pytest.mark.django_db(transaction=True)

VACANCY = (
    "Vacature: vakman installatietechniek (m/v)\n\n"
    "Wij zoeken een ervaren vakman voor ons team. Je bent competitief en zorgzaam."
)


def scan(page: Page, text: str = VACANCY) -> None:
    page.goto("/taalscan/")
    page.page.get_by_label("Tekst", exact=True).fill(text)
    page.page.get_by_role("button", name="Scan de tekst").click()
    page.page.locator("#resultaat-titel").wait_for()


def test_the_empty_taalscan_form_passes_axe(page: Page) -> None:
    page.goto("/taalscan/")
    assert page.page.get_by_role("heading", level=1).inner_text() == "Taalscan"
    assert page.axe_violations() == []


def test_pasting_a_vacancy_shows_highlighted_findings_that_pass_axe(page: Page) -> None:
    scan(page)
    marks = page.page.locator("a.ts-mark")
    assert marks.count() >= 2
    assert marks.first.is_visible()
    assert page.page.locator("a.ts-mark--gendered-term").first.inner_text().startswith("vakman")
    # htmx swapped the result in place and moved focus to its heading.
    assert page.page.evaluate("document.activeElement.id") == "resultaat-titel"
    assert page.axe_violations() == []


def test_the_result_also_arrives_without_javascript(browser: object, live_server: object) -> None:
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")  # type: ignore[attr-defined]
    wrapped = Page(context.new_page(), live_server.url)  # type: ignore[attr-defined]
    try:
        scan(wrapped)
        assert wrapped.page.url.endswith("/taalscan/#resultaat")
        assert wrapped.page.locator("a.ts-mark").count() >= 2
    finally:
        context.close()
    assert not wrapped.foreign_requests


def test_tab_reaches_the_first_highlight_and_enter_opens_its_finding(page: Page) -> None:
    scan(page)
    first = page.page.locator("a.ts-mark").first
    target = first.get_attribute("href")
    assert target and target.startswith("#vondst-")
    # Focus sits on the result heading after the scan; a keyboard user tabs on from there, past
    # the summary links and the download buttons, to the first highlight.
    assert page.page.evaluate("document.activeElement.id") == "resultaat-titel"
    for _ in range(20):
        page.page.keyboard.press("Tab")
        if page.page.evaluate("document.activeElement.classList.contains('ts-mark')"):
            break
    assert page.page.evaluate("document.activeElement.getAttribute('href')") == target
    page.page.keyboard.press("Enter")
    page.page.wait_for_function(f"location.hash === '{target}'")
    assert page.page.evaluate("document.activeElement.id") == target.removeprefix("#")
    # And the finding links back to its place in the text.
    page.page.locator(f"{target} .ts-back a").click()
    assert page.page.evaluate("document.activeElement.id") == first.get_attribute("id")
