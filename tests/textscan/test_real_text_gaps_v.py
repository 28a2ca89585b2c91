"""Rules from the remaining errors of blind real T and from a twenty-second blind set of real
Dutch text (real V)."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens with a longer object phrase, then the verb and *hij*
        (
            "De leerling gaat naar school. Een deel van de opleiding loopt hij stage.",
            ["hij"],
        ),
        ("De leerling gaat naar school. De praktische ervaring doet hij op.", ["hij"]),
        # a thing as the subject, and a comma, still end it
        ("De student leest. Een defibrillator in de hal werkt als hij aan staat.", []),
        ("De student leest. Het apparaat in de grote hal draait, hij kijkt.", []),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "is om … te": a purpose, not what the subject is
        ("Doel is om secretaresses te laten zien hoe ze worden gewaardeerd.", ["secretaresses"]),
        ("Anna is sinds kort lerares.", []),
        # a website, a surname after a title
        ("Zoek via hulp.nl of werksters.nl een hulp.", []),
        ("Reactie op het aftreden van wethouder Zeeman.", []),
        ("Een zeeman vaart uit.", ["zeeman"]),
        # the writer's own, and who someone was
        ("Mijn begeleidster in de keuken geeft duidelijke opdrachten.", []),
        ("Word jij mijn nieuwe kapster?", ["kapster"]),
        ("Binnenkort krijgt de ex-kapster een cursus glaslassen.", []),
        ("Ex-kapsters vinden vaak werk in de techniek.", ["Ex-kapsters"]),
        # people named before 'zijn', and the noun ends the clause
        ("Vader en zoon Van Dijk zijn timmermannen.", []),
        ("Bij Jansen zijn timmermannen altijd welkom.", ["timmermannen"]),
        ("Elektriciens en loodgieters zijn vakmannen.", ["vakmannen"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected
