"""Rules from the errors of a twenty-seventh blind set of real Dutch text (real AB: news, blogs,
columns, profiles and regulations about trades and women in technology). Each rule comes with
look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pair set apart by a dash
        ("Om hen om te scholen tot ambachtsman – of vrouw, zoals lijstenmaker.", []),
        ("Een vakman – of iemand anders – helpt.", ["vakman"]),
        # a search told of others is no request
        ("Niet voor niets zijn sommige bedrijven nu gericht op zoek naar vrouwelijke ICT’ers.", []),
        ("Wij zoeken een vrouwelijke monteur.", ["vrouwelijke monteur"]),
        (
            "Wij zijn een van de bedrijven die een vrouwelijke monteur zoeken.",
            ["vrouwelijke monteur"],
        ),
        ("Gezocht: mannelijke chauffeur.", ["mannelijke chauffeur"]),
        # lexicon
        ("Zeg niet zomaar kuisvrouw tegen een huishoudhulp.", ["kuisvrouw"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name of a training is no determiner's noun
        (
            "Weijgertze, die de opleiding allround timmerman volgt, won. Zaterdag nam hij "
            "de prijs.",
            [],
        ),
        ("Tijdens de opleiding leert de timmerman zijn vak.", ["zijn"]),
        # someone the writer met, told in the past
        ("De dakdekker die ik ’s nachts in paniek belde: hij vroeg een fors bedrag.", []),
        (
            "De verwarmingsmonteur die de slang losmaakte. De dakdekker die ik ’s nachts "
            "belde: hij vroeg een fors bedrag.",
            [],
        ),
        ("De monteur die we hadden gebeld, deed zijn werk goed.", []),
        ("Een monteur kent zijn vak.", ["zijn"]),
        # an infinitive after a past modal does not bring the present back
        (
            "Carmen zag de rekening van de loodgieter. De eerste keer dat de loodgieter zou "
            "komen, kon hij geen parkeerplek vinden.",
            [],
        ),
        ("Als de loodgieter niet kan komen, belt hij af.", ["hij"]),
        # het as the subject owns the zijn after it
        ("Een vakman isoleert geen probleem, want dan verliest het zijn karakter.", []),
        ("De werkgever vindt het zijn taak om te helpen.", ["zijn"]),
        ("De leerling krijgt het zijn eerste jaar zwaar.", ["zijn"]),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veel banen zijn zeer geschikt voor vrouwen.", ["zeer geschikt voor vrouwen"]),
        ("Techniek ook voor vrouwen", ["Techniek ook voor vrouwen"]),
        (
            "En dat technische beroepen alleen weggelegd zijn voor jongens is een fabel.",
            ["alleen weggelegd zijn voor jongens"],
        ),
        (
            "Ik ben iets gaan studeren waar vrouwen nu eenmaal niet voor gemaakt zijn.",
            ["vrouwen nu eenmaal niet voor gemaakt"],
        ),
        # a woman telling she was the first in her job
        ("In 1990 was ik de eerste vrouwelijke lasser van het bedrijf.", []),
        ("Waar ik de eerste vrouwelijke engineer bleek te zijn.", []),
        ("Ik ben blij met onze eerste vrouwelijke monteur.", ["onze eerste vrouwelijke monteur"]),
        ("Ik zag de eerste vrouwelijke monteur binnenkomen.", ["de eerste vrouwelijke monteur"]),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected
