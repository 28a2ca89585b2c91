"""One setup for every PDF report: fpdf2 with its core font Helvetica, on A4.

Every app that writes a PDF (taalscan report, genderscan report and plan, event report) needs
the same things: the core font with Windows-1252, text cleaned of the few characters that
encoding lacks, the document's title, author, language and date, page numbers in the footer,
and headings, paragraphs, lists and tables in the house colours. ``ReportPDF`` does them once:

    pdf = ReportPDF(title=_("Verslag"), footer_label=_("Andere Bril — evenementverslag"))
    pdf.heading(_("Sprekers"))
    pdf.paragraph(speaker.topic, muted=True)
    pdf.simple_table([_("Thema"), _("Score")], rows, widths=[120, 50])
    return pdf.to_bytes()

The core fonts need no font file (nothing to ship or fetch) but know only one 8-bit encoding.
Windows-1252 covers Dutch, curly quotes, dashes and the euro sign; ``safe_text``
replaces the rare character outside it (arrows, non-breaking hyphens, thin spaces) with a plain
equivalent, and anything else with ``?``, so no text can make fpdf2 raise.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Iterable, Sequence

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

ENCODING = "windows-1252"
FONT = "Helvetica"
INK = (27, 27, 31)
MUTED = (74, 74, 85)
PRIMARY = (91, 42, 134)
Colour = tuple[int, int, int]

_REPLACEMENTS = str.maketrans(
    {
        "→": "->",
        "←": "<-",
        "≥": ">=",
        "≤": "<=",
        "≠": "!=",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2212": "-",  # minus sign
        "\u00ad": "",  # soft hyphen
        "\u200b": "",  # zero-width space
        "\u2009": " ",  # thin space
        "\u202f": " ",  # narrow no-break space
        "\u2002": " ",  # en space
        "\u2003": " ",  # em space
    }
)


def safe_text(text: object) -> str:
    """``text`` as a string the core font can show: every other character replaced."""
    value = unicodedata.normalize("NFKC", str(text).translate(_REPLACEMENTS))
    return value.encode(ENCODING, errors="replace").decode(ENCODING)


class ReportPDF(FPDF):
    """An A4 report with metadata, numbered footer and the house styles for text and tables.

    The first page is added on creation. Every method that takes text passes it through
    ``safe_text``; call ``to_bytes()`` at the end.
    """

    def __init__(
        self,
        *,
        title: str,
        footer_label: str,
        author: str = "Andere Bril",
        created: datetime.datetime | None = None,
        language: str | None = None,
        margin: float = 18,
        bottom_margin: float = 20,
        body_size: float = 10.5,
    ) -> None:
        super().__init__(format="A4")
        #: The font size of paragraphs and lists when no size is given.
        self.body_size = body_size
        self.core_fonts_encoding = ENCODING
        self.footer_label = safe_text(footer_label)
        self.set_margins(margin, margin, margin)
        self.set_auto_page_break(auto=True, margin=bottom_margin)
        self.set_title(safe_text(title))
        self.set_author(safe_text(author))
        self.set_creator("Andere Bril")
        self.set_lang(language or translation.get_language() or "nl")
        self.set_creation_date(created or timezone.now())
        self.add_page()

    # -- page furniture -------------------------------------------------------------------

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font(FONT, size=8)
        self.set_text_color(*MUTED)
        text = _("%(label)s — pagina %(page)s van %(pages)s") % {
            "label": self.footer_label,
            "page": self.page_no(),
            "pages": "{nb}",  # fpdf2 replaces this alias with the page count
        }
        self.cell(0, 8, safe_text(text), align="C")

    def space_left(self) -> float:
        """Millimetres left above the bottom margin of the current page."""
        return self.h - self.b_margin - self.get_y()

    def ensure_space(self, height: float) -> None:
        """Start a new page unless ``height`` millimetres still fit on this one."""
        if self.space_left() < height:
            self.add_page()

    def gap(self, height: float = 3) -> None:
        self.ln(height)

    # -- text -----------------------------------------------------------------------------

    def text_block(
        self,
        text: str,
        *,
        size: float = 10.5,
        style: str = "",
        color: Colour = INK,
        line_height: float | None = None,
        link: str | None = None,
    ) -> None:
        """Text over the full width, wrapped, left-aligned; the cursor ends below it."""
        self.set_font(FONT, style=style, size=size)
        self.set_text_color(*color)
        self.multi_cell(
            0,
            line_height or size * 0.5,
            safe_text(text),
            align="L",
            link=link,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

    def heading(
        self,
        text: str,
        size: float = 14,
        *,
        before: float = 2,
        after: float = 1,
        keep_with_next: float = 25,
    ) -> None:
        """A bold heading in the primary colour, moved to the next page rather than left
        alone at the bottom of this one (``keep_with_next`` millimetres must fit below it)."""
        self.ensure_space(keep_with_next + size * 0.5 + before)
        self.gap(before)
        self.text_block(text, size=size, style="B", color=PRIMARY)
        self.gap(after)

    def paragraph(
        self,
        text: str,
        *,
        size: float | None = None,
        bold: bool = False,
        italic: bool = False,
        muted: bool = False,
        line_height: float | None = None,
        after: float = 1,
    ) -> None:
        style = ("B" if bold else "") + ("I" if italic else "")
        self.text_block(
            text,
            size=size or self.body_size,
            style=style,
            color=MUTED if muted else INK,
            line_height=line_height,
        )
        self.gap(after)

    def bullets(self, items: Iterable[str], *, size: float | None = None, after: float = 1) -> None:
        """A bulleted list, each item wrapped under its own text rather than under the bullet."""
        indent = 5
        size = size or self.body_size
        self.set_font(FONT, size=size)
        self.set_text_color(*INK)
        for item in items:
            self.cell(indent, size * 0.5, "•")
            self.multi_cell(
                0, size * 0.5, safe_text(item), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
        self.gap(after)

    def link_block(self, title: str, url: str, *, size: float = 10.5) -> None:
        """A title with the address under it, underlined and clickable."""
        self.text_block(title, size=size, style="B", line_height=5.5)
        self.text_block(url, size=size - 1, style="U", color=PRIMARY, line_height=5, link=url)
        self.gap(1.5)

    # -- tables ---------------------------------------------------------------------------

    def simple_table(
        self,
        header: Sequence[str],
        rows: Iterable[Sequence[object]],
        widths: Sequence[float],
        *,
        size: float = 8.5,
        after: float = 2,
    ) -> None:
        """A table with a bold header row under a rule; long cells wrap, and the header is
        repeated on every page the table runs onto. ``widths`` in millimetres, one per column."""
        if len(header) != len(widths):
            raise ValueError("one width per column")
        self.set_font(FONT, size=size)
        self.set_text_color(*INK)
        self.set_draw_color(*MUTED)
        self.set_fill_color(255, 255, 255)  # a chart drawn before may have left a colour
        with self.table(
            col_widths=tuple(widths),
            width=sum(widths),
            align="LEFT",
            text_align="LEFT",
            borders_layout="SINGLE_TOP_LINE",
            cell_fill_mode="NONE",
            headings_style=FontFace(emphasis="BOLD", color=INK),
            line_height=size * 0.6,
            padding=(0.8, 1, 0.8, 0),
        ) as table:
            table.row([safe_text(cell) for cell in header])
            for values in rows:
                cells = [safe_text(cell) for cell in values]
                if len(cells) != len(widths):
                    raise ValueError("one value per column")
                table.row(cells)
        self.gap(after)

    def to_bytes(self) -> bytes:
        return bytes(self.output())
