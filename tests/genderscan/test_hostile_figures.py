"""Hostile figure uploads get a clear message, never a crash."""

from __future__ import annotations

import io
import zipfile

from anderebril.genderscan.figures import read_figures_file


def test_an_xlsx_that_unpacks_to_far_too_much_is_refused_before_reading() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", "<sst>" + "a" * 60_000_000 + "</sst>")
    result = read_figures_file("bom.xlsx", io.BytesIO(buffer.getvalue()))
    assert result.errors == ["Het Excel-bestand is na uitpakken verdacht groot; het is geweigerd."]


def test_a_superscript_digit_is_a_row_error_not_a_crash() -> None:
    csv = "crebo;schooljaar;instroom_vrouw\n25455;2024/25;²\n".encode()
    result = read_figures_file("cijfers.csv", io.BytesIO(csv))
    assert result.errors and "instroom_vrouw" in str(result.errors[0])
