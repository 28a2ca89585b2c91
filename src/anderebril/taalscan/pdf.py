"""The taalscan report as a PDF, on the shared ``core.pdf.ReportPDF`` (fpdf2, Helvetica)."""

from __future__ import annotations

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from fpdf.enums import XPos, YPos

from anderebril.core.pdf import FONT, INK, MUTED, PRIMARY, ReportPDF, safe_text
from anderebril.taalscan.constants import ScanLanguage, Strategy
from anderebril.taalscan.services import FindingView, ScanResult


def render_pdf(result: ScanResult) -> bytes:
    pdf = ReportPDF(
        title=_("Taalscan-rapport"),
        footer_label=_("Andere Bril — taalscan"),
        created=result.created,
    )
    writer = _Writer(pdf)
    writer.title(result)
    writer.summary(result)
    writer.score(result)
    writer.findings(result)
    return pdf.to_bytes()


class _Writer:
    def __init__(self, pdf: ReportPDF) -> None:
        self.pdf = pdf

    def text(
        self, text: str, *, size: float = 10.5, style: str = "", color: tuple[int, int, int] = INK
    ) -> None:
        self.pdf.text_block(text, size=size, style=style, color=color)

    def gap(self, height: float = 3) -> None:
        self.pdf.gap(height)

    def heading(self, text: str, size: float = 14) -> None:
        self.pdf.heading(text, size, before=4, after=1.5, keep_with_next=30)

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
        pdf.set_font(FONT, size=10.5)
        pdf.set_text_color(*INK)
        for group in result.groups():
            pdf.cell(120, 6, safe_text(f"{group.marker}  {group.label}"))
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
        self.pdf.ensure_space(25)
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
