"""A request for one sex made with an adjective is as exclusive as *wij zoeken een man*."""

from __future__ import annotations

import pytest

from anderebril.textscan import scan_text


def _requests(text: str) -> list[tuple[str, str, str]]:
    return [
        (f.text, f.rule, f.severity)
        for f in scan_text(text).findings
        if f.rule.startswith("nl.gendered-term.alleen-")
    ]


@pytest.mark.parametrize(
    ("text", "span", "who"),
    [
        ("Wij zoeken een vrouwelijke monteur.", "vrouwelijke monteur", "vrouwen"),
        ("Gezocht: mannelijke chauffeur voor ons magazijn.", "mannelijke chauffeur", "mannen"),
        (
            "Voor deze functie is een vrouwelijke verzorgster vereist.",
            "vrouwelijke verzorgster",
            "vrouwen",
        ),
        ("Vacature: mannelijke verpleegkundige (32 uur).", "mannelijke verpleegkundige", "mannen"),
    ],
)
def test_one_sex_asked_for_with_an_adjective_is_must_fix(text: str, span: str, who: str) -> None:
    assert _requests(text) == [(span, f"nl.gendered-term.alleen-{who}", "must-fix")]


@pytest.mark.parametrize(
    "text",
    [
        "Wij zoeken mannelijke en vrouwelijke monteurs.",
        "Vrouwelijke collega's zijn van harte welkom.",
        "Het aandeel vrouwelijke monteurs stijgt al jaren.",
        "Meiden kunnen vragen stellen aan vrouwelijke monteurs of operators.",
        "De branche ziet een toename van mannelijke gastheren.",
    ],
)
def test_both_sexes_and_sentences_that_ask_for_no_one_are_left_alone(text: str) -> None:
    assert _requests(text) == []


def test_the_suggestion_drops_the_adjective_and_fix_applies_it() -> None:
    report = scan_text("Wij zoeken een vrouwelijke monteur.")
    finding = next(f for f in report.findings if f.severity == "must-fix")
    assert finding.suggestions == ["monteur"]
