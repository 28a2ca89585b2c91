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
