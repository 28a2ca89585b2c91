"""Reading DUO CSV files as users download them, and rejecting bad ones precisely.

Handles ``;`` and ``,`` as delimiter and UTF-8 (with or without BOM) or Windows-1252. Years come
from the headers (``MAN2021``/``VROUW2021`` for students, ``DIPMAN2021``/``DIPVROUW2021`` for
diplomas), so next year's file needs no code change. A ``-1`` (or empty) count is *unknown* and
becomes ``None``. Every problem is reported with the line (the header is line 1) and column.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from anderebril.monitor.constants import Dataset

if TYPE_CHECKING:
    from _csv import Reader

MAX_ISSUES = 10

# Header name → attribute of ParsedRow. Optional columns may be absent.
REQUIRED_COLUMNS = {
    "INSTELLINGSCODE": "brin",
    "INSTELLINGSNAAM": "institution_name",
    "LEERWEG": "leerweg",
    "NIVEAU": "niveau",
    "ERKENDE OPLEIDING CODE": "crebo",
    "ERKENDE OPLEIDING NAAM": "programme_name",
    "SECTORKAMER NAAM": "sectorkamer",
    "HOOFDGROEP NAAM": "hoofdgroep",
}
OPTIONAL_COLUMNS = {
    "SOORT INSTELLING": "institution_kind",
    "PLAATSNAAM INSTELLING": "town",
}
OLD_FORMAT_COLUMNS = {"BRIN NUMMER", "INDICATIEAVG", "KENNISCENTRUM", "DOMEIN"}
COUNT_COLUMN = re.compile(r"^(DIPMAN|DIPVROUW|MAN|VROUW)\s*(\d{4})$")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Issue:
    message: str
    line: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        if self.line is not None and self.column:
            return _("Regel %(line)s, kolom %(column)s: %(message)s") % {
                "line": self.line,
                "column": self.column,
                "message": self.message,
            }
        if self.line is not None:
            return _("Regel %(line)s: %(message)s") % {"line": self.line, "message": self.message}
        return self.message


class FileRejected(Exception):
    """The file cannot be imported; ``issues`` says where and why (at most ten)."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        super().__init__(str(issues[0]) if issues else "")

    @property
    def first(self) -> Issue:
        return self.issues[0]


@dataclass(frozen=True, slots=True)
class ParsedRow:
    line: int
    brin: str
    institution_name: str
    institution_kind: str
    town: str
    leerweg: str
    niveau: int
    crebo: str
    programme_name: str
    sectorkamer: str
    hoofdgroep: str
    #: (men, women) per year, in the order of ``ParsedFile.years``; ``None`` is unknown.
    counts: tuple[tuple[int | None, int | None], ...]


@dataclass
class ParsedFile:
    dataset: Dataset
    years: list[int]
    rows: list[ParsedRow]
    encoding: str
    delimiter: str
    notes: list[str] = field(default_factory=list)

    @property
    def edition(self) -> int:
        return self.years[-1]


def decode(data: bytes) -> tuple[str, str]:
    """Return the text and the name of its encoding, or reject the file with the position."""
    if data.startswith(b"PK\x03\x04"):
        raise FileRejected(
            [Issue(_("Dit is een Excel- of zip-bestand. Sla het op als CSV en probeer opnieuw."))]
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data[:4096]:
        raise FileRejected(
            [Issue(_("Dit is geen CSV-bestand in UTF-8 of Windows-1252 (UTF-16 of binair)."))]
        )
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8) :], "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        if encoding == "utf-8-sig" or _UTF8_MULTIBYTE.search(data):
            raise _encoding_error(data, error.start) from None
        try:
            text, encoding = data.decode("cp1252"), "windows-1252"
        except UnicodeDecodeError as cp_error:
            raise _encoding_error(data, cp_error.start) from None
    control = _CONTROL.search(text)
    if control:
        raise _encoding_error(text.encode("utf-8"), len(text[: control.start()].encode("utf-8")))
    return text, encoding


def _encoding_error(data: bytes, offset: int) -> FileRejected:
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    header = data.split(b"\n", 1)[0].decode("latin-1")
    delimiter = _sniff_delimiter(header) or ";"
    index = data[line_start:offset].count(delimiter.encode())
    names = [name.strip().strip('"').upper() for name in header.split(delimiter)]
    column = names[index] if index < len(names) else str(index + 1)
    return FileRejected(
        [
            Issue(
                _(
                    "ongeldige tekens: het bestand is geen geldige UTF-8 of Windows-1252 "
                    "(beschadigd of in een andere tekenset opgeslagen)."
                ),
                line,
                column,
            )
        ]
    )


def _sniff_delimiter(header: str) -> str | None:
    counts = {delimiter: header.count(delimiter) for delimiter in (";", ",", "\t")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else None


def _normalise(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").strip().upper().split())


def parse(data: bytes) -> ParsedFile:
    """Parse a DUO students or diplomas file; raise ``FileRejected`` on any problem."""
    text, encoding = decode(data)
    first_line = text.split("\n", 1)[0]
    delimiter = _sniff_delimiter(first_line)
    if delimiter is None:
        raise FileRejected(
            [Issue(_("Geen kolommen gevonden: het scheidingsteken moet ; of , zijn."), 1)]
        )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [_normalise(name) for name in next(reader, [])]
        parsed = _read_header(header)
        rows, notes = _read_rows(reader, header, parsed)
    except csv.Error as error:
        raise FileRejected(
            [Issue(_("dit is geen geldige CSV (%s).") % error, reader.line_num)]
        ) from None
    if not rows:
        raise FileRejected([Issue(_("Het bestand bevat geen regels met cijfers."))])
    return ParsedFile(
        dataset=parsed.dataset,
        years=parsed.years,
        rows=rows,
        encoding=encoding,
        delimiter=delimiter,
        notes=parsed.notes + notes,
    )


@dataclass
class _Header:
    dataset: Dataset
    years: list[int]
    fields: dict[str, int]  # ParsedRow attribute → column index
    count_columns: list[tuple[int, int]]  # (men index, women index) per year
    notes: list[str]


def _read_header(header: list[str]) -> _Header:
    issues: list[Issue] = []
    seen: dict[str, int] = {}
    for index, name in enumerate(header):
        if name and name in seen:
            issues.append(Issue(_("deze kolom staat twee keer in de kopregel."), 1, name))
        seen.setdefault(name, index)
    if OLD_FORMAT_COLUMNS & seen.keys():
        raise FileRejected(
            [
                Issue(
                    _(
                        "Dit is een DUO-bestand in het oude formaat (vóór 2021, met BRIN NUMMER, "
                        "kenniscentrum of INDICATIEAVG). De monitor leest de bestanden vanaf 2021."
                    ),
                    1,
                )
            ]
        )
    missing = [name for name in REQUIRED_COLUMNS if name not in seen]
    for name in missing:
        issues.append(Issue(_("deze verplichte kolom ontbreekt in de kopregel."), 1, name))

    by_year: dict[int, dict[str, int]] = {}
    prefixes: set[str] = set()
    ignored: list[str] = []
    for name, index in seen.items():
        match = COUNT_COLUMN.match(name)
        if match:
            prefix, year = match.group(1), int(match.group(2))
            prefixes.add(prefix)
            by_year.setdefault(year, {})[prefix.removeprefix("DIP")] = index
        elif name and name not in REQUIRED_COLUMNS and name not in OPTIONAL_COLUMNS:
            ignored.append(name)
    diplomas = {prefix.startswith("DIP") for prefix in prefixes}
    if not by_year:
        issues.append(
            Issue(
                _(
                    "geen kolommen met aantallen gevonden (zoals MAN2021 en VROUW2021, of "
                    "DIPMAN2021 en DIPVROUW2021)."
                ),
                1,
            )
        )
    elif len(diplomas) > 1:
        issues.append(Issue(_("het bestand mengt studenten (MAN…) en diploma's (DIPMAN…)."), 1))
    dataset = Dataset.DIPLOMAS if diplomas == {True} else Dataset.STUDENTS
    prefix = "DIP" if dataset == Dataset.DIPLOMAS else ""
    for year, sexes in sorted(by_year.items()):
        for sex in ("MAN", "VROUW"):
            if sex not in sexes:
                issues.append(
                    Issue(_("deze kolom ontbreekt in de kopregel."), 1, f"{prefix}{sex}{year}")
                )
    if issues:
        raise FileRejected(issues[:MAX_ISSUES])

    years = sorted(by_year)
    fields = {attribute: seen[name] for name, attribute in REQUIRED_COLUMNS.items()}
    fields.update({attr: seen[name] for name, attr in OPTIONAL_COLUMNS.items() if name in seen})
    notes = [_("Genegeerde kolommen: %s.") % ", ".join(ignored)] if ignored else []
    return _Header(
        dataset=dataset,
        years=years,
        fields=fields,
        count_columns=[(by_year[year]["MAN"], by_year[year]["VROUW"]) for year in years],
        notes=notes,
    )


def _read_rows(
    reader: Reader, header: list[str], parsed: _Header
) -> tuple[list[ParsedRow], list[str]]:
    rows: list[ParsedRow] = []
    issues: list[Issue] = []
    empty_cells = 0
    width = len(header)
    f = parsed.fields
    for row in reader:
        line = reader.line_num
        if len(row) != width:
            if not any(cell.strip() for cell in row):
                continue  # blank line
            issues.append(
                Issue(
                    _("deze regel heeft %(found)s velden, de kopregel %(expected)s.")
                    % {"found": len(row), "expected": width},
                    line,
                )
            )
            if len(issues) >= MAX_ISSUES:
                break
            continue

        def cell(attribute: str, row: list[str] = row) -> str:
            index = f.get(attribute)
            return row[index].strip() if index is not None else ""

        row_issues: list[Issue] = []
        for attribute in ("brin", "crebo", "leerweg", "institution_name", "programme_name"):
            if not cell(attribute):
                name = header[f[attribute]]
                row_issues.append(Issue(_("dit veld is leeg."), line, name))
        niveau_text = cell("niveau")
        niveau = int(niveau_text) if niveau_text in {"1", "2", "3", "4"} else 0
        if not niveau:
            row_issues.append(
                Issue(_("„%s” is geen niveau (1 tot en met 4).") % niveau_text, line, "NIVEAU")
            )
        counts: list[tuple[int | None, int | None]] = []
        for men_index, women_index in parsed.count_columns:
            pair: list[int | None] = []
            for index in (men_index, women_index):
                value = row[index].strip()
                if value.isascii() and value.isdigit():
                    pair.append(int(value))
                elif value == "-1":
                    pair.append(None)
                elif value == "":
                    empty_cells += 1
                    pair.append(None)
                else:
                    row_issues.append(
                        Issue(
                            _("„%s” is geen aantal (verwacht een geheel getal of -1).") % value,
                            line,
                            header[index],
                        )
                    )
                    pair.append(None)
            counts.append((pair[0], pair[1]))
        if row_issues:
            issues.extend(row_issues)
            if len(issues) >= MAX_ISSUES:
                break
            continue
        rows.append(
            ParsedRow(
                line=line,
                brin=cell("brin").upper()[:8],
                institution_name=cell("institution_name")[:200],
                institution_kind=cell("institution_kind")[:120],
                town=cell("town")[:100],
                leerweg=cell("leerweg").upper()[:8],
                niveau=niveau,
                crebo=cell("crebo")[:10],
                programme_name=cell("programme_name")[:200],
                sectorkamer=cell("sectorkamer")[:120],
                hoofdgroep=cell("hoofdgroep")[:120],
                counts=tuple(counts),
            )
        )
    if issues:
        raise FileRejected(issues[:MAX_ISSUES])
    notes = (
        [_("%s lege cellen met aantallen zijn als onbekend opgeslagen.") % empty_cells]
        if empty_cells
        else []
    )
    return rows, notes
