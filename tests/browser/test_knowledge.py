"""The kennisbank: search finds the seed content; list, results and item pass axe-core."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from tests.browser.conftest import Page

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_kennisbank_search_finds_seed_content_and_passes_axe(page: Page) -> None:
    call_command("load_knowledge", verbosity=0)
    page.goto("/kennisbank/")
    assert page.axe_violations() == []
    page.page.get_by_label("Zoekwoorden").fill("vooroordelen")
    page.page.get_by_role("button", name="Zoeken").click()
    page.page.wait_for_url("**/kennisbank/?q=vooroordelen*")
    assert "Word je bewust van je onbewuste vooroordelen" in page.page.content()
    assert page.axe_violations() == []
    page.page.get_by_role("link", name="Word je bewust van je onbewuste vooroordelen").click()
    page.page.wait_for_url("**/kennisbank/bewust-van-onbewuste-vooroordelen/")
    assert page.axe_violations() == []


def test_a_search_without_results_says_so(page: Page) -> None:
    call_command("load_knowledge", verbosity=0)
    page.goto("/kennisbank/?q=fietsenmaker")
    assert "0 resultaten voor ‘fietsenmaker’" in page.page.content()
    assert page.axe_violations() == []
