"""Rate limits: anonymous clients per address, token clients per token, a clear Dutch 429."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from anderebril.api import throttling
from anderebril.api.services import NewToken
from tests.api.conftest import scan

#: 100 seconds into a minute, an hour and a day, so that no window ends in the middle of a test
#: (a run that started on the hour once saw its hourly window end between two requests).
FIXED_NOW = 1_800_000_000.0 + 100


class _FixedClock:
    @staticmethod
    def time() -> float:
        return FIXED_NOW


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(throttling, "time", _FixedClock)


def test_an_anonymous_client_above_the_rate_gets_a_dutch_429_with_retry_after(
    client: Client, settings: Any
) -> None:
    settings.ANDEREBRIL_API_ANON_RATE = "2/m"

    statuses = [scan(client, text="Een vakman.").status_code for _ in range(2)]
    refused = scan(client, text="Een vakman.")

    assert statuses == [200, 200]
    assert refused.status_code == 429
    assert refused.json()["detail"].startswith("Te veel verzoeken")
    assert 1 <= int(refused.headers["Retry-After"]) <= 60


def test_the_anonymous_rate_can_be_set_in_the_environment(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANDEREBRIL_API_ANON_RATE", "1/h")

    assert scan(client, text="Een vakman.").status_code == 200
    refused = scan(client, text="Een vakman.")

    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) == 3600 - 100


def test_a_forwarded_for_header_does_not_escape_the_anonymous_limit(
    client: Client, settings: Any
) -> None:
    settings.ANDEREBRIL_API_ANON_RATE = "1/h"  # hourly windows: no boundary mid-test
    first = client.post(
        "/api/v1/scan", {"text": "x"}, content_type="application/json",
        headers={"X-Forwarded-For": "10.0.0.1"},
    )  # fmt: skip
    second = client.post(
        "/api/v1/scan", {"text": "x"}, content_type="application/json",
        headers={"X-Forwarded-For": "10.0.0.2"},
    )  # fmt: skip

    assert (first.status_code, second.status_code) == (200, 429)


def test_a_token_client_is_not_held_to_the_anonymous_rate(
    client: Client, settings: Any, token: NewToken
) -> None:
    settings.ANDEREBRIL_API_ANON_RATE = "1/h"
    assert scan(client, text="Een vakman.").status_code == 200
    assert scan(client, text="Een vakman.").status_code == 429

    statuses = {scan(client, token.secret, text="Een vakman.").status_code for _ in range(5)}

    assert statuses == {200}


def test_a_token_has_its_own_higher_limit(client: Client, settings: Any, token: NewToken) -> None:
    settings.ANDEREBRIL_API_TOKEN_RATE = "3/h"

    statuses = [scan(client, token.secret, text="Een vakman.").status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]


def test_the_default_token_rate_is_higher_than_the_anonymous_rate() -> None:
    from anderebril.api.constants import DEFAULT_ANON_RATE, DEFAULT_TOKEN_RATE
    from anderebril.api.throttling import parse_rate

    anonymous, per_token = parse_rate(DEFAULT_ANON_RATE), parse_rate(DEFAULT_TOKEN_RATE)

    assert per_token[0] / per_token[1] > anonymous[0] / anonymous[1]


def test_the_counters_live_in_the_database_that_every_worker_shares(
    client: Client, settings: Any
) -> None:
    from django.db.models import F

    from anderebril.api.models import ThrottleWindow

    settings.ANDEREBRIL_API_ANON_RATE = "5/h"
    assert scan(client, text="Een vakman.").status_code == 200
    assert ThrottleWindow.objects.get().count == 1

    # Four requests counted by another gunicorn worker, in the same row.
    ThrottleWindow.objects.update(count=F("count") + 4)

    assert scan(client, text="Een vakman.").status_code == 429


def test_windows_that_have_ended_are_deleted_when_a_new_one_starts(client: Client) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from anderebril.api.models import ThrottleWindow

    ended = timezone.now() - timedelta(seconds=1)
    ThrottleWindow.objects.create(key="anon:oud:60:1", count=7, expires_at=ended)

    assert scan(client, text="Een vakman.").status_code == 200

    assert list(ThrottleWindow.objects.values_list("count", flat=True)) == [1]
