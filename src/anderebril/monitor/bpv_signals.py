"""The monitor page with signals of internship discrimination, counted over all schools.

Counts come from ``bpv.services`` (never per school); the small-number rule of ``display`` is
applied here as on the other monitor pages: a count below 5 (zero included) is "<5", and when
exactly one row is below 5 the total is hidden too ("—"), so that row cannot be derived.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from anderebril.bpv import services as bpv
from anderebril.monitor.constants import SMALL_NUMBER
from anderebril.monitor.display import HIDDEN, SMALL, Cell, Table, label, number


def _count(value: int) -> Cell:
    return Cell(SMALL, numeric=True) if value < SMALL_NUMBER else number(value)


def counts_table(key: str, title: str, heading: str, counts: list[tuple[str, int]]) -> Table:
    table = Table(key, title, [heading, _("Signalen")])
    for name, value in counts:
        table.rows.append([label(name), _count(value)])
    small = sum(1 for _name, value in counts if value < SMALL_NUMBER)
    total = sum(value for _name, value in counts)
    if total < SMALL_NUMBER:
        total_cell = Cell(SMALL, numeric=True)
    elif small == 1:
        total_cell = Cell(HIDDEN, numeric=True)
    else:
        total_cell = number(total)
    table.rows.append([label(_("Totaal")), total_cell])
    return table


def bpv_signals(request: HttpRequest) -> HttpResponse:
    tables = [
        counts_table("sector", _("BPV-signalen per sector"), _("Sector"), bpv.counts_by_sector()),
        counts_table(
            "soort", _("BPV-signalen per soort"), _("Soort signaal"), bpv.counts_by_kind()
        ),
    ]
    return render(request, "monitor/bpv_signals.html", {"tables": tables})
