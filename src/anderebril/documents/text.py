"""Plain text and Markdown: encoding detection, paragraphs, markers and chunked reading."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

import charset_normalizer

from anderebril.documents.base import Block, Document, DocumentError, split_paragraphs
from anderebril.documents.sections import build_blocks

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE BOM.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


def split_bom(data: bytes) -> tuple[bytes, str | None]:
    """Strip a byte order mark; returns the rest and the codec that decodes it."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :], encoding
    return data, None


def bom_for(encoding: str) -> bytes:
    for bom, name in _BOMS:
        if name == encoding:
            return bom
    return b""


def codec_for(encoding: str) -> str:
    """The codec that encodes/decodes the text after the BOM."""
    return "utf-8" if encoding == "utf-8-sig" else encoding


def detect_encoding(data: bytes) -> str:
    """The encoding of `data` (without BOM): UTF-8 if it decodes, else a guess.

    charset-normalizer is consulted only when UTF-8 fails. It is unreliable on short
    Western text, so its answer is taken for UTF-16/32 without BOM and for non-Latin
    scripts; otherwise Windows-1252 (or Latin-1 for bytes cp1252 leaves undefined).
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        name = codecs.lookup(best.encoding).name
        if name.startswith(("utf-16", "utf-32")) or (
            b"\x00" not in data and _mostly_non_latin(str(best))
        ):
            return name
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def _mostly_non_latin(text: str) -> bool:
    """Whether most letters are outside the Latin script (Cyrillic, Greek, CJK …): only then
    is charset-normalizer's guess better than the Western default."""
    letters = [char for char in text if char.isalpha()]
    non_latin = sum(1 for char in letters if ord(char) > 0x24F)
    return len(letters) >= 8 and non_latin * 2 > len(letters)


def decode_text(data: bytes, path: str | Path | None = None) -> tuple[str, str, bool]:
    """Decode a text file exactly (no newline normalisation): (text, encoding, had_bom)."""
    body, encoding = split_bom(data)
    bom = encoding is not None
    if encoding is None:
        encoding = detect_encoding(body)
    try:
        text = body.decode(codec_for(encoding))
    except (UnicodeDecodeError, LookupError) as error:
        raise DocumentError("Het tekstbestand heeft een onbekende tekenset", path) from error
    if any(char < " " and char not in _ALLOWED_CONTROLS for char in text[:65536]):
        raise DocumentError(
            "Het bestand lijkt geen tekstbestand (het bevat binaire gegevens)", path
        )
    return text, encoding, bom


def extract_text(data: bytes, path: str | Path | None = None) -> Document:
    text, encoding, bom = decode_text(data, path)
    blocks, _ = build_blocks(text, split_paragraphs(text))
    return Document(text=text, kind="txt", blocks=blocks, encoding=encoding, bom=bom)


# --- Markdown ---------------------------------------------------------------------------

_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t][^\r\n]*)?$", re.MULTILINE)
_MARKER = re.compile(
    r"<!--\s*anderebril-(?P<kind>disable-next-line|disable|enable)\b[^>]*?-->", re.IGNORECASE
)


def markdown_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs as in plain text, with every ATX heading line a block of its own."""
    spans: list[tuple[int, int]] = []
    for start, end in split_paragraphs(text):
        position = start
        for heading in _ATX_HEADING.finditer(text, start, end):
            if heading.start() > position:
                spans.extend(split_paragraphs(text, position, heading.start()))
            spans.append((heading.start(), heading.end()))
            position = heading.end()
        if position < end:
            spans.extend(split_paragraphs(text, position, end))
    return [(start, end) for start, end in spans if start < end]


def marker_ranges(
    text: str, markers: list[tuple[str, int, int]], blocks: list[Block]
) -> list[tuple[int, int]]:
    """Turn (kind, start, end) markers into ignored (start, end) ranges of `text`.

    ``disable`` … ``enable`` switches off everything in between (to the end when never
    re-enabled); ``disable-next-line`` switches off the block holding the next text after
    the marker (from the marker's end to that block's end).
    """
    ranges: list[tuple[int, int]] = []
    disabled_from: int | None = None
    for kind, start, end in markers:
        if kind == "disable" and disabled_from is None:
            disabled_from = end
        elif kind == "enable" and disabled_from is not None:
            ranges.append((disabled_from, start))
            disabled_from = None
        elif kind == "disable-next-line":
            position = end
            while position < len(text) and text[position].isspace():
                position += 1
            block = next((b for b in blocks if b.end > position), None)
            if block is not None:
                ranges.append((end, max(block.end, end)))
    if disabled_from is not None:
        ranges.append((disabled_from, len(text)))
    return ranges


def extract_markdown(data: bytes, path: str | Path | None = None) -> Document:
    text, encoding, bom = decode_text(data, path)
    blocks, _ = build_blocks(text, markdown_spans(text))
    markers = [
        (match.group("kind").lower(), match.start(), match.end())
        for match in _MARKER.finditer(text)
    ]
    return Document(
        text=text,
        kind="md",
        blocks=blocks,
        encoding=encoding,
        bom=bom,
        ignored_ranges=marker_ranges(text, markers, blocks),
    )


# --- Large files ------------------------------------------------------------------------

_READ_SIZE = 1024 * 1024
_SAMPLE_SIZE = 4 * 1024 * 1024


def _stream_encoding(path: Path) -> tuple[str, int]:
    """Encoding of a (possibly huge) text file and the length of its BOM, in bounded memory."""
    with path.open("rb") as handle:
        head = handle.read(4)
        _, encoding = split_bom(head)
        if encoding is not None:
            return encoding, len(bom_for(encoding))
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := handle.read(_READ_SIZE):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            handle.seek(0)
            return detect_encoding(handle.read(_SAMPLE_SIZE)), 0
        return "utf-8", 0


def _cut_point(window: str, limit: int) -> int:
    """Where to end a chunk of `window` (at least `limit` + 1 long): after the last blank
    line, else after the last line break, else hard at `limit` (never inside "\r\n")."""
    head = window[:limit]
    paragraph = max(
        (
            index + len(pattern)
            for pattern in ("\n\n", "\r\n\r\n", "\n\r\n")
            if (index := head.rfind(pattern)) >= 0
        ),
        default=0,
    )
    if paragraph > 0 and paragraph >= limit // 4:
        return paragraph
    line = head.rfind("\n") + 1
    if line > 0:
        return line
    cut = limit
    if window[cut - 1] == "\r" and window[cut : cut + 1] == "\n":
        cut -= 1
    return max(cut, 1)


def iter_text_chunks(
    path: str | Path, chunk_chars: int = 1_000_000, *, encoding: str | None = None
) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, text)`` chunks of a text file in bounded memory.

    Offsets are code-point offsets into the text `extract(path).text` would return (BOM
    stripped, no normalisation); the chunks concatenated are that text. A chunk ends after a
    paragraph break where possible, else after a line break, and is at most `chunk_chars`
    long unless a single line is longer (then it is cut hard, never inside "\\r\\n").
    Other formats are extracted whole and then cut the same way.
    """
    from anderebril.documents import extract  # local: the package imports this module

    if chunk_chars < 2:
        raise ValueError("chunk_chars must be at least 2")
    source = Path(path)
    if source.suffix.lower() not in {".txt", ".md"}:
        text = extract(source).text
        yield from _chunks_of(text, chunk_chars)
        return
    bom_length = 0
    if encoding is None:
        encoding, bom_length = _stream_encoding(source)
    decoder = codecs.getincrementaldecoder(codec_for(encoding))()
    offset = 0
    buffer = ""
    with source.open("rb") as handle:
        handle.seek(bom_length)
        while True:
            chunk = handle.read(_READ_SIZE)
            buffer += decoder.decode(chunk, final=not chunk)
            position = 0
            while len(buffer) - position > chunk_chars:
                cut = _cut_point(buffer[position : position + chunk_chars + 1], chunk_chars)
                yield offset, buffer[position : position + cut]
                offset += cut
                position += cut
            buffer = buffer[position:]
            if not chunk:
                break
    if buffer:
        yield offset, buffer


def _chunks_of(text: str, chunk_chars: int) -> Iterator[tuple[int, str]]:
    offset = 0
    while len(text) - offset > chunk_chars:
        cut = _cut_point(text[offset : offset + chunk_chars + 1], chunk_chars)
        yield offset, text[offset : offset + cut]
        offset += cut
    if offset < len(text):
        yield offset, text[offset:]
