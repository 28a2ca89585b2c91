"""Hostile figure uploads get a clear message, never a crash, and never reach the disk."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.test import Client
from django.urls import reverse
from openpyxl import Workbook

from anderebril.accounts.models import User
from anderebril.genderscan.figures import COLUMNS, MAX_BYTES, MAX_ROWS, read_figures_file
from anderebril.genderscan.models import ProgrammeFigures

URL = reverse("genderscan:figures", args=["techniekcollege-test"])
HEADER = ";".join(column for column, _field in COLUMNS)


class UnreadableBody(io.RawIOBase):
    """A request body that fails the test if anyone reads it."""

    def read(self, *args: object) -> bytes:
        raise AssertionError("the body of a too large upload was read")

    readline = read


def test_an_upload_that_announces_more_than_the_cap_is_refused_unread(
    client: Client, alice: User
) -> None:
    client.force_login(alice)
    response = client.post(
        URL,
        data=b"",
        content_type="multipart/form-data; boundary=grens",
        CONTENT_LENGTH=str(50 * 1024 * 1024),
        **{"wsgi.input": UnreadableBody()},
    )
    assert response.status_code == 413
    assert "Het bestand is groter dan 2 MB." in response.content.decode()
    assert not ProgrammeFigures.objects.exists()


def test_a_file_just_over_the_cap_is_dropped_in_memory_not_written_to_disk(
    client: Client, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_temporary_file(*args: object, **kwargs: object) -> None:
        raise AssertionError("the upload went to a temporary file")

    monkeypatch.setattr(TemporaryFileUploadHandler, "new_file", no_temporary_file)
    client.force_login(alice)
    data = (HEADER + "\n").encode() + b"0" * (MAX_BYTES + 10_000)
    response = client.post(URL, {"file": SimpleUploadedFile("cijfers.csv", data)})
    assert response.status_code == 413
    assert "Het bestand is groter dan 2 MB." in response.content.decode()
    assert not ProgrammeFigures.objects.exists()


def test_the_upload_still_needs_the_csrf_token(alice: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    data = (HEADER + "\n25604;Elektro;2024;;1;1;1;1;0;0;0;0\n").encode()
    response = client.post(URL, {"file": SimpleUploadedFile("cijfers.csv", data)})
    assert response.status_code == 403
    assert not ProgrammeFigures.objects.exists()


def test_an_xlsx_that_unpacks_to_far_too_much_is_refused_before_reading() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", "<sst>" + "a" * 60_000_000 + "</sst>")
    result = read_figures_file("bom.xlsx", io.BytesIO(buffer.getvalue()))
    assert result.errors == ["Het Excel-bestand is na uitpakken verdacht groot; het is geweigerd."]


def test_an_xlsx_with_thousands_of_members_is_refused_before_reading() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for index in range(1000):
            archive.writestr(f"xl/media/{index}.bin", b"x")
    result = read_figures_file("veel.xlsx", io.BytesIO(buffer.getvalue()))
    assert result.errors == ["Het Excel-bestand is na uitpakken verdacht groot; het is geweigerd."]


def test_an_xlsx_with_too_many_rows_is_refused_as_a_whole() -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(";"))
    for index in range(MAX_ROWS + 1):
        sheet.append([f"{10000 + index}", "", 2024])
    out = io.BytesIO()
    workbook.save(out)
    result = read_figures_file("lang.xlsx", io.BytesIO(out.getvalue()))
    assert result.errors == [f"Het bestand heeft meer dan {MAX_ROWS} rijen."]
    assert result.rows == []


def test_a_csv_with_too_many_rows_or_only_blank_lines_is_refused() -> None:
    lines = [HEADER] + [f"{10000 + i};;2024" for i in range(MAX_ROWS + 1)]
    result = read_figures_file("lang.csv", io.BytesIO("\n".join(lines).encode()))
    assert result.errors == [f"Het bestand heeft meer dan {MAX_ROWS} rijen."]
    blank = (HEADER + "\n").encode() + b"\n" * (MAX_BYTES - 200)
    result = read_figures_file("leeg.csv", io.BytesIO(blank))
    assert result.errors and not result.rows


def test_a_superscript_digit_is_a_row_error_not_a_crash() -> None:
    csv = "crebo;schooljaar;instroom_vrouw\n25455;2024/25;²\n".encode()
    result = read_figures_file("cijfers.csv", io.BytesIO(csv))
    assert result.errors and "instroom_vrouw" in str(result.errors[0])
