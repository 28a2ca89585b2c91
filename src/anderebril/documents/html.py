"""HTML: visible text with paragraph breaks at block elements, using only html.parser."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from anderebril.documents.base import Document
from anderebril.documents.sections import build_blocks
from anderebril.documents.text import decode_text

_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "math", "object"})
_VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }
)
_BLOCK = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "nav",
        "ol",
        "option",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
        "select",
        "textarea",
        "button",
    }
)
_HEAD_TAGS = frozenset({"title", "meta", "link", "base", "style", "script", "noscript"})
_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_MARKER = re.compile(r"^\s*anderebril-(disable-next-line|disable|enable)\b", re.IGNORECASE)
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w-]+)", re.IGNORECASE)


class _TextBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.length = 0
        self.paragraphs: list[tuple[int, int]] = []
        self.paragraph_start: int | None = None
        self.skip_depth = 0
        self.skip_tags: list[str] = []
        self.in_head = False
        self.in_title = False
        self.pre_depth = 0
        self.pending_space = False
        self.ignored: list[tuple[int, int]] = []
        self.disabled_from: int | None = None
        self.ignore_paragraph: int | None = None

    # -- output ---------------------------------------------------------------------------

    def _emit(self, text: str) -> None:
        if not text:
            return
        if self.paragraph_start is None:
            if self.pieces:
                self.pieces.append("\n\n")
                self.length += 2
            self.paragraph_start = self.length
        elif self.pending_space:
            self.pieces.append(" ")
            self.length += 1
        self.pending_space = False
        self.pieces.append(text)
        self.length += len(text)

    def _break(self) -> None:
        """End the current paragraph (a block boundary)."""
        if self.paragraph_start is not None:
            if self.ignore_paragraph == len(self.paragraphs):
                self.ignored.append((self.paragraph_start, self.length))
                self.ignore_paragraph = None
            self.paragraphs.append((self.paragraph_start, self.length))
        self.paragraph_start = None
        self.pending_space = False

    def _line_break(self) -> None:
        if self.paragraph_start is not None:
            self.pieces.append("\n")
            self.length += 1
            self.pending_space = False

    # -- parser callbacks -----------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_depth:
            if tag == self.skip_tags[-1] and tag not in _VOID:
                self.skip_depth += 1
            return
        if tag in _SKIPPED:
            self.skip_tags.append(tag)
            self.skip_depth = 1
            return
        if tag == "head":
            self.in_head = True
        elif tag not in _HEAD_TAGS:
            self.in_head = False
        if tag == "title":
            self.in_title = True
        if tag == "pre":
            self.pre_depth += 1
        if tag == "br":
            self._line_break()
        elif tag in _BLOCK:
            self._break()
        elif tag in ("img", "input", "area") and not self.in_head:
            alt = dict(attrs).get("alt")
            if alt and tag == "img":
                self._data(alt)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            if tag == self.skip_tags[-1]:
                self.skip_depth -= 1
                if not self.skip_depth:
                    self.skip_tags.pop()
            return
        if tag == "head":
            self.in_head = False
        if tag == "title":
            self.in_title = False
        if tag == "pre" and self.pre_depth:
            self.pre_depth -= 1
        if tag in _BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.skip_depth or (self.in_head and not self.in_title):
            return
        self._data(data)

    def _data(self, data: str) -> None:
        if self.pre_depth:
            lines = data.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            for index, line in enumerate(lines):
                if index:
                    self._line_break()
                self._emit(line)
            return
        collapsed = _WHITESPACE.sub(" ", data)
        if collapsed.startswith(" "):
            self.pending_space = True
            collapsed = collapsed[1:]
        if collapsed.endswith(" "):
            self._emit(collapsed[:-1])
            self.pending_space = True
        else:
            self._emit(collapsed)

    def handle_comment(self, data: str) -> None:
        match = _MARKER.match(data)
        if match is None or self.skip_depth:
            return
        kind = match.group(1).lower()
        position = self.length
        if kind == "disable" and self.disabled_from is None:
            self.disabled_from = position
        elif kind == "enable" and self.disabled_from is not None:
            self.ignored.append((self.disabled_from, position))
            self.disabled_from = None
        elif kind == "disable-next-line":
            # The next block with text; when the marker follows text in a block, the one after.
            self.ignore_paragraph = len(self.paragraphs) + (self.paragraph_start is not None)

    def finish(self) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
        self.close()
        self._break()
        text = "".join(self.pieces)
        if self.disabled_from is not None:
            self.ignored.append((self.disabled_from, len(text)))
        ranges = sorted((start, min(end, len(text))) for start, end in self.ignored)
        return text, self.paragraphs, ranges


def _decode_html(data: bytes, path: str | Path | None) -> tuple[str, str, bool]:
    declared = _CHARSET.search(data[:4096])
    if declared is not None and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        name = declared.group(1).decode("ascii", "replace").lower()
        if name in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"}:
            name = "cp1252"  # as browsers do (WHATWG Encoding)
        try:
            return data.decode(name), name, False
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, path)


def extract_html(data: bytes, path: str | Path | None = None) -> Document:
    source, encoding, bom = _decode_html(data, path)
    builder = _TextBuilder()
    builder.feed(source)
    text, paragraphs, ignored = builder.finish()
    blocks, _ = build_blocks(text, paragraphs)
    return Document(
        text=text,
        kind="html",
        blocks=blocks,
        encoding=encoding,
        bom=bom,
        ignored_ranges=ignored,
    )
