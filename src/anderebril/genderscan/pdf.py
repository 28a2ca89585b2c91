"""The scan report and the plan van aanpak as PDF: fpdf2 with its core font Helvetica.

The core font needs no font file; ``core_fonts_encoding`` is set to Windows-1252, which covers
Dutch. Charts are drawn as bars, with the numbers next to them.
"""

from __future__ import annotations

import unicodedata

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from anderebril.genderscan.charts import Chart
from anderebril.genderscan.models import Action
from anderebril.genderscan.reports import Report
from anderebril.organisations.models import Organisation

ENCODING = "windows-1252"
INK = (27, 27, 31)
MUTED = (74, 74, 85)
PRIMARY = (91, 42, 134)
_REPLACEMENTS = str.maketrans({"→": "->", "–": "-", "\u2010": "-", "\u2011": "-", "\u00ad": ""})


def pdf_text(text: object) -> str:
    value = unicodedata.normalize("NFKC", str(text).translate(_REPLACEMENTS))
    return value.encode(ENCODING, errors="replace").decode(ENCODING)


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


class _PDF(FPDF):
    label = ""

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=8)
        self.set_text_color(*MUTED)
        text = _("%(label)s — pagina %(page)s van %(pages)s") % {
            "label": self.label,
            "page": self.page_no(),
            "pages": "{nb}",
        }
        self.cell(0, 8, pdf_text(text), align="C")


def _new(label: str) -> _PDF:
    pdf = _PDF(format="A4")
    pdf.core_fonts_encoding = ENCODING
    pdf.label = pdf_text(label)
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_title(pdf_text(label))
    pdf.set_creator("Andere Bril")
    pdf.add_page()
    return pdf


def _heading(pdf: FPDF, text: str, size: int = 14) -> None:
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", size)
    pdf.set_text_color(*PRIMARY)
    pdf.multi_cell(0, size * 0.5, pdf_text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)


def _paragraph(
    pdf: FPDF, text: str, *, bold: bool = False, muted: bool = False, size: float = 10
) -> None:
    pdf.set_font("Helvetica", "B" if bold else "", size)
    pdf.set_text_color(*(MUTED if muted else INK))
    pdf.multi_cell(0, size * 0.5, pdf_text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)


def _table(pdf: FPDF, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.set_text_color(*INK)
    for text, width in zip(header, widths, strict=True):
        pdf.cell(width, 6, pdf_text(text)[:40], border="B")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 8.5)
    for row in rows:
        if pdf.get_y() > pdf.h - 30:
            pdf.add_page()
        for text, width in zip(row, widths, strict=True):
            limit = int(width / 1.7)
            value = pdf_text(text)
            pdf.cell(width, 5.5, value if len(value) <= limit else value[: limit - 1] + "...")
        pdf.ln(5.5)
    pdf.ln(2)


def _chart(pdf: FPDF, chart: Chart) -> None:
    """Draw the chart's bars scaled to the page width (the SVG geometry in millimetres)."""
    scale = 170 / chart.width
    height = chart.height * scale
    if pdf.get_y() + height > pdf.h - 20:
        pdf.add_page()
    top, left = pdf.get_y(), pdf.l_margin
    pdf.set_font("Helvetica", "", 7.5)
    for label, colour in chart.legend:
        pdf.set_fill_color(*_rgb(colour))
        pdf.rect(left + (label.x - 16) * scale, top + 2 * scale, 3, 3, style="F")
        pdf.set_text_color(*INK)
        pdf.text(left + label.x * scale, top + (label.y + 1) * scale, pdf_text(label.text))
    for label in chart.labels:
        width = pdf.get_string_width(pdf_text(label.text))
        pdf.text(left + label.x * scale - width, top + (label.y + 3) * scale, pdf_text(label.text))
    for bar in chart.bars:
        pdf.set_fill_color(*_rgb(bar.fill))
        pdf.rect(
            left + bar.x * scale,
            top + bar.y * scale,
            bar.width * scale,
            bar.height * scale,
            style="F",
        )
        pdf.text(left + bar.value_x * scale, top + bar.value_y * scale, bar.text)
    pdf.set_y(top + height)
    pdf.ln(2)


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def report_pdf(report: Report) -> bytes:
    scan_round = report.round
    pdf = _new(_("Genderscan %(organisation)s") % {"organisation": scan_round.organisation.name})
    _heading(pdf, f"{scan_round.organisation.name}: {scan_round.title}", 17)
    _paragraph(
        pdf,
        _("%(questionnaire)s, schooljaar %(year)s. Status: %(status)s. Gemaakt op %(date)s.")
        % {
            "questionnaire": report.questionnaire.label,
            "year": scan_round.school_year_label,
            "status": scan_round.get_status_display(),
            "date": formats.date_format(timezone.localdate()),
        },
        muted=True,
    )
    _heading(pdf, _("Reacties per groep"))
    _table(
        pdf,
        [_("Groep"), _("Reacties"), _("Uitkomst getoond")],
        [
            [label, str(count), _("ja") if shown else _("nee, minder dan vijf")]
            for label, count, shown in report.counts
        ],
        [70, 30, 70],
    )
    _heading(pdf, _("Scores per thema"))
    if report.has_scores:
        _chart(pdf, report.score_chart)
    _table(
        pdf,
        [_("Thema"), *report.group_labels, _("Totaal")],
        [[t.title, *(_number(s) for s in t.groups), _number(t.overall)] for t in report.themes],
        [46, *([100 / max(1, len(report.group_labels))] * len(report.group_labels)), 24],
    )
    if report.questionnaire.key == "school":
        _table(
            pdf,
            [_("Thema"), _("Management"), _("Studenten"), _("Verschil")],
            [
                [t.title, _number(t.management), _number(t.students), _number(t.gap)]
                for t in report.themes
            ],
            [70, 33, 33, 34],
        )
    kpis = report.kpis
    if kpis.has_figures:
        _heading(pdf, _("Kerncijfers %(year)s") % {"year": scan_round.school_year_label})
        national = kpis.national_reference.value if kpis.national_reference else None
        _table(
            pdf,
            [_("Kerncijfer"), _("Waarde")],
            [
                [_("Aandeel vrouwen in de instroom (%)"), _number(kpis.share_women_intake)],
                [_("Landelijke referentie (%)"), _number(national)],
                [
                    _("Referentie voor de sectoren van de school (%)"),
                    _number(kpis.sector_reference),
                ],
                [
                    _("Behoud vrouwen / mannen (%)"),
                    f"{_number(kpis.retention_women)} / {_number(kpis.retention_men)}",
                ],
                [_("Verschil in behoud (procentpunt)"), _number(kpis.retention_gap)],
            ],
            [120, 50],
        )
    if report.previous and report.comparison_chart:
        _heading(pdf, _("Vergelijking met %(previous)s") % {"previous": report.previous.title})
        _chart(pdf, report.comparison_chart)
        _table(
            pdf,
            [_("Onderdeel"), _("Vorige"), _("Nu"), _("Verschil")],
            [
                [r.label, _number(r.previous), _number(r.current), _number(r.delta)]
                for r in report.comparison + report.kpi_comparison
            ],
            [100, 23, 23, 24],
        )
    if report.benchmark_shown:
        _heading(pdf, _("Vergelijking met andere organisaties (anoniem)"))
        _table(
            pdf,
            [_("Thema"), _("Eigen score"), _("Landelijk"), _("Regio")],
            [
                [
                    title,
                    _number(row.own),
                    _number(row.national.average),
                    _number(row.region.average) if row.region else "-",
                ]
                for title, row in report.benchmark
            ],
            [80, 30, 30, 30],
        )
    if report.advice:
        _heading(pdf, _("Advies"))
        if report.advice.summary:
            _paragraph(pdf, report.advice.summary)
        for label, items in report.advice_groups:
            _paragraph(pdf, label, bold=True, size=11)
            for item in items:
                _paragraph(pdf, item.title, bold=True)
                _paragraph(pdf, item.body)
                if item.source:
                    _paragraph(
                        pdf, _("Bron: %(source)s") % {"source": item.source}, muted=True, size=8.5
                    )
    return bytes(pdf.output())


def plan_pdf(organisation: Organisation, actions: list[Action], themes: dict[str, str]) -> bytes:
    pdf = _new(_("Plan van aanpak %(organisation)s") % {"organisation": organisation.name})
    _heading(pdf, _("Plan van aanpak: %(organisation)s") % {"organisation": organisation.name}, 17)
    _paragraph(
        pdf,
        _("Stand van %(date)s.") % {"date": formats.date_format(timezone.localdate())},
        muted=True,
    )
    if not actions:
        _paragraph(pdf, _("Er zijn nog geen acties."))
    for action in actions:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        title = action.title + (f" — {_('TE LAAT')}" if action.is_overdue else "")
        _paragraph(pdf, title, bold=True, size=11)
        _paragraph(
            pdf,
            _("Thema: %(theme)s · Eigenaar: %(owner)s · Deadline: %(due)s · Status: %(status)s")
            % {
                "theme": themes.get(action.theme, action.theme or "-"),
                "owner": action.owner,
                "due": formats.date_format(action.due_date),
                "status": action.get_status_display(),
            },
            muted=True,
            size=9,
        )
        if action.indicator:
            _paragraph(pdf, _("Indicator: %(indicator)s") % {"indicator": action.indicator}, size=9)
        if action.description:
            _paragraph(pdf, action.description, size=9)
        pdf.ln(1)
    return bytes(pdf.output())
