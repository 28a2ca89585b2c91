"""Everyone can download what is held about them, and delete their account."""

from __future__ import annotations

import json
from datetime import timedelta

from django.test import Client
from django.utils import timezone

from anderebril.accounts.models import User
from anderebril.events.constants import EventFormat, EventKind
from anderebril.events.models import Event, Registration
from anderebril.network import services
from anderebril.network.constants import ConsentField
from anderebril.network.models import Consent, Person
from tests.conftest import PASSWORD
from tests.network.conftest import grant


def _event() -> Event:
    start = timezone.now() + timedelta(days=3)
    return Event.objects.create(
        title="Roadshow Noord", slug="roadshow-noord", kind=EventKind.ROADSHOW,
        format=EventFormat.ONLINE, starts_at=start, ends_at=start + timedelta(hours=2),
    )  # fmt: skip


def test_the_download_holds_profile_consents_and_registrations_without_account(
    client: Client, alice: User
) -> None:
    profile = services.person_for(alice)
    grant(profile, ConsentField.EMAIL)
    # Earlier, without signing in, Alice registered with the same address.
    earlier = Person.objects.create(name="Alice", email="alice@school.example")
    Registration.objects.create(event=_event(), person=earlier)
    client.force_login(alice)
    response = client.get("/netwerk/mijn-gegevens/download/")
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(response.content)
    assert data["account"]["e-mailadres"] == "alice@school.example"
    assert data["account"]["organisaties"][0]["naam"] == "Techniekcollege Test"
    assert data["personen"][0]["toestemmingen"][0]["getoonde_tekst"] == "Testtekst"
    assert data["evenementen"]["aanmeldingen"][0]["evenement"] == "Roadshow Noord"
    assert "kennisbank" in data


def test_deleting_the_account_removes_the_person_consents_and_registrations(
    client: Client, alice: User, dana: Person
) -> None:
    profile = services.person_for(alice)
    grant(profile, ConsentField.EMAIL)
    earlier = Person.objects.create(name="Alice", email="Alice@School.example")
    Registration.objects.create(event=_event(), person=earlier)
    client.force_login(alice)

    wrong = client.post("/netwerk/mijn-gegevens/account-verwijderen/", {"password": "fout"})
    assert wrong.status_code == 302 and User.objects.filter(pk=alice.pk).exists()

    client.post("/netwerk/mijn-gegevens/account-verwijderen/", {"password": PASSWORD})
    assert not User.objects.filter(pk=alice.pk).exists()
    assert list(Person.objects.all()) == [dana]
    assert not Registration.objects.exists()
    assert set(Consent.objects.values_list("person", flat=True)) == {dana.pk}
    assert client.get("/netwerk/mijn-gegevens/").status_code == 302  # signed out


def test_withdrawing_with_a_malformed_person_id_is_a_404_not_a_crash(
    client: Client, alice: User
) -> None:
    client.force_login(alice)
    response = client.post(
        "/netwerk/mijn-gegevens/intrekken/",
        {"person": "abc", "field": "email", "purpose": "contact_list"},
    )
    assert response.status_code == 404
