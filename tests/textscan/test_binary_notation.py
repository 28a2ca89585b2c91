"""Golden tests for two-gender notation (``binary-notation``)."""

from __future__ import annotations

import pytest

from anderebril.textscan import scan_text
from tests.textscan.helpers import spans, texts

pytestmark = pytest.mark.usefixtures("fixture_lexicon")


def test_it_reports_a_sample_vacancy_exactly() -> None:
    text = "Monteur (m/v) gezocht. Hij/zij regelt zijn/haar eigen planning als medewerk(st)er."
    assert spans(scan_text(text)) == [
        ("binary-notation", 8, 13, "(m/v)"),
        ("binary-notation", 23, 30, "Hij/zij"),
        ("binary-notation", 38, 47, "zijn/haar"),
        ("binary-notation", 67, 81, "medewerk(st)er"),
    ]


@pytest.mark.parametrize(
    "text", ["Monteur m/v gezocht", "Monteur M/V gezocht", "Monteur (v/m)", "hem/haar"]
)
def test_it_reports_every_binary_form(text: str) -> None:
    assert len(texts(text, "binary-notation")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Monteur (m/v/x) gezocht.",
        "Verdeling m/v: 80/20.",
        "Tabel 3. Gediplomeerden per sector, m/v\nSector | m | v",
        "De M/V-verhouding is scheef.",
        "Zie www.example.nl/m/v/index voor meer.",
    ],
)
def test_it_leaves_inclusive_notation_and_statistics_alone(text: str) -> None:
    assert texts(text, "binary-notation") == []


def test_bracketed_forms_are_whole_words_with_both_readings() -> None:
    report = scan_text("Wij zoeken een schoonma(a)k(st)er.", strategy="paarvorm")
    assert spans(report) == [("binary-notation", 15, 33, "schoonma(a)k(st)er")]
    assert report.findings[0].suggestions == ["schoonmaker of schoonmaakster"]


def test_m_v_has_one_unambiguous_fix() -> None:
    assert scan_text("Monteur (m/v)").findings[0].suggestions == ["(m/v/x)"]
