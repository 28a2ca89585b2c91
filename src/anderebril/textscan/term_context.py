"""Whether a term is meant as the gendered job word where it stands: *meester* is the male
teacher near *klas*, *basisschool* or *juf*, and elsewhere a title (*meester in de rechten*,
*meester Van Dijk*) or a craft's master (*de oude meesters*, *leerling, gezel en meester*); an
entry lists its ``context`` words in the lexicon. Some terms are no person's job at all (a club
as *gastheer*, religious *zusters*), and a table's words run together are no compound."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.matching import Candidate
from anderebril.textscan.tokenize import WORD_RE


def in_context(text: str, cand: Candidate, context: tuple[str, ...]) -> bool:
    """Whether one of an entry's ``context`` words stands within ``CONTEXT_REACH`` characters
    of the candidate (as a whole word or the start of one: *klas*, *klassen*, *klaslokaal*;
    not *klassiek*), and the word is not used as in *meester in de rechten*, *iets meester
    zijn*, *de oude meesters* or *meester Van Dijk* (a title)."""
    if _MASTERY_BEFORE_RE.search(text, max(0, cand.start - 8), cand.start):
        return False  # "de oude meesters"
    if cand.info.term_number == "singular" and (
        _MASTERY_AFTER_RE.match(text, cand.end)
        or (
            _MASTERED_RE.match(text, cand.end)
            and not _DETERMINED_RE.search(text, max(0, cand.start - 30), cand.start)
        )
    ):
        return False  # "meester in de rechten", "de tafels meester zijn"; not "Een meester is"
    window = text[max(0, cand.start - CONTEXT_REACH) : cand.end + CONTEXT_REACH].lower()
    words = WORD_RE.findall(window)
    if any(word in _JOURNEYMAN for word in words):
        return False  # "leerling, gezel en meester", "de meester-gezelformule": a guild's master
    if _MASTER_TO_PUPIL_RE.match(text, max(0, cand.start - 4)):
        return False  # "vakkennis gaat over van meester op leerling": the craft's master
    return any(word.startswith(context) and not word.startswith(_NOT_CONTEXT) for word in words)


CONTEXT_REACH: Final = 150
_NOT_CONTEXT: Final = ("klassiek", "klasse")
_JOURNEYMAN: Final = frozenset(["gezel", "gezellen", "gezelformule", "gezelproef", "gezelbrief"])
_MASTER_TO_PUPIL_RE: Final = re.compile(
    r"van[ \t]+meesters?[ \t]+(?:op|naar|aan)[ \t]+(?:de[ \t]+)?(?:leerling|gezel)", re.IGNORECASE
)
_MASTERY_AFTER_RE: Final = re.compile(r"[ \t]+(?:in|over|van(?![ \t]+groep))\b|[ \t]+[A-Z]|[;:]")
_MASTERED_RE: Final = re.compile(r"[ \t]+(?:zijn|worden|geworden|is|was|werd|te)\b")
_DETERMINED_RE: Final = re.compile(
    r"\b(?:een|één|de|onze|die|deze|elke|iedere|geen|zo'n|jullie|je|hun)(?:[ \t]+\w+e)?[ \t]+\Z",
    re.IGNORECASE,
)
_MASTERY_BEFORE_RE: Final = re.compile(r"(?:oude|grote|echte|ware)[ \t]+\Z", re.IGNORECASE)


def not_a_person(text: str, cand: Candidate) -> bool:
    """A term used for something that is no person's job: a club or a town as host (*Onze
    vereniging toont zich een goed gastheer*), a sister next to a brother (*een ouder, kind,
    broer of zuster van de cliënt*: family, not a nurse), sisters and brothers of a religious
    order (*katholieke en protestantse zusters*, *fraters en broeders*); a word cited in a
    gender clause (*kan ook ‘zij’ of ‘werkneemster’ worden gelezen*)."""
    word = cand.key
    if cited_in_gender_clause(text, cand.start, cand.end):
        return True
    if _NAMED_AS_RE.search(text, max(0, cand.start - 40), cand.start):
        return True  # "een vrouwelijke kelner noemt men serveerster of kelnerin": a definition
    if word in _HOSTS:
        return _ORGANISATION_RE.search(text, max(0, cand.start - 80), cand.start) is not None
    if word in _RELIGIOUS_SIBLINGS:
        if _BROTHER_BEFORE_RE.search(text, max(0, cand.start - 14), cand.start) is not None:
            return True
        if _ORDER_ADJECTIVE_RE.search(text, max(0, cand.start - 40), cand.start) is not None:
            return True  # "katholieke en protestantse zusters"
        window = text[max(0, cand.start - 80) : cand.end + 80].lower()
        return _RELIGIOUS_RE.search(window) is not None  # "fraters en broeders", nuns
    return False


def cited_in_gender_clause(text: str, start: int, end: int) -> bool:
    """The word in quotes in a sentence that says how to read the text's words: *Waar ‘hij’
    of ‘werknemer’ staat, kan ook ‘zij’ of ‘werkneemster’ worden gelezen* (a CAO's gender
    clause cites the words; it does not use them)."""
    if text[start - 1 : start] not in _OPENING_QUOTES or text[end : end + 1] not in _CLOSING:
        return False
    low = start
    while low > 0 and text[low - 1] not in ".!?\n" and start - low < 300:
        low -= 1
    high = text.find(".", end, end + 300)
    sentence = text[low : high if high != -1 else end + 300]
    quoted = sum(sentence.count(mark) for mark in _OPENING_QUOTES)
    return (
        quoted >= 2  # another quoted word: "‘werknemer’ … ook ‘werkneemster’"
        and " ook " in sentence
        and _READ_AS_RE.search(sentence) is not None
    )


#: A word being defined: *noemt men*, *noem je* right before it, and perhaps the first of two
#: (*… serveerster of kelnerin*); not *heten* (*Wij heten vakmannen welkom*).
_NAMED_AS_RE: Final = re.compile(
    r"\b(?:noemt men|noem je|noemen we|noemen wij)(?:[ \t]+(?:ook|wel|dan|een))*"
    r"(?:[ \t]+\w+[ \t]+of)?[ \t]+\Z",
    re.IGNORECASE,
)
_OPENING_QUOTES: Final = frozenset("‘'\"“„")
_CLOSING: Final = frozenset("’'\"”")
_READ_AS_RE: Final = re.compile(
    r"\b(?:gelezen|bedoeld|staat geschreven)\b"  # not *verstaan*: a definition uses its word
)
_HOSTS: Final = frozenset(["gastheer", "gastvrouw"])
#: A club, a town or a country right before, as what it is: *Onze vereniging toont zich een
#: goed gastheer*, *Nederland was in 2000 gastheer*; not *Ons hotel is op zoek naar een …*.
_ORGANISATION_RE: Final = re.compile(
    r"\b(?:[Vv]ereniging|[Cc]lub|[Ss]tad|[Gg]emeente|[Pp]rovincie|[Ll]and) (?:is|was|toont zich"
    r"|speelt|blijkt|wordt|werd)(?: (?:dit jaar|in \d{4}|opnieuw))?(?: een)?"
    r"(?: (?:goede?|prima|uitstekende?|perfecte?))? \Z"
    r"|\b[A-Z][a-z]{3,} (?:is|was|wordt|werd)(?: (?:dit jaar|in \d{4}|opnieuw))? \Z"
)  # a place's name takes no article: not "Wie is een gastheer", "Traditioneel is een …"
_RELIGIOUS_SIBLINGS: Final = frozenset(["zuster", "zusters", "broeder", "broeders"])
#: Words of a religious order: *katholieke en protestantse zusters*, *fraters en broeders*.
_RELIGIOUS_RE: Final = re.compile(
    r"(?<![\w-])(?:fraters?|kloosterlingen|kloosterling|kloosterzusters|klooster|kloosters"
    r"|priesters?|paters?|nonnen|congregatie|franciscanessen|diakens?)(?![\w-])"
)
#: An adjective of a faith or order right before the noun, alone or joined: *katholieke en
#: protestantse zusters*, *religieuze zusters*.
_ORDER_ADJECTIVE_RE: Final = re.compile(
    r"\b(?:katholieke|protestantse|religieuze|franciscaanse)(?: (?:en|of) \w+e)? \Z"
)
_BROTHER_BEFORE_RE: Final = re.compile(r"\bbroers? (?:of|en) \Z", re.IGNORECASE)


def glued(cand: Candidate) -> bool:
    """Whether several words run together, each with its capital: *geslachtVrouwMan* (a
    table's headers) or a brand (*KraamZus*, *VakMan*); not one word glued to the noun
    (*eenVakman*, a PDF's lost space)."""
    prefix, head, surface = cand.prefix, cand.head, cand.surface
    if (
        surface[:1].isupper()
        and "-" not in surface
        and any(
            c.isupper() and surface[i - 1].islower() and i != len(prefix)
            for i, c in enumerate(surface[2:], 2)
        )
    ):
        # "bij KraamZus terecht": a firm's name in camel case; not "ErvarenTimmerman", a
        # PDF's lost space before the noun
        return True
    return (
        bool(prefix)
        and prefix[-1].islower()
        and head[:1].isupper()
        and any(c.isupper() for c in prefix[1:])
    )
