"""Reading DUO files: variants that must work, and bad files rejected with line and column."""

from __future__ import annotations

import pytest

from anderebril.monitor.constants import Dataset
from anderebril.monitor.parsing import FileRejected, parse
from tests.monitor.files import build, rows


def rejected(data: bytes) -> FileRejected:
    with pytest.raises(FileRejected) as raised:
        parse(data)
    return raised.value


def test_years_and_dataset_come_from_the_headers() -> None:
    parsed = parse(build())
    assert parsed.dataset == Dataset.STUDENTS
    assert parsed.years == [2021, 2022, 2023, 2024, 2025]
    assert parsed.edition == 2025
    assert len(parsed.rows) == len(rows(parsed.years))

    diplomas = parse(build(diplomas=True))
    assert diplomas.dataset == Dataset.DIPLOMAS


def test_next_years_file_with_an_extra_year_needs_no_code_change() -> None:
    parsed = parse(build(years=(2022, 2023, 2024, 2025, 2026)))
    assert parsed.years == [2022, 2023, 2024, 2025, 2026]


def test_a_missing_year_is_fine() -> None:
    assert parse(build(years=(2021, 2023, 2024))).years == [2021, 2023, 2024]


def test_minus_one_is_unknown_never_a_count() -> None:
    parsed = parse(build())
    other = next(row for row in parsed.rows if row.brin == "25LH" and row.crebo == "25455")
    assert all(women is None for _men, women in other.counts)
    assert all(isinstance(men, int) for men, _women in other.counts)


@pytest.mark.parametrize(
    ("delimiter", "encoding", "bom"),
    [(";", "utf-8", False), (";", "utf-8", True), (",", "utf-8", False), (",", "utf-8", True),
     (";", "cp1252", False), (",", "cp1252", False)],
)  # fmt: skip
def test_delimiter_and_encoding_variants_read_the_same(
    delimiter: str, encoding: str, bom: bool
) -> None:
    parsed = parse(build(delimiter=delimiter, encoding=encoding, bom=bom))
    reference = parse(build())
    assert [row.institution_name for row in parsed.rows] == [
        row.institution_name for row in reference.rows
    ]
    assert "ROC Rivierenland Coöperatie" in {row.institution_name for row in parsed.rows}
    assert parsed.rows == reference.rows
    assert parsed.delimiter == delimiter


def test_a_missing_column_is_named() -> None:
    data = build().replace(b"ERKENDE OPLEIDING CODE", b"OPLEIDINGSCODE", 1)
    error = rejected(data)
    assert error.first.line == 1
    assert error.first.column == "ERKENDE OPLEIDING CODE"
    assert "ontbreekt" in str(error.first)


def test_a_year_with_only_men_is_rejected() -> None:
    data = build().replace(b";VROUW2023", b";OVERIG2023", 1)
    error = rejected(data)
    assert any(issue.column == "VROUW2023" for issue in error.issues)


def test_a_file_without_count_columns_is_rejected() -> None:
    header = b"INSTELLINGSCODE;INSTELLINGSNAAM;LEERWEG;NIVEAU;ERKENDE OPLEIDING CODE;"
    header += b"ERKENDE OPLEIDING NAAM;SECTORKAMER NAAM;HOOFDGROEP NAAM\r\n"
    error = rejected(header + b"25LH;X;BOL;4;1;Y;Z;W\r\n")
    assert "MAN2021" in str(error.first)


def test_a_non_numeric_count_gives_line_and_column() -> None:
    lines = build().split(b"\r\n")
    cells = lines[3].split(b";")
    cells[12] = b"twaalf"  # MAN2022 (10 id columns, then MAN2021, VROUW2021, MAN2022)
    lines[3] = b";".join(cells)
    error = rejected(b"\r\n".join(lines))
    assert (error.first.line, error.first.column) == (4, "MAN2022")
    assert "twaalf" in str(error.first)
    assert str(error.first).startswith("Regel 4, kolom MAN2022")


@pytest.mark.parametrize("value", [b"-2", b"3.5", b"1e3", b"+4"])
def test_negative_and_fractional_counts_are_rejected(value: bytes) -> None:
    lines = build().split(b"\r\n")
    cells = lines[1].split(b";")
    cells[10] = value
    lines[1] = b";".join(cells)
    assert rejected(b"\r\n".join(lines)).first.column == "MAN2021"


def test_broken_utf8_is_rejected_at_its_line_and_column() -> None:
    data = build()  # UTF-8 with "Coöperatie" in it
    lines = data.split(b"\r\n")
    lines[3] = lines[3].replace(b"Software", b"Soft\xffware")
    error = rejected(b"\r\n".join(lines))
    assert error.first.line == 4
    assert error.first.column == "ERKENDE OPLEIDING NAAM"
    assert "UTF-8" in error.first.message


def test_binary_and_excel_files_are_rejected_in_dutch() -> None:
    assert "Excel" in str(rejected(b"PK\x03\x04rest-of-a-zip"))
    assert "UTF-16" in str(rejected("INSTELLINGSCODE;X".encode("utf-16")))


def test_a_wrong_number_of_fields_is_reported() -> None:
    data = build() + b"98ZZ;te weinig velden\r\n"
    error = rejected(data)
    assert error.first.line == len(rows([2021])) + 2
    assert "velden" in error.first.message


def test_an_old_format_file_is_explained() -> None:
    data = b"BRIN NUMMER;INSTELLINGSNAAM;INDICATIEAVG;MAN2019;VROUW2019\r\n25LH;X;J;4;4\r\n"
    assert "oude formaat" in str(rejected(data))


def test_an_invalid_level_is_rejected() -> None:
    lines = build().split(b"\r\n")
    cells = lines[1].split(b";")
    cells[5] = b"7"
    lines[1] = b";".join(cells)
    assert rejected(b"\r\n".join(lines)).first.column == "NIVEAU"


def test_an_empty_file_is_rejected() -> None:
    assert rejected(build(data=[])).first.message


def test_a_runaway_quote_is_rejected_not_a_crash() -> None:
    data = build() + b'98ZZ;"' + b"x" * 200_000 + b"\r\n"
    assert rejected(data).first.message
