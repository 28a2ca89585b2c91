"""The public dashboards, their exports, and the import page for platform admins."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from openpyxl import load_workbook

from anderebril.accounts.models import User
from anderebril.monitor.importer import import_file
from anderebril.monitor.models import Definition, ImportRecord, Institution
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Organisation
from tests.monitor.files import build

pytestmark = pytest.mark.django_db

PAGES = [
    "/monitor/",
    "/monitor/?gegevens=diplomas&definitie=it&jaar=2022",
    "/monitor/school/98ZZ/",
    "/monitor/sectorkamer/techniek-en-gebouwde-omgeving/",
    "/monitor/hoofdgroep/informatie-en-communicatietechnologie/",
    "/monitor/opleiding/25455/",
    "/monitor/scholen/",
    "/monitor/regios/",
    "/monitor/bronnen/",
]


@pytest.fixture
def loaded(db: None) -> None:
    import_file(build(), "mbo-studenten.csv")
    import_file(build(diplomas=True), "gediplomeerden.csv")


@pytest.mark.usefixtures("loaded")
@pytest.mark.parametrize("url", PAGES)
def test_every_dashboard_is_public_and_has_no_inline_styles(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert ' style="' not in html
    assert "<script" not in html.split("</header>", 1)[1]


@pytest.mark.usefixtures("loaded")
def test_the_national_page_states_definitions_charts_and_source(client: Client) -> None:
    html = client.get("/monitor/").content.decode()
    assert "Gebruikte definities" in html
    assert "hoofdgroep Informatie en communicatietechnologie" in html
    assert html.count('role="img"') >= 3
    assert "<title id=" in html and "<desc id=" in html
    assert "2025 (voorlopig)" in html
    assert "mbo-studenten.csv" in html
    assert "Techniek en gebouwde omgeving" in html


@pytest.mark.usefixtures("loaded")
def test_a_school_is_compared_with_the_nation_and_small_numbers_stay_hidden(
    client: Client,
) -> None:
    html = client.get("/monitor/school/98ZZ/?jaar=2021").content.decode()
    assert "Aandeel vrouwen — landelijk" in html
    # Eerste monteur (level 2, bbl) has 2 women in 2021: shown as <5, never as the count.
    assert "&lt;5" in html
    assert "Leeswijzer" in html


@pytest.mark.usefixtures("loaded")
def test_unknown_counts_show_as_onbekend(client: Client) -> None:
    html = client.get("/monitor/school/25LH/?definitie=techniek").content.decode()
    assert "onbekend" in html


@pytest.mark.usefixtures("loaded")
def test_a_region_adds_up_its_schools(client: Client, school: Organisation) -> None:
    region = Organisation.objects.create(
        name="STO-regio Rivierenland", slug="rivierenland", kind=Kind.STO_REGION
    )
    school.sto_region = region
    school.save()
    Institution.objects.filter(brin="98ZZ").update(organisation=school)
    Institution.objects.filter(brin="25LH").update(sto_region=region)
    html = client.get("/monitor/regio/rivierenland/").content.decode()
    assert "Techniekcollege Test" in html
    assert "ROC Rivierenland Coöperatie" in html
    assert "2 " in client.get("/monitor/regios/").content.decode()
    school_page = client.get("/monitor/school/98ZZ/").content.decode()
    assert "STO-regio Rivierenland" in school_page


@pytest.mark.usefixtures("loaded")
def test_every_table_exports_as_csv_with_the_same_hiding(client: Client) -> None:
    response = client.get("/monitor/school/98ZZ/?jaar=2021&tabel=niveau&formaat=csv")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0] == ["Niveau", "Mannen", "Vrouwen", "Totaal", "Aandeel vrouwen"]
    level_2 = next(row for row in rows if row and row[0] == "niveau 2")
    assert level_2[2] == "<5" and level_2[4] == "—"
    assert any("Bron: DUO" in row[0] for row in rows if row)


@pytest.mark.usefixtures("loaded")
def test_xlsx_exports_have_typed_numbers(client: Client) -> None:
    response = client.get("/monitor/?tabel=sectorkamer&formaat=xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    assert header[:2] == ["Sectorkamer", "Mannen"]
    ict = next(
        row for row in sheet.iter_rows(values_only=True) if row[0] == "Ict en creatieve industrie"
    )
    assert isinstance(ict[1], int)
    assert isinstance(ict[4], float) and 0 < ict[4] < 1


@pytest.mark.usefixtures("loaded")
def test_an_unknown_table_or_page_is_not_found(client: Client) -> None:
    assert client.get("/monitor/?tabel=bestaat-niet&formaat=csv").status_code == 404
    assert client.get("/monitor/school/00XX/").status_code == 404
    assert client.get("/monitor/sectorkamer/bestaat-niet/").status_code == 404


def test_without_data_the_page_says_so(client: Client, db: None) -> None:
    response = client.get("/monitor/")
    assert response.status_code == 200
    assert "nog geen DUO-cijfers" in response.content.decode()


def test_only_platform_admins_may_import(client: Client, alice: User, bob: User) -> None:
    assert client.get("/monitor/importeren/").status_code == 302
    client.force_login(alice)
    assert client.get("/monitor/importeren/").status_code == 403
    client.force_login(bob)
    assert client.post("/monitor/importeren/", {}).status_code == 403


def test_a_platform_admin_uploads_files(client: Client, carol: User) -> None:
    client.force_login(carol)
    upload = SimpleUploadedFile("mbo-studenten.csv", build(encoding="cp1252", delimiter=","))
    response = client.post("/monitor/importeren/", {"bestanden": [upload]}, follow=True)
    assert "30 cijfers opgeslagen" in response.content.decode()
    record = ImportRecord.objects.get()
    assert record.imported_by == carol
    assert record.encoding == "windows-1252"


def test_a_bad_upload_is_explained_and_nothing_is_imported(client: Client, carol: User) -> None:
    client.force_login(carol)
    lines = build().split(b"\r\n")
    lines[2] = lines[2].replace(b";60;", b";zestig;")
    upload = SimpleUploadedFile("kapot.csv", b"\r\n".join(lines))
    response = client.post("/monitor/importeren/", {"bestanden": [upload]})
    html = response.content.decode()
    assert "kapot.csv is niet geïmporteerd" in html
    assert "Regel 3, kolom MAN2021" in html
    assert not ImportRecord.objects.exists()


@pytest.mark.usefixtures("loaded")
def test_platform_admins_edit_definitions_and_regions_in_the_admin(
    client: Client, carol: User
) -> None:
    client.force_login(carol)
    for url in (
        "/beheer/monitor/definition/",
        "/beheer/monitor/definition/add/",
        "/beheer/monitor/institution/",
        "/beheer/monitor/importrecord/",
        "/beheer/monitor/programme/",
    ):
        assert client.get(url).status_code == 200, url
    it = Definition.objects.get(key="it")
    definition = client.get(f"/beheer/monitor/definition/{it.pk}/change/").content.decode()
    assert "Zorg, welzijn en sport" in definition  # the names found in the files, as a help
