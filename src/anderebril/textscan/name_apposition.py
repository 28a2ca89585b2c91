"""A noun that says what a person named just before is: *Mohammed is de jongste voorman*,
*Sanne werd een echte vakvrouw*, *Maak kennis met Mohammed: de jongste voorman*, *Jeroen,
onze meewerkend voorman*. Both the gendered-term rule (through :mod:`people`) and the
generic-masculine rule leave it alone."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.context import before
from anderebril.textscan.first_names import FIRST_NAMES, first_name_in
from anderebril.textscan.name_subject import COPULAS, RELATIVES
from anderebril.textscan.names import (
    FIRM_WORDS,
    NAME_PARTICLES,
    aged,
    capitalised_inside,
    looks_like_name,
    title_adjective,
)
from anderebril.textscan.pronoun_clues import SPEECH_VERBS
from anderebril.textscan.tokenize import Token, is_sentence_start, key_of, wordset


def said_of_a_name(text: str, start: int) -> bool:
    """Whether the noun says what a person named just before is: *Mohammed is de jongste
    voorman*, *Sanne werd een echte vakvrouw*, *Maak kennis met Mohammed: de jongste voorman*.
    Only the name, a copula, an article and adjectives may come before the noun."""
    prev = before(text, start, 60)
    if colon_apposition(text, start, prev) or _comma_apposition(text, start, prev):
        return True
    at = len(prev) - 1
    while at >= 0 and describes(key_of(prev[at].text)):
        at -= 1
    loose = 0  # "de nieuwe algemeen directeur": an uninflected adjective or two
    while (
        at >= 0 and loose < 2 and prev[at].text.islower() and key_of(prev[at].text) not in COPULAS
    ):
        at -= 1
        loose += 1
    while at >= 0 and describes(key_of(prev[at].text)):
        at -= 1
    if at >= 2 and _YEAR_RE.fullmatch(prev[at].text) and key_of(prev[at - 1].text) in _SINCE:
        at -= 2  # "Drenth was in 1898 de eerste geestelijk verzorger"
    aged_and = _AGE_AND_RE.search(text, max(0, start - 90), start)
    if aged_and is not None:
        # "Stephan is 33 jaar en een gepassioneerde hoefsmid": the copula before the age
        at = next((k for k, t in enumerate(prev) if t.start == aged_and.start(1)), at)
    if at < 1 or key_of(prev[at].text) not in COPULAS:
        return False
    names = prev[:at]  # "Mohammed", "Cees Roozemond", "Jan de Vries", "Noah (18)"
    if (
        len(names) == 1
        and names[0].text in ("Hij", "Zij")
        and first_name_in(text, max(0, start - 300), start)
    ):
        return True  # "Jessy … Hij is een echte topverkoper die …": what he is
    kin = [key_of(t.text) for t in names]
    if kin and kin[-1] in RELATIVES and (len(kin) == 1 or kin[:-1] in (["mijn"], ["onze"])):
        return True  # "(Mijn) vader was een goeie stratenmaker": one's own relative
    if len(names) > 1 and key_of(names[0].text) in _OPENING_ADVERBS:
        names = names[1:]  # "Ook Tayfun is een BBL-leerling"
    if (
        len(names) > 2
        and key_of(names[0].text) == "de"
        and names[1].text[:1].isupper()
        and names[1].text.endswith("se")
    ):
        names = names[2:]  # "De Rijswijkse Stephan is …": the town's adjective and the name
    if len(names) > 1 and names[-1].text.isdigit() and aged(text, names[-2]):
        names = names[:-1]
    firm = next((k for k in range(2, len(names) - 1) if key_of(names[k].text) == "van"), None)
    if firm is not None and all(t.text[:1].isupper() for t in names if t is not names[firm]):
        names = names[:firm]  # "Maickel Verschuur van SW Vastgoedverbetering is de leermeester"
    if len(names) > 4 or not all(
        looks_like_name(text, t) or t.text in NAME_PARTICLES for t in names
    ):
        return False
    # At a sentence start every word is capitalised: "Uitgangspunt is de student" has no name
    # in it. Only a word written with a capital inside a sentence is taken for one.
    return any(
        not is_sentence_start(text, t.start)
        or aged_and is not None  # "Stephan is 33 jaar en een …": an age is a person's
        or key_of(t.text) in FIRST_NAMES  # "Kees is de monteur": a common first name
        or capitalised_inside(text, t)
        or aged(text, t)
        for t in names
        if t.text not in NAME_PARTICLES
    )


_YEAR_RE: Final = re.compile(r"1[89]\d\d|20\d\d")
#: The copula, an age and *en* before the article: *is 33 jaar en een …*.
_AGE_AND_RE: Final = re.compile(
    r"\b(is|was)\s+(?:1[4-9]|[2-9]\d)\s+jaar(?:\s+oud)?\s+en\s+(?:een|de)\s+(?:[\w-]+\s+){0,2}\Z"
)
_SINCE: Final = wordset("in sinds vanaf tot")
#: Adverbs that may open the sentence before the name: *Ook Tayfun is een BBL-leerling*.
_OPENING_ADVERBS: Final = wordset("ook nu toen zo inmiddels intussen ondertussen sindsdien")


def _comma_apposition(text: str, start: int, prev: list[Token]) -> bool:
    """*Kees Jansen, de voorzitter, licht zijn besluit toe*: a name, a comma, the noun with an
    article and adjectives, and a comma after it. Not a list (*Jansen, de monteur en de
    klant*: no comma closes it) or a name at a sentence start only by its capital."""
    at = len(prev) - 1
    while at >= 0 and len(prev) - at <= 3 and _in_apposition(key_of(prev[at].text)):
        at -= 1
    if at < 0 or at == len(prev) - 1 or "," not in text[prev[at].end : prev[at + 1].start]:
        return False
    end = text.find(",", start, start + 40)
    if end == -1 or not text[start:end].strip().replace("-", "").isalpha():
        return False  # the apposition is the noun alone, closed by a comma
    name = prev[at]
    if at > 0 and key_of(prev[at - 1].text) in SPEECH_VERBS:
        return False  # "Een goede uitvoerder, zegt Jansen, de projectleider, kent …": a tag
    return looks_like_name(text, name) and (
        not is_sentence_start(text, name.start) or capitalised_inside(text, name)
    )


def _in_apposition(word: str) -> bool:
    """A word of the apposition before its noun: an article or adjective, or the learner of
    a programme named by its job (*Sabria Zaid, mbo-student doktersassistente, …*)."""
    return describes(word) or word in _LEARNERS


_LEARNERS: Final = wordset("mbo hbo bbl bol student leerling cursist deelnemer")


def colon_apposition(text: str, start: int, prev: list[Token]) -> bool:
    """*Maak kennis met Mohammed: de jongste voorman*, *Meet Sanne: onze nieuwe kapster*: a
    person introduced by name, a colon, then the noun with only an article and adjectives
    before it. Other words before a colon are no introduction (*Vacature Utrecht: de vakman*,
    *Functie: monteur*)."""
    if len(prev) > 3 or any(not describes(key_of(t.text)) for t in prev):
        return False
    colon = (prev[0].start if prev else start) - 1
    while colon >= 0 and text[colon] == " ":
        colon -= 1
    if colon < 1 or text[colon] != ":":
        return False
    named = before(text, colon, 60)
    if len(named) < 2 or not looks_like_name(text, named[-1]):
        return False
    word = key_of(named[-2].text)
    if word == "met":  # "Maak kennis met Mohammed:", not "Werken met Hout:"
        return len(named) >= 3 and key_of(named[-3].text) == "kennis"
    return word in _INTRODUCING


_INTRODUCING: Final = wordset("meet ontmoet")


def describes(word: str) -> bool:
    return (
        word in APPOSITION_START
        or (word.endswith("e") and word.isalpha())
        or word in _UNINFLECTED_DESCRIBERS
        or ORDINAL_RE.fullmatch(word) is not None  # "de 1e monteur"
    )


#: An ordinal written with digits: *1e*, *2de*, *21ste*.
ORDINAL_RE: Final = re.compile(r"\d{1,2}(?:e|ste|de)")


#: Words without an *-e* that describe the noun of an apposition: *Karina Van Raemdonck,
#: halftijds statutaire schoonmaakster, …*, *Jan Smit, ervaren monteur, …*, *meester timmerman*.
_UNINFLECTED_DESCRIBERS: Final = wordset(
    "halftijds voltijds deeltijds parttime fulltime ervaren gediplomeerd zelfstandig meester"
)


#: A phrase of place or employer after an apposition's noun: *Will, fulltime barman in
#: Alabama*, *Jan Smit, ervaren monteur bij Installatiebedrijf Smit*.
_PLACE_AFTER_RE: Final = re.compile(r" (?:in|bij|van|uit|op) [A-Z]")

#: Words that open an apposition: an article or a possessive.
APPOSITION_START: Final = wordset("onze ons de het een mijn jouw zijn haar hun uw")


def name_before_comma(text: str, start: int, end: int, prev: list[Token]) -> bool:
    """*<Name>, (onze|de)? (adjective)? <noun>*: the noun in apposition to a name before a
    comma (*Jeroen, onze meewerkend voorman*, *Jan, timmerman bij …*, *Karina Van
    Raemdonck, halftijds statutaire schoonmaakster, …*, *Ruud Jansen (21), timmerman*). Not a
    new clause (*Dat zei Jan, maar elke vakman …*), a list (*Werkgever, student en …*) or a
    common noun opening the sentence (*Schilders, timmermannen, …*)."""
    if _described_after_article(text, end, prev):
        return True  # "Minouche van den Berg, een goedlachse, vriendelijk ogende boerin"
    for i in range(len(prev) - 1, max(-1, len(prev) - 4), -1):
        if "," in text[prev[i].end : (prev[i + 1].start if i + 1 < len(prev) else start)]:
            direct = i == len(prev) - 1  # "Jan, timmerman bij …"
            opener = prev[i + 1].text if not direct else ""
            # "Jan de Vries, Sociaal Raadsman bij …": a title's adjective after a full name
            # (not "Consulent, Sociaal Raadsman": a list of titles)
            titled = (
                title_adjective(opener)
                and i > 0
                and text[prev[i - 1].end : prev[i].start] == " "
                and (
                    looks_like_name(text, prev[i - 1]) or key_of(prev[i - 1].text) in NAME_PARTICLES
                )
            )
            # "Karina Van Raemdonck, halftijds statutaire schoonmaakster, wordt …":
            # describing words only, and a comma closes the apposition
            described = (
                (text[end : end + 1] == "," or _PLACE_AFTER_RE.match(text, end) is not None)
                and all(_in_apposition(key_of(t.text)) for t in prev[i + 1 :])
                and _person_name_ends(text, prev, i)
            )  # a person's name, not "Bouwbedrijf Jansen, fulltime timmerman, Utrecht"
            if not direct and not (key_of(opener) in APPOSITION_START or titled or described):
                break  # "Dat zei Jan, maar elke vakman …": a new clause, not an apposition
            if _LIST_GOES_ON_RE.match(text, end):
                break  # "Werkgever, student en onderwijsinstelling": a list, not a name
            if looks_like_name(text, prev[i]) and not (
                i == 0
                and is_sentence_start(text, prev[i].start)
                and key_of(prev[i].text) not in FIRST_NAMES
            ):
                # "Jan, timmerman, …"; not a common noun that opens the sentence
                # ("Schilders, timmermannen, loodgieters en andere vakmensen …")
                return True
            if prev[i].text.isdigit() and i > 0:  # "Ruud Jansen (21), timmerman bij …"
                bracket = "(" in text[prev[i - 1].end : prev[i].start]
                return bracket and looks_like_name(text, prev[i - 1])
            break
    return False


def _described_after_article(text: str, end: int, prev: list[Token]) -> bool:
    """*<Name>, een goedlachse, vriendelijk ogende <noun>*: a person's name (a common first
    name, or a surname with a particle written small: *van den Berg*), a comma, *een* or
    *de*, and only adjectives (in *-e*, perhaps after an adverb, with commas between them)
    up to the noun. Not a place, a firm or a label's value (*Locatie: Amsterdam Zuid, een
    …*, *Bakkerij De Gouden Aar, een … verkoopster gezocht!*)."""
    if _WANTED_RE.match(text, end):
        return False
    for k in range(len(prev) - 2, max(0, len(prev) - 7), -1):
        if (
            key_of(prev[k].text) not in ("een", "de")
            or "," not in text[prev[k - 1].end : prev[k].start]
        ):
            continue
        between = [key_of(t.text) for t in prev[k + 1 :]]
        if len(between) < 2 or not between[-1].endswith("e"):
            return False  # one adjective is the loop's case; the last must be inflected
        if not all(w.isalpha() and w.islower() for w in between):
            return False
        if "," not in text[prev[k + 1].start : prev[-1].start]:
            return False  # a list of adjectives with a comma, the case the loop cannot read
        line = text[text.rfind("\n", 0, prev[k].start) + 1 : prev[k].start]
        if ":" in line or not looks_like_name(text, prev[k - 1]):
            return False
        name = [t.text for t in prev[max(0, k - 5) : k]]
        return any(w in NAME_PARTICLES for w in name) or any(
            key_of(w) in FIRST_NAMES for w in name if w[:1].isupper()
        )
    return False


#: *… gezocht*, *… die …*: a noun wanted or described for anyone, no apposition.
_WANTED_RE: Final = re.compile(r"[ \t]+(?:gezocht|die|voor)\b", re.IGNORECASE)


def _person_name_ends(text: str, prev: list[Token], i: int) -> bool:
    """Whether ``prev[i]`` ends a person's name: one with a common first name, or of two
    capitalised words or more that are no firm (*Bouwbedrijf Jansen*) or heading
    (*Vacature Amsterdam*)."""
    j = i
    while (
        j > 0
        and text[prev[j - 1].end : prev[j].start] == " "
        and (prev[j - 1].text[:1].isupper() or key_of(prev[j - 1].text) in NAME_PARTICLES)
    ):
        j -= 1
    keys = [key_of(t.text) for t in prev[j : i + 1]]
    if any(key in FIRST_NAMES for key in keys):
        return True
    capitalised = [k for k, t in zip(keys, prev[j : i + 1], strict=True) if t.text[:1].isupper()]
    capitalised = [k for k in capitalised if k not in NAME_PARTICLES]
    return (
        len(capitalised) >= 2
        and not capitalised[0].endswith(FIRM_WORDS)
        and capitalised[0] not in _NOT_NAMES
    )


#: Capitalised words that open a heading or a firm's name, no person's.
_NOT_NAMES: Final = wordset("vacature vacatures functie opdrachtgever werkgever locatie plaats")


_LIST_GOES_ON_RE: Final = re.compile(r"\s+(?:en|of)\s")
