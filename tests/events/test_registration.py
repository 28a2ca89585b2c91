"""Registering with the consent questions, the confirmation, reminder and the own page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from anderebril.accounts.models import User
from anderebril.events import services
from anderebril.events.models import Event, Registration
from anderebril.network import services as network
from anderebril.network.constants import ConsentField, ConsentPurpose
from anderebril.network.models import Consent, Person
from tests.events.conftest import REGISTRATION


def _register(client: Client, event: Event, **extra: str) -> Registration:
    response = client.post(event.get_absolute_url(), {**REGISTRATION, **extra})
    assert response.status_code == 302, response.content.decode()[-2000:]
    return Registration.objects.get(event=event, person__name=REGISTRATION["name"])


def test_registering_records_each_consent_with_wording_and_source(
    client: Client, event: Event
) -> None:
    registration = _register(client, event, consent_email_contact="on", consent_newsletter="on")
    person = registration.person
    assert person.email == "dana@voorbeeld.example" and person.user is None
    consents = {(c.field, c.purpose): c for c in Consent.objects.filter(person=person)}
    assert set(consents) == {
        (ConsentField.EMAIL, ConsentPurpose.CONTACT_LIST),
        (ConsentField.EMAIL, ConsentPurpose.NEWSLETTER),
    }
    contact = consents[(ConsentField.EMAIL, ConsentPurpose.CONTACT_LIST)]
    assert "contactlijst" in contact.wording
    assert contact.source.startswith("aanmelding Roadshow: meer meisjes")


def test_the_confirmation_mail_has_the_calendar_file_and_the_personal_link(
    client: Client, event: Event
) -> None:
    registration = _register(client, event)
    [message] = mail.outbox
    assert message.to == ["dana@voorbeeld.example"]
    token = services.manage_token(registration)
    assert f"/evenementen/aanmelding/{token}/" in message.body
    name, content, mimetype = message.attachments[0]
    assert name == "evenement.ics" and mimetype.startswith("text/calendar")
    assert "meet.voorbeeld.example" in content  # only registered people get the online link


def test_nobody_registers_twice_for_a_full_or_closed_event(
    client: Client, event: Event, alice: User
) -> None:
    client.force_login(alice)
    _ = client.post(event.get_absolute_url(), {**REGISTRATION, "name": "Alice"})
    assert Registration.objects.filter(person__user=alice).count() == 1
    assert "Je bent aangemeld" in client.get(event.get_absolute_url()).content.decode()
    event.capacity = 1
    event.save()
    with pytest.raises(services.RegistrationError, match="full"):
        services.register(event, name="Bram", email="bram@x.example")
    event.capacity = None
    event.registration_open = False
    event.save()
    with pytest.raises(services.RegistrationError, match="closed"):
        services.register(event, name="Bram", email="bram@x.example")


def test_a_signed_in_member_registers_as_herself_and_keeps_earlier_consent(
    client: Client, event: Event, alice: User
) -> None:
    person = network.person_for(alice)
    network.record_consent(
        person, "email", "contact_list", granted=True, wording="Eerder", source="profiel"
    )
    client.force_login(alice)
    page = client.get(event.get_absolute_url()).content.decode()
    assert 'name="consent_email_contact" class' in page and "checked" in page
    client.post(
        event.get_absolute_url(),
        {**REGISTRATION, "email": alice.email, "consent_email_contact": "on"},
    )
    assert Registration.objects.get().person == person
    assert Consent.objects.filter(person=person).count() == 1  # nothing new to record


def test_the_personal_page_withdraws_consent_and_cancelling_forgets_the_person(
    client: Client, event: Event
) -> None:
    registration = _register(client, event, consent_email_contact="on")
    url = f"/evenementen/aanmelding/{services.manage_token(registration)}/"
    assert "Intrekken" in client.get(url).content.decode()
    client.post(url, {"field": "email", "purpose": "contact_list"})
    assert not network.has_consent(registration.person, "email", "contact_list")
    data = client.get(url + "gegevens.json").json()
    assert data["evenementen"]["aanmeldingen"][0]["evenement"] == event.title
    client.post(url + "afmelden/")
    assert not Person.objects.exists() and not Registration.objects.exists()
    assert client.get(url).status_code == 404


def test_a_forged_link_finds_nothing(client: Client, event: Event) -> None:
    assert client.get("/evenementen/aanmelding/1:verzonnen/").status_code == 404


def test_the_reminder_goes_out_once_a_day_before(event: Event) -> None:
    registration = services.register(event, name="Dana", email="dana@x.example")
    call_command("send_event_reminders", verbosity=0)
    assert len(mail.outbox) == 0  # ten days ahead
    event.starts_at = timezone.now() + timedelta(hours=20)
    event.save()
    call_command("send_event_reminders", verbosity=0)
    call_command("send_event_reminders", verbosity=0)
    assert len(mail.outbox) == 1 and mail.outbox[0].subject.startswith("Herinnering")
    registration.refresh_from_db()
    assert registration.reminder_sent_at is not None


def test_the_network_moment_form_saves_the_heroine_and_the_collage_consent(
    client: Client, event: Event
) -> None:
    registration = _register(client, event)
    url = f"/evenementen/aanmelding/{services.manage_token(registration)}/netwerkmoment/"
    assert client.get(url).status_code == 200
    client.post(
        url,
        {
            "what_you_do": "Ik begeleid stagiairs.",
            "superhero_name": "Ada Lovelace",
            "superhero_why": "Schreef het eerste programma.",
            "consent_collage": "on",
        },
    )
    registration.refresh_from_db()
    assert registration.network_moment.superhero_name == "Ada Lovelace"
    assert network.has_consent(registration.person, "organisation", "collage")
