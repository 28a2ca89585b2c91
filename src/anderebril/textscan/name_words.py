"""When a gendered word is part of a name rather than a word for a role: a surname
(*Hoffman*, *meneer Timmerman*, *wethouder Zeeman*), the title of a work (*het vakblad De
Vakman*), a shop or a ship (*bij de Zeeman*), a website (*werksters.nl*)."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.context import after
from anderebril.textscan.names import (
    TITLE_ADJECTIVES,
    looks_like_name,
    surname_of_someone,
    title_adjective,
)
from anderebril.textscan.tokenize import (
    Token,
    is_all_caps,
    is_capitalised,
    is_sentence_start,
    key_of,
    wordset,
)

#: Forms of address and titles before a surname: *meneer Timmerman*, *wethouder Zeeman*.
TITLES: Final = wordset(
    "meneer mevrouw mw mevr dhr heer mr mrs ms dr ir ing drs achternaam familienaam familie "
    "wethouder burgemeester minister staatssecretaris gedeputeerde raadslid kamerlid "
    "burgervader premier president voorzitter directeur professor prof"
)


#: An organisation's acronym in brackets right after a capitalised word of its name.
_ACRONYM_AFTER_RE: Final = re.compile(r" \([A-Z]{2,8}\)")


def part_of_a_name(
    text: str, start: int, end: int, surface: str, compound: bool, prev: list[Token]
) -> bool:
    """Whether the noun at ``start:end`` (``surface`` as written, ``prev`` the words before
    it in its sentence) is part of a name."""
    if _DOMAIN_RE.match(text, end):
        return True  # "werksters.nl", "kapster.com": a website
    if not is_capitalised(surface):
        return False
    if _DAY_AFTER_RE.match(text, end):
        return True  # "Op 21 april is het Secretaresse Dag": the name of a day
    if is_sentence_start(text, start):
        # "Simone Peerdeman (43) … Peerdeman besloot …": the surname of someone named nearby
        return (
            compound and surface.isalpha() and surname_of_someone(text, Token(start, end, surface))
        )
    if is_all_caps(surface) or "-" in surface:
        return False
    if _ACRONYM_AFTER_RE.match(text, end):
        return True  # "de Vlaamse Beroepsorganisatie van Vroedvrouwen (VBOV)": a body's name
    if compound:  # Hoffman, Kaufman: a surname, not a compound job title; not "Sociaal Raadsman"
        return not (prev and text[prev[-1].end : start] == " " and title_adjective(prev[-1].text))
    if key_of(surface) in SURNAME_JOBS and _bare_in_a_sentence(text, prev, end):
        return True  # "legde Zeeman ooit uit", "de keten Zeeman": a name, not a job
    if _title_article(text, prev):
        return True  # "zijn studie De Ambachtsman": the title of a book, a magazine, a show
    if _shop_name(text, prev, end):
        return True  # "de sokken van de Zeeman": a shop, a ship, a café
    if not prev:
        return False
    if key_of(prev[-1].text) in TITLES:
        return True
    # "Jan Timmerman"; not "Kapster, Schoonmaakster" (a list) or "Sociaal Raadsman" (a title)
    return text[prev[-1].end : start] == " " and _name_before(text, prev[-1])


def _bare_in_a_sentence(text: str, prev: list[Token], end: int) -> bool:
    """A capitalised job word after a lowercase word that cannot open its noun phrase (a
    verb, a noun, a conjunction: *legde Zeeman uit*, *textielketen Zeeman*, *dat Zeeman
    het*, *bij Zeeman*): Dutch puts an article before a job, so a bare capital is a name. Not
    in a recruiting sentence, after an article, *als* or an adjective (*een Timmerman*, *als
    Kapster*, *zoeken ervaren Timmerman*), nor before *(m/v)* or *gezocht*."""
    if not prev:
        return False
    word = prev[-1].text
    key = key_of(word)
    if key in _FIRM_PREPOSITIONS:
        return True  # "Solliciteer bij Zeeman", "de winkels van Zeeman": a firm or a person
    if any(key_of(t.text) in _RECRUITING for t in prev):
        return False  # "Wij zoeken nog steeds Timmerman", "Word ook Vakman"
    if not word.isalpha() or not word.islower() or key in _OPENS_A_NOUN_PHRASE:
        return False
    if key in TITLE_ADJECTIVES:
        return False
    if key.endswith("e") and (len(prev) < 2 or key_of(prev[-2].text) in _OPENS_A_NOUN_PHRASE):
        return False  # "een goede Timmerman": an inflected adjective (not "legde Zeeman uit")
    return not _WANTED_AFTER_RE.match(text, end)


#: Job words that are common Dutch surnames (*Jan Zeeman*, *Timmerman zegt …*); only these
#: are read as a name when they stand bare in a sentence, not *Vakman* or *Kapster*.
SURNAME_JOBS: Final = wordset(
    "timmerman zeeman koopman stuurman visser bakker schipper kuiper veerman kooiman bouwman "
    "schaapman molenaar wagenaar smid schoenmaker kleermaker brouwer slager boer"
)
_FIRM_PREPOSITIONS: Final = wordset("bij van naar")
#: Words of a recruiting sentence, where a bare capital is a job: *Word ook Timmerman*.
_RECRUITING: Final = wordset(
    "je jij u zoeken zoekt zoek gezocht vacature vacatures solliciteer word wordt worden"
)
#: Words after which a job word may stand without an article.
_OPENS_A_NOUN_PHRASE: Final = wordset(
    "de het een elke ieder iedere deze die onze ons mijn jouw je zijn haar hun uw "
    "als tot zoeken zoekt zoek gezocht vacature functie beroep vak en of"
)
_WANTED_AFTER_RE: Final = re.compile(r"\s*(?:\(|gezocht\b|m/v\b|v/m\b)", re.IGNORECASE)
_DOMAIN_RE: Final = re.compile(r"\.(?:nl|be|com|org|net|eu|info|nu)\b")  # lowercase: not ".Nu …"


def _name_before(text: str, token: Token) -> bool:
    """A name just before a capitalised noun (*Jan Timmerman*), not an adjective of a heading
    in title case (*Wij zoeken een Echte Vakman*, *Ervaren Monteur*)."""
    key = key_of(token.text)
    if title_adjective(token.text) or key in _HEADING_NOUNS or key.endswith(_HEADING_ENDINGS):
        return False  # "Vacatures Hostess", "Opleiding Timmerman", "Functieprofiel Voorman"
    if len(token.text) == 1:
        return False  # "Telefonist B Secretaresse A": a grade in a list, no name
    return looks_like_name(text, token)


#: Nouns that headings put before a job title: *Vacatures Hostess*, *Opleiding Kapper*.
_HEADING_NOUNS: Final = wordset(
    "vacature vacatures functie functies beroep beroepen opleiding opleidingen cursus "
    "cursussen stage stages baan banen job jobs werken profiel beroepsprofiel functienaam "
    "functietitel"
)


#: Endings of compound heading nouns: *Functieprofiel*, *Functiebeschrijving*, *Beroepsopleiding*.
_HEADING_ENDINGS: Final = ("profiel", "beschrijving", "omschrijving", "opleiding", "vacature")

#: A capitalised article inside a sentence starts a title: *het boek De Vakman*.
_TITLE_ARTICLES: Final = frozenset(["De", "Het", "Een", "The", "A"])
#: Words (also as compound heads: *vakblad*) for works whose titles follow them.
_WORKS: Final = (
    "boek", "studie", "blad", "tijdschrift", "magazine", "programma", "serie", "film", "roman",
    "podcast", "rubriek", "column", "titel", "bundel", "musical", "voorstelling", "documentaire",
)  # fmt: skip


def _title_article(text: str, prev: list[Token]) -> bool:
    """*zijn studie De Ambachtsman*, *het vakblad De Vakman*: a capitalised article after a word
    for a book, magazine or programme starts its title. Not a heading in title case (*Ben Jij
    De Vakman Die Wij Zoeken?*) or a stray capital (*Wij zoeken De Schoonmaakster*)."""
    if len(prev) < 2 or prev[-1].text not in _TITLE_ARTICLES:
        return False
    return key_of(prev[-2].text).endswith(_WORKS) and not is_sentence_start(text, prev[-1].start)


def _shop_name(text: str, prev: list[Token], end: int) -> bool:
    """*van de Zeeman*, *bij de Boerinn*: a capitalised noun after a preposition and *de* or
    *het*, inside a sentence and not in a heading in title case, is the name of a shop,
    ship or café."""
    if len(prev) < 2 or key_of(prev[-1].text) not in ("de", "het"):
        return False
    if key_of(prev[-2].text) not in _PLACE_PREPOSITIONS or is_capitalised(prev[-1].text):
        return False
    following = after(text, end, 30, count=1)
    if following and is_capitalised(following[0].text):
        return False
    # a job description writes its functions with a capital: "de taken van de
    # Directiesecretaresse"; not a shop one works at (*bij de Zeeman*) or a known name
    return (
        key_of(prev[-2].text) != "van"
        or key_of(text[prev[-1].end : end].strip()) in SURNAME_JOBS
        or _JOB_TEXT_RE.search(text, max(0, end - 600), end + 300) is None
    )


_DAY_AFTER_RE: Final = re.compile(r"[ \t]+(?:Dag|Day|Week)\b")
_PLACE_PREPOSITIONS: Final = wordset("van bij naar in uit op")
#: Words of a job description (a function's profile or its reference function), for the
#: regular expressions of the rules that read job texts.
JOB_DESCRIPTION_WORDS: Final = (
    r"functie(?:omschrijving|beschrijving|profiel|-?eisen|houder)|referentiefunctie"
)
_JOB_TEXT_RE: Final = re.compile(
    JOB_DESCRIPTION_WORDS + r"|functienaam"
    r"|\bvervangt\b|\bwerkzaamheden\b|\btaken\b|\bkerntaken\b|\bresultaatgebieden\b",
    re.IGNORECASE,
)
