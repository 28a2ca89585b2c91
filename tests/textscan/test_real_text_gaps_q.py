"""Rules from the errors of a seventeenth blind set of real Dutch text (real Q: written by
schools and employers), each with look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "de aspirant" (someone training for a trade: police, fire service, salon) is a
        # person anyone can be, compounds too; a named aspirant is one man.
        ("De lessen helpen de aspirant succesvol zijn diploma te halen.", ["zijn"]),
        ("De politieaspirant haalt zijn diploma.", ["zijn"]),
        ("Aspirant Mark de Vries haalt zijn diploma.", []),
        ("Het aspirant-lid betaalt zijn contributie.", ["zijn"]),  # a member-to-be is a person
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An inverted clause about her (is ze, was zij) describes one woman, as "ze is" does.
        ("Sanne (19) zat op het Gilde. Na haar opleiding is ze nu een succesvolle jongedame.", []),
        ("Anouk Smit (24) woont in Ede. Sinds vorig jaar is zij kapster.", []),
        ("De 45-jarige Mark Jansen is tevreden. Sinds vorig jaar is hij voorman.", []),
        # Not a question to the reader, nor a noun after "is" with no pronoun.
        ("Ben jij een ervaren kapster?", ["kapster"]),
        ("Daarom is een goede kapster zo gewild.", ["kapster"]),
        ("Na de opleiding is zij op zoek naar een vakman.", ["vakman"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "niet iets (is) voor vrouwen" says what "niks voor vrouwen" says.
        ("Je leert dat dat niet iets is voor vrouwen.", ["niet iets is voor vrouwen"]),
        ("Lassen is niet iets voor een meisje.", ["niet iets voor een meisje"]),
        ("Dat is niets voor vrouwen.", ["niets voor vrouwen"]),
        ("Dit is niet iets voor iedereen.", []),
        ("Het is niet iets wat vrouwen vaak kiezen.", []),
        # "vrouwelijke studenten zijn ook (meer dan) welkom" singles them out as well.
        (
            "Maar vrouwelijke studenten zijn ook meer dan welkom.",
            ["vrouwelijke studenten zijn ook meer dan welkom"],
        ),
        (
            "Vrouwelijke leerlingen zijn natuurlijk ook welkom.",
            ["Vrouwelijke leerlingen zijn natuurlijk ook welkom"],
        ),
        ("Meiden zijn ook meer dan welkom.", ["Meiden zijn ook meer dan welkom"]),
        ("Studenten zijn ook meer dan welkom.", []),
        ("Vrouwelijke studenten zijn welkom bij de open dag.", []),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # In the report of a court case "de werkneemster" is the woman who was a party to it
        # (real Q); with "een", or without a court, it is anyone in the role.
        (
            "Uitspraak van het Gerechtshof Amsterdam (ECLI:NL:GHAMS:2018:409). De werkneemster "
            "werd in deze zaak op staande voet ontslagen.",
            [],
        ),
        (
            "Een werkneemster die zwanger is, mag niet worden ontslagen, zegt de rechter.",
            ["werkneemster"],
        ),
        ("De werkneemster moet haar ziekte voor tien uur melden.", ["werkneemster"]),
    ],
)
def test_a_party_in_a_court_case(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected
