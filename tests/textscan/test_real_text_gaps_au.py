"""Rules from the errors of a blind set of real Dutch text (real AU: qualification dossiers,
regulations, school and occupation pages, internship texts and hard negatives, measured once
before these rules). Each rule comes with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts

GM = "generic-masculine"


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # an accented conjunction still makes a pair
        ("Het is een prachtig vak voor mannen én vrouwen.", "stereotype", []),
        ("Het is een vak voor mannen.", "stereotype", ["vak voor mannen"]),
        ("Wij zoeken vakmannen én vakvrouwen.", "gendered-term", []),
        # a first name shortened with a full stop
        ("Arbeider werkt, baas kijkt toe. Timmerman Th. Peer.", "gendered-term", []),
        ("Wij zoeken een timmerman. Th. is een afkorting.", "gendered-term", ["timmerman"]),
    ],
)
def test_real_au_terms(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # zijn the verb: before als or a preposition, or at the end of a subordinate clause
        (
            "De werkplaatschef leidt de lasserij. Dit kan dus zowel de lasserij zijn als een "
            "zetterij.",
            [],
        ),
        ("De antwoorden van de student zelf zijn volgens het Hof gegevens.", []),
        ("De docent stelde vragen, die door de student zijn beantwoord.", []),
        ("De manager bepaalt zijn beleid.", ["zijn"]),
        # the reader's thing opens the sentence
        ("De toezichthouder kijkt mee. Je laptop moet vervoerd worden in zijn beschermhoes.", []),
        # an adverb in -lijk before the possessive; a copula before the adjective
        ("De werknemer dient schriftelijk zijn vakantiewensen in.", ["zijn"]),
        ("De student is bereid zijn vaardigheden uit te breiden.", ["zijn"]),
        ("De monteur moet vriendelijk zijn tegen klanten.", []),
        ("De kandidaat moet beschikbaar zijn gedurende de zomer.", []),
        (
            "Mocht het voor de leerling noodzakelijk zijn veiligheidsschoenen te dragen, dan "
            "regelt de school dat.",
            [],
        ),
        # a plural at the end of a phrase after a modal
        ("Je leerling kan in meerdere situaties zijn bekwaamheid laten zien.", ["zijn"]),
        ("De studenten kunnen in groepen zijn.", []),
        # "Iemand is <adjective>": anyone; a story is someone
        ("Iemand is competent als hij adequaat weet te handelen.", ["hij"]),
        ("Iemand is geschikt als hij zijn werk goed doet.", ["hij", "zijn"]),
        ("Iemand is gisteren met zijn fiets gevallen.", []),
        ("Iemand is in de war en zoekt zijn jas.", []),
        # a paragraph whose first sentence has "is hij" goes on about the same one
        (
            "De dakdekker staat op het dak.\n\nBij de uitvoering van het werk is hij afhankelijk "
            "van het weer.",
            ["hij"],
        ),
        ("De dakdekker staat op het dak.\n\nBij de uitvoering heeft hij pech gehad.", []),
    ],
)
def test_real_au_pronouns(text: str, expected: list[str]) -> None:
    assert texts(text, GM) == expected
