"""One person, known by whom they belong to: a relative's job (*dat zijn vrouw kapster was*,
*Als zoon van een dameskapster zeg ik …*, *De moeder van Eva Vriend was gezinsverzorgster*).
The gendered-term rule leaves such a noun alone, as it does *Anna is lerares*. (A town after
the noun, *de kapster uit Viversel*, was tried and dropped: *de vakman uit Brabant* is a
group.)"""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.context import before
from anderebril.textscan.name_subject import COPULAS, RELATIVES
from anderebril.textscan.tokenize import Token, key_of, wordset


def one_who_belongs(text: str, start: int, end: int) -> bool:
    """Whether the singular noun at ``start:end`` is a relative's job."""
    return relatives_job(text, before(text, start, 80), end)


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
    if (
        len(words) >= 4
        and words[-4] == "als"
        and words[-3] in _CHILDREN
        and words[-2] == "van"
        and words[-1] == "een"
    ):
        return True  # "Als zoon van een dameskapster zeg ik …": the speaker's parent
    for i in range(len(prev) - 3):
        if (
            words[i] in RELATIVES
            and words[i + 1] == "van"
            and prev[i + 2].text[:1].isupper()
            and any(w in COPULAS for w in words[i + 3 :])
        ):
            return True  # "De moeder van Eva Vriend was vóór haar huwelijk gezinsverzorgster"
    return False


_OWNERS: Final = wordset("zijn haar mijn m'n z'n hun onze jouw je")
_CHILDREN: Final = ("zoon", "dochter", "kleinzoon", "kleindochter")
_COPULA_AFTER_RE: Final = re.compile(r"[ \t]+(?:was|is|werd|wordt|bleef)\b")
