"""Rules from the errors of a twenty-fifth blind set of real Dutch text (real Y: mostly news,
CAO and HR texts and hard negatives)."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's own job or wish
        ("Bij De Nerf heb ik twintig jaar gewerkt als opperman.", []),
        ("Kraamverzorgster worden is altijd mijn droom geweest.", []),
        ("Omdat ik zeker weet dat ik kraamverzorgster wil worden, koos ik dit.", []),
        ("Ik kreeg het advies ‘praktijkschool’, ik moest timmerman of elektricien worden.", []),
        ("Als je timmerman wilt worden, kies je deze opleiding.", ["timmerman"]),
        ("Ik zoek een timmerman voor mijn verbouwing.", ["timmerman"]),
        ("Timmerman worden? Kies deze opleiding.", ["Timmerman"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wie met Jan over zijn werk praat, merkt het.", []),
        (
            "Als iemand bij Philips werkt en zijn pasje vergeet, belt hij de receptie.",
            ["zijn", "hij"],
        ),
        ("Wie zijn diploma heeft, krijgt een baan.", ["zijn"]),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


def test_someone_else_becoming_is_a_role() -> None:
    assert texts("Ik raad iedereen aan om timmerman te worden.", "gendered-term") == ["timmerman"]
