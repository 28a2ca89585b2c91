"""Closed signals lose notes, contact details and free text after the retention period."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from anderebril.accounts.models import User
from anderebril.bpv import services
from anderebril.bpv.constants import RETENTION_MONTHS, Status
from anderebril.bpv.models import Note, Signal, StatusChange
from anderebril.organisations.models import Organisation
from tests.bpv.conftest import make_signal

pytestmark = pytest.mark.django_db

CONTACT = services.Contact("Fatima", "fatima@voorbeeld.example", "toestemmingstekst")


def _closed(
    school: Organisation, alice: User, days_ago: int, status: str = Status.CLOSED
) -> Signal:
    signal, _code = make_signal(school, contact=CONTACT, company_name="Bedrijf")
    services.change_status(signal, status, alice, "Afgerond.")
    services.add_note(signal, alice, "Interne notitie.")
    Signal.objects.filter(pk=signal.pk).update(closed_at=timezone.now() - timedelta(days=days_ago))
    return signal


def test_the_command_purges_signals_closed_longer_than_the_retention_period(
    school: Organisation, alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _closed(school, alice, days_ago=RETENTION_MONTHS * 31)
    recent = _closed(school, alice, days_ago=RETENTION_MONTHS * 30 - 30, status=Status.RESOLVED)
    open_signal, _code = make_signal(school, contact=CONTACT)
    Signal.objects.filter(pk=open_signal.pk).update(
        created_at=timezone.now() - timedelta(days=3000)
    )
    call_command("purge_bpv_signals")
    assert "1 afgesloten BPV-signalen opgeschoond" in capsys.readouterr().out
    old.refresh_from_db()
    assert (old.contact_name, old.contact_email, old.contact_consent_wording) == ("", "", "")
    assert old.contact_consent_at is None
    assert (old.description, old.public_update, old.company_name) == ("", "", "")
    assert old.purged_at is not None
    assert not Note.objects.filter(signal=old).exists()
    # what the counts are made of stays
    assert (old.sector, old.kind, old.status) == ("techniek", "taken", Status.CLOSED)
    assert StatusChange.objects.filter(signal=old).exists()
    recent.refresh_from_db()
    assert recent.contact_email and Note.objects.filter(signal=recent).exists()
    open_signal.refresh_from_db()
    assert open_signal.contact_email  # never closed: kept however old


def test_the_period_can_be_given_and_running_twice_changes_nothing(
    school: Organisation, alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    _closed(school, alice, days_ago=40)
    call_command("purge_bpv_signals", "--months", "1")
    call_command("purge_bpv_signals", "--months", "1")
    output = capsys.readouterr().out
    assert "1 afgesloten" in output and "0 afgesloten" in output


def test_a_purged_signal_still_opens_for_the_coordinator(
    client: object, school: Organisation, alice: User
) -> None:
    from django.test import Client

    signal = _closed(school, alice, days_ago=RETENTION_MONTHS * 31)
    services.purge_closed()
    web = Client()
    web.force_login(alice)
    html = web.get(f"/bpv/signalen/{school.slug}/{signal.pk}/").content.decode()
    assert "gewist na de bewaartermijn" in html
