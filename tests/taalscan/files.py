"""Documents for the taalscan tests, built in memory with python-docx and fpdf2."""

from __future__ import annotations

import io
import struct
from collections.abc import Sequence

import docx
from django.core.files.uploadedfile import SimpleUploadedFile
from fpdf import FPDF

VACANCY = (
    "Vacature: vakman installatietechniek (m/v)\n"
    "\n"
    "Wij zoeken een ervaren vakman voor ons team in Tiel. "
    "Je werkt aan installaties in woningen en kantoren.\n"
)


def docx_upload(paragraphs: Sequence[str], name: str = "vacature.docx") -> SimpleUploadedFile:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/octet-stream")


def pdf_bytes(pages: Sequence[str], *, user_password: str | None = None) -> bytes:
    pdf = FPDF()
    if user_password is not None:
        pdf.set_encryption(owner_password="eigenaar", user_password=user_password)
    for page in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=12)
        pdf.multi_cell(0, 8, page)
    return bytes(pdf.output())


def pdf_upload(pages: Sequence[str], name: str = "vacature.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, pdf_bytes(pages), content_type="application/pdf")


def zip_claiming(entries: int, *, zip64: bool = False) -> bytes:
    """The end of a zip whose records claim ``entries`` files, with nothing before them: what a
    zip of millions of empty entries looks like to the first check, without writing millions."""
    body = b""
    if zip64:
        record = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, entries, entries, 0, 0)
        locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, len(body), 1)
        body += record + locator
        entries = 0xFFFF
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, entries, entries, 0, 0, 0)
    return body + end
