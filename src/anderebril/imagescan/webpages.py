"""Images on saved web pages: their ``alt`` text, ``figcaption`` and the text around them.

Parsed with libxml2's HTML parser through ``lxml`` (already installed for python-docx), fed as
a stream of events to a small collector. Unlike the standard library's ``html.parser``, whose
time grows with the square of some hostile input (CVE-2025-6069: ``"<a" * 100000`` takes a
minute), libxml2 reads any page in linear time, and it recovers from broken markup the way
browsers do. A ``src`` is resolved relative to the page, inside the upload only: absolute URLs,
``data:`` URIs and paths that climb out of the upload are not followed (nothing is fetched,
ever, and libxml2 is told not to touch the network).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from lxml import etree  # type: ignore[import-untyped]  # no stubs shipped

_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "math"})
_SPACE = re.compile(r"\s+")
#: Characters of page text kept on either side of an image.
CONTEXT_CHARS = 200
#: Images read from one page.
MAX_IMAGES_PER_PAGE = 500


@dataclass
class ImageReference:
    src: str
    #: ``None`` when the ``<img>`` has no ``alt`` attribute at all.
    alt: str | None
    title: str = ""
    figcaption: str = ""
    context: str = ""
    #: Offset in the page's text where the image stands, to cut the context.
    offset: int = 0
    figure: int | None = None


@dataclass
class _Figure:
    number: int
    caption: list[str] = field(default_factory=list)


class _PageCollector:
    """The target of lxml's parser: receives start tags, end tags and text, in page order."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self.length = 0
        self.images: list[ImageReference] = []
        self.figures: list[_Figure] = []
        self.captions: dict[int, str] = {}
        self.in_figcaption = 0
        self.skipping = 0
        self.figure_count = 0

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        # lxml's HTML parser hands over tag names in lower case already.
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag == "figure":
            self.figure_count += 1
            self.figures.append(_Figure(self.figure_count))
        elif tag == "figcaption":
            self.in_figcaption += 1
        elif tag == "img" and len(self.images) < MAX_IMAGES_PER_PAGE:
            alt = attrib.get("alt")
            self.images.append(
                ImageReference(
                    src=(attrib.get("src") or "").strip(),
                    alt=None if alt is None else _clean(alt),
                    title=_clean(attrib.get("title") or ""),
                    offset=self.length,
                    figure=self.figures[-1].number if self.figures else None,
                )
            )
        self._space()

    def end(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "figcaption":
            self.in_figcaption = max(0, self.in_figcaption - 1)
        elif tag == "figure" and self.figures:
            figure = self.figures.pop()
            self.captions[figure.number] = _clean(" ".join(figure.caption))
        self._space()

    def data(self, data: str) -> None:
        if self.skipping:
            return
        if self.in_figcaption and self.figures:
            self.figures[-1].caption.append(data)
        self.text.append(data)
        self.length += len(data)

    def close(self) -> None:
        pass

    def _space(self) -> None:
        self.text.append(" ")
        self.length += 1


def images_on_page(html: str) -> list[ImageReference]:
    """The ``<img>`` elements of a page with their alt text, caption and surrounding text."""
    collector = _PageCollector()
    if html.strip():
        parser = etree.HTMLParser(
            target=collector, encoding="utf-8", no_network=True, remove_comments=True
        )
        try:
            parser.feed(html.encode("utf-8", errors="replace"))
            parser.close()
        except etree.LxmlError:
            pass  # markup beyond repair: keep what was read up to there
    for figure in collector.figures:  # figures left open at the end of the page
        collector.captions[figure.number] = _clean(" ".join(figure.caption))
    text = "".join(collector.text)
    for image in collector.images:
        if image.figure is not None:
            image.figcaption = collector.captions.get(image.figure, "")[:2000]
        before = _clean(text[max(0, image.offset - CONTEXT_CHARS) : image.offset])
        after = _clean(text[image.offset : image.offset + CONTEXT_CHARS])
        image.context = f"{before} … {after}".strip(" …") if before or after else ""
    return collector.images


def resolve(page_name: str, src: str) -> str | None:
    """The upload's name for the file ``src`` on page ``page_name``, or ``None`` when it points
    outside the upload (another site, a ``data:`` URI, a path climbing out)."""
    parts = urlsplit(src)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = unquote(parts.path)
    if path.startswith("/") or "\\" in path or "\x00" in path:
        return None
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(page_name), path))
    if joined.startswith(("../", "/")) or joined == "..":
        return None
    return joined


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
