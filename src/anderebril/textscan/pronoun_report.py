"""The finding for a generic masculine pronoun: its message, explanation, source and the
suggestions of the chosen strategy, worded for the noun it points back to."""

from __future__ import annotations

from typing import Final

from anderebril.textscan.model import Finding
from anderebril.textscan.pronoun_grammar import Grammar
from anderebril.textscan.tokenize import Token, key_of, match_case

SOURCE: Final = (
    "Taalunie, Taaladvies: 'Hij/zij' en genderneutraal taalgebruik; Rijksoverheid, "
    "Taalkompas: schrijf genderinclusief (meervoud, herhaal het zelfstandig naamwoord, je/jij)"
)
EXPLANATION: Final = (
    "Een mannelijk voornaamwoord voor een algemene persoon (de student, de kandidaat) laat "
    "lezers aan een man denken. Gebruik meervoud, herhaal het zelfstandig naamwoord, of "
    "spreek de lezer direct aan met je/jij."
)
#: The short written form of the possessive *zijn*.
SHORT_ZIJN: Final = frozenset(["z'n", "z’n"])


def pronoun_finding(
    grammar: Grammar,
    strategy: str,
    language: str,
    token: Token,
    kind: str,
    antecedent: str,
    noun_free: bool = False,
) -> Finding:
    """The finding for ``token``, a pronoun of ``kind`` pointing back to ``antecedent``;
    ``noun_free`` leaves out suggestions that repeat the antecedent (*de iemand* is no
    Dutch)."""
    noun = key_of(antecedent)
    if any(c.isupper() for c in antecedent[1:]):
        noun = antecedent.replace("\u00ad", "")  # "de BHV'er", "de ICT-medewerker": capitals kept
    options = grammar.suggestions[kind][strategy]
    if noun_free:
        options = [s for s in options if "{noun}" not in s] or options
    suggestions = [match_case(token.text, _with_article(s.format(noun=noun))) for s in options]
    return Finding(
        category="generic-masculine",
        rule=f"{language}.generic-masculine.{_rule_word(key_of(token.text))}",
        severity="should-fix",
        start=token.start,
        end=token.end,
        text=token.text,
        message=f"'{token.text}' verwijst naar '{antecedent}', een algemene persoon.",
        explanation=EXPLANATION,
        source=SOURCE,
        suggestions=suggestions,
    )


def _with_article(suggestion: str) -> str:
    """*de kind* → *het kind*: the few person nouns that take *het* (*kind*, *lid*,
    *bestuurslid*, *meisje*, diminutives on *-je*)."""
    if suggestion.startswith("de ") and suggestion.endswith(_NEUTER_ENDINGS):
        return "het " + suggestion[3:]
    return suggestion


_NEUTER_ENDINGS: Final = ("kind", "lid", "je")


def _rule_word(word: str) -> str:
    """The pronoun in a rule id: *z'n* shares the rule of *zijn* (one id to allow or deny)."""
    return "zijn" if word in SHORT_ZIJN else word
