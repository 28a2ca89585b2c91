"""The shared PDF setup: metadata, page numbers, text the core font cannot encode, tables."""

from __future__ import annotations

import datetime

import pypdfium2 as pdfium
import pytest
from django.utils import translation

from anderebril.core.pdf import ENCODING, ReportPDF, safe_text


def pages_text(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def metadata(data: bytes) -> dict[str, str]:
    document = pdfium.PdfDocument(data)
    try:
        return dict(document.get_metadata_dict())
    finally:
        document.close()


def test_characters_outside_windows_1252_are_replaced_not_raised() -> None:
    text = "Stap 1 → stap 2, ≥ 5 reacties, niet\u2011afbreken, zacht\u00adstreepje, 5\u202f%, 😀"
    cleaned = safe_text(text)
    assert cleaned == "Stap 1 -> stap 2, >= 5 reacties, niet-afbreken, zachtstreepje, 5 %, ?"
    cleaned.encode(ENCODING)  # would raise if anything were left


def test_dutch_text_curly_quotes_dashes_and_the_euro_sign_stay_as_they_are() -> None:
    text = "‘Coöperatie’ – “één” € 5 — café"
    assert safe_text(text) == text


def test_safe_text_accepts_lazy_strings_and_numbers() -> None:
    assert safe_text(12.5) == "12.5"
    assert safe_text(translation.gettext_lazy("Advies")) == "Advies"


def test_a_report_has_its_metadata_and_numbered_pages() -> None:
    created = datetime.datetime(2025, 3, 1, 12, tzinfo=datetime.UTC)
    pdf = ReportPDF(title="Verslag → test", footer_label="Andere Bril — proef", created=created)
    pdf.heading("Eerste kop")
    for index in range(120):
        pdf.paragraph(f"Alinea {index}: een zin over gelijke kansen in het mbo.")
    data = pdf.to_bytes()
    assert data.startswith(b"%PDF")
    texts = pages_text(data)
    assert len(texts) >= 2
    pages = len(texts)
    assert f"Andere Bril — proef — pagina 1 van {pages}" in texts[0]
    assert f"pagina {pages} van {pages}" in texts[-1]
    meta = metadata(data)
    assert meta["Title"] == "Verslag -> test"
    assert meta["Author"] == "Andere Bril"
    assert meta["CreationDate"].startswith("D:20250301")
    assert b"/Lang (nl)" in data


def test_the_document_language_follows_the_active_language() -> None:
    with translation.override("en"):
        data = ReportPDF(title="Report", footer_label="Andere Bril").to_bytes()
    assert b"/Lang (en)" in data


def test_a_heading_is_not_left_alone_at_the_bottom_of_a_page() -> None:
    pdf = ReportPDF(title="Proef", footer_label="Proef")
    while pdf.space_left() > 20:
        pdf.paragraph("Vulling")
    assert pdf.page_no() == 1
    pdf.heading("Kop die naar de volgende pagina gaat")
    assert pdf.page_no() == 2
    assert "Kop die naar de volgende pagina gaat" in pages_text(pdf.to_bytes())[1]


def test_a_long_table_wraps_its_cells_and_repeats_the_header_on_every_page() -> None:
    pdf = ReportPDF(title="Proef", footer_label="Proef")
    long_name = "Een opleiding met een heel lange naam die niet in één regel past " * 2
    rows = [[f"Rij {index} {long_name}", str(index)] for index in range(80)]
    pdf.simple_table(["Opleiding", "Aantal"], rows, [120, 40])
    texts = pages_text(pdf.to_bytes())
    assert len(texts) >= 2
    assert all("Opleiding" in text and "Aantal" in text for text in texts)
    everything = " ".join(" ".join(text.split()) for text in texts)
    assert "Rij 79" in everything and "niet in één regel past" in everything


def test_a_table_row_of_the_wrong_width_is_a_programming_error() -> None:
    pdf = ReportPDF(title="Proef", footer_label="Proef")
    with pytest.raises(ValueError):
        pdf.simple_table(["a", "b"], [["1"]], [50, 50])
    with pytest.raises(ValueError):
        pdf.simple_table(["a", "b"], [], [50])


def test_bullets_and_links_are_written() -> None:
    pdf = ReportPDF(title="Proef", footer_label="Proef")
    pdf.bullets(["Eerste punt", "Tweede punt → met pijl"])
    pdf.link_block("Kennisbank", "https://example.org/kennisbank")
    data = pdf.to_bytes()
    text = pages_text(data)[0]
    assert "• Eerste punt" in text or "•Eerste punt" in text
    assert "Tweede punt -> met pijl" in text
    assert b"https://example.org/kennisbank" in data
