"""vCard and CSV exports are well-formed, and hold nothing that was not consented to."""

from __future__ import annotations

from anderebril.network.contentlines import escape, fold, render
from anderebril.network.exports import to_csv, to_vcard
from anderebril.network.services import ContactRow


def test_long_lines_are_folded_at_75_octets_without_splitting_a_character() -> None:
    line = "NOTE:" + "é" * 100
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(part.encode()) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert "".join(part[1:] if i else part for i, part in enumerate(parts)) == line


def test_text_values_are_escaped_and_lines_end_with_crlf() -> None:
    assert escape("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"
    assert render(["A:1", "B:2"]) == "A:1\r\nB:2\r\n"


def test_a_vcard_carries_only_the_fields_in_the_row() -> None:
    card = to_vcard([ContactRow(1, "Dana; de Wit", email="dana@voorbeeld.example")])
    assert card.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dana\\; de Wit\r\n")
    assert "EMAIL;TYPE=work:dana@voorbeeld.example\r\n" in card
    assert "TEL" not in card and "ORG" not in card
    assert card.endswith("END:VCARD\r\n")


def test_csv_cells_cannot_become_spreadsheet_formulas() -> None:
    text = to_csv([ContactRow(1, "=HYPERLINK(1)", organisation="@org")])
    assert text.startswith("\ufeffNaam;")
    assert "'=HYPERLINK(1)" in text and "'@org" in text
