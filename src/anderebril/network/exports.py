"""Contact lists as CSV and vCard, holding only consented fields; every export is logged."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from anderebril.core.spreadsheets import formula_safe
from anderebril.network import services
from anderebril.network.contentlines import escape, render
from anderebril.network.services import AnyUser, ContactRow

_cell = formula_safe


def to_csv(rows: Sequence[ContactRow]) -> str:
    """Semicolon-separated with a byte-order mark, as Dutch spreadsheet programs expect."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([_("Naam"), _("E-mailadres"), _("Telefoonnummer"), _("Organisatie")])
    for row in rows:
        writer.writerow(
            [_cell(row.name), _cell(row.email), _cell(row.phone), _cell(row.organisation)]
        )
    return "\ufeff" + buffer.getvalue()


def to_vcard(rows: Sequence[ContactRow]) -> str:
    """vCard 4.0 (RFC 6350), one card per person."""
    lines: list[str] = []
    for row in rows:
        lines += ["BEGIN:VCARD", "VERSION:4.0", f"FN:{escape(row.name)}"]
        if row.email:
            lines.append(f"EMAIL;TYPE=work:{escape(row.email)}")
        if row.phone:
            lines.append(f"TEL;TYPE=work,voice;VALUE=text:{escape(row.phone)}")
        if row.organisation:
            lines.append(f"ORG:{escape(row.organisation)}")
        lines.append("END:VCARD")
    return render(lines)


FORMATS = {
    "csv": ("text/csv; charset=utf-8", to_csv),
    "vcf": ("text/vcard; charset=utf-8", to_vcard),
}


def export_response(
    user: AnyUser, rows: Sequence[ContactRow], *, list_name: str, file_format: str
) -> HttpResponse:
    """The download, after writing who exported which list, in which format, how many rows."""
    content_type, render_rows = FORMATS[file_format]
    services.log_export(user, list_name, file_format, len(rows))
    response = HttpResponse(render_rows(rows), content_type=content_type)
    filename = f"{slugify(list_name) or 'contactlijst'}.{file_format}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response
