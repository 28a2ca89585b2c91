"""News about one person at work: *Een brandweerman die … door het dak viel, ligt gewond in
het ziekenhuis*, *Monteur gewond na val van ladder*. A role noun for one person (with *een*
or *de*, or opening a headline) in a sentence that reports an accident, a death or an arrest
is that person, not anyone in the role. Not a warning or a rule for anyone (*Als een monteur
van de ladder valt, kan hij gewond raken*, *Jaarlijks raakt een bouwvakker …*)."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.tense import determiner_before, for_anyone, past_tense, present_verb
from anderebril.textscan.tokenize import sentence_around, wordset


def one_in_an_incident(text: str, start: int, end: int) -> bool:
    """Whether the singular noun at ``start:end`` is the one person a news report is about."""
    determined = determiner_before(text, start) is not None  # "een 57-jarige chauffeur"
    line = text.rfind("\n", 0, start) + 1
    heading = not text[line:start].strip() and text[start : start + 1].isupper()
    if not determined and not heading:
        return False  # the usual case, told without reading the sentence
    near = text[max(0, start - 300) : end + 300].lower()
    if not any(stem in near for stem in _HARM_STEMS):
        return False  # no harm near (plain substring tests): the sentence need not be found
    lo, hi = sentence_around(text, start, end, 300)
    if _HARM_RE.search(text, lo, hi) is None:
        return False
    words = [w.strip(",;:()'\"‘’“”„!?.") for w in text[lo:hi].lower().split()]
    if any(w in _ANYONE for w in words) or for_anyone(text, start, end):
        return False
    if heading and _headline(text, start):
        return True  # "Brandweerman met breuken in het ziekenhuis na val van drie meter"
    if not determined or (words and (present_verb(words[0]) or words[0] in _OPENING_VERBS)):
        return False  # "Is een medewerker overleden, dan …": a condition
    clause = _RELATIVE_RE.match(text, end, hi)
    if clause is not None:
        relative = clause[1].lower().split()
        if relative and present_verb(relative[-1].strip(".,")):
            return False  # "Een timmerman die van een steiger valt, …": anyone who does
        main = clause[2].lower()  # the main verb, right after the clause: finite
        if main != "ligt" and (present_verb(main) or (main[-1:] == "t" and not past_tense(main))):
            return False  # "… die is mishandeld, krijgt opvang", "…, verliest zijn …": anyone's
    # told: a past verb, a participle of what happened, or one who lies (gewond, in hospital)
    return any(past_tense(w) or w in _HAPPENED or w == "ligt" for w in words)


def _headline(text: str, start: int) -> bool:
    """The noun, opening its line, opens a line that has no full stop or question: a headline
    (*Vakman gewond? Zo meld je een ongeval* asks anyone)."""
    line_end = text.find("\n", start)
    rest = text[start : line_end if line_end != -1 else len(text)]
    return not rest.rstrip().endswith((".", "!", ":")) and "." not in rest and "?" not in rest


#: Words and phrases of an accident, a death or an arrest; being taken to hospital (a
#: hospital alone is where care staff work).
_HARM_RE: Final = re.compile(
    r"\b(?:(?:zwaar|licht)?gewond|overleden|overleed|omgekomen|verongelukte?|aangehouden"
    r"|opgepakt|gearresteerd|veroordeeld|breuken|brandwonden|onwel|gereanimeerd|neergestoken"
    r"|mishandeld|beroofd|doodgeschoten|levensgevaar|om het leven|(?:liep|ging) het (?:\w+ )?mis"
    r"|bevrijd|gered|klem|bekneld|vast (?:kwam|kwamen|zat|zaten)"
    r"|(?:ligt|lag|belandde|opgenomen|overgebracht|afgevoerd)\b[^.!?\n]{0,60}\bziekenhuis"
    r"|ziekenhuis\b[^.!?\n]{0,60}\b(?:opgenomen|overgebracht|afgevoerd|gebracht))\b",
    re.IGNORECASE,
)
#: Parts of those words, for a quick test that none is near.
_HARM_STEMS: Final = (
    "gewond", "overle", "omgekomen", "verongeluk", "aangehouden", "opgepakt", "gearresteerd",
    "veroordeeld", "breuken", "brandwonden", "onwel", "gereanimeerd", "neergestoken",
    "mishandeld", "beroofd", "doodgeschoten", "levensgevaar", "om het leven", "mis", "ziekenhuis",
    "bevrijd", "gered", "klem", "bekneld", "vast",
)  # fmt: skip
#: Participles that tell what happened, without a verb in the past.
_HAPPENED: Final = wordset(
    "overleden omgekomen verongelukt aangehouden opgepakt gearresteerd veroordeeld "
    "gereanimeerd neergestoken mishandeld beroofd doodgeschoten bevrijd gered bekneld"
)
#: Words of a warning, a rule or a figure for anyone.
_ANYONE: Final = wordset(
    "als wanneer indien zodra dan kan kunnen moet moeten mag mogen soms regelmatig "
    "bijvoorbeeld stel risico voorkomen voorkom protocol"
)
#: Verbs that open a condition: "Is een medewerker overleden, dan …".
_OPENING_VERBS: Final = wordset("is wordt raakt was werd")
#: A relative clause after the noun and the verb after it: "die … valt, ligt …".
_RELATIVE_RE: Final = re.compile(r",?\s+die\s+([^,.;:!?]*),\s*(\w+)")
