"""The network pages pass axe-core for a member (kennisbank and events have their own files)."""

from __future__ import annotations

import pytest

from anderebril.accounts.models import User
from anderebril.network.models import Person
from tests.browser.conftest import Page
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_network_pages_pass_axe_for_a_member(page: Page, alice: User) -> None:
    Person.objects.create(name="Fenna Visser", listed=True, what_you_do="Docent")
    page.goto("/account/inloggen/?next=/netwerk/")
    page.page.get_by_label("E-mailadres").fill(alice.email)
    page.page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.page.get_by_role("button", name="Inloggen").click()
    page.page.wait_for_url("**/netwerk/")
    assert "Fenna Visser" in page.page.content()
    assert page.axe_violations() == []
    for path in ("/netwerk/mijn-profiel/", "/netwerk/mijn-gegevens/", "/netwerk/regios/"):
        page.goto(path)
        assert page.axe_violations() == [], path
