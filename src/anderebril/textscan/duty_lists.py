"""A job title as a heading over a list of its duties.

Job descriptions, referee rules and competence profiles often put the role alone on a line
and list what it does below, each item opening with the verb and no subject::

    Scheidsrechter
      • Past de spelregels toe.
      • Onderbreekt de wedstrijd naar zijn oordeel.

The heading is the subject of every item, so a *zijn* or *hij* in the list points back to it,
however long the list is. An occupation page does the same in prose: the title, then a
paragraph that opens with *Hij* and a verb of the work (*Ornamentmaker* over *Hij verwerkt
vlakke platen …*). Not a heading over one person: a team page or a CV (a name or *Naam:*
above, *Even voorstellen*, *Hij is 34 jaar*), or items that do not open with a verb in the
present tense (*Onderhield installaties*, a list of benefits).
"""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.names import (
    ADDRESS_TITLES,
    FIRM_WORDS,
    FIRST_NAMES,
    NAME_PARTICLES,
    title_adjective,
)
from anderebril.textscan.tense import present_verb
from anderebril.textscan.tokenize import wordset

#: A list item: optional indent, a bullet, a dash or a number, then the first word.
_ITEM_RE: Final = re.compile(r"[ \t]*(?:[•·*▪◦–-]|\d{1,2}[.)])[ \t]+([A-Za-zÀ-ÿ]+)")
#: A short label between the heading and its list: *Taken:*, *Verantwoordelijkheden:*.
_LABEL_RE: Final = re.compile(r"[ \t]*[A-Z][\w ]{0,40}:[ \t]*")
MIN_DUTIES: Final = 2
#: A heading that names the duties of the role after it: *Taken van de monteur*.
_DUTIES_OF_RE: Final = re.compile(
    r"(?:taken|plichten|verplichtingen|verantwoordelijkheden|bevoegdheden|rechten en plichten"
    r"|taakomschrijving) van (?:de|het|een)"
)
MAX_LIST: Final = 4000  # characters: a list longer than this is no one role's duties


def duty_list_end(text: str, start: int, end: int) -> int:
    """Where the list of duties under the heading ``text[start:end]`` ends, or -1 when the
    noun is no heading over such a list (at least two items that open with a verb, and only
    items, blank lines and at most one short label after the heading)."""
    line = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end, end + 8)
    if line_end == -1 or text[end:line_end].strip(" \t:\r") != "":
        return -1
    before = text[line:start].split()
    # "Verplichtingen van de werknemer": the heading says the items are the role's duties
    named_duties = _DUTIES_OF_RE.fullmatch(" ".join(before).lower()) is not None
    if not named_duties and (
        len(before) > 2 or not all(word.rstrip(":").isalpha() for word in before)
    ):
        return -1  # "Functie: Monteur", "Allround Monteur"; not a sentence or a number
    if not (text[start:end][:1].isupper() or (before and before[0][:1].isupper())):
        return -1
    if about_one_person(text, line):
        return -1  # "Jan de Vries\nMonteur\n• Werkt …": a CV or a team page, one man
    pos = line_end + 1
    hi = min(len(text), pos + MAX_LIST)
    duties = items = 0
    list_end = -1
    labelled = False
    while pos < hi:
        next_end = text.find("\n", pos)
        if next_end == -1:
            next_end = len(text)
        if text[pos:next_end].strip() == "":
            pos = next_end + 1
            continue
        item = _ITEM_RE.match(text, pos, next_end)
        if item is None:
            if not items and not labelled and _described(text, pos, next_end):
                return _description_end(text, next_end, hi)  # "Ornamentmaker\n\nHij verwerkt …"
            if items or labelled or _LABEL_RE.fullmatch(text, pos, next_end) is None:
                break  # the list ended (or never began)
            labelled = True
        else:
            items += 1
            if duty(item[1], text[item.end() : next_end]):
                duties += 1
            list_end = next_end
        pos = next_end + 1
    if named_duties and items >= MIN_DUTIES:
        return list_end  # "• Zijn werk zorgvuldig verrichten": any item, under such a heading
    if duties < MIN_DUTIES or duties * 2 < items:
        return -1
    return list_end


def duty(first: str, rest: str) -> bool:
    """Whether a list item opens with a verb of what the role does: capitalised, in the
    present, with words after it (*Past de spelregels toe*, *Geeft leiding*, *Test de
    installatie*); not a benefit (*Tablet*, *Opleidingsbudget van € 500*)."""
    if not first[:1].isupper() or len(rest.split()) < 2:
        return False
    word = first.lower()
    if present_verb(word):
        return True
    # present_verb leaves out verbs that look like a participle or a noun in -st: "geeft",
    # "gebruikt", "past", "test", "plaatst"; after a bullet with words after them they are verbs
    return word.endswith("t") and len(word) > 3 and word not in _NOUNS_IN_T


#: Nouns in -t that open a list of benefits or requirements: not duties.
_NOUNS_IN_T: Final = wordset(
    "budget tablet dienst kunst lijst gast post vast vrijheid kracht markt sport "
    "contract salaris bonus rust pensioenregeling"
)


def _described(text: str, start: int, end: int) -> bool:
    """A paragraph that opens with *Hij* and a verb of the work: what the trade in the
    heading does (*Hij verwerkt vlakke platen …*); not who someone is (*Hij is 34 jaar*,
    *Hij woont in Zwolle*, *Hij werkt al dertig jaar bij ons*)."""
    words = text[start:end].split()[:3]
    if len(words) < 3 or words[0] != "Hij":
        return False
    verb, after = words[1].lower(), words[2].lower().strip(",.")
    if verb in _BEING or (verb == "werkt" and after in _PERSONAL_AFTER_WORKS):
        return False
    return present_verb(verb)


_BEING: Final = wordset("is was heet woont komt heeft had")
_PERSONAL_AFTER_WORKS: Final = wordset("al sinds hier bij nu inmiddels")


def _description_end(text: str, line_end: int, hi: int) -> int:
    """Where the description that began on the line ending at ``line_end`` ends: with the
    last following line or paragraph that goes on about the trade with *hij* (*Na het
    tekenen … verwijdert hij …*). Lines, not blank lines, so that text without blank lines
    (a PDF's or a web page's) ends there too."""
    end = line_end
    pos = line_end + 1
    while pos < hi:
        next_end = text.find("\n", pos, hi)
        if next_end == -1:
            next_end = hi
        line = text[pos:next_end].strip()
        if line:
            if _HE_GOES_ON_RE.match(line) is None:
                break
            end = next_end
        pos = next_end + 1
    return end


#: A line that goes on about the same trade: *Hij …*, or *hij* within its first words
#: (*Na het tekenen van de patronen verwijdert hij …*).
_HE_GOES_ON_RE: Final = re.compile(r"(?:Hij\b|[^.\n]{0,80}\shij\b)")


def about_one_person(text: str, line: int) -> bool:
    """Whether the heading stands under one person: the line above (blank lines skipped) is
    a name (*Jan de Vries*, *Dhr. J. Bakker*) or a team page's opener (*Even voorstellen*),
    or a CV's *Naam:* shortly before. Not a firm that starts with a first name and recruits
    (*Jan Bakker Installatietechniek zoekt:*)."""
    window = text[max(0, line - 300) : line]
    if _CV_RE.search(window) or _INTRODUCING_RE.search(window):
        return True
    above = window.rstrip().rsplit("\n", 1)[-1].strip(" \t•*#")
    if above.endswith(":") or _RECRUITING_RE.search(above):
        return False
    if _ADDRESS_RE.match(above):
        return True  # "Dhr. J. Bakker", "Mevr. A. de Wit"
    words = above.split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper():
        return False
    if words[0].lower() in FIRST_NAMES:
        return True
    # "Yusuf Demir", "Fatima el Amrani": capitalised words and particles, no firm's word and
    # no job title's adjective ("Eerste Autotechnicus", "Allround Monteur")
    return (
        len(words) >= 2
        and not title_adjective(words[0])
        and all(w[:1].isupper() or w in _PARTICLES for w in words)
        and all(w.isalpha() and not w.isupper() for w in words)
        and not words[-1].lower().endswith(FIRM_WORDS)
    )


_PARTICLES: Final = NAME_PARTICLES | wordset("el al")


_CV_RE: Final = re.compile(r"(?:^|\n)[ \t]*(?:Naam|Name|Geboortedatum)[ \t]*:", re.IGNORECASE)
_INTRODUCING_RE: Final = re.compile(
    r"\b(?:even voorstellen|stelt zich voor|maak kennis met)\b",
    re.IGNORECASE,
)
_RECRUITING_RE: Final = re.compile(r"\b(?:zoekt|zoeken|gezocht|vacature)\b", re.IGNORECASE)
_ADDRESS_RE: Final = re.compile(r"(?i:" + ADDRESS_TITLES + r")\.?\s+(?:[A-Z]\.\s?)+[A-Z]")
