"""Word (.docx, python-docx) and OpenDocument text (.odt, defusedxml) extraction."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from anderebril.documents.base import MB, Document, DocumentError
from anderebril.documents.sections import build_blocks

#: Zip-bomb guards: total uncompressed size, and compression ratio of any big member.
MAX_UNCOMPRESSED = 512 * MB
MAX_RATIO = 200
_RATIO_FLOOR = 1 * MB  # small members may compress extremely well; that is harmless
PARAGRAPH_SEPARATOR = "\n\n"

_BROKEN = "Het bestand is beschadigd of geen geldig {kind}-bestand"


def open_zip(
    data: bytes, required: str, kind: str, path: str | Path | None = None
) -> zipfile.ZipFile:
    """Open an Office zip package after checking it against zip bombs."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise DocumentError(_BROKEN.format(kind=kind), path) from error
    total = 0
    for info in members:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _RATIO_FLOOR and ratio > MAX_RATIO:
            raise DocumentError(
                "Het bestand is verdacht: het pakt uit tot een veel groter bestand (zip-bom)",
                path,
            )
    if total > MAX_UNCOMPRESSED:
        raise DocumentError(
            f"Het bestand is verdacht: uitgepakt is het groter dan {MAX_UNCOMPRESSED // MB} MB",
            path,
        )
    if required not in archive.namelist():
        raise DocumentError(_BROKEN.format(kind=kind), path)
    return archive


def read_member(archive: zipfile.ZipFile, name: str, path: str | Path | None = None) -> bytes:
    """Read a member, never more than its declared size (headers can lie)."""
    info = archive.getinfo(name)
    try:
        with archive.open(info) as member:
            content = member.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
        raise DocumentError("Het bestand is beschadigd", path) from error
    if len(content) > info.file_size:
        raise DocumentError("Het bestand is beschadigd", path)
    return content


# --- DOCX -------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_TAGS = frozenset(f"{_W}{name}" for name in ("t", "tab", "cr", "noBreakHyphen", "ptab"))
_SKIPPED_RUN_ANCESTORS = frozenset({f"{_W}del", f"{_W}moveFrom"})


def load_docx(data: bytes, path: str | Path | None = None) -> Any:
    """Open a .docx with python-docx after the zip checks."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    open_zip(data, "word/document.xml", "Word", path).close()
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise DocumentError(_BROKEN.format(kind="Word"), path) from error
    except Exception as error:  # lxml.etree.XMLSyntaxError and the like
        raise DocumentError(_BROKEN.format(kind="Word"), path) from error


def _body_paragraphs(container: Any) -> Iterator[Any]:
    """w:p elements in reading order, descending into tables, cells and content controls."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            yield child
        elif tag in (
            f"{_W}tbl",
            f"{_W}tr",
            f"{_W}tc",
            f"{_W}sdt",
            f"{_W}sdtContent",
            f"{_W}customXml",
        ):
            yield from _body_paragraphs(child)


def _is_text_child(element: Any) -> bool:
    if element.tag in _TEXT_TAGS:
        return True
    return element.tag == f"{_W}br" and element.get(f"{_W}type") in (None, "textWrapping")


def paragraph_runs(paragraph: Any) -> list[Any]:
    """The w:r elements whose text belongs to this paragraph (hyperlinks, insertions and
    content controls included; deleted text and nested text-box paragraphs excluded)."""
    runs = []
    for run in paragraph.iter(f"{_W}r"):
        ancestor = run.getparent()
        keep = True
        while ancestor is not None and ancestor is not paragraph:
            if ancestor.tag == f"{_W}p" or ancestor.tag in _SKIPPED_RUN_ANCESTORS:
                keep = False
                break
            ancestor = ancestor.getparent()
        if keep:
            runs.append(run)
    return runs


def run_text(run: Any) -> str:
    return "".join(str(child) for child in run if _is_text_child(child))


def docx_layout(document: Any) -> Iterator[tuple[Any, list[tuple[Any, str]]]]:
    """Every non-empty paragraph with its runs and their texts, in reading order."""
    for paragraph in _body_paragraphs(document.element.body):
        runs = [(run, run_text(run)) for run in paragraph_runs(paragraph)]
        if "".join(text for _, text in runs).strip():
            yield paragraph, runs


def extract_docx(data: bytes, path: str | Path | None = None) -> Document:
    document = load_docx(data, path)
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    for _, runs in docx_layout(document):
        if pieces:
            pieces.append(PARAGRAPH_SEPARATOR)
            length += len(PARAGRAPH_SEPARATOR)
        text = "".join(run_text for _, run_text in runs)
        pieces.append(text)
        spans.append((length, length + len(text)))
        length += len(text)
    text = "".join(pieces)
    blocks, _ = build_blocks(text, spans)
    return Document(text=text, kind="docx", blocks=blocks)


# --- ODT --------------------------------------------------------------------------------

_TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE_NS = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_DRAW_NS = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_PARAGRAPH_TAGS = frozenset({f"{_TEXT_NS}p", f"{_TEXT_NS}h"})
# Never text of the document itself.
_ODT_SKIPPED = frozenset(
    {
        f"{_OFFICE_NS}annotation",
        f"{_TEXT_NS}tracked-changes",
        f"{_TEXT_NS}note-citation",
        f"{_OFFICE_NS}forms",
    }
)
# Inside a paragraph: content that is not part of its running text (read separately).
_ODT_DETACHED = frozenset({f"{_TEXT_NS}note", f"{_DRAW_NS}frame", f"{_DRAW_NS}a"})
_ODF_SPACE = re.compile(r"[ \t\r\n]+")


class _OdtParagraph:
    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.trailing_space = True  # drops leading white space of the paragraph

    def data(self, text: str | None) -> None:
        if not text:
            return
        collapsed = _ODF_SPACE.sub(" ", text)
        if self.trailing_space and collapsed.startswith(" "):
            collapsed = collapsed[1:]
        if collapsed:
            self.pieces.append(collapsed)
            self.trailing_space = collapsed.endswith(" ")

    def literal(self, text: str) -> None:
        self.pieces.append(text)
        self.trailing_space = False


def _odt_inline(element: Any, paragraph: _OdtParagraph, detached: list[Any]) -> None:
    paragraph.data(element.text)
    for child in element:
        tag = child.tag
        if tag == f"{_TEXT_NS}s":
            paragraph.literal(" " * max(int(child.get(f"{_TEXT_NS}c", "1") or 1), 1))
        elif tag == f"{_TEXT_NS}tab":
            paragraph.literal("\t")
        elif tag == f"{_TEXT_NS}line-break":
            paragraph.literal("\n")
        elif tag in _ODT_DETACHED:
            detached.append(child)
        elif tag not in _ODT_SKIPPED:
            _odt_inline(child, paragraph, detached)
        paragraph.data(child.tail)


def _odt_paragraphs(element: Any) -> Iterator[str]:
    for child in element:
        if child.tag in _ODT_SKIPPED:
            continue
        if child.tag in _PARAGRAPH_TAGS:
            paragraph = _OdtParagraph()
            detached: list[Any] = []
            _odt_inline(child, paragraph, detached)
            yield "".join(paragraph.pieces).rstrip(" ")
            for nested in detached:
                yield from _odt_paragraphs(nested)
        else:
            yield from _odt_paragraphs(child)


def extract_odt(data: bytes, path: str | Path | None = None) -> Document:
    archive = open_zip(data, "content.xml", "OpenDocument", path)
    with archive:
        if "mimetype" in archive.namelist():
            mimetype = read_member(archive, "mimetype", path).strip()
            if not mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
                raise DocumentError("Het bestand is geen OpenDocument-tekstbestand", path)
        content = read_member(archive, "content.xml", path)
    try:
        root = SafeET.fromstring(content)
    except (SafeET.ParseError, DefusedXmlException) as error:
        raise DocumentError(_BROKEN.format(kind="OpenDocument"), path) from error
    body = root.find(f"{_OFFICE_NS}body")
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    for text in _odt_paragraphs(body if body is not None else root):
        if not text.strip():
            continue
        if pieces:
            pieces.append(PARAGRAPH_SEPARATOR)
            length += len(PARAGRAPH_SEPARATOR)
        pieces.append(text)
        spans.append((length, length + len(text)))
        length += len(text)
    full = "".join(pieces)
    blocks, _ = build_blocks(full, spans)
    return Document(text=full, kind="odt", blocks=blocks)
