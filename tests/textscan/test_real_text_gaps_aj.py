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
    ],
)
def test_real_aj(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
