"""The scan report and the plan van aanpak as PDF, on the shared ``core.pdf.ReportPDF``.

Charts are drawn as bars, with the numbers next to them.
"""

from __future__ import annotations

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from anderebril.core.pdf import FONT, INK, ReportPDF, safe_text
from anderebril.genderscan.charts import Chart
from anderebril.genderscan.models import Action
from anderebril.genderscan.reports import Report
from anderebril.organisations.models import Organisation


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def _kpi(value: float | None) -> str:
    """A KPI, or "niet ingevuld" when the counts it needs are not known (never a zero)."""
    return _("niet ingevuld") if value is None else f"{value:g}"


def _new(label: str) -> ReportPDF:
    return ReportPDF(title=label, footer_label=label, margin=10, bottom_margin=18, body_size=10)


def _chart(pdf: ReportPDF, chart: Chart) -> None:
    """Draw the chart's bars scaled to the page width (the SVG geometry in millimetres)."""
    scale = 170 / chart.width
    height = chart.height * scale
    pdf.ensure_space(height)
    top, left = pdf.get_y(), pdf.l_margin
    pdf.set_font(FONT, "", 7.5)
    for label, colour in chart.legend:
        pdf.set_fill_color(*_rgb(colour))
        pdf.rect(left + (label.x - 16) * scale, top + 2 * scale, 3, 3, style="F")
        pdf.set_text_color(*INK)
        pdf.text(left + label.x * scale, top + (label.y + 1) * scale, safe_text(label.text))
    for label in chart.labels:
        width = pdf.get_string_width(safe_text(label.text))
        pdf.text(left + label.x * scale - width, top + (label.y + 3) * scale, safe_text(label.text))
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


def _shown(report: Report, count: int, shown: bool) -> str:
    if shown:
        return _("ja")
    if report.is_open and count >= report.min_responses:
        return _("na het sluiten van de ronde")
    return _("nee, minder dan vijf")


def _scores(pdf: ReportPDF, report: Report) -> None:
    if report.has_scores:
        _chart(pdf, report.score_chart)
    pdf.simple_table(
        [_("Thema"), *report.group_labels, _("Totaal")],
        [[t.title, *(_number(s) for s in t.groups), _number(t.overall)] for t in report.themes],
        [46, *([100 / max(1, len(report.group_labels))] * len(report.group_labels)), 24],
        size=7,
    )
    if report.questionnaire.key == "school":
        pdf.simple_table(
            [_("Thema"), _("Management"), _("Studenten"), _("Verschil")],
            [
                [t.title, _number(t.management), _number(t.students), _number(t.gap)]
                for t in report.themes
            ],
            [70, 33, 33, 34],
        )


def report_pdf(report: Report) -> bytes:
    scan_round = report.round
    pdf = _new(_("Genderscan %(organisation)s") % {"organisation": scan_round.organisation.name})
    pdf.heading(f"{scan_round.organisation.name}: {scan_round.title}", 17)
    pdf.paragraph(
        _("%(questionnaire)s, schooljaar %(year)s. Status: %(status)s. Gemaakt op %(date)s.")
        % {
            "questionnaire": report.questionnaire.label,
            "year": scan_round.school_year_label,
            "status": scan_round.get_status_display(),
            "date": formats.date_format(timezone.localdate()),
        },
        muted=True,
    )
    pdf.heading(_("Reacties per groep"))
    pdf.simple_table(
        [_("Groep"), _("Reacties"), _("Uitkomst getoond")],
        [[label, str(n), _shown(report, n, shown)] for label, n, shown in report.counts],
        [70, 30, 70],
    )
    pdf.heading(_("Scores per thema"))
    if report.is_open:
        pdf.paragraph(
            _(
                "De ronde loopt nog. De scores verschijnen zodra de ronde gesloten is, zodat "
                "niemand uit een tussenstand kan afleiden wat één persoon heeft geantwoord."
            )
        )
    else:
        _scores(pdf, report)
    kpis = report.kpis
    if kpis.has_figures:
        pdf.heading(_("Kerncijfers %(year)s") % {"year": scan_round.school_year_label})
        national = kpis.national_reference.value if kpis.national_reference else None
        pdf.simple_table(
            [_("Kerncijfer"), _("Waarde")],
            [
                [_("Aandeel vrouwen in de instroom (%)"), _kpi(kpis.share_women_intake)],
                [_("Landelijke referentie (%)"), _number(national)],
                [
                    _("Referentie voor de sectoren van de school (%)"),
                    _number(kpis.sector_reference),
                ],
                [
                    _("Behoud vrouwen / mannen (%)"),
                    f"{_kpi(kpis.retention_women)} / {_kpi(kpis.retention_men)}",
                ],
                [_("Verschil in behoud (procentpunt)"), _kpi(kpis.retention_gap)],
            ],
            [120, 50],
        )
        missing = max(kpis.intake_missing, kpis.retention_missing)
        if missing:
            pdf.paragraph(
                _(
                    "Opleidingen met een niet ingevuld of onbekend aantal tellen niet mee in de "
                    "kerncijfers waarvoor dat aantal nodig is (%(count)s van %(total)s)."
                )
                % {"count": missing, "total": len(kpis.programmes)},
                muted=True,
                size=8.5,
            )
    if report.previous and report.comparison_chart:
        pdf.heading(_("Vergelijking met %(previous)s") % {"previous": report.previous.title})
        _chart(pdf, report.comparison_chart)
        pdf.simple_table(
            [_("Onderdeel"), _("Vorige"), _("Nu"), _("Verschil")],
            [
                [r.label, _number(r.previous), _number(r.current), _number(r.delta)]
                for r in report.comparison + report.kpi_comparison
            ],
            [100, 23, 23, 24],
        )
    if report.benchmark_shown:
        pdf.heading(_("Vergelijking met andere organisaties (anoniem)"))
        pdf.simple_table(
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
        pdf.heading(_("Advies"))
        if report.advice.summary:
            pdf.paragraph(report.advice.summary)
        for label, items in report.advice_groups:
            pdf.paragraph(label, bold=True, size=11)
            for item in items:
                pdf.paragraph(item.title, bold=True)
                pdf.paragraph(item.body)
                if item.source:
                    pdf.paragraph(
                        _("Bron: %(source)s") % {"source": item.source}, muted=True, size=8.5
                    )
    return pdf.to_bytes()


def plan_pdf(organisation: Organisation, actions: list[Action], themes: dict[str, str]) -> bytes:
    pdf = _new(_("Plan van aanpak %(organisation)s") % {"organisation": organisation.name})
    pdf.heading(_("Plan van aanpak: %(organisation)s") % {"organisation": organisation.name}, 17)
    pdf.paragraph(
        _("Stand van %(date)s.") % {"date": formats.date_format(timezone.localdate())},
        muted=True,
    )
    if not actions:
        pdf.paragraph(_("Er zijn nog geen acties."))
    for action in actions:
        pdf.ensure_space(32)
        title = action.title + (f" — {_('TE LAAT')}" if action.is_overdue else "")
        pdf.paragraph(title, bold=True, size=11)
        pdf.paragraph(
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
            pdf.paragraph(_("Indicator: %(indicator)s") % {"indicator": action.indicator}, size=9)
        if action.description:
            pdf.paragraph(action.description, size=9)
        pdf.ln(1)
    return pdf.to_bytes()
