"""A request for one sex made with an adjective: *Wij zoeken een vrouwelijke monteur*,
*Gezocht: mannelijke chauffeur*, *Voor deze functie is een vrouwelijke verzorgster vereist*.
Like *wij zoeken een man* it is a must-fix ``gendered-term``: the noun may be neutral, the
adjective makes the request exclusive. Dutch only. Both sexes together (*mannelijke en
vrouwelijke monteurs*) and sentences that ask for nothing (*vrouwelijke collega's zijn van
harte welkom*, *het aandeel vrouwelijke monteurs*) are left alone."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import Final

from anderebril.textscan.appeals import SEARCH_VERBS, WANTED
from anderebril.textscan.index import Index
from anderebril.textscan.model import Finding
from anderebril.textscan.terms import EXCLUSIVE_SOURCE
from anderebril.textscan.tokenize import key_of, sentence_around, wordset

_ADJECTIVES: Final = wordset("mannelijke vrouwelijke mannelijk vrouwelijk")
#: What a sex adjective describes that is not a person: "typisch vrouwelijke kenmerken".
_NOT_PEOPLE: Final = wordset(
    "kenmerken kenmerk eigenschappen eigenschap kwaliteiten kwaliteit trekken trek waarden "
    "hormonen hormoon energie stem stemmen kant kanten blik uitstraling beroepen beroep vakken "
    "sectoren rol rollen stijl lichaam lichamen doelgroep doelgroepen vorm vormen "
    "competentie competenties vaardigheid vaardigheden gedrag taal woorden "
    "termen"
)
_ADJECTIVE_RE: Final = re.compile(
    r"\b(mannelijke|vrouwelijke|mannelijk|vrouwelijk)\s+([^\W\d_][\w'’-]*)", re.IGNORECASE
)
#: Words in the sentence that make it a request: a search verb, *gezocht*, *vacature*, …
_ASKING: Final = (
    (SEARCH_VERBS["nl"] - wordset("vragen vraagt"))  # "vragen stellen aan …": questions
    | WANTED["nl"]
    | wordset("vacature vacatures vereist gewenst voorkeur solliciteren reageer reageren")
)
_EXPLANATION: Final = (
    "Een oproep voor één geslacht sluit anderen uit en is bij werving en selectie in strijd "
    "met de gelijkebehandelingswetgeving. Vraag naar de functie of de vaardigheden, niet naar "
    "het geslacht."
)


def adjective_requests(
    text: str, low: str, index: Index, distinct: AbstractSet[str] | None = None
) -> list[Finding]:
    """The requests for one sex in ``text`` (``low`` is its lowercase form, same length;
    ``distinct``, when known, its distinct words, see :class:`matching.ChunkWords`). Only
    for a noun the lexicon knows as a person (*monteur*, *installatiemonteur*, *collega's*,
    *ICT'er*), not *typisch vrouwelijke kenmerken*."""
    if distinct is not None:
        if distinct.isdisjoint(_ADJECTIVES):
            return []  # the usual case, told without a pass over the text
    elif "mannelijk" not in low and "vrouwelijk" not in low:
        return []
    out: list[Finding] = []
    for match in _adjective_matches(text, low):
        if _both(low, match) or not _asked(low, match.start(), match.end()):
            continue
        if not _person(index, key_of(match[2])):
            continue
        who = "mannen" if match[1].lower().startswith("m") else "vrouwen"
        noun = match[2]
        out.append(
            Finding(
                category="gendered-term",
                rule=f"nl.gendered-term.alleen-{who}",
                severity="must-fix",
                start=match.start(),
                end=match.end(),
                text=match[0],
                message=f"Hier worden alleen {who} gevraagd.",
                explanation=_EXPLANATION,
                source=EXCLUSIVE_SOURCE,
                suggestions=[noun[0].upper() + noun[1:] if match[0][0].isupper() else noun],
            )
        )
    return out


def _adjective_matches(text: str, low: str) -> list[re.Match[str]]:
    """The matches of ``_ADJECTIVE_RE``, found with ``str.find`` on ``low``: a case-blind
    regex over a whole chunk costs far more, and the adjectives are rare."""
    if len(low) != len(text):
        return list(_ADJECTIVE_RE.finditer(text))
    spots: list[int] = []
    for stem in ("mannelijk", "vrouwelijk"):
        pos = low.find(stem)
        while pos != -1:
            if pos == 0 or not (low[pos - 1].isalnum() or low[pos - 1] == "_"):
                spots.append(pos)
            pos = low.find(stem, pos + 1)
    spots.sort()
    found = [_ADJECTIVE_RE.match(text, pos) for pos in spots]
    return [match for match in found if match is not None]


def _person(index: Index, noun: str) -> bool:
    """Whether ``noun`` (lowercase) may name a person: anything but a thing the lexicon knows
    or a quality (*vrouwelijke kenmerken*). An adjective may come first (*een mannelijke
    pedagogisch medewerker*), and many person nouns are not in the lexicon (*oppas*, *POH*)."""
    if noun in _NOT_PEOPLE:
        return False
    info = index.classify(noun)
    return info is None or info.role is None or info.role.kind == "person"


def _both(low: str, match: re.Match[str]) -> bool:
    """*mannelijke en vrouwelijke monteurs*, *vrouwelijke of mannelijke kandidaten*."""
    before = low[max(0, match.start() - 25) : match.start()].split()[-2:]
    if len(before) == 2 and before[1] in ("en", "of", "en/of") and "lijk" in before[0]:
        return True
    return key_of(match[2]) in ("en", "of", "en/of")


def _asked(low: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start:end`` asks for someone."""
    lo, hi = sentence_around(low, start, end)
    words = [w.strip(",;:()'\"‘’“”") for w in low[lo:start].split()]
    if _ASKING.isdisjoint(words) and _ASKING.isdisjoint(
        [w.strip(",;:()'\"‘’“”") for w in low[start:hi].split()]
    ):
        return False
    scarce = _SCARCE_RE.search(low, end, hi)
    if scarce is not None and not any(c in low[end : scarce.start()] for c in ";:,"):
        return False  # "Mannelijke begeleiders moet je met een lampje zoeken": they are rare
    return not _trend(words)


def _trend(words: list[str]) -> bool:
    """*Niet voor niets zijn sommige bedrijven nu op zoek naar vrouwelijke ICT'ers*: a trend
    among firms in general (a quantifier before the firms), told by someone who is not
    hiring. Not *De scholen van SKO zoeken …* or *Flexwerk zoekt voor diverse bedrijven …*."""
    for at, word in enumerate(words[1:], 1):
        if word.endswith(_FIRMS) and words[at - 1] in _SOME:
            return True
    return False


#: *met een lampje zoeken*, *met een lantaarntje zoeken*: an idiom for being rare, no request.
_SCARCE_RE: Final = re.compile(r"met een (?:lampje|lantaarntje|lantaarn|vergrootglas) (?:te )?zoek")
#: Firms as a group, also in compounds (*installatiebedrijven*, *techniekbedrijven*).
_FIRMS: Final = ("bedrijven", "werkgevers", "organisaties", "ondernemingen", "scholen")
_SOME: Final = wordset("sommige veel vele meer andere enkele meeste alle")
