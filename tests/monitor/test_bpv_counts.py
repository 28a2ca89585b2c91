"""The monitor counts BPV signals per sector and kind over all schools, hiding counts below 5."""

from __future__ import annotations

import pytest
from django.test import Client

from anderebril.bpv.constants import Sector
from anderebril.monitor.bpv_signals import counts_table
from anderebril.organisations.models import Organisation
from tests.bpv.conftest import make_signal

pytestmark = pytest.mark.django_db


def _cells(table_rows: list[list[object]]) -> dict[str, str]:
    return {row[0].text: row[1].text for row in table_rows}  # type: ignore[attr-defined]


def test_counts_below_five_are_shown_as_less_than_five(
    client: Client, school: Organisation
) -> None:
    for _ in range(6):
        make_signal(school, sector=Sector.TECHNIEK)
    for _ in range(2):
        make_signal(school, sector=Sector.ZORG)
    make_signal(school, sector=Sector.ICT)
    response = client.get("/monitor/stagesignalen/")
    assert response.status_code == 200
    tables = {table.key: table for table in response.context["tables"]}
    by_sector = _cells(tables["sector"].rows)
    assert by_sector["Techniek en gebouwde omgeving"] == "6"
    assert by_sector["Zorg, welzijn en sport"] == "<5"
    assert by_sector["ICT en creatieve industrie"] == "<5"
    assert by_sector["Handel"] == "<5"  # zero too, as elsewhere in the monitor
    assert by_sector["Totaal"] == "9"  # two hidden rows: neither can be derived
    html = response.content.decode()
    assert ">2<" not in html and ">1<" not in html


def test_with_one_small_row_the_total_is_hidden_too() -> None:
    table = counts_table("x", "x", "x", [("A", 7), ("B", 3), ("C", 9)])
    assert _cells(table.rows) == {"A": "7", "B": "<5", "C": "9", "Totaal": "—"}
    table = counts_table("x", "x", "x", [("A", 7), ("B", 3), ("C", 0)])
    assert _cells(table.rows)["Totaal"] == "10"  # two rows below 5: neither can be derived


def test_a_small_total_is_shown_as_less_than_five() -> None:
    table = counts_table("x", "x", "x", [("A", 2), ("B", 1), ("C", 0)])
    assert _cells(table.rows)["Totaal"] == "<5"


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


def test_the_monitor_navigation_links_to_the_page(client: Client) -> None:
    assert 'href="/monitor/stagesignalen/"' in client.get("/monitor/").content.decode()
