"""Rules from the errors of a blind set of real Dutch text (real AS: school, internship,
occupation and vacancy pages and hard negatives, measured once before these rules). Each
rule comes with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # the verb "bemannen" is no man
        ("Als bakker beman je samen met een collega de kraam.", "gendered-term", []),
        ("Wie bemant de kraam? De post wordt bemand door vrijwilligers.", "gendered-term", []),
        ("Wij zoeken een vakman voor de kraam.", "gendered-term", ["vakman"]),
        # no noun can follow the possessive after "hierbij", "erbij"
        (
            "De functies van monteur en werkvoorbereider zijn hierbij samengevoegd.",
            "generic-masculine",
            [],
        ),
        ("De monteur neemt zijn erbij horende gereedschap mee.", "generic-masculine", ["zijn"]),
        # "Ook Tayfun is een BBL-leerling": a named pupil
        (
            "Ook Tayfun is een BBL-leerling. Nadat hij zakte voor zijn examen, koos hij de bouw.",
            "generic-masculine",
            [],
        ),
        (
            "Ook de student is een leerling. Hij neemt zijn boek mee.",
            "generic-masculine",
            ["Hij", "zijn"],
        ),
        # the name of a job someone holds is no generic noun
        (
            "Kees is 62. Hier vervult hij de functie van klusser. Dit doet hij met veel inzet.",
            "generic-masculine",
            [],
        ),
        (
            "Voor de functie van monteur zoeken wij iemand. Hij rijdt veel.",
            "generic-masculine",
            ["Hij"],
        ),
        # hyphenated pronoun pairs
        (
            "Een receptionist groet de gasten als hij-zij binnenkomt.",
            "binary-notation",
            ["hij-zij"],
        ),
        ("De zij-ingang en de hij-figuur.", "binary-notation", []),
        # a compound stereotype
        (
            "De mannendominantie in de wetenschap raakt iedere vrouw.",
            "stereotype",
            ["mannendominantie"],
        ),
    ],
)
def test_real_as(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected


def test_a_paragraph_that_opens_with_the_pronoun_goes_on_about_the_same_one() -> None:
    text = (
        "De koster opent de kerk. Hij is vraagbaak voor de bezoekers. Hij zorgt voor de "
        "collecte.\n\nHij houdt tijdens de viering alles in het oog."
    )
    assert texts(text, "generic-masculine") == ["Hij", "Hij", "Hij"]


def test_after_a_quote_the_paragraph_opening_pronoun_is_the_speaker() -> None:
    text = (
        "'Als ik niet snel een bakker vind, moeten we sluiten. De bakker is nergens te "
        "vinden.'\n\nHij gaat verder: 'We hebben twee winkels.'"
    )
    assert texts(text, "generic-masculine") == []


def test_a_paragraph_that_opens_otherwise_ends_the_reach() -> None:
    text = "De koster opent de kerk. Hij zorgt voor de collecte.\n\nDaarna sluit hij af."
    assert texts(text, "generic-masculine") == ["Hij"]
