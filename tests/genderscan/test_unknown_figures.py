"""A count the school did not enter, or DUO did not publish, is unknown (NULL), never zero."""

from __future__ import annotations

import io

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from django.urls import reverse

from anderebril.accounts.models import User
from anderebril.genderscan.figures import COLUMNS, import_figures, read_figures_file
from anderebril.genderscan.kpis import kpis_for
from anderebril.genderscan.models import ProgrammeFigures, ScanRound
from anderebril.genderscan.reports import build_report
from anderebril.genderscan.rounds import close_round
from anderebril.organisations.models import Organisation

HEADER = ";".join(column for column, _field in COLUMNS)
URL = reverse("genderscan:figures", args=["techniekcollege-test"])


def test_blank_cells_in_an_upload_are_stored_as_unknown(school: Organisation) -> None:
    data = HEADER + "\n25604;Elektro;2024/25;;10;;30;270;;20;;\n"
    result = import_figures(school, "cijfers.csv", io.BytesIO(data.encode()))
    assert result.errors == []
    row = ProgrammeFigures.objects.get()
    assert (row.intake_women, row.intake_men) == (10, None)
    assert (row.dropout_women, row.dropout_men) == (None, 20)
    assert (row.diplomas_women, row.diplomas_men) == (None, None)


def test_an_explicit_zero_stays_a_zero() -> None:
    data = HEADER + "\n25604;Elektro;2024;;0;0;0;0;0;0;0;0\n"
    (row,) = read_figures_file("cijfers.csv", io.BytesIO(data.encode())).rows
    assert all(row[field] == 0 for _column, field in COLUMNS[4:])


def test_drop_out_is_only_checked_against_a_known_enrolment() -> None:
    data = HEADER + "\n25604;Elektro;2024;;;;;;5;5;;\n"
    result = read_figures_file("cijfers.csv", io.BytesIO(data.encode()))
    assert result.errors == [] and result.rows[0]["dropout_women"] == 5


def test_blank_fields_in_the_form_are_stored_as_unknown(client: Client, alice: User) -> None:
    client.force_login(alice)
    fields = {"crebo": "25187", "programme": "ICT", "sector": "ict", "school_year": 2024}
    blanks = {
        f"{kind}_{sex}": ""
        for kind in ("intake", "enrolled", "dropout", "diplomas")
        for sex in ("women", "men")
    }
    response = client.post(URL, {**fields, **blanks, "intake_women": "4"})
    assert response.status_code == 302
    row = ProgrammeFigures.objects.get()
    assert row.intake_women == 4
    assert row.intake_men is None and row.enrolled_women is None and row.dropout_men is None
    page = client.get(URL).content.decode()
    assert "4 / <abbr" in page  # shown as unknown, not as 0


def test_kpis_with_unknown_inputs_are_not_filled_in_rather_than_zero(
    school: Organisation,
) -> None:
    ProgrammeFigures.objects.create(
        organisation=school, crebo="25604", school_year=2024, enrolled_women=40, enrolled_men=200
    )
    kpis = kpis_for(school, 2024)
    assert kpis.has_figures
    assert kpis.share_women_intake is None  # intake unknown: not 0 %
    assert kpis.retention_women is None and kpis.retention_men is None  # drop-out unknown
    assert kpis.retention_gap is None  # not 100 % - 100 % = 0
    assert kpis.intake_missing == 1 and kpis.retention_missing == 1
    assert kpis.programmes[0].share_women is None and kpis.programmes[0].intake_total is None


def test_a_programme_with_unknown_counts_is_left_out_of_the_school_kpis(
    school: Organisation,
) -> None:
    ProgrammeFigures.objects.create(
        organisation=school, crebo="25604", school_year=2024, sector="ict",
        intake_women=10, intake_men=90, enrolled_women=40, enrolled_men=200,
        dropout_women=8, dropout_men=20,
    )  # fmt: skip
    ProgrammeFigures.objects.create(
        organisation=school, crebo="25605", school_year=2024, sector="ict",
        intake_women=None, intake_men=100, enrolled_women=50, enrolled_men=None,
        dropout_women=0, dropout_men=0,
    )  # fmt: skip
    kpis = kpis_for(school, 2024)
    # with the unknowns as zeros this would be 10 / 200 = 5 % and retention 85.6 / 90.9
    assert kpis.share_women_intake == 10.0
    assert (kpis.intake_women, kpis.intake_total) == (10, 100)
    assert (kpis.retention_women, kpis.retention_men) == (80.0, 90.0)
    assert kpis.intake_missing == 1 and kpis.retention_missing == 1


def test_the_report_says_not_filled_in_where_a_kpi_has_unknown_inputs(
    client: Client, alice: User, school: Organisation, scan_round: ScanRound
) -> None:
    ProgrammeFigures.objects.create(
        organisation=school, crebo="25604", school_year=2024, enrolled_women=40, enrolled_men=200
    )
    closed = close_round(scan_round)
    assert build_report(closed).kpis.share_women_intake is None
    client.force_login(alice)
    page = client.get(reverse("genderscan:report", args=[school.slug, closed.pk])).content.decode()
    kerncijfers = page[page.index('id="kerncijfers"') :]
    assert "niet ingevuld" in kerncijfers and "onbekend" in kerncijfers
    assert "0.0%" not in kerncijfers and "0,0%" not in kerncijfers and "None" not in kerncijfers
    pdf = client.get(reverse("genderscan:report_pdf", args=[school.slug, closed.pk]))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_existing_zeros_as_zeros(school: Organisation) -> None:
    before = [("genderscan", "0001_initial")]
    after = [("genderscan", "0002_figures_unknown_counts")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps.get_model("genderscan", "ProgrammeFigures")
    old.objects.create(organisation_id=school.pk, crebo="25604", school_year=2024, intake_men=7)
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(after)
    new = executor.loader.project_state(after).apps.get_model("genderscan", "ProgrammeFigures")
    row = new.objects.get()
    assert (row.intake_women, row.intake_men, row.diplomas_men) == (0, 7, 0)  # no guessing
    executor.migrate(executor.loader.graph.leaf_nodes())  # leave the database up to date
