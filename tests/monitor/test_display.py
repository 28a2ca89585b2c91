"""Small numbers are never shown, unknowns are never 0, and shares need 5 on both sides."""

from __future__ import annotations

from anderebril.monitor.display import count_cells, figure_cells, share_cell
from anderebril.monitor.queries import Tally


def texts(tally: Tally) -> list[str]:
    return [cell.text for cell in figure_cells(tally)]


def test_counts_of_five_and_more_are_shown() -> None:
    assert texts(Tally(men=120, women=30, men_known=1, women_known=1)) == [
        "120", "30", "150", "20,0%",
    ]  # fmt: skip


def test_a_count_below_five_is_hidden_with_its_complement_and_the_share() -> None:
    men, women, total, share = texts(Tally(men=60, women=2, men_known=1, women_known=1))
    assert women == "<5"
    assert men == "—"  # else 62 − 60 reveals the 2
    assert total == "62"
    assert share == "—"


def test_few_men_hide_the_share_of_women_too() -> None:
    # 20 women and 3 men: total 23 and a share of 86.9% would give both counts away.
    men, women, total, share = texts(Tally(men=3, women=20, men_known=1, women_known=1))
    assert (men, women, share) == ("<5", "—", "—")
    assert total == "23"


def test_zero_is_a_small_number_too() -> None:
    assert texts(Tally(men=40, women=0, men_known=1, women_known=1))[1] == "<5"


def test_unknown_cells_are_onbekend_never_zero() -> None:
    men, women, total, share = texts(
        Tally(men=80, women=0, men_known=1, women_known=0, women_unknown=1)
    )
    assert women == "onbekend"
    assert share == "onbekend"
    assert men == "80"
    assert total == "80*"


def test_sums_with_some_unknown_cells_are_marked() -> None:
    cells = count_cells(Tally(men=100, women=40, men_known=3, women_known=2, women_unknown=1))
    assert cells[1].text == "40*"
    assert cells[1].number == 40


def test_a_share_needs_five_in_numerator_and_denominator() -> None:
    assert share_cell(4, 100).text == "—"
    assert share_cell(5, 100).text == "5,0%"
    assert share_cell(5, 100).number == 0.05
