"""The public status page: a receipt code shows the status and the public update, nothing more."""

from __future__ import annotations

import pytest
from django.test import Client

from anderebril.accounts.models import User
from anderebril.bpv import services
from anderebril.bpv.constants import LOOKUP_LIMIT, Status
from anderebril.organisations.models import Organisation
from tests.bpv.conftest import make_signal

pytestmark = pytest.mark.django_db

STATUS = "/bpv/status/"


def test_the_receipt_code_shows_status_and_public_update_but_never_notes(
    client: Client, school: Organisation, alice: User
) -> None:
    signal, code = make_signal(school)
    services.change_status(signal, Status.IN_PROGRESS, alice, "We bellen het bedrijf deze week.")
    services.add_note(signal, alice, "Vertrouwelijk: praktijkopleider Jansen.")
    response = client.post(STATUS, {"code": code})
    html = response.content.decode()
    assert response.status_code == 200
    assert "In behandeling" in html
    assert "We bellen het bedrijf deze week." in html
    assert "Vertrouwelijk" not in html
    assert "Alleen receptiewerk" not in html  # the description is not shown either


def test_the_code_may_be_typed_in_lower_case_with_a_hyphen_and_spaces(
    client: Client, school: Organisation
) -> None:
    _signal, code = make_signal(school)
    typed = f" {services.format_code(code).lower()} "
    assert "Nieuw" in client.post(STATUS, {"code": typed}).content.decode()


def test_an_unknown_code_gets_a_dutch_message(client: Client, school: Organisation) -> None:
    make_signal(school)
    response = client.post(STATUS, {"code": "ABCDE-FGHJK"})
    assert response.status_code == 404
    assert "We vinden geen melding met deze code" in response.content.decode()


def test_an_empty_or_overlong_code_is_refused_without_error(client: Client) -> None:
    assert client.post(STATUS, {"code": ""}).status_code == 400
    assert client.post(STATUS, {"code": "A" * 500}).status_code == 400


def test_guessing_codes_is_limited(client: Client, school: Organisation) -> None:
    _signal, code = make_signal(school)
    for _ in range(LOOKUP_LIMIT):
        client.post(STATUS, {"code": "ZZZZZ-ZZZZZ"})
    response = client.post(STATUS, {"code": code})
    assert response.status_code == 429
    assert "Je hebt te vaak een code geprobeerd" in response.content.decode()
    assert "Nieuw</strong>" not in response.content.decode()


def test_a_referred_signal_points_to_the_meldpunt_of_sbb(
    client: Client, school: Organisation, alice: User
) -> None:
    signal, code = make_signal(school)
    services.change_status(signal, Status.REFERRED, alice)
    html = client.post(STATUS, {"code": code}).content.decode()
    assert "Doorverwezen naar het SBB-meldpunt" in html
    assert "https://www.s-bb.nl" in html
