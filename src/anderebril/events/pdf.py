"""The event report as a PDF, like the programme report: fpdf2 with its core font Helvetica.

The core font needs no font file but knows only Windows-1252, which covers Dutch; other
characters are replaced.
"""

from __future__ import annotations

import unicodedata

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from anderebril.events.services import EventReport

ENCODING = "windows-1252"
INK = (27, 27, 31)
MUTED = (74, 74, 85)
PRIMARY = (91, 42, 134)
_REPLACEMENTS = str.maketrans({"→": "->", "\u2010": "-", "\u2011": "-", "\u00ad": ""})


def pdf_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text).translate(_REPLACEMENTS))
    return text.encode(ENCODING, errors="replace").decode(ENCODING)


class _ReportPDF(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=8)
        self.set_text_color(*MUTED)
        label = _("Andere Bril — evenementverslag — pagina %(page)s van %(pages)s") % {
            "page": self.page_no(),
            "pages": "{nb}",
        }
        self.cell(0, 8, pdf_text(label), align="C")


class _Writer:
    def __init__(self, pdf: FPDF) -> None:
        self.pdf = pdf

    def heading(self, text: str, size: int = 15) -> None:
        self.pdf.ln(3)
        self.pdf.set_font("Helvetica", "B", size)
        self.pdf.set_text_color(*PRIMARY)
        self.pdf.multi_cell(0, size * 0.5, pdf_text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(1)

    def paragraph(self, text: str, *, bold: bool = False, muted: bool = False) -> None:
        self.pdf.set_font("Helvetica", "B" if bold else "", 10.5)
        self.pdf.set_text_color(*(MUTED if muted else INK))
        self.pdf.multi_cell(0, 5.5, pdf_text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(1.5)

    def link(self, title: str, url: str) -> None:
        self.pdf.set_font("Helvetica", "B", 10.5)
        self.pdf.set_text_color(*INK)
        self.pdf.multi_cell(0, 5.5, pdf_text(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.set_font("Helvetica", "U", 9.5)
        self.pdf.set_text_color(*PRIMARY)
        self.pdf.multi_cell(0, 5, pdf_text(url), link=url, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.pdf.ln(1.5)


def render_report_pdf(report: EventReport) -> bytes:
    event = report.event
    pdf = _ReportPDF(format="A4")
    pdf.core_fonts_encoding = ENCODING
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_title(pdf_text(_("Verslag: %(title)s") % {"title": event.title}))
    pdf.set_author("Andere Bril")
    pdf.set_lang("nl")
    pdf.set_creation_date(timezone.now())
    pdf.add_page()
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
    return bytes(pdf.output())
