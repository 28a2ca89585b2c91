"""A visitor logs in, sees the home page and her account; axe-core finds nothing serious."""

from __future__ import annotations

import pytest

from anderebril.accounts.models import User
from tests.browser.conftest import Page
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def test_alice_logs_in_and_the_pages_pass_axe(page: Page, alice: User) -> None:
    page.goto("/")
    assert page.axe_violations() == []

    page.page.get_by_role("link", name="Inloggen").first.click()
    assert page.axe_violations() == []
    page.page.get_by_label("E-mailadres").fill(alice.email)
    page.page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.page.get_by_role("button", name="Inloggen").click()

    page.page.wait_for_url("**/account/")
    assert page.page.get_by_role("heading", level=1).inner_text() == "Mijn account"
    assert "Techniekcollege Test" in page.page.content()
    assert page.axe_violations() == []

    page.goto("/")
    nav = page.page.get_by_role("navigation", name="Hoofdmenu")
    assert nav.get_by_role("link", name="Organisaties").is_visible()
    assert page.axe_violations() == []


def test_the_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page: Page) -> None:
    page.goto("/")
    page.page.keyboard.press("Tab")
    focused = page.page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Naar de inhoud"
    page.page.keyboard.press("Enter")
    assert page.page.evaluate("document.activeElement.id") == "inhoud"


def test_the_statement_pages_pass_axe(page: Page) -> None:
    for path in ("/privacy/", "/toegankelijkheid/"):
        page.goto(path)
        assert page.axe_violations() == [], path
