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


def test_a_purged_signal_reopened_and_closed_again_is_purged_again(
    school: Organisation, alice: User
) -> None:
    signal = _closed(school, alice, days_ago=RETENTION_MONTHS * 31)
    assert services.purge_closed() == 1
    signal.refresh_from_db()  # as the next request reads it
    services.change_status(signal, Status.IN_PROGRESS, alice, "We kijken opnieuw.")
    services.add_note(signal, alice, "Nieuwe interne notitie.")
    services.change_status(signal, Status.CLOSED, alice)
    assert services.purge_closed() == 0  # closed just now: the period runs again
    later = timezone.now() + timedelta(days=RETENTION_MONTHS * 31)
    assert services.purge_closed(now=later) == 1
    signal.refresh_from_db()
    assert not Note.objects.filter(signal=signal).exists()
    assert signal.public_update == ""


def test_a_note_or_message_on_a_purged_closed_signal_is_purged_on_the_next_run(
    school: Organisation, alice: User
) -> None:
    signal = _closed(school, alice, days_ago=RETENTION_MONTHS * 31)
    services.purge_closed()
    signal.refresh_from_db()
    services.add_note(signal, alice, "Nog een notitie.")
    services.change_status(signal, Status.CLOSED, alice, "Nog een bericht.")
    assert services.purge_closed() == 1
    signal.refresh_from_db()
    assert not Note.objects.filter(signal=signal).exists() and signal.public_update == ""
    assert services.purge_closed() == 0


def test_a_status_change_with_a_stale_signal_never_undoes_a_purge(
    school: Organisation, alice: User
) -> None:
    signal = _closed(school, alice, days_ago=RETENTION_MONTHS * 31)
    stale = Signal.objects.get(pk=signal.pk)  # read by a request before the purge ran
    assert stale.contact_email
    services.purge_closed()
    services.change_status(stale, Status.IN_PROGRESS, alice)
    fresh = Signal.objects.get(pk=signal.pk)
    assert fresh.status == Status.IN_PROGRESS
    assert (fresh.contact_email, fresh.description, fresh.company_name) == ("", "", "")
