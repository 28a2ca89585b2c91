from __future__ import annotations

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from openpyxl import Workbook

from anderebril.genderscan.figures import COLUMNS, read_figures_file, template_csv, template_xlsx
from anderebril.genderscan.kpis import kpis_for
from anderebril.genderscan.models import ProgrammeFigures
from anderebril.organisations.models import Organisation

HEADER = ";".join(column for column, _field in COLUMNS)
URL = reverse("genderscan:figures", args=["techniekcollege-test"])


def upload(client: Client, name: str, data: bytes) -> object:
    return client.post(URL, {"file": SimpleUploadedFile(name, data)})


def test_the_downloadable_templates_import_cleanly() -> None:
    for name, data in (("t.csv", template_csv()), ("t.xlsx", template_xlsx())):
        result = read_figures_file(name, io.BytesIO(data))
        assert result.errors == [] and len(result.rows) == 2, name


def test_alice_uploads_a_csv_with_a_bom_and_semicolons(client: Client, alice: object) -> None:
    client.force_login(alice)  # type: ignore[arg-type]
    data = "\ufeff" + HEADER + "\n25604;Elektro;2024/25;bouw_installatie;10;90;30;270;3;20;5;60\n"
    response = upload(client, "cijfers.csv", data.encode())
    assert response.status_code == 302  # type: ignore[attr-defined]
    row = ProgrammeFigures.objects.get()
    assert (row.crebo, row.school_year, row.intake_women, row.dropout_men) == (
        "25604",
        2024,
        10,
        20,
    )


def test_an_xlsx_upload_updates_existing_rows(
    client: Client, alice: object, school: Organisation
) -> None:
    ProgrammeFigures.objects.create(
        organisation=school, crebo="25604", school_year=2024, intake_women=1
    )
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(";"))
    sheet.append([25604, "Elektro", 2024, "", 12, 88, 30, 270, 3, 20, 5, 60])
    out = io.BytesIO()
    workbook.save(out)
    client.force_login(alice)  # type: ignore[arg-type]
    upload(client, "cijfers.xlsx", out.getvalue())
    assert ProgrammeFigures.objects.get().intake_women == 12


def test_a_bad_file_gets_row_level_errors_and_nothing_is_saved(
    client: Client, alice: object
) -> None:
    client.force_login(alice)  # type: ignore[arg-type]
    data = (
        HEADER + "\n"
        "25604;Goed;2024;;10;90;30;270;3;20;5;60\n"
        "2560;Te kort;2024;;1;1;1;1;0;0;0;0\n"
        "25605;Tekst;2024;;tien;90;30;270;3;20;5;60\n"
        "25606;Jaar;vorig jaar;;1;1;1;1;0;0;0;0\n"
    )
    response = upload(client, "cijfers.csv", data.encode())
    page = response.content.decode()  # type: ignore[attr-defined]
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert "Rij 3, kolom crebo" in page
    assert "Rij 4, kolom instroom_vrouw" in page
    assert "Rij 5, kolom schooljaar" in page
    assert not ProgrammeFigures.objects.exists()


def test_a_broken_xlsx_or_another_file_type_gets_a_clear_message() -> None:
    assert "niet worden gelezen" in read_figures_file("x.xlsx", io.BytesIO(b"geen zip")).errors[0]
    assert "CSV- of XLSX" in read_figures_file("x.pdf", io.BytesIO(b"%PDF")).errors[0]
    assert "ontbreken" in read_figures_file("x.csv", io.BytesIO(b"a;b\n1;2\n")).errors[0]


def test_the_form_stores_one_programme(client: Client, alice: object) -> None:
    client.force_login(alice)  # type: ignore[arg-type]
    fields = {"crebo": "25187", "programme": "ICT", "sector": "ict", "school_year": 2024}
    counts = {
        f"{kind}_{sex}": 5
        for kind in ("intake", "enrolled", "dropout", "diplomas")
        for sex in ("women", "men")
    }
    assert client.post(URL, {**fields, **counts}).status_code == 302
    again = client.post(URL, {**fields, **counts})
    assert "al cijfers ingevoerd" in again.content.decode()


def test_kpis_compare_the_share_of_women_with_the_references_and_show_the_retention_gap(
    school: Organisation,
) -> None:
    ProgrammeFigures.objects.create(
        organisation=school,
        crebo="25604",
        school_year=2024,
        sector="bouw_installatie",
        intake_women=10,
        intake_men=90,
        enrolled_women=40,
        enrolled_men=200,
        dropout_women=8,
        dropout_men=20,
    )
    kpis = kpis_for(school, 2024)
    assert kpis.share_women_intake == 10.0
    assert kpis.national_reference is not None and kpis.national_reference.value > 0
    assert kpis.sector_reference == 3.0
    assert kpis.retention_women == 80.0 and kpis.retention_men == 90.0
    assert kpis.retention_gap == -10.0
