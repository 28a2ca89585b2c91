"""A malformed rate limit is caught by the system checks, before any request fails on it."""

from __future__ import annotations

from typing import Any

import pytest

from anderebril.api.checks import check_rates


def test_the_default_rates_pass_the_check() -> None:
    assert check_rates() == []


@pytest.mark.parametrize("rate", ["100/minute", "veel/m", "60", "²/m"])
def test_a_malformed_anonymous_rate_is_reported_by_the_checks(settings: Any, rate: str) -> None:
    settings.ANDEREBRIL_API_ANON_RATE = rate
    errors = check_rates()
    assert [error.id for error in errors] == ["anderebril.api.E001"]
    assert "ANDEREBRIL_API_ANON_RATE" in errors[0].msg


def test_a_well_formed_token_rate_in_hours_passes(settings: Any) -> None:
    settings.ANDEREBRIL_API_TOKEN_RATE = "1000/h"
    assert check_rates() == []
