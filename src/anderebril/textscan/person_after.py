"""What stands right after (or around) a gendered noun that makes it one person: *een
wijkverpleegster in de persoon van mej. Weiland*, *de juffrouw op mijn kleuterschool*, and the
question to someone interviewed, *Hoe lang bent u al marktkoopman?*."""

from __future__ import annotations

import re
from typing import Final


def one_person_after(text: str, start: int, end: int) -> bool:
    """Whether the words around the noun at ``start:end`` make it one person."""
    if _IN_THE_PERSON_OF_RE.match(text, end):
        return True  # "er komt een wijkverpleegster in de persoon van mej. Weiland"
    if _WRITERS_PLACE_RE.match(text, end) and _DEFINITE_BEFORE_RE.search(
        text, max(0, start - 30), start
    ):
        return True  # "de juffrouw op mijn kleuterschool": the writer's own teacher; not "een
        # timmerman in mijn buurt" or "elke verpleegster op mijn afdeling" (anyone there)
    return _HOW_LONG_RE.search(text, max(0, start - 40), start) is not None


#: *de* (or *het*) and perhaps an adjective right before the noun.
_DEFINITE_BEFORE_RE: Final = re.compile(r"\b(?:de|het)[ \t]+(?:\w+[ \t]+)?\Z", re.IGNORECASE)
_IN_THE_PERSON_OF_RE: Final = re.compile(r"[ \t]+in de persoon van\b", re.IGNORECASE)
#: A place of the writer's own right after the noun: *op mijn school*, *van mijn moeder*
#: (not *onze*: a firm writes *een vakman voor onze werkplaats*, anyone it may hire).
_WRITERS_PLACE_RE: Final = re.compile(
    r"[ \t]+(?:op|van|bij|in|uit)[ \t]+(?:mijn|m'n|m’n)[ \t]+\w+", re.IGNORECASE
)
#: An interviewer's question about the interviewee's own work, with the polite *u*: *Hoe
#: lang bent u al …* (*Hoe lang ben je al vakman?* in a vacancy asks any reader).
_HOW_LONG_RE: Final = re.compile(
    r"\b(?:hoe lang|sinds wanneer|hoelang)[ \t]+(?:bent u|werkt u)"
    r"(?:[ \t]+\w+)?[ \t]+(?:al[ \t]+)?(?:als[ \t]+)?\Z",
    re.IGNORECASE,
)
