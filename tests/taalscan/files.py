"""Documents for the taalscan tests, built in memory with python-docx and fpdf2."""

from __future__ import annotations

import io
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
