"""A third read-only review (72 sentences, old and new code) of the rules from real T: each
case was wrong after them, or a common variant they missed."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partner word is one man, or another role, unless both are named alike ("een …")
        (
            "Omdat leraar Piet met pensioen gaat, zoeken wij een enthousiaste lerares.",
            ["lerares"],
        ),
        ("Kapsalon Knip zoekt een kapster die de kapper op zaterdag vervangt.", ["kapster"]),
        ("Wij zoeken een verkoopster ter ondersteuning van de verkopers.", ["verkoopster"]),
        ("Een gastvrouw wordt ook wel een hostess genoemd, en een gastheer een host.", []),
        # past an article only sex nouns and the entry's partners make a pair
        ("Het contact tussen de gastvrouw en de gasten is belangrijk.", ["gastvrouw"]),
        ("De vakman of de vakvrouw komt langs.", []),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "het"/"elk" only right before the noun (or one inflected adjective)
        ("Vorig jaar werd het bedrijf eigenaar van zijn grootste concurrent.", []),
        ("Het ROC als opleider heeft zijn eigen examencommissie.", []),
        ("Elk bedrijf is werkgever en zorgt voor zijn personeel.", []),
        ("Het nieuwe teamlid krijgt zijn laptop.", ["zijn"]),
        # "op zijn best", "op zijn kop" point at the person; "in zijn werk" is his work
        ("De kandidaat is op zijn best onder tijdsdruk.", ["zijn"]),
        ("Een leerling die te laat komt, krijgt op zijn kop.", ["zijn"]),
        ("Een goede monteur gaat in zijn werk zorgvuldig te werk.", ["zijn"]),
        ("Hoe gaat dat in zijn werk?", []),
        ("De stagebegeleider laat het niet op zijn beloop.", []),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vacature\nM/V Allround Monteur", ["M/V"]),
        ("M/V Totaal 120", []),
    ],
)
def test_binary_notation(text: str, expected: list[str]) -> None:
    assert texts(text, "binary-notation") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zwangere vrouwen kunnen dat niet veilig doen.", []),
        ("Een vrouw kan dat niet alleen: daarvoor heb je twee mensen nodig.", []),
        ("Dat kunnen meisjes niet, zeggen sommige ouders.", ["Dat kunnen meisjes niet"]),
        ("Dat kan een meisje niet, zei de instructeur.", ["Dat kan een meisje niet"]),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected
