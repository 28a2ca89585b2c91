"""The monitor counts BPV signals per sector and kind over all schools; no count below 5 can be
read off or derived, neither within a table nor with the total of the other table."""

from __future__ import annotations

import pytest
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st

from anderebril.bpv.constants import Sector, SignalKind
from anderebril.monitor.bpv_signals import counts_table
from anderebril.monitor.display import HIDDEN, SMALL, Table
from anderebril.organisations.models import Organisation
from tests.bpv.conftest import make_signal


def _cells(table_rows: list[list[object]]) -> dict[str, str]:
    return {row[0].text: row[1].text for row in table_rows}  # type: ignore[attr-defined]


def _table(values: list[int]) -> Table:
    return counts_table("x", "x", "x", [(f"R{i}", value) for i, value in enumerate(values)])


def assert_nothing_derivable(table: Table, true_values: list[int]) -> None:
    """Whoever knows the shown cells and the total learns only the sum of the hidden rows: that
    sum must be of at least two rows and at least 5 (or the total is not shown at all)."""
    *rows, total_row = table.rows
    assert total_row[0].text == "Totaal"
    hidden = [i for i, row in enumerate(rows) if row[1].text in (SMALL, HIDDEN)]
    for i, row in enumerate(rows):
        if i not in hidden:
            assert row[1].number == true_values[i]
            assert true_values[i] >= 5
    total = total_row[1].number
    if total is None:  # not shown: then every row is below 5 anyway
        assert total_row[1].text == SMALL and all(value < 5 for value in true_values)
        return
    residue = total - sum(rows[i][1].number or 0 for i in range(len(rows)) if i not in hidden)
    assert residue == sum(true_values[i] for i in hidden)
    if hidden:
        assert len(hidden) >= 2 and residue >= 5, (true_values, hidden, residue)


@given(st.lists(st.integers(min_value=0, max_value=40), min_size=2, max_size=9))
@settings(max_examples=300, deadline=None)
def test_no_hidden_count_can_be_derived_from_the_total(values: list[int]) -> None:
    assert_nothing_derivable(_table(values), values)


def test_one_small_row_hides_the_smallest_other_row_too() -> None:
    # before: "B <5, total —" here, while the other table showed the same total 19
    assert _cells(_table([7, 3, 9]).rows) == {"R0": "—", "R1": "<5", "R2": "9", "Totaal": "19"}


def test_small_rows_that_add_up_to_less_than_five_hide_another_row() -> None:
    # before: "A 7, B <5, C <5, total 10": B + C = 3 was derivable
    assert _cells(_table([7, 3, 0, 12]).rows) == {
        "R0": "—", "R1": "<5", "R2": "<5", "R3": "12", "Totaal": "22",
    }  # fmt: skip
    assert _cells(_table([6, 4, 1, 9]).rows)["R0"] == "6"  # 4 + 1 = 5 over two rows: enough


def test_a_small_total_is_shown_as_less_than_five() -> None:
    assert _cells(_table([2, 1, 0]).rows)["Totaal"] == "<5"


@pytest.mark.django_db
def test_the_page_hides_small_counts_in_both_tables_and_shares_one_total(
    client: Client, school: Organisation
) -> None:
    plan = [
        *[(Sector.TECHNIEK, SignalKind.TASKS)] * 6,
        *[(Sector.ZORG, SignalKind.TASKS)] * 7,
        *[(Sector.ICT, SignalKind.REMARKS)] * 2,
        (Sector.HANDEL, SignalKind.PAY),
    ]
    for sector, kind in plan:
        make_signal(school, sector=sector, kind=kind)
    response = client.get("/monitor/stagesignalen/")
    assert response.status_code == 200
    tables = {table.key: table for table in response.context["tables"]}
    by_sector = _cells(tables["sector"].rows)
    assert by_sector["Techniek en gebouwde omgeving"] == "—"  # 2 + 1 = 3: 6 hidden too
    assert by_sector["Zorg, welzijn en sport"] == "7"
    assert by_sector["ICT en creatieve industrie"] == "<5"
    assert by_sector["Totaal"] == _cells(tables["soort"].rows)["Totaal"] == "16"
    sector_values = [sum(1 for s, _k in plan if s == sector) for sector in Sector]
    kind_values = [sum(1 for _s, k in plan if k == kind) for kind in SignalKind]
    assert_nothing_derivable(tables["sector"], sector_values)
    assert_nothing_derivable(tables["soort"], kind_values)
    html = response.content.decode()
    assert ">2<" not in html and ">1<" not in html and ">6<" not in html


@pytest.mark.django_db
def test_the_public_page_never_names_a_school(client: Client, school: Organisation) -> None:
    other_school = Organisation.objects.create(
        name="Vakcollege Elders", slug="vakcollege-elders", kind="mbo_school", brin_code="97YY"
    )
    for _ in range(5):
        make_signal(school)
        make_signal(other_school)
    response = client.get("/monitor/stagesignalen/")
    html = response.content.decode()
    assert school.name not in html and other_school.name not in html
    assert _cells(response.context["tables"][0].rows)["Totaal"] == "10"


@pytest.mark.django_db
def test_the_monitor_navigation_links_to_the_page(client: Client) -> None:
    assert 'href="/monitor/stagesignalen/"' in client.get("/monitor/").content.decode()
