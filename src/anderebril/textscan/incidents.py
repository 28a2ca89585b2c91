"""News about one person at work: *Een brandweerman die … door het dak viel, ligt gewond in
het ziekenhuis*, *Monteur gewond na val van ladder*. A role noun for one person (with *een*
or *de*, or opening a headline) in a sentence that reports an accident, a death or an arrest
is that person, not anyone in the role. Not a warning or a rule for anyone (*Als een monteur
van de ladder valt, kan hij gewond raken*, *Jaarlijks raakt een bouwvakker …*)."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.tense import past_tense
from anderebril.textscan.tokenize import sentence_around, wordset


def one_in_an_incident(text: str, start: int, end: int) -> bool:
    """Whether the singular noun at ``start:end`` is the one person a news report is about."""
    lo, hi = sentence_around(text, start, end, 300)
    words = [w.strip(",;:()'\"‘’“”„!?.") for w in text[lo:hi].lower().split()]
    if not any(w in _HARM for w in words) and not _HARM_PHRASE_RE.search(text, lo, hi):
        return False
    if any(w in _ANYONE for w in words):
        return False
    if _headline(text, start, hi):
        return True  # "Brandweerman met breuken in het ziekenhuis na val van drie meter"
    before = text[max(0, start - 40) : start].split()[-2:]
    if not before or before[-1][-1:] in ".,;:!?)\"'”’":
        return False
    determined = before[-1].lower() in _DETERMINERS or (
        len(before) == 2
        and before[0].lower() in _DETERMINERS
        and _ADJECTIVE_RE.fullmatch(before[1]) is not None
    )  # "een 57-jarige vrachtwagenchauffeur", "de jonge monteur"
    if not determined:
        return False
    # told: a past verb, a participle of what happened, or one who lies (gewond, in hospital)
    return any(past_tense(w) or w in _HAPPENED or w == "ligt" for w in words)


def _headline(text: str, start: int, hi: int) -> bool:
    """The noun opens a line that has no full stop: a headline."""
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip() or not text[start : start + 1].isupper():
        return False
    line_end = text.find("\n", start)
    rest = text[start : line_end if line_end != -1 else len(text)]
    return not rest.rstrip().endswith((".", "?", "!", ":")) and "." not in rest


#: Words of an accident, a death or an arrest.
_HARM: Final = wordset(
    "gewond zwaargewond lichtgewond overleden overleed omgekomen verongelukt "
    "verongelukte aangehouden opgepakt gearresteerd veroordeeld breuken brandwonden onwel "
    "gereanimeerd neergestoken mishandeld beroofd doodgeschoten levensgevaar"
)
#: Participles that tell what happened, without a verb in the past.
_HAPPENED: Final = wordset(
    "overleden omgekomen verongelukt aangehouden opgepakt gearresteerd veroordeeld "
    "gereanimeerd neergestoken mishandeld beroofd doodgeschoten"
)
#: Phrases of the same: dying, a mishap, being taken to hospital (a hospital alone is where
#: care staff work).
_HARM_PHRASE_RE: Final = re.compile(
    r"\bom het leven\b|\b(?:liep|ging) het (?:\w+ )?mis\b"
    r"|\b(?:ligt|lag|belandde|opgenomen|overgebracht|afgevoerd)\b[^.!?\n]{0,60}\bziekenhuis\b"
    r"|\bziekenhuis\b[^.!?\n]{0,60}\b(?:opgenomen|overgebracht|afgevoerd|gebracht)\b",
    re.IGNORECASE,
)
#: Words of a warning, a rule or a figure for anyone.
_ANYONE: Final = wordset(
    "als wanneer indien zodra kan kunnen moet moeten mag mogen vaak soms meestal jaarlijks "
    "regelmatig elk elke ieder iedere bijvoorbeeld stel risico voorkomen voorkom"
)
_DETERMINERS: Final = wordset("de een")
_ADJECTIVE_RE: Final = re.compile(r"\d+-jarige|[a-zà-ÿ]+e")
