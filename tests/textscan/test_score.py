"""Coded words and the document score."""

from __future__ import annotations

import pytest

from anderebril.textscan import scan_text
from anderebril.textscan.score import make_score

pytestmark = pytest.mark.usefixtures("fixture_lexicon")


def test_it_reports_coded_words_and_counts_them() -> None:
    report = scan_text("Wij zoeken een competitieve en dominante collega die zorgzaam is.")
    assert [(f.category, f.text, f.severity) for f in report.findings] == [
        ("coded-word", "competitieve", "consider"),
        ("coded-word", "dominante", "consider"),
        ("coded-word", "zorgzaam", "consider"),
    ]
    assert (report.score.masculine, report.score.feminine, report.score.words) == (2, 1, 10)
    assert report.score.per_1000_words == 300.0


def test_the_score_is_normalised_by_length() -> None:
    assert make_score(2, 0, 1000).per_1000_words == 2.0
    assert make_score(2, 0, 4000).per_1000_words == 0.5


def test_the_verdict_is_a_risk_signal_and_never_about_the_writer() -> None:
    verdict = make_score(20, 0, 1000).verdict
    assert verdict.startswith("Risicosignaal")
    assert "niets over de schrijver" in verdict
    assert "Geen" in make_score(0, 0, 1000).verdict


def test_an_empty_text_has_a_zero_score() -> None:
    assert make_score(0, 0, 0).per_1000_words == 0.0


def test_a_form_of_several_tokens_is_found_whole() -> None:
    report = scan_text("Een no-nonsense aanpak, en no nonsense ook.")
    assert [(f.text, f.start, f.end) for f in report.findings] == [("no-nonsense", 4, 15)]
