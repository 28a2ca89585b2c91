"""Text extraction from documents, with locations that point back into the file.

    >>> document = extract("vacature.pdf")
    >>> document.locate(120)
    Location(page=2, paragraph=3, section='B1-K1-W2', line=5, column=14)

Offsets are code-point offsets into `Document.text`. For .txt and .md that is the file
decoded exactly (BOM stripped, no newline or white-space normalisation); for the other
kinds it is the extracted text. No Django here.
"""

from __future__ import annotations

from pathlib import Path

from anderebril.documents.base import (
    DEFAULT_MAX_SIZE,
    DEFAULT_MAX_TEXT_SIZE,
    SUPPORTED_SUFFIXES,
    Block,
    Document,
    DocumentError,
    Location,
    check_size,
)
from anderebril.documents.html import extract_html
from anderebril.documents.office import extract_docx, extract_odt
from anderebril.documents.pdf import extract_pdf, is_pdf
from anderebril.documents.rewrite import rewrite
from anderebril.documents.text import extract_markdown, extract_text, iter_text_chunks

__all__ = [
    "DEFAULT_MAX_SIZE",
    "DEFAULT_MAX_TEXT_SIZE",
    "SUPPORTED_SUFFIXES",
    "Block",
    "Document",
    "DocumentError",
    "Location",
    "extract",
    "iter_text_chunks",
    "kind_for",
    "rewrite",
]

_KINDS = {
    ".txt": "txt",
    ".md": "md",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".odt": "odt",
    ".pdf": "pdf",
}
_TEXT_KINDS = frozenset({"txt", "md"})
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_EXTRACTORS = {
    "txt": extract_text,
    "md": extract_markdown,
    "html": extract_html,
    "docx": extract_docx,
    "odt": extract_odt,
    "pdf": extract_pdf,
}


def _sniff(data: bytes) -> str | None:
    if is_pdf(data):
        return "pdf"
    if data.startswith(_ZIP_MAGIC):
        if b"word/" in data[:65536] or b"[Content_Types].xml" in data[:65536]:
            return "docx"
        if b"opendocument" in data[:4096]:
            return "odt"
        return "zip"
    if data.startswith(_OLE_MAGIC):
        return "ole"
    return None


_DESCRIPTIONS = {
    "pdf": "een PDF",
    "docx": "een Word-bestand",
    "odt": "een OpenDocument-bestand",
    "zip": "een zip-bestand",
    "ole": "een oud Office-bestand",
}


def kind_for(filename: str | Path) -> str:
    """The kind ("txt", "md", "html", "docx", "odt", "pdf") for a file name's suffix."""
    suffix = Path(filename).suffix.lower()
    if suffix not in _KINDS:
        raise DocumentError(f"Bestandstype {suffix or '(zonder extensie)'} wordt niet ondersteund")
    return _KINDS[suffix]


def _verify(kind: str, suffix: str, data: bytes, path: str) -> None:
    """Check that the content matches the suffix, with a message that says what it is."""
    found = _sniff(data)
    if kind == "pdf" and found != "pdf":
        raise DocumentError("Het bestand is beschadigd of geen geldige PDF", path)
    if kind in ("docx", "odt"):
        if found == "ole":
            raise DocumentError(
                "Het bestand is beveiligd met een wachtwoord of is een oud Word-bestand (.doc)",
                path,
            )
        if found == "pdf":
            raise DocumentError(f"Het bestand heeft de extensie {suffix} maar is een PDF", path)
        if found not in ("docx", "odt", "zip"):
            raise DocumentError(f"Het bestand is beschadigd of geen geldig {suffix}-bestand", path)
    if kind in ("txt", "md", "html") and found is not None:
        raise DocumentError(
            f"Het bestand heeft de extensie {suffix} maar is {_DESCRIPTIONS[found]}", path
        )


def extract(
    path: str | Path,
    *,
    data: bytes | None = None,
    filename: str | None = None,
    max_size: int | None = None,
) -> Document:
    """Extract the text of a .txt, .md, .html/.htm, .docx, .odt or .pdf file.

    The kind follows the suffix of `filename` (else `path`) and is verified against the
    content. Pass `data` (and `filename`) to extract an upload without a temporary file.
    `max_size` in bytes defaults to `DEFAULT_MAX_SIZE` (`DEFAULT_MAX_TEXT_SIZE` for .txt
    and .md). Raises `DocumentError` with a Dutch message for anything unreadable.
    """
    name = filename if filename is not None else str(path)
    suffix = Path(name).suffix.lower()
    try:
        if suffix == "" and data is not None:
            found = _sniff(data)
            kind = found if found in ("pdf", "docx", "odt") else "txt"
            suffix = f".{kind}"
        else:
            kind = kind_for(name)
        limit = max_size
        if limit is None:
            limit = DEFAULT_MAX_TEXT_SIZE if kind in _TEXT_KINDS else DEFAULT_MAX_SIZE
        if data is None:
            data = _read(Path(path), limit)
        check_size(len(data), limit)
        if not data and kind not in _TEXT_KINDS | {"html"}:
            raise DocumentError("Het bestand is leeg")
        _verify(kind, suffix, data, name)
        document = _EXTRACTORS[kind](data, name)
    except DocumentError as error:
        error.with_path(name)
        raise
    document.path = name
    return document


def _read(path: Path, limit: int) -> bytes:
    try:
        check_size(path.stat().st_size, limit)
        return path.read_bytes()
    except FileNotFoundError as error:
        raise DocumentError("Het bestand bestaat niet") from error
    except IsADirectoryError as error:
        raise DocumentError("Dit is een map, geen bestand") from error
    except OSError as error:
        raise DocumentError("Het bestand kan niet worden gelezen") from error
