"""Typed environment helpers that fail loudly on bad values.

>>> env_bool("ANDEREBRIL_EXAMPLE", default=False, environ={"ANDEREBRIL_EXAMPLE": "true"})
True
>>> env_list("HOSTS", default=[], environ={"HOSTS": "a.nl, b.nl"})
['a.nl', 'b.nl']
"""

from __future__ import annotations

import os
from collections.abc import Mapping

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class ImproperEnvironment(ValueError):
    """An environment variable holds a value that cannot be used."""


def _get(name: str, environ: Mapping[str, str] | None) -> str | None:
    return (os.environ if environ is None else environ).get(name)


def env_str(name: str, default: str = "", environ: Mapping[str, str] | None = None) -> str:
    value = _get(name, environ)
    return default if value is None else value


def env_bool(name: str, default: bool, environ: Mapping[str, str] | None = None) -> bool:
    value = _get(name, environ)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperEnvironment(f"{name} must be true or false, not {value!r}")


def env_int(name: str, default: int, environ: Mapping[str, str] | None = None) -> int:
    value = _get(name, environ)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperEnvironment(f"{name} must be a whole number, not {value!r}") from None


def env_list(name: str, default: list[str], environ: Mapping[str, str] | None = None) -> list[str]:
    value = _get(name, environ)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]
