"""Rules from the errors of a twenty-first blind set of real Dutch text (real U: vacancies,
school pages, regulations and hard negatives from trades not covered before)."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one just quoted: "'…', vertelt de ambachtsman"
        ("'Alles heb ik geprobeerd', vertelt de ambachtsman. 'Echt alles.'", []),
        ("De monteur zegt dat de vakman belangrijk is.", ["vakman"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Je moet een vakman zijn én een ondernemer.", []),
        ("De supermarktbediende en de taken die hij dagelijks uitvoert.", ["hij"]),
        ("'Het is zwaar werk', zegt de monteur. Hij werkt al dertig jaar.", []),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # variants of "Ben jij de man die wij zoeken?" that the third review found missed
        ("Ben jij de vrouw die ons team komt versterken?", ["vrouw"]),
        ("Ben jij de enthousiaste vrouw die wij zoeken?", ["vrouw"]),
        ("Ben jij de oude man die hier komt wonen?", []),
        ("Ben jij de man van Anja?", []),
    ],
)
def test_asked_to_be_a_man_or_a_woman(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected
