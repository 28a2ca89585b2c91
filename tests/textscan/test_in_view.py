"""*de* and a gendered word again, soon after the same word named specific people, is those
people (a story goes on about them), unless the word was used for anyone in between or the
sentence recruits."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al sinds acht uur zijn de kapsters van Salon Laura aan de knip. De handen van de "
            "kapsters jeukten om aan de slag te gaan.",
            [],
        ),
        (
            "Marian en Linda, onze receptionistes, zijn het eerste gezicht. Het werk van de "
            "receptionistes staat nooit stil.",
            [],
        ),
        # used for anyone in between: the later one is anyone too
        (
            "Marian en Linda, onze receptionistes, zijn het eerste gezicht. Wij zoeken nog "
            "receptionistes. Het werk van de receptionistes staat nooit stil.",
            ["receptionistes", "receptionistes"],
        ),
        # a recruiting sentence is about anyone
        (
            "Marian en Linda, onze receptionistes, zijn het eerste gezicht. Zoek jij werk als "
            "de receptionistes hier?",
            ["receptionistes"],
        ),
        # without the specific mention before, de + word is a role
        ("Het werk van de receptionistes staat nooit stil.", ["receptionistes"]),
        # an indefinite use is not the people in view
        (
            "Marian en Linda, onze receptionistes, zijn het eerste gezicht. Elke receptioniste "
            "heeft een pasje.",
            ["receptioniste"],
        ),
    ],
)
def test_the_people_in_view(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected
