"""Test file builders: PDFs with fpdf2, DOCX with python-docx, ODT by hand with zipfile."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

import docx
from fpdf import FPDF

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
ODT_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
)


def pdf_bytes(pages: Sequence[str], *, user_password: str | None = None) -> bytes:
    pdf = FPDF()
    if user_password is not None:
        pdf.set_encryption(owner_password="eigenaar", user_password=user_password)
    for page in pages:
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        if page:
            pdf.multi_cell(0, 8, page)
    return bytes(pdf.output())


def odt_bytes(body_xml: str, *, mimetype: bytes = ODT_MIMETYPE) -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>'
        f"<office:document-content {ODT_NAMESPACES}>"
        f"<office:body><office:text>{body_xml}</office:text></office:body>"
        f"</office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def docx_document() -> docx.document.Document:
    return docx.Document()


def docx_bytes(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
