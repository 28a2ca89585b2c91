"""Shared types of `anderebril.documents`: the extracted document, its blocks and locations."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

MB = 1024 * 1024
#: Default upper bound for binary formats (.docx, .odt, .pdf, and .html).
DEFAULT_MAX_SIZE = 50 * MB
#: Default upper bound for plain text and Markdown read whole by `extract`;
#: use `iter_text_chunks` for anything bigger.
DEFAULT_MAX_TEXT_SIZE = 512 * MB

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".md", ".html", ".htm", ".docx", ".odt", ".pdf"}
)

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class DocumentError(Exception):
    """A document cannot be read; `message` is Dutch and meant for the end user."""

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path: str | None = None if path is None else str(path)

    def __str__(self) -> str:
        return self.message

    def with_path(self, path: str | Path | None) -> DocumentError:
        if self.path is None and path is not None:
            self.path = str(path)
        return self


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph (or heading, table cell, PDF text block) as a span of `Document.text`.

    `start`/`end` are code-point offsets; `text[start:end]` holds the block without the
    surrounding blank lines. `paragraph` counts from 1, per page for paged documents.
    """

    start: int
    end: int
    page: int | None
    paragraph: int
    section: str | None


class Location(NamedTuple):
    """Where an offset lies. `line` and `column` count from 1 (per page for PDFs)."""

    page: int | None
    paragraph: int
    section: str | None
    line: int
    column: int


@dataclass(eq=False)
class Document:
    """Extracted text plus the structure needed to point findings back into the file.

    `encoding` is set for text formats (``"utf-8-sig"`` means a UTF-8 BOM was stripped;
    ``bom`` tells the same for every encoding). `pages` is set for PDFs, `page_starts`
    holds the offset of every page's first character. `ignored_ranges` are spans switched
    off by ``<!-- anderebril-disable … -->`` markers (HTML and Markdown).
    """

    text: str
    kind: str
    blocks: list[Block]
    encoding: str | None = None
    pages: int | None = None
    ignored_ranges: list[tuple[int, int]] = field(default_factory=list)
    bom: bool = False
    page_starts: list[int] = field(default_factory=list)
    path: str | None = None
    _block_starts: list[int] | None = field(default=None, init=False, repr=False)
    _line_starts: list[int] | None = field(default=None, init=False, repr=False)

    def _starts(self) -> tuple[list[int], list[int]]:
        if self._block_starts is None:
            self._block_starts = [block.start for block in self.blocks]
        if self._line_starts is None:
            self._line_starts = line_starts(self.text)
        return self._block_starts, self._line_starts

    def block_at(self, offset: int) -> Block | None:
        """The block containing `offset`, else the nearest block before it (else the first)."""
        if not self.blocks:
            return None
        block_starts, _ = self._starts()
        index = bisect_right(block_starts, offset) - 1
        return self.blocks[max(index, 0)]

    def page_at(self, offset: int) -> int | None:
        if not self.page_starts:
            block = self.block_at(offset)
            return None if block is None else block.page
        return max(bisect_right(self.page_starts, offset), 1)

    def is_ignored(self, start: int, end: int | None = None) -> bool:
        """Whether the span (or the single offset) lies within an ignored range."""
        stop = start if end is None else end
        return any(lo <= start and stop <= hi for lo, hi in self.ignored_ranges)

    def locator(self) -> Callable[[int], Location]:
        """:meth:`locate` for many offsets: the same answers, with the look-up tables bound
        once and each page's first line remembered (the scanner locates every finding)."""
        block_starts, line_starts = self._starts()
        blocks, page_starts, size = self.blocks, self.page_starts, len(self.text)
        first_lines: dict[int, int] = {}

        def locate(offset: int) -> Location:
            offset = min(max(offset, 0), size)
            line_index = bisect_right(line_starts, offset) - 1
            block = blocks[max(bisect_right(block_starts, offset) - 1, 0)] if blocks else None
            first_line = 0
            page: int | None = None
            if page_starts:
                page = number = max(bisect_right(page_starts, offset), 1)
                first_line = first_lines.get(number, -1)
                if first_line == -1:
                    first_line = bisect_right(line_starts, page_starts[number - 1]) - 1
                    first_lines[number] = first_line
            elif block is not None:
                page = block.page
            if block is None:
                paragraph, section = 1, None
            elif page is not None and block.page is not None and block.page != page:
                paragraph, section = 1, block.section
            else:
                paragraph, section = block.paragraph, block.section
            return Location(
                page,
                paragraph,
                section,
                line_index - first_line + 1,
                offset - line_starts[line_index] + 1,
            )

        return locate

    def locate(self, offset: int) -> Location:
        """Page, paragraph, section, line and column of a code-point offset into `text`.

        Offsets are clamped to ``[0, len(text)]``; offsets between blocks belong to the
        block before them; before the first block of its page (or on an empty page) the
        section carries on. A line break "\r\n" is one break. For many offsets, bind
        :meth:`locator` once instead.
        """
        return self.locator()(offset)


def line_starts(text: str) -> list[int]:
    """The offset of every line's first character; "\r\n", "\r" and "\n" end a line."""
    if "\r" in text:
        return [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
    # Only "\n": lengths of the split lines, summed in C (this runs once per document).
    lines = text.split("\n")
    lines.pop()
    return list(accumulate(map(_ONE.__add__, map(len, lines)), initial=0))


_ONE = 1


# One line break followed by at least one blank (whitespace-only) line.
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)(?:[^\S\r\n]*(?:\r\n|\r|\n))+")


def split_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Blank-line separated paragraphs of `text[start:end]` as trimmed (start, end) spans."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    position = start
    for match in _PARAGRAPH_BREAK.finditer(text, start, stop):
        _append_trimmed(text, position, match.start(), spans)
        position = match.end()
    _append_trimmed(text, position, stop, spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def check_size(size: int, max_size: int | None, path: str | Path | None = None) -> None:
    if max_size is not None and size > max_size:
        limit = f"{max_size / MB:.1f}".rstrip("0").rstrip(".")
        raise DocumentError(f"Het bestand is groter dan {limit} MB", path)
