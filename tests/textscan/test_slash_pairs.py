"""Noun pairs with a slash (*gastheer/gastvrouw*, *vakman/-vrouw*) are a notation of two
genders: one binary-notation finding for the whole pair, no gendered term for its halves."""

from __future__ import annotations

import pytest

from anderebril.textscan import scan_text
from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wij zoeken een gastheer/gastvrouw.", ["gastheer/gastvrouw"]),
        ("Gastheer / gastvrouw gezocht", ["Gastheer / gastvrouw"]),
        ("Wij zoeken een vakman/-vrouw.", ["vakman/-vrouw"]),
        ("Gastvrouw/heer zaterdagochtend", ["Gastvrouw/heer"]),
        ("Als kapper/kapster werk je in een salon.", ["kapper/kapster"]),
        ("Leerjongen/-meisje gezocht", ["Leerjongen/-meisje"]),
        ("Je werkt als ICT-man/-vrouw.", ["ICT-man/-vrouw"]),
        # not a pair: two words for one sex, another job, a list of three, a feminine ending
        ("hulpbarmeisje / -meid", []),
        ("monteur/vakman", []),
        ("Wij zoeken een barman/barista.", []),
        ("Schoonmaker/schoonmaakster gezocht", ["Schoonmaker/schoonmaakster"]),
        ("Stewardess/steward zijn", ["Stewardess/steward"]),
        ("gastheer/gastvrouw/host", []),
        ("Wij zoeken een verkoper/-ster.", ["verkoper/-ster"]),
        # written out it is a pair form
        ("Wij zoeken een vakman of vakvrouw.", []),
    ],
)
def test_slash_pairs_are_binary_notation(text: str, expected: list[str]) -> None:
    assert texts(text, "binary-notation") == expected


def test_a_slash_pair_is_no_gendered_term() -> None:
    assert texts("Wij zoeken een gastheer/gastvrouw en een vakman/-vrouw.", "gendered-term") == []
    assert texts("monteur/vakman", "gendered-term") == ["vakman"]


@pytest.mark.parametrize(
    ("strategy", "suggestions"),
    [
        ("paarvorm", ["vakman of vakvrouw"]),
        ("overkoepelend", ["vakkracht", "vakspecialist"]),
    ],
)
def test_suggestions_follow_the_strategy(strategy: str, suggestions: list[str]) -> None:
    [finding] = scan_text("Wij zoeken een vakman/-vrouw.", strategy=strategy).findings
    assert finding.rule == "nl.binary-notation.paar-met-schuine-streep"
    assert finding.suggestions == suggestions


def test_the_elided_half_is_written_out_for_the_pair_form() -> None:
    [finding] = scan_text("Leerjongen/-meisje gezocht", strategy="paarvorm").findings
    assert finding.suggestions == ["Leerjongen of Leermeisje"]
