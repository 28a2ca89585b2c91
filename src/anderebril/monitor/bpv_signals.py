"""The monitor page with signals of internship discrimination, counted over all schools.

Counts come from ``bpv.services`` (never per school). Both tables count the same signals, so
they share one total, shown only when it is at least 5. A count below 5 (zero included) is
"<5". Since ``total − shown rows`` is the sum of the hidden rows, the hidden rows of a table
must be at least two and add up to at least 5; until they do, the smallest shown row is hidden
too ("—", secondary suppression). Then no hidden count can be derived, within a table or by
taking the total of the other table.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from anderebril.bpv import services as bpv
from anderebril.monitor.constants import SMALL_NUMBER
from anderebril.monitor.display import HIDDEN, SMALL, Cell, Table, label, number

#: At least this many rows are hidden in a table that hides any.
MIN_HIDDEN_ROWS = 2


def hidden_rows(values: list[int]) -> set[int]:
    """Indexes of the rows to hide: those below 5, plus the smallest others until the hidden
    rows are at least two and add up to at least 5 (or every row is hidden)."""
    hidden = {index for index, value in enumerate(values) if value < SMALL_NUMBER}

    def protected() -> bool:
        return not hidden or (
            len(hidden) >= MIN_HIDDEN_ROWS and sum(values[i] for i in hidden) >= SMALL_NUMBER
        )

    shown = sorted((i for i in range(len(values)) if i not in hidden), key=lambda i: values[i])
    while not protected() and shown:
        hidden.add(shown.pop(0))
    return hidden


def counts_table(key: str, title: str, heading: str, counts: list[tuple[str, int]]) -> Table:
    """A table of counts with its total; see the module docstring for what is hidden."""
    table = Table(key, title, [heading, _("Signalen")])
    values = [value for _name, value in counts]
    hidden = hidden_rows(values)
    for index, (name, value) in enumerate(counts):
        if index not in hidden:
            cell = number(value)
        elif value < SMALL_NUMBER:
            cell = Cell(SMALL, numeric=True)
        else:
            cell = Cell(HIDDEN, numeric=True)
        table.rows.append([label(name), cell])
    total = sum(values)
    total_cell = number(total) if total >= SMALL_NUMBER else Cell(SMALL, numeric=True)
    table.rows.append([label(_("Totaal")), total_cell])
    return table


def bpv_signals(request: HttpRequest) -> HttpResponse:
    by_sector, by_kind = bpv.counts_by_sector(), bpv.counts_by_kind()
    # every signal has exactly one sector and one kind (form choices), so both tables end in
    # the same total, shown or hidden by the same rule
    tables = [
        counts_table("sector", _("BPV-signalen per sector"), _("Sector"), by_sector),
        counts_table("soort", _("BPV-signalen per soort"), _("Soort signaal"), by_kind),
    ]
    return render(request, "monitor/bpv_signals.html", {"tables": tables})
