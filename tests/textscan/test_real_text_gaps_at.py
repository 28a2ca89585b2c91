"""Rules from the errors of a blind set of real Dutch text (real AT: job ads, internship ads
and rules, school pages and hard negatives, measured once before these rules). Each rule comes
with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # a list that goes on after commas is no apposition of a name
        (
            "Schilders, timmermannen, loodgieters en andere vakmensen hebben het druk.",
            "gendered-term",
            ["timmermannen"],
        ),
        ("Jan, timmerman, zegt dat het druk is.", "gendered-term", []),
        # a heading word before a title
        (
            "Functienaam Secretaresse\n\nAl jaren zijn er veel functienamen.",
            "gendered-term",
            ["Secretaresse"],
        ),
        # a pronoun pair with the second in brackets
        (
            "De office manager doet de taken waarvoor hij(zij) zich gesteld ziet.",
            "binary-notation",
            ["hij(zij)"],
        ),
        (
            "De office manager doet de taken waarvoor hij(zij) zich gesteld ziet.",
            "generic-masculine",
            [],
        ),
        ("De docent (zij) komt morgen.", "binary-notation", []),
        # one's own relative is the person the noun describes, and ends a generic reach
        ("Mijn vader was een goeie stratenmaker. We gingen met hem mee.", "generic-masculine", []),
        ("Vader was een goeie stratenmaker. We gingen met hem mee.", "generic-masculine", []),
        (
            "De stratenmaker werkt hard. Kijk, dat is onze vader. Als hij nog leefde, was hij er.",
            "generic-masculine",
            [],
        ),
        ("De student neemt zijn vader mee naar zijn werk.", "generic-masculine", ["zijn", "zijn"]),
        ("Een goede stratenmaker neemt zijn tijd.", "generic-masculine", ["zijn"]),
    ],
)
def test_real_at(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
