"""The audit as CSV: one row per image, every cell guarded against spreadsheet formulas."""

from __future__ import annotations

import csv
import io

from django.utils.translation import gettext as _

from anderebril.core.spreadsheets import formula_safe
from anderebril.imagescan.codes import key
from anderebril.imagescan.constants import Gender, Role, Setting
from anderebril.imagescan.models import Audit, Tagging


def audit_csv(audit: Audit) -> str:
    first: dict[int, Tagging] = {}
    for earlier in Tagging.objects.filter(image__audit=audit).order_by("created_at", "id"):
        first.setdefault(earlier.image_id, earlier)
    people = [(gender, role) for gender in Gender for role in Role]
    header = [
        _("Nr."),
        _("Bestand"),
        _("Fout"),
        _("Webpagina"),
        _("Alt-tekst"),
        _("Alt-tekst aanwezig"),
        _("Bijschrift"),
        _("Figcaption"),
        _("Trefwoorden"),
        _("Maker en rechten"),
        _("Getagd"),
        _("Omgeving"),
        *[f"{gender.label}, {role.label}" for gender, role in people],
        _("Taalscan-vondsten"),
    ]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for image in audit.images.order_by("position"):
        tagging = first.get(image.pk)
        counts = tagging.counts if tagging else {}
        row = [
            str(image.position),
            image.name,
            image.error,
            image.page,
            image.alt_text,
            str(image.get_alt_status_display()) if image.page else "",
            image.caption,
            image.figcaption,
            ", ".join(image.keywords),
            image.credit,
            _("ja") if tagging else _("nee"),
            str(Setting(tagging.setting).label) if tagging else "",
            *[str(counts.get(key(g, r), 0)) if tagging else "" for g, r in people],
            "; ".join(f"{f['text']}: {f['message']}" for f in image.text_findings),
        ]
        writer.writerow([formula_safe(cell) for cell in row])
    return buffer.getvalue()
