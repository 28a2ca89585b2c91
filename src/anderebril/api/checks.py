"""System checks: a malformed rate limit stops start-up instead of failing every API request."""

from __future__ import annotations

from typing import Any

from django.core.checks import CheckMessage, Error

from anderebril.api.throttling import AnonymousThrottle, TokenThrottle, configured_rate, parse_rate

#: Every throttle's setting and default, from the throttles themselves.
RATE_SETTINGS = tuple(
    (throttle.setting, throttle.default) for throttle in (AnonymousThrottle, TokenThrottle)
)


def check_rates(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    errors: list[CheckMessage] = []
    for name, default in RATE_SETTINGS:
        rate = configured_rate(name, default)
        try:
            parse_rate(rate)
        except ValueError:
            errors.append(
                Error(
                    f"{name}={rate!r} is not a rate.",
                    hint="Use a number, a slash and s, m, h or d, e.g. 60/m or 1000/h.",
                    id="anderebril.api.E001",
                )
            )
    return errors
