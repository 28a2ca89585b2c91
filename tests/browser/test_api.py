"""A school manager makes and revokes an API token; the page passes axe."""

from __future__ import annotations

import re

import pytest

from anderebril.accounts.models import User
from anderebril.api.models import ApiToken
from tests.browser.conftest import Page
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_manager_makes_and_revokes_a_token_and_the_page_passes_axe(
    page: Page, alice: User
) -> None:
    page.goto("/account/inloggen/?next=/api/v1/tokens/beheer/")
    page.page.get_by_label("E-mailadres").fill(alice.email)
    page.page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.page.get_by_role("button", name="Inloggen").click()
    page.page.wait_for_url("**/api/v1/tokens/beheer/")
    assert page.axe_violations() == []
    page.page.get_by_label("Naam van de sleutel").fill("Roosterkoppeling")
    page.page.get_by_role("button", name="Sleutel maken").click()
    secret = page.page.get_by_label("Je nieuwe API-sleutel").input_value()
    assert re.fullmatch(r"ab_[A-Za-z0-9_-]{43}", secret)
    assert page.axe_violations() == []
    page.page.get_by_role("button", name="Trek ‘Roosterkoppeling’ in").click()
    page.page.wait_for_url("**/api/v1/tokens/beheer/?organisatie=*")
    assert "Ingetrokken op" in page.page.content() and secret not in page.page.content()
    assert ApiToken.objects.get().revoked_at is not None
    assert page.axe_violations() == []


def test_the_api_page_passes_axe_loads_nothing_from_elsewhere_and_links_the_openapi_json(
    page: Page,
) -> None:
    styles: list[int] = []
    page.page.on(
        "response", lambda r: styles.append(r.status) if r.url.endswith("/api.css") else None
    )
    page.goto("/api/v1/")
    assert page.page.get_by_role("heading", level=1).inner_text() == "API"
    assert styles == [200]
    assert page.axe_violations() == []

    page.page.get_by_role("link", name="Het OpenAPI-document (JSON)").click()
    page.page.wait_for_url("**/api/v1/openapi.json")
    assert '"openapi"' in page.page.content()
