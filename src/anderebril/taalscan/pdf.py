"""The taalscan report as a PDF, built in memory with fpdf2 and its core font Helvetica.

Core fonts need no font file (nothing to ship or fetch) but know only one 8-bit encoding; we use
Windows-1252, which covers Dutch, curly quotes, dashes and the euro sign, and replace the rare
character outside it.
"""

from __future__ import annotations

import unicodedata

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from anderebril.taalscan.constants import ScanLanguage, Strategy
from anderebril.taalscan.services import FindingView, ScanResult

ENCODING = "windows-1252"
_REPLACEMENTS = str.maketrans(
    {
        "→": "->",
        "←": "<-",
        "≥": ">=",
        "≤": "<=",
        "≠": "!=",
        "\u2010": "-",
        "\u2011": "-",
        "\u2212": "-",
        "\u00ad": "",
        "\u200b": "",
        "\u2009": " ",
        "\u202f": " ",
        "\u2002": " ",
        "\u2003": " ",
    }
)
INK = (27, 27, 31)
MUTED = (74, 74, 85)
PRIMARY = (91, 42, 134)


def pdf_text(text: str) -> str:
    """``text`` with every character the core font cannot show replaced."""
    text = unicodedata.normalize("NFKC", text.translate(_REPLACEMENTS))
    return text.encode(ENCODING, errors="replace").decode(ENCODING)


class ReportPDF(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=8)
        self.set_text_color(*MUTED)
        label = _("Andere Bril — taalscan — pagina %(page)s van %(pages)s") % {
            "page": self.page_no(),
            "pages": "{nb}",
        }
        self.cell(0, 8, pdf_text(label), align="C")


def render_pdf(result: ScanResult) -> bytes:
    pdf = ReportPDF(format="A4")
    pdf.core_fonts_encoding = ENCODING
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_title(pdf_text(_("Taalscan-rapport")))
    pdf.set_author("Andere Bril")
    pdf.set_lang("nl")
    pdf.set_creation_date(result.created)
    pdf.add_page()
    writer = _Writer(pdf)
    writer.title(result)
    writer.summary(result)
    writer.score(result)
    writer.findings(result)
    return bytes(pdf.output())


class _Writer:
    def __init__(self, pdf: FPDF) -> None:
        self.pdf = pdf

    def text(
        self, text: str, *, size: float = 10.5, style: str = "", color: tuple[int, int, int] = INK
    ) -> None:
        self.pdf.set_font("Helvetica", style=style, size=size)
        self.pdf.set_text_color(*color)
        self.pdf.multi_cell(
            0, size * 0.5, pdf_text(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )

    def gap(self, height: float = 3) -> None:
        self.pdf.ln(height)

    def heading(self, text: str, size: float = 14) -> None:
        if self.pdf.get_y() > self.pdf.h - 50:
            self.pdf.add_page()
        self.gap(4)
        self.text(text, size=size, style="B", color=PRIMARY)
        self.gap(1.5)

    def title(self, result: ScanResult) -> None:
        self.text(_("Taalscan-rapport"), size=20, style="B", color=PRIMARY)
        self.gap(2)
        source = result.path if result.is_document else _("geplakte tekst")
        created = formats.date_format(timezone.localtime(result.created), "j F Y, H:i")
        lines = [
            _("Tekst: %(source)s") % {"source": source},
            _("Gescand op: %(date)s") % {"date": created},
            _("Alternatieven: %(strategy)s") % {"strategy": _choice(Strategy, result.strategy)},
            _("Taal: %(language)s") % {"language": _choice(ScanLanguage, result.language)},
        ]
        if result.pages:
            lines.append(_("Pagina's: %(pages)s") % {"pages": result.pages})
        for line in lines:
            self.text(line, color=MUTED)
        self.gap(2)
        self.text(
            _(
                "Andere Bril heeft deze tekst niet bewaard: dit rapport is het enige dat van de "
                "scan overblijft."
            ),
            size=9,
            style="I",
            color=MUTED,
        )

    def summary(self, result: ScanResult) -> None:
        self.heading(_("Samenvatting"))
        if not result.findings:
            self.text(_("De taalscan heeft in deze tekst niets gevonden."))
            return
        self.text(
            ngettext(
                "De taalscan vond %(count)s plek om naar te kijken.",
                "De taalscan vond %(count)s plekken om naar te kijken.",
                result.total,
            )
            % {"count": result.total}
        )
        self.gap(1)
        pdf = self.pdf
        pdf.set_font("Helvetica", size=10.5)
        pdf.set_text_color(*INK)
        for group in result.groups():
            pdf.cell(120, 6, pdf_text(f"{group.marker}  {group.label}"))
            pdf.cell(0, 6, str(group.count), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def score(self, result: ScanResult) -> None:
        score = result.score
        self.heading(_("Gekleurde woorden"))
        self.text(
            _(
                "Mannelijk gekleurde woorden: %(masculine)s. Vrouwelijk gekleurde woorden: "
                "%(feminine)s. Samen %(per_1000)s per 1000 woorden."
            )
            % {
                "masculine": score.get("masculine", 0),
                "feminine": score.get("feminine", 0),
                "per_1000": formats.number_format(score.get("per_1000_words", 0.0), 1),
            }
        )
        if score.get("verdict"):
            self.text(str(score["verdict"]))
        self.gap(1)
        self.text(
            _(
                "Dit is een risicosignaal, geen oordeel. Veldonderzoek vindt kleine effecten van "
                "zulke woorden op wie solliciteert. Beschrijf vaardigheden liever als gedrag: niet "
                "‘stressbestendig’ maar ‘in drukke periodes houd je het hoofd koel’."
            ),
            size=9.5,
            color=MUTED,
        )

    def findings(self, result: ScanResult) -> None:
        for group in result.groups():
            self.heading(f"{group.label} ({group.count})")
            self.text(group.help, size=9.5, color=MUTED)
            for finding in group.findings:
                self.finding(finding)

    def finding(self, finding: FindingView) -> None:
        if self.pdf.get_y() > self.pdf.h - 45:
            self.pdf.add_page()
        self.gap(2.5)
        self.text(
            f"{finding.number}. “{finding.text}” — {finding.severity_label}", size=11, style="B"
        )
        where = finding.where
        if where:
            self.text(where, size=9, color=MUTED)
        context = f"…{finding.before} [{finding.text}] {finding.after}…"
        self.text(context, size=10, style="I")
        self.text(finding.message)
        if finding.suggestions:
            self.text(
                _("Alternatieven: %(suggestions)s")
                % {"suggestions": ", ".join(finding.suggestions)},
                style="B",
            )
        if finding.explanation:
            self.text(finding.explanation, size=9.5)
        if finding.source:
            self.text(_("Bron: %(source)s") % {"source": finding.source}, size=9, color=MUTED)


def _choice(choices: type[Strategy] | type[ScanLanguage], value: str) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return value
