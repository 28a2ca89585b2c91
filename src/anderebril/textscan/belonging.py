"""One person, known by whom they belong to or where they come from: a relative's job (*dat
zijn vrouw kapster was*, *Als zoon van een dameskapster*, *De moeder van Eva Vriend was
gezinsverzorgster*) or the town after the noun (*de kapster uit Viversel*). The gendered-term
rule leaves such a noun alone, as it does *Anna is lerares*."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.context import before
from anderebril.textscan.name_subject import COPULAS, RELATIVES
from anderebril.textscan.tokenize import Token, key_of, wordset


def one_who_belongs(text: str, start: int, end: int) -> bool:
    """Whether the singular noun at ``start:end`` is a relative's job or someone from a town."""
    prev = before(text, start, 80)
    return relatives_job(text, prev, end) or from_town(text, prev, end)


def relatives_job(text: str, prev: list[Token], end: int) -> bool:
    """Whether the singular noun ending at ``end`` is the job of someone's relative: *dat zijn
    vrouw kapster was* (a relative, then the noun and a copula), *Als zoon van een
    dameskapster* (a child of one), *De moeder van Eva Vriend was … gezinsverzorgster*."""
    words = [key_of(t.text) for t in prev]
    if (
        len(words) >= 2
        and words[-2] in _OWNERS
        and words[-1] in RELATIVES
        and _COPULA_AFTER_RE.match(text, end) is not None
    ):
        return True  # "dat zijn vrouw kapster was"
    if len(words) >= 3 and words[-3] in _CHILDREN and words[-2] == "van" and words[-1] == "een":
        return True  # "Als zoon van een dameskapster"
    for i in range(len(prev) - 3):
        if (
            words[i] in RELATIVES
            and words[i + 1] == "van"
            and prev[i + 2].text[:1].isupper()
            and any(w in COPULAS for w in words[i + 3 :])
        ):
            return True  # "De moeder van Eva Vriend was vóór haar huwelijk gezinsverzorgster"
    return False


def from_town(text: str, prev: list[Token], end: int) -> bool:
    """*de kapster uit Viversel*: *de* and the noun, then *uit* and a capitalised place."""
    return (
        bool(prev) and key_of(prev[-1].text) == "de" and _FROM_TOWN_RE.match(text, end) is not None
    )


_OWNERS: Final = wordset("zijn haar mijn m'n z'n hun onze jouw je")
_CHILDREN: Final = wordset("zoon dochter kind kleinzoon kleindochter")
_COPULA_AFTER_RE: Final = re.compile(r"[ \t]+(?:was|is|werd|wordt|bleef)\b")
_FROM_TOWN_RE: Final = re.compile(r"[ \t]+uit[ \t]+[A-Z][a-zà-ÿ]+")
