"""The plan van aanpak as an XLSX workbook."""

from __future__ import annotations

import io

from django.utils.translation import gettext as _
from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]

from anderebril.genderscan.models import Action
from anderebril.organisations.models import Organisation


def plan_xlsx(organisation: Organisation, actions: list[Action], themes: dict[str, str]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = str(_("Plan van aanpak"))[:31]
    header = [
        _("Actie"),
        _("Thema"),
        _("Eigenaar"),
        _("Deadline"),
        _("Status"),
        _("Te laat"),
        _("Indicator"),
        _("Beschrijving"),
    ]
    sheet.append([str(h) for h in header])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for action in actions:
        sheet.append(
            [
                action.title,
                themes.get(action.theme, action.theme),
                action.owner,
                action.due_date,
                str(action.get_status_display()),
                str(_("ja")) if action.is_overdue else "",
                action.indicator,
                action.description,
            ]
        )
        sheet.cell(row=sheet.max_row, column=4).number_format = "DD-MM-YYYY"
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text typed by users is never a live formula
    for letter, width in zip("ABCDEFGH", (40, 28, 24, 12, 12, 9, 36, 60), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    workbook.properties.title = f"{_('Plan van aanpak')} {organisation.name}"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
