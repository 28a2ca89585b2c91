from __future__ import annotations

import io
import zipfile

import pytest

from anderebril.documents import DocumentError, extract
from tests.documents.builders import docx_bytes, docx_document, odt_bytes


def test_docx_paragraphs_and_tables_are_read_in_body_order() -> None:
    document = docx_document()
    document.add_heading("B1-K1: Bereidt werk voor", level=1)
    paragraph = document.add_paragraph("De ")
    paragraph.add_run("vakman").bold = True
    paragraph.add_run(" plant.")
    document.add_paragraph("")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Cel een"
    table.cell(0, 1).text = "Cel twee"
    document.add_paragraph("B1-K1-W2 Overlegt")
    document.add_paragraph("Met de klant.")
    extracted = extract("d.docx", data=docx_bytes(document))
    paragraphs = [extracted.text[b.start : b.end] for b in extracted.blocks]
    assert paragraphs == [
        "B1-K1: Bereidt werk voor",
        "De vakman plant.",
        "Cel een",
        "Cel twee",
        "B1-K1-W2 Overlegt",
        "Met de klant.",
    ]
    assert [b.paragraph for b in extracted.blocks] == [1, 2, 3, 4, 5, 6]
    assert [b.section for b in extracted.blocks] == ["B1-K1"] * 4 + ["B1-K1-W2"] * 2
    location = extracted.locate(extracted.text.index("vakman"))
    assert (location.page, location.paragraph, location.section) == (None, 2, "B1-K1")
    assert extracted.kind == "docx"


def test_docx_tabs_and_line_breaks_are_kept() -> None:
    document = docx_document()
    document.add_paragraph("Een\ttwee\ndrie")
    assert extract("d.docx", data=docx_bytes(document)).text == "Een\ttwee\ndrie"


def test_odt_paragraphs_headings_spaces_tabs_and_spans_are_read() -> None:
    body = (
        '<text:h text:outline-level="1">P2-K1-W3 Werkt <text:span>veilig</text:span></text:h>'
        '<text:p>De<text:s text:c="3"/>vak<text:span>man</text:span>'
        "<text:tab/>werkt<text:line-break/>hard.</text:p>"
        "<text:p>  Witruimte\n   wordt   ingekort  </text:p>"
        "<text:list><text:list-item><text:p>In een lijst</text:p></text:list-item></text:list>"
        "<table:table><table:table-row><table:table-cell><text:p>In een cel</text:p>"
        "</table:table-cell></table:table-row></table:table>"
        "<text:p><office:annotation><text:p>commentaar</text:p></office:annotation>Slot</text:p>"
    )
    document = extract("d.odt", data=odt_bytes(body))
    paragraphs = [document.text[b.start : b.end] for b in document.blocks]
    assert paragraphs == [
        "P2-K1-W3 Werkt veilig",
        "De   vakman\twerkt\nhard.",
        "Witruimte wordt ingekort",
        "In een lijst",
        "In een cel",
        "Slot",
    ]
    assert all(block.section == "P2-K1-W3" for block in document.blocks)
    assert document.kind == "odt"


def test_a_zip_bomb_is_refused_before_reading_content() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", b"application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", b"<a>" + b" " * (20 * 1024 * 1024) + b"</a>")
    with pytest.raises(DocumentError, match="zip-bom"):
        extract("bom.odt", data=buffer.getvalue())


def test_a_docx_zip_bomb_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", b"\0" * (30 * 1024 * 1024))
    with pytest.raises(DocumentError, match="zip-bom"):
        extract("bom.docx", data=buffer.getvalue())


def test_a_docx_without_document_part_is_broken() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("iets.txt", b"x")
    with pytest.raises(DocumentError, match="beschadigd"):
        extract("kapot.docx", data=buffer.getvalue())


def test_an_odt_with_malformed_xml_is_broken() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.xml", b"<office:document-content><niet-af>")
    with pytest.raises(DocumentError, match="beschadigd"):
        extract("kapot.odt", data=buffer.getvalue())


def test_an_odt_with_an_entity_bomb_is_refused() -> None:
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.xml", xml)
    with pytest.raises(DocumentError):
        extract("entiteit.odt", data=buffer.getvalue())


def test_a_password_protected_or_old_word_file_is_explained() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
    with pytest.raises(DocumentError, match="wachtwoord of is een oud Word-bestand"):
        extract("geheim.docx", data=data)
