"""The seam to the monitor app (DUO open data); only ``anderebril.monitor.services`` is used.

- ``monitor_figures`` — the school's DUO figures per crebo and school year, by sex, to pre-fill
  the figures form (``services.prefill_from_monitor``). DUO publishes enrolments and
  diplomas, not intake or drop-out: those stay unknown for the school to enter.
- ``monitor_reference_share`` — the share of women in the intake, nationally or per sector.
  DUO's open data counts all enrolled students, not new entrants, so there is no intake
  reference to take from it; the YAML references stay in use.
"""

from __future__ import annotations

from typing import Any

from anderebril.organisations.models import Organisation


def monitor_figures(organisation: Organisation) -> list[dict[str, Any]]:
    """Rows shaped like ``figures.COLUMNS`` fields (crebo, school_year, enrolled_women, ...),
    from the DUO files imported in the monitor; [] for an organisation without a BRIN code or
    without imported figures. A count DUO published as unknown (``-1``) is ``None``, which the
    figures store as unknown (NULL) — never as a number DUO did not publish."""
    if not organisation.brin_code:
        return []
    from anderebril.monitor.services import programme_figures_for_school

    return programme_figures_for_school(organisation.brin_code)


def monitor_reference_share(school_year: int, sector: str | None) -> float | None:
    """The share of women (percent) in the technical intake, ``sector=None`` for national.

    DUO's open data has no intake by sex, so this returns ``None`` and the YAML references
    are used.
    """
    return None
