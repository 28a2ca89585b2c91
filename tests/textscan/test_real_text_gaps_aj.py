"""Rules from the errors of a thirty-sixth blind set of real Dutch text (real AJ: a broad mix,
news-heavy with many passages without a label, measured at the session's final rules). Each
rule comes with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # a grammatical form is no person asked for
        (
            "Deze functiebeschrijving is opgesteld in de mannelijke vorm.",
            "gendered-term",
            [],
        ),
        ("Wij zoeken een mannelijke verpleger.", "gendered-term", ["mannelijke verpleger"]),
        # the feminine counterpart of mannenbolwerk
        (
            "De opleidingen waren altijd al vrouwenbolwerken.",
            "stereotype",
            ["vrouwenbolwerken"],
        ),
        # a quoted speaker with an adjective, or after "zo"
        (
            "“Hahaha, je wordt verpleegkundige”, zo omschrijft een mannelijke verpleger de "
            "reactie van zijn vrienden.",
            "gendered-term",
            [],
        ),
        (
            "“Het werk is zwaar”, zegt een oudere monteur. Hij werkt al jaren.",
            "generic-masculine",
            [],
        ),
        ("'Alles heb ik geprobeerd', vertelt de ambachtsman.", "gendered-term", []),
        ("Een mannelijke verpleger beschrijft zijn werk.", "gendered-term", ["verpleger"]),
        ("Maandelijks vertelt een jonge monteur over zijn werk.", "generic-masculine", ["zijn"]),
        # a year between the link and the noun: a named person's career
        ("Jan werd in 1990 timmerman.", "gendered-term", []),
        ("Sanne is sinds 2015 kapster.", "gendered-term", []),
        ("Wij zoeken in 2025 een timmerman.", "gendered-term", ["timmerman"]),
        ("Vrouwen werken sinds 2010 vaker als kapster.", "gendered-term", ["kapster"]),
    ],
)
def test_real_aj(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
