"""The school's own figures per programme (crebo) and school year, by sex: import and template.

A file is checked as a whole: if any row is wrong, nothing is saved and every bad row is
reported with its row number, column and the reason, so the school can fix the file and retry.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import zipfile
from dataclasses import dataclass, field
from typing import IO, Any

from django.db import transaction
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]

from anderebril.genderscan.constants import FigureSource, Sector
from anderebril.genderscan.models import ProgrammeFigures
from anderebril.organisations.models import Organisation

#: Column names in the template, and the model field each one fills.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("crebo", "crebo"),
    ("opleiding", "programme"),
    ("schooljaar", "school_year"),
    ("sector", "sector"),
    ("instroom_vrouw", "intake_women"),
    ("instroom_man", "intake_men"),
    ("ingeschreven_vrouw", "enrolled_women"),
    ("ingeschreven_man", "enrolled_men"),
    ("uitval_vrouw", "dropout_women"),
    ("uitval_man", "dropout_men"),
    ("diploma_vrouw", "diplomas_women"),
    ("diploma_man", "diplomas_men"),
)
COUNT_FIELDS = tuple(f for _c, f in COLUMNS[4:])
REQUIRED_COLUMNS = ("crebo", "schooljaar")
MAX_ROWS = 5000
#: The largest figures file accepted. The view refuses a larger upload before it is read, and
#: keeps an accepted one in memory (never in a temporary file).
MAX_BYTES = 2 * 1024 * 1024
EXAMPLE_ROWS = (
    (
        "99001",
        "Voorbeeld: elektrotechniek (vervang door uw opleiding)",
        "2024/25",
        "bouw_installatie",
        6,
        71,
        15,
        190,
        2,
        19,
        3,
        44,
    ),
    (
        "99002",
        "Voorbeeld: ICT-support (vervang door uw opleiding)",
        "2024/25",
        "ict",
        9,
        58,
        21,
        150,
        3,
        12,
        5,
        37,
    ),
)
_YEAR = re.compile(r"^\s*(20[0-9]{2})(?:\s*[/-]\s*(?:20)?[0-9]{2})?\s*$")


@dataclass
class ImportResult:
    rows: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    created: int = 0
    updated: int = 0


def parse_school_year(value: Any) -> int | None:
    if isinstance(value, int | float) and 2000 <= int(value) <= 2100:
        return int(value)
    match = _YEAR.match(str(value or ""))
    return int(match[1]) if match else None


def _clean_row(number: int, raw: dict[str, Any], errors: list[str]) -> dict[str, Any] | None:
    row: dict[str, Any] = {}
    start = len(errors)
    crebo = str(raw.get("crebo") or "").strip()
    if crebo.endswith(".0"):  # a spreadsheet turned the code into a number
        crebo = crebo[:-2]
    if not re.fullmatch(r"[0-9]{5}", crebo):
        errors.append(
            _("Rij %(row)s, kolom crebo: '%(value)s' is geen crebo-code van vijf cijfers.")
            % {"row": number, "value": crebo}
        )
    row["crebo"] = crebo
    row["programme"] = str(raw.get("opleiding") or "").strip()[:200]
    year = parse_school_year(raw.get("schooljaar"))
    if year is None:
        errors.append(
            _("Rij %(row)s, kolom schooljaar: '%(value)s' is geen schooljaar zoals 2024/25.")
            % {"row": number, "value": raw.get("schooljaar") or ""}
        )
    row["school_year"] = year
    sector = str(raw.get("sector") or "").strip().lower()
    if sector and sector not in Sector.values:
        errors.append(
            _("Rij %(row)s, kolom sector: kies een van %(choices)s of laat hem leeg.")
            % {"row": number, "choices": ", ".join(Sector.values)}
        )
    row["sector"] = sector
    for column, name in COLUMNS[4:]:
        value = raw.get(column)
        text = "" if value is None else str(value).strip()
        if text.endswith(".0"):
            text = text[:-2]
        if text == "":
            row[name] = None  # not known: never a zero
        elif text.isascii() and text.isdigit() and int(text) <= 1_000_000:
            row[name] = int(text)
        else:
            errors.append(
                _("Rij %(row)s, kolom %(column)s: '%(value)s' is geen geheel getal van 0 of meer.")
                % {"row": number, "column": column, "value": text[:40]}
            )
    if len(errors) == start:
        for sex_column, sex in (("vrouw", "women"), ("man", "men")):
            dropout, enrolled = row[f"dropout_{sex}"], row[f"enrolled_{sex}"]
            if dropout is not None and enrolled is not None and dropout > enrolled:
                errors.append(
                    _("Rij %(row)s: uitval_%(sex)s is groter dan ingeschreven_%(sex)s.")
                    % {"row": number, "sex": sex_column}
                )
    return row if len(errors) == start else None


Table = tuple[list[str], list[dict[str, Any]]]


def _rows_from_csv(data: bytes) -> Table:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    # the header, MAX_ROWS rows and one more to notice a file that is too long
    return _rows_from_table(list(itertools.islice(reader, MAX_ROWS + 2)))


#: An XLSX is a zip: refuse one that unpacks to far more than a figures sheet can need, or
#: that holds more files than a workbook has.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_PACK_RATIO = 100
MAX_MEMBERS = 200


class _PackageRefused(ValueError):
    """An XLSX refused before reading: its message is shown to the user."""


def _check_package(data: bytes) -> None:
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ValueError(str(_("Het bestand is geen geldig Excel-bestand (.xlsx)."))) from error
    unpacked = sum(info.file_size for info in members)
    packed = max(1, sum(info.compress_size for info in members))
    too_many = len(members) > MAX_MEMBERS
    if too_many or unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_PACK_RATIO:
        raise _PackageRefused(
            str(_("Het Excel-bestand is na uitpakken verdacht groot; het is geweigerd."))
        )


def _rows_from_xlsx(data: bytes) -> Table:
    _check_package(data)
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        lines = [
            list(values)
            for values in sheet.iter_rows(
                values_only=True, max_row=MAX_ROWS + 2, max_col=len(COLUMNS) + 5
            )
        ]
    finally:
        workbook.close()
    return _rows_from_table(lines)


def _rows_from_table(lines: list[list[Any]]) -> Table:
    """The header (lower case) and one dict per line; an empty line becomes an empty dict."""
    if not lines:
        return [], []
    header = [str(cell or "").strip().lower() for cell in lines[0]]
    rows: list[dict[str, Any]] = []
    for line in lines[1:]:
        if not any(cell not in (None, "") for cell in line):
            rows.append({})
            continue
        rows.append({header[i]: cell for i, cell in enumerate(line) if i < len(header)})
    return header, rows


def too_large_message() -> str:
    return _("Het bestand is groter dan %(mb)s MB.") % {"mb": MAX_BYTES // (1024 * 1024)}


def read_figures_file(name: str, upload: IO[bytes]) -> ImportResult:
    """Check a CSV or XLSX file; the result has either clean rows or row-level errors."""
    result = ImportResult()
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        result.errors.append(too_large_message())
        return result
    lower = name.lower()
    try:
        if lower.endswith(".xlsx"):
            header, rows = _rows_from_xlsx(data)
        elif lower.endswith((".csv", ".txt")):
            header, rows = _rows_from_csv(data)
        else:
            result.errors.append(_("Kies een CSV- of XLSX-bestand (zoals het sjabloon)."))
            return result
    except _PackageRefused as refused:
        result.errors.append(str(refused))
        return result
    except Exception:  # openpyxl raises many kinds of errors for broken files
        result.errors.append(
            _("Het bestand kon niet worden gelezen. Is het een geldig CSV- of XLSX-bestand?")
        )
        return result
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        result.errors.append(
            _("De kolom(men) %(columns)s ontbreken in de eerste rij. Gebruik het sjabloon.")
            % {"columns": ", ".join(missing)}
        )
        return result
    if len(rows) > MAX_ROWS:
        result.errors.append(_("Het bestand heeft meer dan %(max)s rijen.") % {"max": MAX_ROWS})
        return result
    seen: dict[tuple[str, int], int] = {}
    for index, raw in enumerate(rows, start=2):
        if not raw:
            continue
        row = _clean_row(index, raw, result.errors)
        if row is None:
            continue
        key = (row["crebo"], row["school_year"])
        if key in seen:
            result.errors.append(
                _("Rij %(row)s: crebo %(crebo)s in %(year)s staat ook al in rij %(other)s.")
                % {"row": index, "crebo": key[0], "year": key[1], "other": seen[key]}
            )
            continue
        seen[key] = index
        result.rows.append(row)
    if not result.rows and not result.errors:
        result.errors.append(_("Het bestand bevat geen rijen met cijfers."))
    return result


@transaction.atomic
def save_figures(
    organisation: Organisation,
    rows: list[dict[str, Any]],
    source: str = FigureSource.UPLOAD,
    *,
    keep_known: bool = False,
) -> tuple[int, int]:
    """Create or update one record per (crebo, school year); return (created, updated).

    A ``None`` count is stored as unknown. With ``keep_known`` it does not replace a count the
    record already has (the monitor's unknowns never erase what the school entered).
    """
    created = updated = 0
    for row in rows:
        defaults = {k: v for k, v in row.items() if k not in ("crebo", "school_year")}
        if keep_known:
            defaults = {k: v for k, v in defaults.items() if v is not None}
        defaults["source"] = source
        _obj, is_new = ProgrammeFigures.objects.update_or_create(
            organisation=organisation,
            crebo=row["crebo"],
            school_year=row["school_year"],
            defaults=defaults,
        )
        created += is_new
        updated += not is_new
    return created, updated


def import_figures(organisation: Organisation, name: str, upload: IO[bytes]) -> ImportResult:
    result = read_figures_file(name, upload)
    if not result.errors:
        result.created, result.updated = save_figures(organisation, result.rows)
    return result


def template_csv() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([c for c, _f in COLUMNS])
    writer.writerows(EXAMPLE_ROWS)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def template_xlsx() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "cijfers"
    sheet.append([c for c, _f in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in EXAMPLE_ROWS:
        sheet.append(list(row))
    for column in sheet.columns:
        sheet.column_dimensions[column[0].column_letter].width = 20
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
