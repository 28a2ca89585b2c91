"""What the genderscan will use: a school's figures per year, dataset and definition."""

from __future__ import annotations

import pytest

from anderebril.monitor.importer import import_file
from anderebril.monitor.services import figures_for_school, monitor_url_for_school
from tests.monitor.files import build

pytestmark = pytest.mark.django_db


def test_figures_for_school_gives_raw_counts_per_year_and_definition() -> None:
    import_file(build(), "s.csv")
    import_file(build(diplomas=True), "d.csv")
    figures = figures_for_school("98zz")
    it_2021 = next(
        f for f in figures if (f.year, f.dataset, f.definition) == (2021, "studenten", "it")
    )
    assert (it_2021.men, it_2021.women, it_2021.incomplete) == (200, 30, False)
    assert not it_2021.provisional
    assert any(f.provisional and f.year == 2025 for f in figures)
    assert {f.dataset for f in figures} == {"studenten", "diplomas"}
    assert {f.definition for f in figures} >= {"alle", "techniek", "it"}


def test_unknown_cells_come_back_as_none() -> None:
    import_file(build(), "s.csv")
    other = [f for f in figures_for_school("25LH") if f.definition == "techniek"]
    assert other and all(f.women is None for f in other)


def test_an_unknown_school_has_no_figures_and_no_page() -> None:
    assert figures_for_school("00XX") == []
    assert monitor_url_for_school("00XX") is None
