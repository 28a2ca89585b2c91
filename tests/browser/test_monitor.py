"""The monitor in a real browser: national dashboard and a school page pass axe-core."""

from __future__ import annotations

import pytest

from anderebril.monitor import defaults
from anderebril.monitor.importer import import_file
from anderebril.monitor.models import Definition, DefinitionRule
from tests.browser.conftest import Page
from tests.monitor.files import build

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def figures() -> None:
    defaults.install(Definition, DefinitionRule)  # a flush by an earlier browser test removes them
    import_file(build(), "mbo-studenten.csv")
    import_file(build(diplomas=True), "gediplomeerden.csv")


@pytest.mark.usefixtures("figures")
def test_the_national_dashboard_and_a_school_page_pass_axe(page: Page) -> None:
    page.goto("/monitor/")
    assert page.page.get_by_role("heading", level=1).inner_text() == "Monitor: vrouwen in het mbo"
    assert page.page.get_by_role("img", name="Aandeel vrouwen per jaar").first.is_visible()
    assert page.axe_violations() == []

    page.page.get_by_label("Gegevens", exact=True).select_option("diplomas")
    page.page.get_by_label("Definitie", exact=True).select_option("it")
    page.page.get_by_role("button", name="Toon").click()
    page.page.wait_for_url("**gegevens=diplomas**")
    assert "gediplomeerden" in page.page.content()
    assert page.axe_violations() == []

    page.goto("/monitor/scholen/")
    page.page.get_by_role("link", name="Techniekcollege Test").first.click()
    page.page.wait_for_url("**/monitor/school/98ZZ/")
    assert page.page.get_by_role("heading", level=1).inner_text() == "Techniekcollege Test"
    assert page.axe_violations() == []
