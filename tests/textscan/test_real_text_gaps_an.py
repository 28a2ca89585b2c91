"""Rules from the errors of a fortieth blind set of real Dutch text (real AN: vacancies,
internship texts, school pages and dossier or regulation texts, Dutch and Flemish, measured
at the session's final rules). Each rule comes with look-alikes that must keep their
findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # Flemish childcare and a governess
        ("Wij zoeken een onthaalmoeder.", "gendered-term", ["onthaalmoeder"]),
        (
            "Alternatieve namen: Gouvernante voor kinderen aan huis, Onthaalouder.",
            "gendered-term",
            ["Gouvernante"],
        ),
        # "de lerende", the learner in Flemish dual learning, and the adjective
        (
            "Het bedrijf heeft voldoende draagkracht zodat de lerende zijn opleiding kan "
            "voleindigen.",
            "generic-masculine",
            ["zijn"],
        ),
        ("De lerende en zijn mentor overleggen.", "generic-masculine", ["zijn"]),
        ("Het lerende netwerk deelt zijn kennis met de leden.", "generic-masculine", []),
        # only "lerende" is read as an adjective; other role nouns in -ende or -ige are often
        # followed by the object of their clause
        ("De lerende ook leert van zijn fouten.", "generic-masculine", ["zijn"]),
        (
            "Als de verloskundige complicaties vermoedt, verwijst hij de zwangere door.",
            "generic-masculine",
            ["hij"],
        ),
        (
            "Indien de werkzoekende geen startkwalificatie heeft, moet hij zijn werkervaring "
            "aantonen.",
            "generic-masculine",
            ["hij", "zijn"],
        ),
    ],
)
def test_real_an(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of capitalised job titles: each is a title, none a name
        (
            "Functies: Ouderenadviseur, Consulent, Sociaal Raadsman, Maatschappelijk Werker.",
            ["Raadsman"],
        ),
        (
            "Vacatures: Kapster, Schoonmaakster en Verkoopster.",
            ["Kapster", "Schoonmaakster", "Verkoopster"],
        ),
        ("Wij zoeken een Technisch Vakman.", ["Vakman"]),
        # names stay names
        ("Dat zei Jan Hoffman gisteren.", []),
        ("Dat zei Anna Kapster gisteren.", []),
        ("De monteur Jan Smit komt morgen.", []),
        # the second title on a title line under a name is that person's
        (
            "Moos Dekker\n\nVoorman - Timmerman\n\n“Ik heb het 25-jarig jubileum nog meegemaakt.”",
            [],
        ),
        (
            "Vacatures\n\nMonteur - Timmerman\n\nWij zoeken een timmerman.",
            ["Timmerman", "timmerman"],
        ),
    ],
)
def test_capitalised_titles(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected
