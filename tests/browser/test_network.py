"""Kennisbank search, an event with its registration form, and the network page pass axe-core."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from anderebril.accounts.models import User
from anderebril.events.constants import EventFormat, EventKind
from anderebril.events.models import Event, Speaker
from anderebril.network.models import Person
from tests.browser.conftest import Page
from tests.conftest import PASSWORD

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
    assert page.axe_violations() == []


def test_registering_for_an_event_works_and_the_pages_pass_axe(page: Page) -> None:
    start = timezone.now() + timedelta(days=7)
    event = Event.objects.create(
        title="Roadshow Oost", slug="roadshow-oost", kind=EventKind.ROADSHOW,
        format=EventFormat.ONLINE, starts_at=start, ends_at=start + timedelta(hours=2),
    )  # fmt: skip
    Speaker.objects.create(event=event, name="Mira Kaya", topic="Stages zonder vooroordeel")
    page.goto("/evenementen/")
    assert page.axe_violations() == []
    page.goto(event.get_absolute_url())
    assert page.axe_violations() == []
    page.page.get_by_label("Naam", exact=True).fill("Dana de Wit")
    page.page.get_by_label("E-mailadres", exact=True).fill("dana@voorbeeld.example")
    page.page.get_by_label("Mijn e-mailadres mag op de contactlijst", exact=False).check()
    page.page.get_by_role("button", name="Aanmelden").click()
    page.page.wait_for_url("**/aanmelding/**")
    assert page.page.get_by_role("heading", level=1).inner_text() == "Je aanmelding"
    assert page.axe_violations() == []
    page.page.get_by_role("link", name="Vul het netwerkmoment in").click()
    assert page.axe_violations() == []
    page.goto(f"/evenementen/{event.slug}/verslag/")
    assert page.axe_violations() == []


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
