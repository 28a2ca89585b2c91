"""Whether a pronoun in a generic noun's reach is someone else's because a person is named
or known: a name after a noun (*Chef-kok Ramon Janssen*), a full name inside a sentence, a
name opening a sentence (*Jansen is trots op zijn bedrijf*, *Machiels gooide …*), the
writer's own person (*Mijn leermeester …*, *onze vader*), or someone named with their age
beside the noun.
:mod:`pronouns` asks these while it walks a reach."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.names import (
    AGED_NAME_RE,
    FIRST_NAMES,
    NAME_PARTICLES,
    NOT_NAMES,
    aged,
    capitalised_inside,
    followed_by_name,
    surname_of_someone,
    title_adjective,
)
from anderebril.textscan.pronoun_clues import FULL_NAME_RE
from anderebril.textscan.pronoun_grammar import NL, Grammar
from anderebril.textscan.tokenize import (
    Token,
    is_all_caps,
    is_sentence_start,
    key_of,
    sentence_around,
    wordset,
)


def names_someone(text: str, token: Token) -> bool:
    """A person noun in the reach that a name follows (*Chef-kok Ramon Janssen*, *gastvrouw
    Sanne*) is one person: later pronouns are about them, not about the generic noun."""
    nxt = text[token.end : token.end + 2]
    if len(nxt) != 2 or nxt[0] != " " or not nxt[1].isupper():
        return False
    return FULL_NAME_RE.match(text, token.end) is not None and followed_by_name(text, token.end)


def full_name_at(text: str, tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """A first name and surname inside a sentence in the reach (*Dat is de stap die Wil van
    Ophem in zijn jaren …*): the person named takes the pronouns after it. Not after a
    preposition or article (*bij Bouwbedrijf Jansen*, *de Nederlandse Spoorwegen*), and only
    Dutch (the name pattern is Dutch)."""
    if grammar is not NL:
        return False
    if is_all_caps(tokens[i].text):
        return False
    prev = key_of(tokens[i - 1].text) if i > 0 else ""
    name = FULL_NAME_RE.match(text, tokens[i].start - 1)
    if name is None:
        # "“…”, zegt Brouns. Hij wil …": a surname alone right after a verb of saying that
        # closes a quotation (not "De monteur zegt dat hij …, zegt Jansen. Hij …")
        return (
            prev in _SAYING
            and key_of(tokens[i].text) not in NOT_NAMES
            and _QUOTE_CLOSED_RE.search(text, max(0, tokens[i - 1].start - 4), tokens[i - 1].start)
            is not None
        )
    if prev in _ARTICLES:
        return False
    if _AGE_AFTER_RE.match(text, name.end()):
        return True  # "Kuipers doelt op Danny Makkelie (34): “Hij …": a person, by the age
    if prev in grammar.prepositions:
        return False
    parts = name[0].split()
    if title_adjective(parts[0]):
        return False  # "De Medewerker Huishoudelijke Dienst": a title, no name
    if len(parts) > 2 or prev in _BEFORE_A_NAME:
        return True  # "Wil van Ophem", "volgens Mark Jansen"
    # Two capitalised words alone: a name (*stelt Ahmed Yilmaz voor*) unless the second is a
    # product's or place's word (*gebruikt Google Drive*, *Microsoft Teams*, *Den Haag*)
    return parts[1].lower() not in _PRODUCT_WORDS and parts[0].lower() not in _PLACE_WORDS


_ARTICLES: Final = wordset("de het een deze dit")
#: An age in brackets right after a name: *Danny Makkelie (34)*.
_AGE_AFTER_RE: Final = re.compile(r" ?\((?:1[4-9]|[2-9]\d)\)")  # not a note: "(7)"
_PRODUCT_WORDS: Final = wordset(
    "drive docs sheets slides teams office outlook word excel powerpoint cloud studio "
    "directory analytics acrobat photoshop illustrator server azure dynamics exchange maps "
    "meet classroom workspace code store play pay point reader suite online desktop edition "
    "pro plus express manager center centre portal app apps hub academy"
)
_PLACE_WORDS: Final = wordset("den de het sint bergen nieuw oud groot klein")
_SAYING: Final = wordset("zegt zei vertelt vertelde aldus stelt stelde meent lacht")
_QUOTE_CLOSED_RE: Final = re.compile(r"[”“\"’'],?[ \t]*\Z")
_BEFORE_A_NAME: Final = wordset(
    "die dat volgens zegt zei vertelt vertelde aldus vindt vond meent weet legt legde"
)


def name_opens_sentence(text: str, tokens: list[Token], i: int) -> bool:
    """*Jansen is trots op zijn bedrijf*: a sentence that opens with a name as its subject (a
    capitalised word that also stands capitalised inside a sentence nearby, then a verb) is
    about that person, not the generic noun before it. So does someone named with their
    age (*Noah (18) is de jongste vrijwilliger*) or in full, the surname seen capitalised
    inside a sentence too (*Chris Mangelschots geeft in zijn atelier …*)."""
    if i + 1 >= len(tokens) or is_all_caps(tokens[i].text):
        return False
    if aged(text, tokens[i]):
        return key_of(tokens[i].text) not in _NUMBERED  # not "Hoofdstuk (15) beschrijft …"
    second = tokens[i + 1]
    last = i + 1
    while last + 1 < len(tokens) and key_of(tokens[last].text) in NAME_PARTICLES:
        last += 1  # "Kees van Dam (41)"
    surname = tokens[last]
    if (
        surname.text[:1].isupper()
        and _SPACED_RE.fullmatch(text, tokens[i].end, surname.start) is not None
        and aged(text, surname)
    ):
        return True  # "Daan Herbschleb (34) breekt met die regel. Hij …": named in full, aged
    verb = key_of(second.text)
    if (
        key_of(tokens[i].text) in FIRST_NAMES
        and second.text.islower()
        and (verb in _NAME_VERBS or (len(verb) > 2 and verb.endswith(("t", "de", "te"))))
    ):
        return True  # "Jan begint om acht uur. Hij …": a common first name, then a verb
    if verb in _NAME_VERBS:
        return capitalised_inside(text, tokens[i])
    if second.text.islower() and len(verb) > 3 and verb.endswith(("t", "de", "te")):
        # "René Machiels … Machiels gooide het roer om": a surname seen after a first name;
        # not a product or a place (*Magister toont …*, *… in Excel. Excel berekent …*)
        return surname_of_someone(text, tokens[i])
    return (
        i + 2 < len(tokens)
        and tokens[i + 2].text.islower()
        and not is_all_caps(second.text)
        and _aged_elsewhere(text, tokens[i], second)
    )


#: Only spaces and name particles between a first name and the surname: *Kees van Dam*.
_SPACED_RE: Final = re.compile(r"(?: (?:van|de|der|den|ter|ten|te|het|'t|in|op|von|el|al))* ")


def our_subject(text: str, tokens: list[Token], i: int) -> bool:
    """*Mijn leermeester laat me …*: the writer's own person opening a sentence is one known
    person. Not *bij onze opdrachtgever* or *door onze praktijkopleider*: the generic role of
    the sentence before is still the one *hij* is about."""
    return (
        i > 0
        and key_of(tokens[i - 1].text) in _OURS
        and is_sentence_start(text, tokens[i - 1].start)
    )


_OURS: Final = wordset("mijn m'n onze ons")


def aged_beside(text: str, tokens: list[Token], i: int, start: int, end: int) -> bool:
    """*… volgens Gijs van Kessel (19) wat een monteur mobiele werktuigen doet. Hij en zijn
    studiegenoot komen …*: *Hij en …* opening the next sentence, a pair of people, is the one
    named with their age beside the noun, not the role. Not *Volgens Lisa (24) moet een
    monteur … Hij komt …*, which goes on about anyone."""
    if i + 1 >= len(tokens) or key_of(tokens[i + 1].text) != "en":
        return False
    lo, hi = sentence_around(text, start, end, 300)
    return AGED_NAME_RE.search(text, lo, hi) is not None


def _aged_elsewhere(text: str, first: Token, second: Token) -> bool:
    """Whether the two words stand elsewhere in the text as someone named with their age
    (*Chris Mangelschots (53)*): then they are that person, not *Techniek Nederland*. Only
    within ``_NAME_REACH`` characters (the same article): a search of the whole text for every
    such pair made a long text's scan grow with the square of its length."""
    name = text[first.start : second.end]
    lo = max(0, first.start - _NAME_REACH)
    hi = min(len(text), second.end + _NAME_REACH)
    at = text.find(name + " (", lo, hi)
    while at != -1:
        if at != first.start and aged(text, Token(at, at + len(name), name)):
            return True
        at = text.find(name + " (", at + 1, hi)
    return False


_NAME_REACH: Final = 5_000


#: Capitalised words with a number in brackets that are no one: "Hoofdstuk (15)".
_NUMBERED: Final = wordset(
    "hoofdstuk artikel bijlage paragraaf stap fase pagina figuur tabel les module week vacatures"
)


_NAME_VERBS: Final = wordset(
    "is was heeft had werkt werkte zegt zei vertelt vertelde vindt vond wil wilde kan kon "
    "moet moest gaat ging komt kwam krijgt kreeg maakt maakte ziet zag weet wist"
)


def writers_relative(text: str, tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` (a word of :data:`OWN_PEOPLE`) is the writer's own, *onze
    vader*, *mijn moeder*: one family member comes into view. Not the prayer (*het Onze
    Vader*) or a quoted word (*kruist 'mijn vader' aan*)."""
    token = tokens[i]
    if key_of(token.text) in _MEN and i > 1 and key_of(tokens[i - 2].text) in _BECOMES:
        return False  # "De vertegenwoordiger die wij zoeken wordt onze man in het zuiden"
    return (
        i > 0
        and key_of(tokens[i - 1].text) in _OWN_KIN
        and not token.text[:1].isupper()
        and text[token.end : token.end + 1] not in _QUOTES
    )


_MEN: Final = wordset("man jongen")
_BECOMES: Final = wordset("wordt word worden is ben bent zijn")


#: Family words after which the writer's relative is in view.
KIN: Final = wordset("vader moeder opa oma broer zus oom tante zoon dochter pa ma")
#: Family words and the men of the writer's own (*onze man*, a paper's reporter; *mijn
#: man*; *onze jongen*) after which that one person is in view.
OWN_PEOPLE: Final = KIN | wordset("man jongen")  # the words of _MEN
_OWN_KIN: Final = wordset("mijn m'n onze")
_QUOTES: Final = frozenset("'\"‘“")


def owns_someone_named(text: str, tokens: list[Token], i: int) -> bool:
    """*kijkt de leerling naar zijn leermeester Piet van Haperen*, *hij en zijn zakenpartner
    Willemine*: the possessive at ``tokens[i]`` owns a noun that a name follows, one known
    person of the owner's, so the owner is one person too."""
    if i + 2 >= len(tokens) or not tokens[i + 1].text.islower():
        return False
    name = tokens[i + 2]
    if text[tokens[i + 1].end : name.start] != " " or not name.text[:1].isupper():
        return False
    return key_of(name.text) in FIRST_NAMES or FULL_NAME_RE.match(text, name.start) is not None
