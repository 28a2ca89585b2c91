"""A party or function named without an article: *2.3 Werknemer heeft recht op inzage in zijn
dossier*, *Functiehouder draagt zorg voor …*. Contracts, regulations and job descriptions write
their roles so; *hij* and *zijn* after them point back to anyone in the role."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.matching import Candidate
from anderebril.textscan.name_words import JOB_DESCRIPTION_WORDS, SURNAME_JOBS
from anderebril.textscan.tense import present_verb
from anderebril.textscan.tokenize import is_sentence_start, key_of


def bare_party(text: str, cand: Candidate) -> bool:
    """*2.3 Werknemer heeft recht op inzage in zijn dossier*: a contract or regulation names
    its parties without an article, capitalised, with a verb right after: after a clause
    number (*1.*, *2.3*, *a)*, *Artikel 4*, *§ 3*), or at a sentence start in a text with the
    words of a contract or a job description (*Functiehouder draagt zorg voor …*). Not a
    headline (*Monteur krijgt boete. Hij …*) or a notice."""
    if not cand.surface[:1].isupper() or not _verb_follows(text, cand.start, cand.end):
        return False  # not "Monteur is hij al jaren"
    if key_of(cand.surface) in SURNAME_JOBS:
        return False  # "Bakker draagt zorg voor de planning": Mr Bakker
    line = text.rfind("\n", 0, cand.start) + 1
    if _CLAUSE_NUMBER_RE.fullmatch(text, line, cand.start) is None:
        if not is_sentence_start(text, cand.start):
            return False
        if _CONTRACT_RE.search(text, max(0, cand.start - 600), cand.end + 300) is None:
            return False
    # a clause, not a heading ("Werknemer krijgt gelijk" over news about one man)
    line_end = text.find("\n", cand.end)
    return "." in text[cand.end : line_end if line_end != -1 else len(text)]


_CLAUSE_NUMBER_RE: Final = re.compile(
    r"[ \t]*(?:(?:[Aa]rtikel|[Aa]rt\.)[ \t]*\d+[a-z]?(?:\.\d+)*\.?|§[ \t]*\d+(?:\.\d+)*"
    r"|\d+(?:\.\d+)*\.?|[a-z]\)|[-•*])[ \t]+"
)
_CONTRACT_RE: Final = re.compile(
    r"overeenkomst|contract|\bpartijen\b|\bartikel\b|reglement|voorwaarden|\bcao\b"
    r"|beroepscode|gedragscode|protocol|klachtenregeling|"
    + JOB_DESCRIPTION_WORDS
    + r"|(?:^|\n)[ \t]*functie[ \t]*:",
    re.IGNORECASE,
)
_PARTY_VERB_RE: Final = re.compile(
    r" (?:heeft|is|kan|moet|mag|zal|wordt|dient|blijft|ontvangt|krijgt|verklaart|betaalt"
    r"|draagt|stelt|houdt|neemt|verplicht|meldt|verricht|volgt|zorgt|levert|werkt)\b"
    r"(?! (?:hij|zij|ze|je|ik|u|we|wij)\b)"
)


def _verb_follows(text: str, start: int, end: int) -> bool:
    """A finite verb right after the noun, with no pronoun subject after it: one a contract
    uses (*heeft, draagt, verricht*), or in a job description any present form in *-t*
    (*Functiehouder verdeelt werkzaamheden*; not news that mentions a contract: *Keeper
    vertrekt naar Feyenoord. Hij …*)."""
    if _PARTY_VERB_RE.match(text, end) is not None:
        return True
    word = _NEXT_WORD_RE.match(text, end)
    return (
        word is not None
        and present_verb(word[1].lower())
        and _JOB_DESCRIPTION_RE.search(text, max(0, start - 600), end + 300) is not None
    )


_JOB_DESCRIPTION_RE: Final = re.compile(
    JOB_DESCRIPTION_WORDS + r"|(?:^|\n)[ \t]*functie[ \t]*:|\bkerntaken\b|\bresultaatgebieden\b",
    re.IGNORECASE,
)
_NEXT_WORD_RE: Final = re.compile(r" ([^\W\d_]+)\b(?! (?:hij|zij|ze|je|ik|u|we|wij)\b)")
