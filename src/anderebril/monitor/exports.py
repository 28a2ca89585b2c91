"""CSV and XLSX downloads of any table on a monitor page, with the same hiding as on screen.

CSV follows Dutch spreadsheet habits, like DUO's own files: ``;`` between fields, a decimal
comma, UTF-8 with BOM. XLSX cells are typed: counts are integers, shares are fractions with a
percentage format; hidden and unknown values are text ("<5", "—", "onbekend").
"""

from __future__ import annotations

import csv
import io

from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.comments import Comment  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]

from anderebril.monitor.display import Table

FORMATS = ("csv", "xlsx")
INCOMPLETE_NOTE = "Zonder de cellen die DUO als onbekend (-1) publiceert."
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _csv_value(cell_number: int | float | None, text: str, percent: bool) -> str:
    if cell_number is None:
        return text
    star = "*" if text.endswith("*") else ""
    if percent:
        return f"{cell_number * 100:.1f}".replace(".", ",") + star
    return f"{cell_number}{star}"


def to_csv(table: Table, source: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow(_csv_value(cell.number, cell.text, cell.percent) for cell in row)
    writer.writerow([])
    writer.writerow([source])
    for line in _notes(table):
        writer.writerow([line])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(table: Table, source: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = slugify(table.title)[:31] or "tabel"
    sheet.append(table.columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in table.rows:
        sheet.append([cell.text if cell.number is None else cell.number for cell in row])
        for written, cell in zip(sheet[sheet.max_row], row, strict=True):
            if cell.percent and cell.number is not None:
                written.number_format = "0.0%"
            if cell.number is not None and cell.text.endswith("*"):
                written.comment = Comment(INCOMPLETE_NOTE, "Andere Bril")
    sheet.append([])
    sheet.append([source])
    for line in _notes(table):
        sheet.append([line])
    for index, _column in enumerate(table.columns, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = 40 if index == 1 else 16
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _notes(table: Table) -> list[str]:
    notes = []
    if table.has_small:
        notes.append(
            _("<5: minder dan 5; —: niet getoond omdat het op minder dan 5 personen berust.")
        )
    if table.has_incomplete:
        notes.append(_("*: zonder de cellen die DUO als onbekend (-1) publiceert."))
    if table.has_unknown:
        notes.append(_("onbekend: DUO publiceert dit aantal als -1."))
    if table.note:
        notes.append(table.note)
    return notes


def download(table: Table, export_format: str, base_name: str, source: str) -> HttpResponse:
    name = slugify(f"{base_name} {table.title}")[:120] or "monitor"
    if export_format == "xlsx":
        response = HttpResponse(to_xlsx(table, source), content_type=XLSX_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    else:
        response = HttpResponse(to_csv(table, source), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response
