"""Rules from the errors of a twenty-fourth blind set of real Dutch text (real X: vacancies
from trades not covered before, wiki-like job descriptions, news and a language-advice
page)."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Goed voorbereid aan de slag als zelfstandig schoonheidsspecialiste.",
            ["schoonheidsspecialiste"],
        ),
        ("Ja jongens, kom op! Dit is je kans.", ["jongens"]),
        ("Ik ben in opleiding voor wielman.", []),
        ("De opleiding voor timmerman duurt drie jaar.", ["timmerman"]),
        ("Denk aan raadsheer of vroedvrouw.", ["raadsheer", "vroedvrouw"]),
        ("De raadsheer en de raadsvrouw.", []),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object pronoun in the noun's own relative clause is someone else
        ("Hij zoekt opnieuw een bakker die in hem gelooft.", []),
        ("De student zoekt een begeleider die hem helpt.", ["hem"]),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


def test_steward_ess_is_a_bracketed_pair_form() -> None:
    assert texts("De job van steward(ess) is een droomjob.", "binary-notation") == ["steward(ess)"]
