"""Rules from the errors of a thirty-first blind set of real Dutch text (real AE: job profiles,
HR rules, qualification texts). Each rule comes with look-alikes that must keep their
findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dossier writes the profession with capitals after a capitalised De
        (
            "Context van de uitstroom De Receptionist verricht zijn werkzaamheden in de receptie.",
            ["zijn"],
        ),
        (
            "Inleiding\n\nDe Hulpmonteur Steigerbouw assisteert, waarbij door hem geen steigers "
            "worden gemonteerd.",
            ["hem"],
        ),
        ("De Bakker zegt dat hij stopt.", []),
        ("Wendy De Monteur zegt dat hij stopt.", []),
        # "Er zijn" opening a sentence is the verb
        ("De voorman is een aanspreekpunt. Er zijn verschillende taken.", []),
        ("De leerling zet er zijn handtekening op.", ["zijn"]),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading's label is no first name
        ("Beroep Groepsleidster kinderdagverblijf", ["Groepsleidster"]),
        # "zowel hostess- als serverrollen": an elided compound
        ("Iemand kan zowel hostess- als serverrollen vervullen.", []),
        # a dash pair without a linker
        ("De rechten van een vrijwillige brandweerman – vrouw?", []),
        ("Wij zoeken een vakman – en mannen met ervaring zijn welkom.", ["vakman"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected
