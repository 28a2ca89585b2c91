"""Consent per field and purpose: the latest decision counts and withdrawing works at once."""

from __future__ import annotations

import pytest
from django.test import Client

from anderebril.accounts.models import User
from anderebril.network import services
from anderebril.network.constants import ConsentField, ConsentPurpose
from anderebril.network.models import Consent, ExportLog, Person
from tests.network.conftest import grant

CONTACT = ConsentPurpose.CONTACT_LIST


@pytest.mark.django_db
def test_the_latest_decision_per_field_and_purpose_is_the_one_that_counts(dana: Person) -> None:
    assert services.has_consent(dana, ConsentField.EMAIL, CONTACT)
    assert services.withdraw_consent(dana, ConsentField.EMAIL, CONTACT)
    assert not services.has_consent(dana, ConsentField.EMAIL, CONTACT)
    grant(dana, ConsentField.EMAIL)
    assert services.has_consent(dana, ConsentField.EMAIL, CONTACT)
    # Consent for one purpose says nothing about another.
    assert not services.has_consent(dana, ConsentField.EMAIL, ConsentPurpose.NEWSLETTER)
    assert Consent.objects.filter(person=dana).count() == 2


@pytest.mark.django_db
def test_a_consent_keeps_the_wording_shown_the_moment_and_where_it_was_given(
    dana: Person,
) -> None:
    consent = Consent.objects.get(person=dana)
    assert (consent.wording, consent.source) == ("Testtekst", "test")
    assert consent.given_at is not None and consent.withdrawn_at is None
    services.withdraw_consent(dana, ConsentField.EMAIL, CONTACT)
    consent.refresh_from_db()
    assert consent.withdrawn_at is not None and consent.granted


@pytest.mark.django_db
def test_the_contact_list_holds_only_the_fields_someone_consented_to(dana: Person) -> None:
    [row] = services.contact_list([dana])
    assert row.email == "dana@voorbeeld.example"
    assert row.phone == "" and row.organisation == ""
    grant(dana, ConsentField.PHONE)
    [row] = services.contact_list([dana])
    assert row.phone == "06 11112222"


def test_withdrawn_consent_removes_a_person_from_the_next_export(
    client: Client, alice: User, dana: Person
) -> None:
    client.force_login(alice)
    first = client.get("/netwerk/contactlijst.csv").content.decode()
    assert "Dana de Wit" in first and "dana@voorbeeld.example" in first
    assert "06 11112222" not in first  # phone was never consented to

    services.withdraw_consent(dana, ConsentField.EMAIL, CONTACT)

    second = client.get("/netwerk/contactlijst.csv").content.decode()
    vcard = client.get("/netwerk/contactlijst.vcf").content.decode()
    assert "Dana" not in second and "Dana" not in vcard


def test_every_export_is_logged_with_who_when_which_list_and_how_many(
    client: Client, alice: User, dana: Person
) -> None:
    client.force_login(alice)
    client.get("/netwerk/contactlijst.vcf")
    log = ExportLog.objects.get()
    assert (log.user, log.file_format, log.row_count) == (alice, "vcf", 1)
    assert log.list_name == "Contactlijst van het netwerk" and log.created_at


def test_contact_details_are_only_for_signed_in_network_members(
    client: Client, alice: User, dana: Person
) -> None:
    assert client.get("/netwerk/contactlijst.csv").status_code == 302
    outsider = User.objects.create_user("eva@elders.example", "een-lang-testwachtwoord-42")
    client.force_login(outsider)
    assert client.get("/netwerk/contactlijst.csv").status_code == 403
    assert client.get("/netwerk/").status_code == 403
    assert services.contact_for(outsider, dana) is None
    assert not ExportLog.objects.exists()
    client.force_login(alice)
    page = client.get(f"/netwerk/mensen/{dana.pk}/").content.decode()
    assert "dana@voorbeeld.example" in page and "06 11112222" not in page


def test_the_profile_form_records_consent_with_its_wording_and_withdraws_on_unticking(
    client: Client, alice: User
) -> None:
    client.force_login(alice)
    form = {"name": "Alice Aalders", "listed": "on", "consent_email_contact": "on"}
    assert client.post("/netwerk/mijn-profiel/", form).status_code == 302
    person = Person.objects.get(user=alice)
    consent = Consent.objects.get(person=person)
    assert "e-mailadres mag op de contactlijst" in consent.wording
    assert consent.source == "mijn profiel in het netwerk"

    client.post("/netwerk/mijn-profiel/", {"name": "Alice Aalders", "listed": "on"})
    assert not services.has_consent(person, ConsentField.EMAIL, CONTACT)


def test_phone_on_the_list_needs_a_phone_number(client: Client, alice: User) -> None:
    client.force_login(alice)
    response = client.post(
        "/netwerk/mijn-profiel/", {"name": "Alice", "consent_phone_contact": "on"}
    )
    assert response.status_code == 200
    assert not Consent.objects.exists()


def test_withdrawing_on_my_data_page_takes_effect_at_once(client: Client, alice: User) -> None:
    person = services.person_for(alice)
    grant(person, ConsentField.EMAIL)
    client.force_login(alice)
    assert "Intrekken" in client.get("/netwerk/mijn-gegevens/").content.decode()
    client.post(
        "/netwerk/mijn-gegevens/intrekken/",
        {"person": person.pk, "field": "email", "purpose": "contact_list"},
    )
    assert not services.has_consent(person, ConsentField.EMAIL, CONTACT)


def test_nobody_can_withdraw_someone_elses_consent(
    client: Client, alice: User, dana: Person
) -> None:
    client.force_login(alice)
    response = client.post(
        "/netwerk/mijn-gegevens/intrekken/",
        {"person": dana.pk, "field": "email", "purpose": "contact_list"},
    )
    assert response.status_code == 404
    assert services.has_consent(dana, ConsentField.EMAIL, CONTACT)
