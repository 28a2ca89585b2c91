from __future__ import annotations

import pytest

from anderebril.documents import DocumentError, extract
from tests.documents.builders import pdf_bytes

THREE_PAGES = [
    "B1-K1 Bereidt werk voor\n\nDe vakman plant het werk.\nHij overlegt.\n\nSlotalinea een.",
    "Pagina twee begint.\n\nB1-K1-W2 Overlegt\n\nDe installatie-\nmonteur overlegt.",
    "Pagina drie.\n\nP2-K1 Keuzedeel\n\nDe lerares legt uit.",
]


def test_a_three_page_pdf_gives_page_numbers_from_one() -> None:
    document = extract("d.pdf", data=pdf_bytes(THREE_PAGES))
    assert document.kind == "pdf"
    assert document.pages == 3
    assert document.locate(document.text.index("vakman")).page == 1
    assert document.locate(document.text.index("twee begint")).page == 2
    assert document.locate(document.text.index("lerares")).page == 3
    assert document.text.count("\f") == 2


def test_pdf_paragraphs_are_numbered_per_page() -> None:
    document = extract("d.pdf", data=pdf_bytes(THREE_PAGES))
    location = document.locate(document.text.index("Slotalinea"))
    assert (location.page, location.paragraph) == (1, 3)
    # Page 3 has only paragraph gaps, so pdfium's lines cannot tell them apart; the line
    # with a section code still starts a paragraph of its own.
    location = document.locate(document.text.index("Keuzedeel"))
    assert (location.page, location.paragraph) == (3, 2)
    assert document.locate(document.text.index("Pagina twee")).line == 1


def test_pdf_section_codes_carry_over_pages() -> None:
    document = extract("d.pdf", data=pdf_bytes(THREE_PAGES))
    assert document.locate(document.text.index("vakman")).section == "B1-K1"
    assert document.locate(document.text.index("Pagina twee")).section == "B1-K1"
    assert document.locate(document.text.index("monteur")).section == "B1-K1-W2"
    assert document.locate(document.text.index("lerares")).section == "P2-K1"


def test_a_section_code_at_a_line_start_opens_a_section_without_a_blank_line() -> None:
    document = extract("d.pdf", data=pdf_bytes(["Inleiding\nB1-K1-W1 Plant\nTekst hier"]))
    assert document.locate(document.text.index("Tekst")).section == "B1-K1-W1"
    assert document.locate(document.text.index("Inleiding")).section is None


def test_pdf_hyphenation_at_a_line_end_is_kept() -> None:
    document = extract("d.pdf", data=pdf_bytes(THREE_PAGES))
    assert "installatie-\nmonteur" in document.text
    assert "\ufffe" not in document.text


def test_a_broken_pdf_gives_a_clear_error() -> None:
    with pytest.raises(DocumentError) as caught:
        extract("kapot.pdf", data=b"%PDF-1.7\n dit is geen pdf")
    assert caught.value.message == "Het bestand is beschadigd of geen geldige PDF"
    assert caught.value.path == "kapot.pdf"


def test_a_truncated_pdf_gives_a_clear_error() -> None:
    data = pdf_bytes(THREE_PAGES)
    with pytest.raises(DocumentError, match="beschadigd"):
        extract("kapot.pdf", data=data[: len(data) // 3])


def test_an_encrypted_pdf_asks_for_no_password_but_says_so() -> None:
    with pytest.raises(DocumentError) as caught:
        extract("geheim.pdf", data=pdf_bytes(["Geheim"], user_password="geheim"))
    assert caught.value.message == "Het PDF-bestand is beveiligd met een wachtwoord"


def test_a_pdf_without_text_is_probably_a_scan() -> None:
    with pytest.raises(DocumentError) as caught:
        extract("scan.pdf", data=pdf_bytes(["", ""]))
    assert caught.value.message == "Het bestand bevat geen tekst (is het een scan?)"


def test_an_empty_page_between_text_pages_keeps_page_numbers() -> None:
    document = extract("d.pdf", data=pdf_bytes(["Een", "", "Drie"]))
    assert document.pages == 3
    assert document.locate(document.text.index("Drie")).page == 3
    assert document.locate(document.text.index("Drie") - 1).page == 2
