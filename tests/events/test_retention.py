"""Registrations of people who never consented are removed after the retention period."""

from __future__ import annotations

from datetime import timedelta

from django.core.management import call_command
from django.test import override_settings

from anderebril.events import services
from anderebril.events.models import Event, Registration
from anderebril.network import services as network
from anderebril.network.models import Person


def _registrations(event: Event) -> tuple[Registration, Registration]:
    silent = services.register(event, name="Zonder Toestemming", email="z@x.example")
    willing = services.register(event, name="Met Toestemming", email="m@x.example")
    network.record_consent(
        willing.person, "email", "contact_list", granted=True, wording="t", source="t"
    )
    return silent, willing


def _end(event: Event, days_ago: int) -> None:
    from django.utils import timezone

    event.ends_at = timezone.now() - timedelta(days=days_ago)
    event.starts_at = event.ends_at - timedelta(hours=2)
    event.save()


def test_purge_removes_only_unconsented_registrations_after_the_period(event: Event) -> None:
    silent, willing = _registrations(event)
    _end(event, days_ago=10)
    call_command("purge_unconsented", verbosity=0)
    assert Registration.objects.count() == 2  # within the 30 days

    _end(event, days_ago=31)
    call_command("purge_unconsented", verbosity=0)
    assert list(Registration.objects.all()) == [willing]
    assert not Person.objects.filter(pk=silent.person_id).exists()


@override_settings(EVENT_REGISTRATION_RETENTION_DAYS=7)
def test_the_retention_period_is_a_setting(event: Event) -> None:
    silent, _willing = _registrations(event)
    _end(event, days_ago=8)
    assert services.purge_unconsented() == 1
    assert not Registration.objects.filter(pk=silent.pk).exists()


def test_withdrawn_consent_counts_as_no_consent_and_accounts_survive(
    event: Event, alice: object
) -> None:
    _silent, willing = _registrations(event)
    network.withdraw_consent(willing.person, "email", "contact_list")
    member = services.register(event, name="Alice", email="a@x.example", user=alice)
    _end(event, days_ago=40)
    assert services.purge_unconsented() == 3
    assert Person.objects.filter(pk=member.person_id).exists()  # the profile of an account
