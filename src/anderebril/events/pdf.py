"""The event report as a PDF, on the shared ``core.pdf.ReportPDF`` (fpdf2, Helvetica)."""

from __future__ import annotations

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from anderebril.core.pdf import ReportPDF
from anderebril.events.services import EventReport


class _Writer:
    """The event report's spacing on top of ``ReportPDF``."""

    def __init__(self, pdf: ReportPDF) -> None:
        self.pdf = pdf

    def heading(self, text: str, size: int = 15) -> None:
        self.pdf.heading(text, size, before=3, after=1)

    def paragraph(self, text: str, *, bold: bool = False, muted: bool = False) -> None:
        self.pdf.paragraph(text, bold=bold, muted=muted, line_height=5.5, after=1.5)

    def link(self, title: str, url: str) -> None:
        self.pdf.link_block(title, url)


def render_report_pdf(report: EventReport) -> bytes:
    event = report.event
    pdf = ReportPDF(
        title=_("Verslag: %(title)s") % {"title": event.title},
        footer_label=_("Andere Bril — evenementverslag"),
    )
    w = _Writer(pdf)

    w.heading(_("Verslag"), 11)
    w.heading(event.title, 20)
    start, end = timezone.localtime(event.starts_at), timezone.localtime(event.ends_at)
    when = formats.date_format(start, "j F Y")
    if end.date() != start.date():
        when = f"{when} – {formats.date_format(end, 'j F Y')}"
    w.paragraph(f"{event.get_kind_display()} — {event.get_format_display()} — {when}", muted=True)
    if event.summary:
        w.paragraph(event.summary)
    if report.participant_count is not None:
        w.paragraph(_("%(count)s deelnemers") % {"count": report.participant_count}, muted=True)

    if report.speakers:
        w.heading(_("Sprekers"))
        for speaker in report.speakers:
            who = ", ".join(part for part in (speaker.name, speaker.organisation) if part)
            w.paragraph(who, bold=True)
            w.paragraph(speaker.topic, muted=True)

    if report.takeaways:
        w.heading(_("Key take-aways"))
        for theme, items in report.takeaways:
            w.heading(theme, 12)
            for item in items:
                w.paragraph(item.title, bold=True)
                w.paragraph(item.summary)

    if report.links:
        w.heading(_("Gedeelde links"))
        for item in report.links:
            w.link(item.title, item.url)

    if report.collage:
        w.heading(_("Netwerkmoment: onze female superheroes"))
        for tile in report.collage:
            named = ngettext("%(count)s keer genoemd", "%(count)s keer genoemd", tile.count) % {
                "count": tile.count
            }
            w.paragraph(f"{tile.heroine} ({named})", bold=True)
            if tile.description:
                w.paragraph(tile.description, muted=True)
            for reason in tile.reasons:
                text = reason.why
                if reason.chosen_by:
                    chosen = ", ".join(p for p in (reason.chosen_by, reason.organisation) if p)
                    by = _("gekozen door %(name)s") % {"name": chosen}
                    text = f"{text} — {by}" if text else by
                w.paragraph(text)

    if report.contacts is not None:
        w.heading(_("Contactlijst"))
        w.paragraph(
            _(
                "Alleen deelnemers die daar toestemming voor gaven, en alleen de gegevens "
                "waarvoor zij toestemming gaven. Vertrouwelijk: alleen voor netwerkleden."
            ),
            muted=True,
        )
        if not report.contacts:
            w.paragraph(_("Niemand heeft contactgegevens gedeeld."))
        for row in report.contacts:
            details = " — ".join(p for p in (row.organisation, row.email, row.phone) if p)
            w.paragraph(f"{row.name}: {details}")
    return pdf.to_bytes()
