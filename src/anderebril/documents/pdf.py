"""PDF text per page with pypdfium2 (no dehyphenation, no OCR)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from anderebril.documents.base import Block, Document, DocumentError, split_paragraphs
from anderebril.documents.sections import build_blocks, split_at_section_lines

PAGE_SEPARATOR = "\n\f\n"
BROKEN = "Het bestand is beschadigd of geen geldige PDF"
ENCRYPTED = "Het PDF-bestand is beveiligd met een wachtwoord"
NO_TEXT = "Het bestand bevat geen tekst (is het een scan?)"
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD


def is_pdf(data: bytes) -> bool:
    """PDF magic in the first KiB, as readers tolerate leading junk."""
    return b"%PDF-" in data[:1024]


def normalise_page_text(raw: str) -> str:
    """pdfium ends lines with "\\r\\n" and marks a hyphen at a line end with U+FFFE.

    Lines end with "\\n" here, and the hyphen and its line break are put back, so that
    "vak-\\nman" stays as printed (the scanner handles hyphenation itself).
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\ufffe", "-\n").replace("\x00", "")


def _with_paragraph_gaps(textpage: pdfium.PdfTextPage) -> str:
    """The page text with a blank line where the vertical gap between two lines shows a
    paragraph break (pdfium itself never reports blank lines).

    A gap counts when it is more than 1.5 times the page's smallest line pitch; a jump up
    (next column, table cell) counts too. Characters are only added, never changed.
    """
    raw = textpage.get_text_range()
    if len(raw) != textpage.count_chars():  # characters outside the BMP: no geometry
        return raw
    lines = raw.split("\r\n")
    tops: list[float | None] = []
    pitches: list[float] = []
    position = 0
    previous_top: float | None = None
    for line in lines:
        stripped = len(line) - len(line.lstrip())
        top: float | None = None
        if line.strip():
            _, bottom, _, top = textpage.get_charbox(position + stripped)
            # Lines closer than a glyph height are fragments of one line (sub/superscript).
            if previous_top is not None and previous_top - top >= 0.8 * (top - bottom) > 0:
                pitches.append(previous_top - top)
            previous_top = top
        tops.append(top)
        position += len(line) + 2
    if not pitches:
        return raw
    usual = min(pitches)  # the body-text pitch; paragraph gaps and headings only add
    pieces = [lines[0]]
    for index in range(1, len(lines)):
        previous, current = tops[index - 1], tops[index]
        gap = None if previous is None or current is None else previous - current
        separator = "\r\n"
        if gap is not None and (gap > 1.5 * usual or gap < -usual):
            separator = "\r\n\r\n"
        pieces.append(separator)
        pieces.append(lines[index])
    return "".join(pieces)


def _open(data: bytes, path: str | Path | None) -> pdfium.PdfDocument:
    if not is_pdf(data):
        raise DocumentError(BROKEN, path)
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code == _PASSWORD_ERROR or "password" in str(error).lower():
            raise DocumentError(ENCRYPTED, path) from error
        raise DocumentError(BROKEN, path) from error


def page_texts(data: bytes, path: str | Path | None = None) -> list[str]:
    """The text of every page, normalised; PDF objects are closed before returning."""
    document = _open(data, path)
    texts: list[str] = []
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                textpage = page.get_textpage()
                try:
                    texts.append(normalise_page_text(_with_paragraph_gaps(textpage)))
                finally:
                    textpage.close()
            finally:
                page.close()
    except pdfium.PdfiumError as error:
        raise DocumentError(BROKEN, path) from error
    finally:
        document.close()
    return texts


def extract_pdf(data: bytes, path: str | Path | None = None) -> Document:
    texts = page_texts(data, path)
    if not any(text.strip() for text in texts):
        raise DocumentError(NO_TEXT, path)
    text = PAGE_SEPARATOR.join(texts)
    blocks: list[Block] = []
    page_starts: list[int] = []
    section: str | None = None
    offset = 0
    for number, page_text in enumerate(texts, start=1):
        page_starts.append(offset)
        end = offset + len(page_text)
        spans = split_at_section_lines(text, split_paragraphs(text, offset, end))
        page_blocks, section = build_blocks(text, spans, page=number, section=section)
        blocks.extend(page_blocks)
        offset = end + len(PAGE_SEPARATOR)
    return Document(text=text, kind="pdf", blocks=blocks, pages=len(texts), page_starts=page_starts)
