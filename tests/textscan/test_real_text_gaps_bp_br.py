"""Rules from the errors of the fifteenth session's real Dutch text: the residual false terms of
the earlier sets (*contact op met onze secretaresse*) and the blind sets BP, BQ and BR, each
measured once before these rules. Each rule comes with look-alikes that must keep their
findings, or stay without."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # *onze* after *met, aan, bij* is the one person to turn to; the one a firm sends or
        # seeks is the role
        ("Neemt u hiervoor contact op met onze secretaresse.", "gendered-term", []),
        ("Vraag het gerust aan onze kapster.", "gendered-term", []),
        ("Heb jij mijn kapster gezien?", "gendered-term", []),
        ("Onze vakman komt bij u langs.", "gendered-term", ["vakman"]),
        ("Meld je bij onze nieuwe gastvrouw.", "gendered-term", ["gastvrouw"]),
        (
            "Als onze gastvrouw ben je het gezicht van het hotel.",
            "gendered-term",
            ["gastvrouw"],
        ),
        ("Word jij onze nieuwe gastvrouw?", "gendered-term", ["gastvrouw"]),
        ("Jij bent mijn nieuwe kapster.", "gendered-term", ["kapster"]),
        ("Onze vakmannen komen bij u langs.", "gendered-term", ["vakmannen"]),
    ],
)
def test_rules_from_real_bp_br(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
