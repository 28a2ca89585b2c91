"""Reporting a signal: anonymous by default, contact details only with consent, hostile input."""

from __future__ import annotations

import hashlib
from datetime import date, time

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import models
from django.test import Client
from django.utils import timezone

from anderebril.accounts.models import User
from anderebril.bpv.constants import (
    MAX_DESCRIPTION,
    REPORT_LIMIT,
    REPORT_LIMIT_PER_ADDRESS,
    Status,
)
from anderebril.bpv.forms import consent_wording
from anderebril.bpv.models import Signal
from anderebril.bpv.services import hash_code
from anderebril.organisations.models import Organisation
from tests.bpv.conftest import form_data
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

HOME = "/bpv/"


def test_the_home_page_points_to_the_meldpunt_of_sbb_and_needs_no_login(client: Client) -> None:
    response = client.get(HOME)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Meldpunt Stagediscriminatie van SBB" in html
    assert 'href="https://www.s-bb.nl"' in html
    assert "Melding versturen" in html


def test_an_anonymous_report_stores_no_personal_data(client: Client, school: Organisation) -> None:
    response = client.post(HOME, form_data(school), REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 200 and "Je ontvangstcode" in response.content.decode()
    signal = Signal.objects.get()
    assert signal.organisation == school
    assert signal.status == Status.NEW
    assert signal.occurred_in == date(date.today().year - 1, 3, 1)
    assert (signal.contact_name, signal.contact_email, signal.contact_consent_wording) == (
        "",
        "",
        "",
    )
    assert signal.contact_consent_at is None
    stored = " ".join(str(getattr(signal, f.attname)) for f in Signal._meta.concrete_fields)
    assert "203.0.113.7" not in stored


def test_a_signal_has_no_link_to_a_user_account_at_all() -> None:
    user_model = settings.AUTH_USER_MODEL.lower()
    for field in Signal._meta.get_fields():
        if isinstance(field, models.ForeignKey):
            assert field.related_model._meta.label_lower != user_model, field.name


def test_a_signed_in_reporter_is_not_linked_to_her_report(
    client: Client, school: Organisation, alice: User
) -> None:
    client.login(username=alice.email, password=PASSWORD)
    client.post(HOME, form_data(school))
    stored = " ".join(
        str(getattr(s, f.attname))
        for s in Signal.objects.all()
        for f in Signal._meta.concrete_fields
    )
    assert Signal.objects.count() == 1
    assert alice.email not in stored and "Alice" not in stored


def test_contact_details_are_stored_with_the_consent_wording_and_moment(
    client: Client, school: Organisation
) -> None:
    data = form_data(
        school, wants_contact="on", contact_name="Fatima", contact_email="fatima@voorbeeld.example"
    )
    assert client.post(HOME, data).status_code == 200
    signal = Signal.objects.get()
    assert (signal.contact_name, signal.contact_email) == ("Fatima", "fatima@voorbeeld.example")
    assert signal.contact_consent_wording == consent_wording()
    assert "24 maanden" in signal.contact_consent_wording
    assert signal.contact_consent_at is not None


def test_contact_details_without_consent_are_refused_and_nothing_is_stored(
    client: Client, school: Organisation
) -> None:
    data = form_data(school, contact_name="Fatima", contact_email="fatima@voorbeeld.example")
    response = client.post(HOME, data)
    assert response.status_code == 400
    assert "Zonder dat vinkje bewaren we ze niet" in response.content.decode()
    assert Signal.objects.count() == 0
    assert 'value="Fatima"' in response.content.decode()  # nothing typed is lost


def test_consent_without_an_address_asks_for_it(client: Client, school: Organisation) -> None:
    response = client.post(HOME, form_data(school, wants_contact="on"))
    assert response.status_code == 400
    assert "Vul je e-mailadres in" in response.content.decode()
    assert Signal.objects.count() == 0


def test_the_receipt_code_is_shown_once_and_stored_only_as_a_hash(
    client: Client, school: Organisation
) -> None:
    response = client.post(HOME, form_data(school))
    assert response.status_code == 200  # the answer to the POST itself: no redirect
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "Je ontvangstcode" in html
    code = html.split('class="bpv-code">')[1].split("<")[0]
    bare = code.replace("-", "")
    assert len(bare) == 10
    signal = Signal.objects.get()
    assert signal.receipt_hash == hashlib.sha256(bare.encode()).hexdigest() == hash_code(code)
    stored = [str(getattr(signal, f.attname)) for f in Signal._meta.concrete_fields]
    assert not any(bare.lower() in value.lower() for value in stored)
    # nor kept in the session, next to who is signed in
    sessions = [repr(row.get_decoded()) for row in Session.objects.all()]
    assert sessions and not any(bare in text or code in text for text in sessions)
    assert client.get(HOME).status_code == 200  # a new form, the code is not shown again
    assert bare not in client.get(HOME).content.decode()


def test_moments_of_a_report_are_stored_as_the_day_only(
    client: Client, school: Organisation
) -> None:
    data = form_data(
        school, wants_contact="on", contact_name="Fatima", contact_email="fatima@voorbeeld.example"
    )
    client.post(HOME, data)
    signal = Signal.objects.get()
    today = timezone.localdate()
    for moment in (signal.created_at, signal.updated_at, signal.contact_consent_at):
        assert moment is not None
        local = timezone.localtime(moment)
        assert (local.date(), local.time()) == (today, time.min)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"description": "x" * (MAX_DESCRIPTION + 1)}, "niet meer dan 4000 tekens bevat"),
        ({"description": ""}, "Dit veld is verplicht"),
        ({"organisation": "bestaat-niet"}, "Selecteer een geldige keuze"),
        ({"crebo": "12ab"}, "Een crebo bestaat uit vijf cijfers"),
        ({"month": "13"}, "Selecteer een geldige keuze"),
        ({"year": "1900"}, "Selecteer een geldige keuze"),
        ({"description": "nul\x00teken"}, "Null-tekens zijn niet toegestaan"),
        (
            {"contact_email": "geen adres", "wants_contact": "on", "contact_name": "X"},
            "e-mailadres",
        ),
    ],
)
def test_bad_input_gets_a_dutch_message_and_stores_nothing(
    client: Client, school: Organisation, overrides: dict[str, str], message: str
) -> None:
    response = client.post(HOME, form_data(school, **overrides))
    assert response.status_code == 400
    assert message.lower() in response.content.decode().lower()
    assert Signal.objects.count() == 0


def test_a_month_in_the_future_is_refused(client: Client, school: Organisation) -> None:
    response = client.post(HOME, form_data(school, month="12", year=str(date.today().year)))
    if date.today().month == 12:
        pytest.skip("December: no month of this year lies in the future")
    assert response.status_code == 400
    assert "Die maand ligt in de toekomst" in response.content.decode()


def test_only_mbo_schools_can_be_chosen(client: Client, school: Organisation) -> None:
    company = Organisation.objects.create(name="Bedrijf", slug="bedrijf", kind="company")
    response = client.post(HOME, form_data(school, organisation=company.slug))
    assert response.status_code == 400
    assert Signal.objects.count() == 0


def test_a_post_without_csrf_token_is_refused(school: Organisation) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post(HOME, form_data(school))
    assert response.status_code == 403
    assert Signal.objects.count() == 0


def test_too_many_reports_are_refused_with_a_dutch_message_and_keep_the_text(
    client: Client, school: Organisation
) -> None:
    for _ in range(REPORT_LIMIT):
        assert client.post(HOME, form_data(school)).status_code == 200
    response = client.post(HOME, form_data(school, description="Mijn zesde melding"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "Wacht een uur" in html
    assert "Mijn zesde melding" in html
    assert Signal.objects.count() == REPORT_LIMIT


def test_the_limit_also_holds_for_new_sessions_from_the_same_address(
    school: Organisation,
) -> None:
    for _ in range(REPORT_LIMIT_PER_ADDRESS):
        assert Client().post(HOME, form_data(school), REMOTE_ADDR="198.51.100.4").status_code == 200
    response = Client().post(HOME, form_data(school), REMOTE_ADDR="198.51.100.4")
    assert response.status_code == 429
    assert Client().post(HOME, form_data(school), REMOTE_ADDR="198.51.100.5").status_code == 200


def test_correcting_mistakes_does_not_count_towards_the_limit(
    client: Client, school: Organisation
) -> None:
    for _ in range(REPORT_LIMIT * 2):
        assert client.post(HOME, form_data(school, description="")).status_code == 400
    assert client.post(HOME, form_data(school)).status_code == 200
