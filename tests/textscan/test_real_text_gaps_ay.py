"""Rules from the errors of a blind set of real Dutch text (real AY: school and training
pages, dossiers and regulations, vacancies, occupation pages and hard negatives, measured once
before these rules). Each rule comes with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # "volgens zijn …": a preposition before the possessive
        (
            "De werknemer kan niet verplicht worden langer te werken dan volgens zijn rooster.",
            "generic-masculine",
            ["zijn"],
        ),
        # a phrase ending in a plural inside a subordinate clause
        (
            "Wanneer een stagiair om dringende redenen zijn stage moet beëindigen, meldt hij dat.",
            "generic-masculine",
            ["zijn", "hij"],
        ),
        (
            "De docent legt uit dat de regels voor alle studenten zijn veranderd.",
            "generic-masculine",
            [],
        ),
        # the writer's own years in a job
        ("In mijn eerste jaren als voorman heb ik veel bijgeleerd.", "gendered-term", []),
        ("Als voorman ben je het aanspreekpunt.", "gendered-term", ["voorman"]),
        # an organisation's name before its acronym
        (
            "Marlene Reyns, voorzitter van de Beroepsorganisatie van Vroedvrouwen (VBOV), vertelt.",
            "gendered-term",
            [],
        ),
        ("Ons land telt ongeveer 14.000 actieve vroedvrouwen.", "gendered-term", ["vroedvrouwen"]),
    ],
)
def test_real_ay(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
