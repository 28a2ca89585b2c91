"""Rules from the errors of a forty-third blind set of real Dutch text (real AQ: job ads by
employers, municipalities and care organisations, mostly Flemish; measured at the session's
final rules, with no false finding in 50 ads). Each rule comes with look-alikes that must
keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # eenieder, written as one word
        (
            "De bibliotheek zorgt dat éénieder voor zijn behoefte toegang krijgt.",
            "generic-masculine",
            ["zijn"],
        ),
        ("Zo kan eenieder zijn eigen tempo kiezen.", "generic-masculine", ["zijn"]),
        # working hours are no ratio: the m/v of a vacancy title stays a finding
        (
            "Vacature afdelingshoofd Ruimtelijke Planner (A1a-A3a) - m/v – 38/38u",
            "binary-notation",
            ["m/v"],
        ),
        ("Verdeling m/v 12/30 in 2020", "binary-notation", []),
    ],
)
def test_real_aq(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
