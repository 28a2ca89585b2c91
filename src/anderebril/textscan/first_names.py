"""Common first names, from ``data/nl/voornamen.txt`` (without the ones that are also words:
*roos*, *mark*). A module of its own so that the low-level clue modules can use the list
without importing :mod:`names`."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.lexicon import DATA_DIR


def _first_names() -> frozenset[str]:
    path = DATA_DIR / "nl" / "voornamen.txt"  # not __file__: this module may be compiled
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and line[0] != "#")


#: Common first names, lowercase.
FIRST_NAMES: Final = _first_names()


def first_name_in(text: str, start: int, end: int) -> bool:
    """Whether a capitalised first name stands in ``text[start:end]``: someone is named."""
    return any(word.lower() in FIRST_NAMES for word in _CAPITALISED_RE.findall(text, start, end))


_CAPITALISED_RE: Final = re.compile(r"\b[A-Z][a-zà-ÿ]+")
