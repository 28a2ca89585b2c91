"""Limits on reports, status look-ups and notices: counted in the database, shared by every
worker, per session and per address (IPv6 per /64), never storing an address."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client

from anderebril.accounts.models import User
from anderebril.api.models import ThrottleWindow
from anderebril.bpv.constants import LOOKUP_LIMIT, REPORT_LIMIT, REPORT_LIMIT_PER_ADDRESS
from anderebril.bpv.models import Coordinator
from anderebril.bpv.ratelimit import address_group
from anderebril.organisations.models import Organisation
from tests.bpv.conftest import form_data, make_signal

pytestmark = pytest.mark.django_db

HOME, STATUS = "/bpv/", "/bpv/status/"


def test_ipv6_addresses_count_per_64_block() -> None:
    assert address_group("2001:db8:1:2::1") == address_group("2001:db8:1:2:ffff::9")
    assert address_group("2001:db8:1:2::1") == "2001:db8:1:2::/64"
    assert address_group("2001:db8:1:3::1") != address_group("2001:db8:1:2::1")
    assert address_group("::ffff:198.51.100.4") == "198.51.100.4"
    assert address_group("198.51.100.4") == "198.51.100.4"
    assert address_group("geen adres") == "geen adres"


def test_two_addresses_in_one_64_block_share_a_count(school: Organisation) -> None:
    for number in range(REPORT_LIMIT_PER_ADDRESS):
        address = f"2001:db8:1:2::{number + 1:x}"
        assert Client().post(HOME, form_data(school), REMOTE_ADDR=address).status_code == 200
    refused = Client().post(HOME, form_data(school), REMOTE_ADDR="2001:db8:1:2:abcd::1")
    assert refused.status_code == 429
    other_block = Client().post(HOME, form_data(school), REMOTE_ADDR="2001:db8:1:3::1")
    assert other_block.status_code == 200


def test_a_count_survives_clearing_the_cache(client: Client, school: Organisation) -> None:
    for _ in range(REPORT_LIMIT):
        assert client.post(HOME, form_data(school)).status_code == 200
    cache.clear()  # a restarted cache, or another worker with its own memory
    assert client.post(HOME, form_data(school)).status_code == 429


def test_the_counter_stores_no_address(client: Client, school: Organisation) -> None:
    client.post(HOME, form_data(school), REMOTE_ADDR="203.0.113.77")
    keys = list(ThrottleWindow.objects.values_list("key", flat=True))
    assert keys and all(key.startswith("bpv-") for key in keys)
    assert not any("203.0.113" in key for key in keys)


def test_a_school_network_sharing_one_address_may_look_up_many_codes(
    school: Organisation,
) -> None:
    _signal, code = make_signal(school)
    for _ in range(LOOKUP_LIMIT + 10):  # each student her own session, one address
        response = Client().post(STATUS, {"code": code}, REMOTE_ADDR="198.51.100.9")
        assert response.status_code == 200


def test_new_signals_send_at_most_one_notice_per_school_per_hour(
    client: Client, school: Organisation, alice: User, erik: User, mailoutbox: list
) -> None:
    Coordinator.objects.create(user=erik, organisation=school)
    for _ in range(3):
        assert Client().post(HOME, form_data(school)).status_code == 200
    assert sorted(m.to[0] for m in mailoutbox) == sorted([alice.email, erik.email])
    assert mailoutbox[0].subject == f"Nieuwe BPV-signalen voor {school.name}"
    assert "Er zijn nieuwe signalen" in mailoutbox[0].body


def test_the_subject_of_the_notice_goes_through_gettext(
    school: Organisation, alice: User, mailoutbox: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("anderebril.bpv.emails._", lambda text: f"[{text}]")
    Client().post(HOME, form_data(school))
    assert mailoutbox[0].subject == "[Nieuwe BPV-signalen voor %(school)s]".replace(
        "%(school)s", school.name
    )
