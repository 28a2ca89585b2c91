"""The audit report as a PDF, with the house setup of `anderebril.core.pdf` (fpdf2, Helvetica,
Windows-1252)."""

from __future__ import annotations

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from fpdf.enums import XPos, YPos

from anderebril.core.pdf import FONT, INK, MUTED, PRIMARY, ReportPDF
from anderebril.core.pdf import safe_text as pdf_text
from anderebril.imagescan.figures import Report, Share, comparison


def percent(value: float | None) -> str:
    return _("te weinig") if value is None else f"{formats.number_format(value, 0)}%"


def render_pdf(report: Report, previous: Report | None = None) -> bytes:
    pdf = ReportPDF(title=_("Beeldscan-rapport"), footer_label=_("Andere Bril — beeldscan"))
    w = _Writer(pdf)
    audit = report.audit
    w.text(_("Beeldscan-rapport"), size=20, style="B", color=PRIMARY)
    w.text(audit.title, size=13, style="B")
    created = formats.date_format(timezone.localtime(audit.created_at), "j F Y")
    w.text(
        _("%(organisation)s, audit van %(date)s") % {"organisation": audit.organisation,
                                                     "date": created},
        color=MUTED,
    )  # fmt: skip
    w.heading(_("Samenvatting"))
    w.row(_("Beelden"), str(report.images))
    w.row(_("Getagd"), str(report.tagged))
    w.row(_("Niet ingelezen"), str(report.skipped))
    w.row(_("Mensen in beeld"), str(report.people.total))
    w.row(_("Aandeel vrouwen"), percent(report.people.share_women))
    w.row(
        _("Vrouwen bij technisch werk (doel %(target)s%%)") % {"target": report.target},
        percent(report.technical.share_women),
    )
    w.row(_("Beelden zonder alt-tekst"), str(len(report.missing_alt)))
    w.row(_("Taalscan-vondsten"), str(report.findings))
    w.heading(_("Wat opvalt"))
    for pattern in report.patterns or [
        _("Geen van de patronen waarvoor het programma waarschuwt.")
    ]:
        w.text(f"- {pattern}")
    w.heading(_("Per rol"))
    w.table(report.by_role)
    w.heading(_("Per omgeving"))
    w.table(report.by_setting)
    if report.agreement is not None:
        a = report.agreement
        w.heading(_("Overeenstemming tussen beoordelaars"))
        kappa = "-" if a.kappa is None else formats.number_format(a.kappa, 2)
        w.text(
            _(
                "%(images)s beelden door twee beoordelaars getagd. Zelfde samenstelling: "
                "%(percent)s (Cohens kappa %(kappa)s). Precies gelijk: %(exact)s. Zelfde "
                "omgeving: %(setting)s."
            )
            % {
                "images": a.images,
                "percent": percent(a.percent),
                "kappa": kappa,
                "exact": percent(a.exact_percent),
                "setting": percent(a.setting_percent),
            }
        )
    if previous is not None:
        w.heading(_("Vergeleken met de vorige audit"))
        for label, before, now in comparison(report, previous):
            w.row(label, f"{_number(before)} -> {_number(now)}")
    if report.missing_alt:
        w.heading(_("Beelden zonder alt-tekst"))
        for element in report.missing_alt:
            w.text(f"- {element.src} ({element.page})", size=9.5)
    if report.images_with_findings:
        w.heading(_("Taalscan in bijschriften en alt-teksten"))
        for image in report.images_with_findings:
            for finding in image.text_findings:
                w.text(f"- {image.name}: “{finding['text']}” — {finding['message']}", size=9.5)
    return pdf.to_bytes()


def _number(value: float | None) -> str:
    if value is None:
        return _("te weinig")
    return formats.number_format(value, 0 if float(value).is_integer() else 1)


class _Writer:
    def __init__(self, pdf: ReportPDF) -> None:
        self.pdf = pdf

    def text(
        self, text: str, *, size: float = 10.5, style: str = "", color: tuple[int, int, int] = INK
    ) -> None:
        self.pdf.text_block(text, size=size, style=style, color=color)

    def heading(self, text: str) -> None:
        # a new page when less than 30 mm is left above the bottom margin
        self.pdf.heading(text, 14, before=4, after=1.5, keep_with_next=19)

    def row(self, label: str, value: str) -> None:
        self.pdf.set_font(FONT, size=10.5)
        self.pdf.set_text_color(*INK)
        self.pdf.cell(120, 6, pdf_text(label))
        self.pdf.cell(0, 6, pdf_text(value), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def table(self, shares: list[Share]) -> None:
        pdf = self.pdf
        pdf.set_font(FONT, style="B", size=9.5)
        pdf.set_text_color(*INK)
        for text, width in ((_("Groep"), 64), (_("Vrouw"), 22), (_("Man"), 22),
                            (_("Onduidelijk"), 26), (_("Aandeel vrouwen"), 0)):  # fmt: skip
            pdf.cell(width, 6, pdf_text(text))
        pdf.ln(6)
        pdf.set_font(FONT, size=9.5)
        for share in shares:
            pdf.cell(64, 6, pdf_text(share.label))
            pdf.cell(22, 6, str(share.women))
            pdf.cell(22, 6, str(share.men))
            pdf.cell(26, 6, str(share.unclear))
            pdf.cell(0, 6, pdf_text(percent(share.share_women)), new_x=XPos.LMARGIN,
                     new_y=YPos.NEXT)  # fmt: skip
