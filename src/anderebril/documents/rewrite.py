"""Apply edits (offsets into the extracted text) to a copy of a .txt, .md or .docx file."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from anderebril.documents.base import DocumentError
from anderebril.documents.office import PARAGRAPH_SEPARATOR, docx_layout, load_docx
from anderebril.documents.text import bom_for, codec_for, decode_text

Edit = tuple[int, int, str]

_TEXT_SUFFIXES = frozenset({".txt", ".md"})


def rewrite(src: str | Path, dst: str | Path, edits: Sequence[Edit]) -> None:
    """Write `src` with `edits` applied to `dst`.

    Edits are ``(start, end, replacement)`` with offsets into ``extract(src).text``; they
    may not overlap. For .txt/.md the bytes outside the edits stay exactly as they were and
    the encoding (and BOM) is kept. For .docx each edit is applied within its runs, so run
    formatting stays; an edit spanning runs goes into the first run and the others are
    trimmed. `dst` is replaced atomically; `src` is only overwritten when `dst` is the same
    path. Other kinds raise `DocumentError`.
    """
    source, target = Path(src), Path(dst)
    suffix = source.suffix.lower()
    try:
        data = source.read_bytes()
    except OSError as error:
        raise DocumentError("Het bestand kan niet worden gelezen", source) from error
    if suffix in _TEXT_SUFFIXES:
        output = _rewrite_text(data, edits, source)
        _write_atomically(target, lambda handle: handle.write(output))
    elif suffix == ".docx":
        document = load_docx(data, source)
        _rewrite_docx(document, edits, source)
        _write_atomically(target, document.save)
    else:
        raise DocumentError(
            f"Herschrijven van {suffix or 'dit bestandstype'}-bestanden wordt niet ondersteund",
            source,
        )


def _sorted_edits(edits: Sequence[Edit], length: int, path: Path) -> list[Edit]:
    ordered = sorted(edits, key=lambda edit: (edit[0], edit[1]))
    previous_end = 0
    for start, end, _ in ordered:
        if not 0 <= start <= end <= length:
            raise DocumentError(f"Wijziging {start}-{end} valt buiten de tekst", path)
        if start < previous_end:
            raise DocumentError(f"Wijzigingen overlappen bij positie {start}", path)
        previous_end = end
    return ordered


def _rewrite_text(data: bytes, edits: Sequence[Edit], path: Path) -> bytes:
    text, encoding, bom = decode_text(data, path)
    codec = codec_for(encoding)
    prefix = bom_for(encoding) if bom else b""
    if prefix + text.encode(codec) != data:
        raise DocumentError("Het bestand kan niet veilig worden herschreven (tekenset)", path)
    pieces: list[bytes] = [prefix]
    char_position, byte_position = 0, len(prefix)
    for start, end, replacement in _sorted_edits(edits, len(text), path):
        byte_start = byte_position + len(text[char_position:start].encode(codec))
        byte_end = byte_start + len(text[start:end].encode(codec))
        try:
            new = replacement.encode(codec)
        except UnicodeEncodeError as error:
            raise DocumentError(
                f"De vervangende tekst bevat tekens die niet in {encoding} passen", path
            ) from error
        pieces.append(data[byte_position:byte_start])
        pieces.append(new)
        char_position, byte_position = end, byte_end
    pieces.append(data[byte_position:])
    return b"".join(pieces)


def _rewrite_docx(document: Any, edits: Sequence[Edit], path: Path) -> None:
    # (run element, text, start offset) for every run, and (start, end) per paragraph.
    runs: list[tuple[Any, str, int]] = []
    paragraphs: list[tuple[int, int]] = []
    offset = 0
    for _, paragraph_runs in docx_layout(document):
        if paragraphs:
            offset += len(PARAGRAPH_SEPARATOR)
        start = offset
        for run, text in paragraph_runs:
            runs.append((run, text, offset))
            offset += len(text)
        paragraphs.append((start, offset))
    local: dict[int, list[Edit]] = {}
    for start, end, replacement in _sorted_edits(edits, offset, path):
        if not any(lo <= start and end <= hi for lo, hi in paragraphs):
            raise DocumentError("Een wijziging loopt over meer dan één alinea", path)
        touched = [
            index
            for index, (_, text, run_start) in enumerate(runs)
            if text and run_start < end and start < run_start + len(text)
        ]
        if not touched:  # an insertion: into the run it follows, else the run it precedes
            touched = [
                next(
                    index
                    for index, (_, text, run_start) in enumerate(runs)
                    if text and run_start <= start <= run_start + len(text)
                )
            ]
        for position, index in enumerate(touched):
            _, text, run_start = runs[index]
            local_start = max(start, run_start) - run_start
            local_end = min(end, run_start + len(text)) - run_start
            local.setdefault(index, []).append(
                (local_start, local_end, replacement if position == 0 else "")
            )
    for index, run_edits in local.items():
        run, text, _ = runs[index]
        for local_start, local_end, replacement in sorted(run_edits, reverse=True):
            text = text[:local_start] + replacement + text[local_end:]
        _set_run_text(run, text)


def _set_run_text(run: Any, text: str) -> None:
    """Replace the text of a run in place, keeping its properties and non-text content."""
    from docx.oxml.parser import OxmlElement

    from anderebril.documents.office import _is_text_child

    children = list(run)
    text_children = [child for child in children if _is_text_child(child)]
    anchor = children.index(text_children[0]) if text_children else len(children)
    for child in text_children:
        run.remove(child)
    scratch = OxmlElement("w:r")
    scratch.text = text
    for position, child in enumerate(list(scratch)):
        run.insert(anchor + position, child)


def _write_atomically(target: Path, write: Callable[[Any], object]) -> None:
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed and renamed below
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp", delete=False
    )
    temporary = Path(handle.name)
    try:
        with handle:
            write(handle)
        if target.exists():
            with contextlib.suppress(OSError):
                temporary.chmod(target.stat().st_mode & 0o777)
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
