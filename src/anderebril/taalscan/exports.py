"""CSV and XLSX exports of the corpus overview, guarded against formula injection.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be run as a
formula by a spreadsheet; such cells get a leading apostrophe (OWASP's advice). File names come
from uploads, so they are never trusted.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from django.utils.translation import gettext as _
from openpyxl import Workbook  # type: ignore[import-untyped]

from anderebril.core.spreadsheets import formula_safe
from anderebril.taalscan.corpus import (
    category_labels,
    document_rows,
    frequent_terms,
)
from anderebril.taalscan.models import Batch


def safe_cell(value: Any) -> Any:
    """The value, with a leading apostrophe when a spreadsheet would read it as a formula."""
    return formula_safe(value) if isinstance(value, str) else value


def document_table(batch: Batch) -> tuple[list[str], list[list[Any]]]:
    header = [
        _("Nr."),
        _("Document"),
        _("Status"),
        *category_labels(),
        _("Totaal"),
        _("Mannelijk gekleurd"),
        _("Vrouwelijk gekleurd"),
        _("Fout"),
    ]
    rows = [
        [
            row.position,
            row.name,
            row.status_label,
            *row.category_counts,
            row.total,
            row.masculine,
            row.feminine,
            row.error,
        ]
        for row in document_rows(batch)
    ]
    return header, rows


def terms_table(batch: Batch) -> tuple[list[str], list[list[Any]]]:
    header = [_("Term"), _("Soort"), _("Aantal keer"), _("In documenten")]
    rows = [
        [term.text, term.category_label, term.count, term.documents]
        for term in frequent_terms(batch, limit=1000)
    ]
    return header, rows


def findings_table(batch: Batch) -> tuple[list[str], list[list[Any]]]:
    header = [
        _("Document"),
        _("Soort"),
        _("Regel"),
        _("Ernst"),
        _("Tekst"),
        _("Alternatieven"),
        _("Pagina"),
        _("Regelnummer"),
    ]
    rows: list[list[Any]] = []
    for name, report in batch.items.order_by("position").values_list("name", "report"):
        for finding in (report or {}).get("findings", []):
            location = finding.get("location") or {}
            rows.append(
                [
                    name,
                    finding.get("category"),
                    finding.get("rule"),
                    finding.get("severity"),
                    finding.get("text"),
                    ", ".join(finding.get("suggestions") or []),
                    location.get("page"),
                    location.get("line"),
                ]
            )
    return header, rows


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")  # Dutch spreadsheets expect semicolons
    writer.writerow([safe_cell(value) for value in header])
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    # A byte order mark makes Excel read the file as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(batch: Batch) -> bytes:
    workbook = Workbook()
    sheets = [
        (_("Per document"), document_table(batch)),
        (_("Termen"), terms_table(batch)),
        (_("Vondsten"), findings_table(batch)),
    ]
    for index, (title, (header, rows)) in enumerate(sheets):
        sheet = workbook.active if index == 0 else workbook.create_sheet()
        assert sheet is not None
        sheet.title = title[:31]
        sheet.append([safe_cell(value) for value in header])
        for row in rows:
            sheet.append([safe_cell(value) for value in row])
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
