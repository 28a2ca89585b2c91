"""Golden tests for stereotyping phrases (``stereotype``)."""

from __future__ import annotations

import pytest

from anderebril.textscan import scan_text
from tests.textscan.helpers import spans, texts

pytestmark = pytest.mark.usefixtures("fixture_lexicon")


def test_it_reports_a_sample_recruitment_page_exactly() -> None:
    text = "Techniek is geen mannenwereld. Stoere jongens? Ook zeer geschikt voor meisjes!"
    assert spans(scan_text(text)) == [
        ("stereotype", 17, 29, "mannenwereld"),
        ("stereotype", 31, 45, "Stoere jongens"),
        ("stereotype", 47, 77, "Ook zeer geschikt voor meisjes"),
    ]


def test_a_single_word_pattern_matches_as_a_compound_head() -> None:
    assert texts("Dit is geen technische-mannenwereld.") == ["technische-mannenwereld"]


def test_optional_words_may_be_left_out() -> None:
    assert texts("Dit vak is ook geschikt voor vrouwen.") == ["ook geschikt voor vrouwen"]


def test_the_words_must_be_adjacent() -> None:
    assert texts("Ze zijn stoere. Jongens komen later.") == []


def test_a_stereotype_around_a_request_wins() -> None:
    report = scan_text("Stoere jongens gezocht!")
    assert [(f.category, f.text) for f in report.findings] == [("stereotype", "Stoere jongens")]
