"""Two job titles for the two sexes joined by a slash: *gastheer/gastvrouw*, *vakman/-vrouw*,
*Gastvrouw/heer*, *kapper/kapster*. Like *medewerk(st)er* and *hij/zij* they write two genders
in one notation (``binary-notation``); spelled out with *of* or *en* (*vakman of vakvrouw*)
they are a pair form and no finding. The gendered-term rule asks :func:`slash_pair` of every
term it would report, and reports the notation instead of the term."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, NamedTuple

from anderebril.textscan.context import SEX_NOUNS, shared_prefix
from anderebril.textscan.index import EXCLUSIVE_NOUNS
from anderebril.textscan.model import Finding
from anderebril.textscan.tokenize import extend_over_hyphens, key_of

RULE: Final = "nl.binary-notation.paar-met-schuine-streep"
#: After the noun: the slash (perhaps after a hyphen, *Gastvrouw-/heer*), perhaps a hyphen of
#: an elided first part, the other word.
_AFTER_RE: Final = re.compile(r"-?[ \t]*/[ \t]*([-–])?[ \t]*([^\W\d_][\w-]*)")
#: Before the noun: a whole word, then the slash (and the hyphen of an elided part).
_BEFORE_RE: Final = re.compile(r"(?<![\w/-])([^\W\d_][\w-]*)[ \t]*/[ \t]*[-–]?\Z")
#: Feminine endings written after a slash and a hyphen: :mod:`notation` reports those
#: (*verkoper/-ster*), so they are no pair of two words.
_CLIPPED_ENDINGS: Final = frozenset(["ster", "sters", "e", "es", "ess", "esse", "in", "euse"])


_FEMININE_FORMS: Final = ("ster", "sters", "es", "esse", "essen", "ess", "trice", "euse", "in")
_MASCULINE_FORMS: Final = ("er", "ers", "eur", "eurs", "or", "ors", "ard", "ards", "aar", "aars")


class SlashPair(NamedTuple):
    """Where a slash pair starts and ends, and its two words (the second written in full)."""

    start: int
    end: int
    left: str
    right: str


def slash_pair(
    text: str, start: int, end: int, gender: str, counterpart: Callable[[str], str | None]
) -> SlashPair | None:
    """The slash pair that the noun at ``start:end`` is half of, or None. ``counterpart(key)``
    gives the gender of a gendered word (None for any other)."""
    if text.find("/", end, end + 5) == -1 and text.find("/", max(0, start - 4), start) == -1:
        return None  # the usual case: no slash next to the noun
    own = key_of(text[start:end])
    after = _AFTER_RE.match(text, end)
    if after is not None and text[after.end() : after.end() + 3].lstrip(" ")[:1] != "/":
        other = after[2]
        if _other_half(own, key_of(other), gender, counterpart, elided=after[1] is not None):
            return SlashPair(start, after.end(), text[start:end], _whole(text[start:end], other))
    before = _BEFORE_RE.search(text, max(0, start - 40), start)
    if before is not None and text[end : end + 3].lstrip(" ")[:1] != "/":
        other = before[1].rstrip("-–")  # "Gastvrouw-/heer"
        if _other_half(own, key_of(other), gender, counterpart, elided=False):
            left_start = extend_over_hyphens(text, before.start(1))
            left = text[left_start : before.end(1)]
            return SlashPair(left_start, end, left, _whole(left, text[start:end]))
    return None


def _other_half(
    own: str, key: str, gender: str, counterpart: Callable[[str], str | None], *, elided: bool
) -> bool:
    """Whether ``key`` is the other sex's word to ``own``: a sex noun for an elided first part
    (*vakman/-vrouw*, *gastheer/vrouw*), a gendered word of the other sex (*gastheer/
    gastvrouw*), or a word and its feminine form (*kapper/kapster*)."""
    if key == own or (elided and key in _CLIPPED_ENDINGS):
        return False
    own_sex, other_sex = _sex_of(own), _sex_of(key)
    if own_sex is not None and own_sex == other_sex:
        return False  # "barmeisje / -meid": two words for the same sex
    if key in SEX_NOUNS:
        return own not in SEX_NOUNS  # "man/vrouw" is notation's own pair
    other = counterpart(key)
    if other is not None and other != gender:
        return True
    if own_sex is not None and other_sex is not None:
        return True  # "leerjongen/-meisje": compounds on the two sexes' nouns
    # "kapper/kapster", "verpleger/verpleegster", "steward/stewardess": one word and its
    # feminine form; not two jobs that share a first part (barman/barista, tuinman/tuinier)
    masculine, feminine = (own, key) if gender == "m" else (key, own)
    if feminine in (masculine + "ess", masculine + "esse"):
        return True  # "host/hostess": an English word and its feminine form
    return (
        shared_prefix(key, own) >= 3
        and feminine.endswith(_FEMININE_FORMS)
        and masculine.endswith(_MASCULINE_FORMS)
    )


#: The sex nouns a compound may end with, longest first (*jongedame* before *dame*), each
#: with its sex: the index's own list of nouns that name one sex.
_SEXES: Final = tuple(
    sorted(
        ((noun, sex) for sex, nouns in EXCLUSIVE_NOUNS["nl"].items() for noun in nouns),
        key=lambda pair: -len(pair[0]),
    )
)
#: The nouns an elided second half may be, longest first (*vrouwen* before *vrouw*).
_SEX_NOUNS_LONGEST: Final = tuple(sorted(SEX_NOUNS, key=len, reverse=True))


def _sex_of(word: str) -> str | None:
    """The sex of the sex noun that ``word`` ends with (*leerjongen* m, *kamermeisjes* f)."""
    for noun, sex in _SEXES:
        if word.endswith(noun):
            return sex
    return None


def _whole(left: str, right: str) -> str:
    """The second word written in full: *vakman/-vrouw* → *vakvrouw*, *Gastvrouw/heer* →
    *Gastheer*; a whole word stays as it is."""
    right = right.lstrip("-–")
    low, key = left.lower(), right.lower()
    if key not in SEX_NOUNS or low == key:
        return right
    for sex in _SEX_NOUNS_LONGEST:
        if low.endswith(sex) and len(low) > len(sex):
            return left[: len(left) - len(sex)] + right
    return right


def slash_finding(text: str, pair: SlashPair, strategy: str, suggestions: list[str]) -> Finding:
    """The finding for a slash pair. For the pair form the suggestion is the pair written
    out (*gastheer of gastvrouw*); otherwise the term's own alternatives, or the pair written
    out where the term has none."""
    written = text[pair.start : pair.end]
    if strategy == "paarvorm" or not suggestions:
        suggestions = [f"{pair.left} of {pair.right}"]
    return Finding(
        category="binary-notation",
        rule=RULE,
        severity="should-fix",
        start=pair.start,
        end=pair.end,
        text=written,
        message=f"'{written}' zet twee geslachten naast elkaar met een schuine streep.",
        explanation=(
            "Een schuine streep tussen een mannelijk en een vrouwelijk woord is een notatie "
            "met twee geslachten: ze sluit mensen uit die zich niet als man of vrouw "
            "identificeren en leest stroef. Gebruik een woord voor iedereen, schrijf de "
            "paarvorm voluit (‘gastheer of gastvrouw’) of spreek de lezer direct aan."
        ),
        source=(
            "Rijksoverheid, Taalkompas: genderinclusief schrijven; Andere Bril-redactie "
            "(schuine streep als genderbinaire notatie)"
        ),
        suggestions=suggestions,
    )
