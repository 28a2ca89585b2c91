"""A job title as a heading over a list of its duties.

Job descriptions, referee rules and competence profiles often put the role alone on a line
and list what it does below, each item opening with the verb and no subject::

    Scheidsrechter
      • Past de spelregels toe.
      • Onderbreekt de wedstrijd naar zijn oordeel.

The heading is the subject of every item, so a *zijn* or *hij* in the list points back to it,
however long the list is. An occupation page does the same in prose: the title, then a
paragraph that opens with *Hij* and a verb in the present (*Ornamentmaker* over *Hij verwerkt
vlakke platen …*). Anything else on the heading's line (a sentence, a name, a number)
or items that do not open with a verb in the present tense (a CV: *Onderhield installaties*)
make it something else.
"""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.names import FIRST_NAMES
from anderebril.textscan.tense import present_verb

#: A list item: optional indent, a bullet, a dash or a number, then the first word.
_ITEM_RE: Final = re.compile(r"[ \t]*(?:[•·*▪◦–-]|\d{1,2}[.)])[ \t]+([A-Za-zÀ-ÿ]+)")
#: A short label between the heading and its list: *Taken:*, *Verantwoordelijkheden:*.
_LABEL_RE: Final = re.compile(r"[ \t]*[A-Z][\w ]{0,40}:[ \t]*")
MIN_DUTIES: Final = 2
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
    if len(before) > 2 or not all(word.rstrip(":").isalpha() for word in before):
        return -1  # "Functie: Monteur", "Allround Monteur"; not a sentence or a number
    if not (text[start:end][:1].isupper() or (before and before[0][:1].isupper())):
        return -1
    if _under_a_name(text, line):
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
                return _paragraph_end(text, pos, hi)  # "Ornamentmaker\n\nHij verwerkt …"
            if items or labelled or _LABEL_RE.fullmatch(text, pos, next_end) is None:
                break  # the list ended (or never began)
            labelled = True
        else:
            items += 1
            first = item[1]
            if first[:1].isupper() and present_verb(first.lower()):
                duties += 1
            list_end = next_end
        pos = next_end + 1
    if duties < MIN_DUTIES or duties * 2 < items:
        return -1
    return list_end


def _described(text: str, start: int, end: int) -> bool:
    """A paragraph that opens with *Hij* and a verb in the present: what the trade in the
    heading does (*Ornamentmaker* over *Hij verwerkt vlakke platen …*)."""
    words = text[start:end].split()[:2]
    return len(words) == 2 and words[0] == "Hij" and present_verb(words[1].lower())


def _paragraph_end(text: str, start: int, hi: int) -> int:
    """Where the paragraph (or the last of the paragraphs that go on describing) ends: at a
    blank line before a paragraph that does not go on with *hij*, or at ``hi``."""
    pos = start
    while True:
        blank = text.find("\n\n", pos, hi)
        if blank == -1:
            return hi
        following = text[blank:hi].lstrip()
        if _HE_GOES_ON_RE.match(following) is None:
            return blank
        pos = blank + 2


#: A paragraph that goes on about the same trade: *Hij …*, or *hij* within its first words
#: (*Na het tekenen van de patronen verwijdert hij …*).
_HE_GOES_ON_RE: Final = re.compile(r"(?:Hij\b|(?:[^.\n]{0,80}\s)hij\b)")


def _under_a_name(text: str, line: int) -> bool:
    """Whether the line before the heading (blank lines skipped) opens with a first name."""
    above = text[max(0, line - 200) : line].rstrip().rsplit("\n", 1)[-1].split()
    return bool(above) and above[0][:1].isupper() and above[0].lower() in FIRST_NAMES
