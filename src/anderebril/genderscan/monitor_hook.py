"""The seam to the monitor app (DUO open data), which is being built alongside this one.

Nothing here imports ``anderebril.monitor`` yet. When the monitor offers a service for it,
fill in these two functions; every caller in the genderscan already uses them:

- ``monitor_figures`` — the school's DUO figures per crebo and school year, by sex, to pre-fill
  the figures form (``services.prefill_from_monitor``);
- ``monitor_reference_share`` — the share of women in the intake, nationally or per sector.
"""

from __future__ import annotations

from typing import Any

from anderebril.organisations.models import Organisation


def monitor_figures(organisation: Organisation) -> list[dict[str, Any]]:
    """Rows shaped like ``figures.COLUMNS`` fields (crebo, school_year, intake_women, ...).

    Returns nothing until the monitor app offers DUO figures per school.
    """
    return []


def monitor_reference_share(school_year: int, sector: str | None) -> float | None:
    """The share of women (percent) in the technical intake, ``sector=None`` for national.

    Returns ``None`` until the monitor app offers it; the YAML references are used instead.
    """
    return None
