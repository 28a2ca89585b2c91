"""Kwalificatiedossier section codes (B1-K1-W2, P2-K1 …) and numbering of blocks."""

from __future__ import annotations

import re
from collections.abc import Iterable

from anderebril.documents.base import Block

#: A section code at the start of a paragraph or line, optionally after Markdown markup
#: ("## ", "**") or the words "Kerntaak"/"Werkproces", optionally followed by ':' or a title.
SECTION_CODE = re.compile(
    r"[\s#>*_|]*(?:(?:kerntaak|werkproces)\s+)?\b(?P<code>[BP]\d+-K\d+(?:-W\d+)?)(?![\w-])",
    re.IGNORECASE,
)


def section_code(text: str, start: int = 0, end: int | None = None) -> str | None:
    """The section code at the start of `text[start:end]`, upper-cased, or None."""
    stop = len(text) if end is None else end
    match = SECTION_CODE.match(text, start, stop)
    if match is None:
        return None
    return match.group("code").upper()


def build_blocks(
    text: str,
    spans: Iterable[tuple[int, int]],
    *,
    page: int | None = None,
    section: str | None = None,
    first_paragraph: int = 1,
) -> tuple[list[Block], str | None]:
    """Number the spans as paragraphs and give each the current section code.

    A span starting with a section code opens that section for itself and every following
    block until the next code. Returns the blocks and the section in force at the end, so
    that a caller can carry it over to the next page.
    """
    blocks: list[Block] = []
    paragraph = first_paragraph
    for start, end in spans:
        code = section_code(text, start, end)
        if code is not None:
            section = code
        blocks.append(Block(start, end, page, paragraph, section))
        paragraph += 1
    return blocks, section


def split_at_section_lines(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split spans so that every line starting with a section code starts its own span.

    Used for PDFs, where pdfium rarely reports blank lines between paragraphs.
    """
    result: list[tuple[int, int]] = []
    for start, end in spans:
        position = start
        for match in re.finditer(r"\n", text[start:end]):
            line_start = start + match.end()
            if section_code(text, line_start, end) is not None:
                piece_end = start + match.start()
                if piece_end > position:
                    result.append((position, piece_end))
                position = line_start
        result.append((position, end))
    return result
