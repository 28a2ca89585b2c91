"""Several choices in one text column: ``|mbo|vmbo|``.

Filtering is one ``__contains`` lookup that works the same on SQLite and PostgreSQL, without a
join table for what is only ever a handful of fixed values.
"""

from __future__ import annotations

from collections.abc import Iterable

SEPARATOR = "|"


def encode(values: Iterable[str]) -> str:
    chosen = sorted({value for value in values if value})
    return f"{SEPARATOR}{SEPARATOR.join(chosen)}{SEPARATOR}" if chosen else ""


def decode(text: str) -> list[str]:
    return [value for value in text.split(SEPARATOR) if value]


def needle(value: str) -> str:
    """The substring to pass to ``__contains`` to find rows tagged with ``value``."""
    return f"{SEPARATOR}{value}{SEPARATOR}"
