"""Tables as shown and exported, with the small-number and unknown rules applied once, here.

- A count below 5 is shown as "<5"; when one sex is below 5 the other is hidden too ("—"),
  otherwise it could be derived from the total.
- A share is shown only when numerator and denominator are both at least 5; else "—".
- A count of which every cell was -1 at DUO is "onbekend", never 0. A sum or share that leaves
  out some unknown cells is marked with "*".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from anderebril.monitor.constants import SMALL_NUMBER
from anderebril.monitor.queries import Tally

SMALL = "<5"
HIDDEN = "—"


@dataclass(frozen=True)
class Cell:
    text: str
    #: The value for exports (a share as a fraction); None when not shown as a number.
    number: int | float | None = None
    href: str = ""
    numeric: bool = False
    percent: bool = False
    header: bool = False


@dataclass
class Table:
    key: str
    title: str
    columns: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    note: str = ""

    @property
    def has_small(self) -> bool:
        return any(cell.text in (SMALL, HIDDEN) for row in self.rows for cell in row)

    @property
    def has_incomplete(self) -> bool:
        return any(cell.text.endswith("*") for row in self.rows for cell in row)

    @property
    def has_unknown(self) -> bool:
        return any(cell.text == unknown_text() for row in self.rows for cell in row)


def unknown_text() -> str:
    return _("onbekend")


def label(text: str, href: str = "") -> Cell:
    return Cell(str(text), href=href, header=True)


def plain(text: str) -> Cell:
    return Cell(str(text))


def number(value: int) -> Cell:
    return Cell(number_format(value, force_grouping=True), value, numeric=True)


def _count(value: int, known: int, unknown: int) -> Cell:
    if not known:
        return Cell(unknown_text() if unknown else HIDDEN, numeric=True)
    if value < SMALL_NUMBER:
        return Cell(SMALL, numeric=True)
    star = "*" if unknown else ""
    return Cell(number_format(value, force_grouping=True) + star, value, numeric=True)


def count_cells(tally: Tally) -> list[Cell]:
    """Men, women and total, with complementary hiding of the other sex."""
    men = _count(tally.men, tally.men_known, tally.men_unknown)
    women = _count(tally.women, tally.women_known, tally.women_unknown)
    if men.text == SMALL and women.number is not None:
        women = Cell(HIDDEN, numeric=True)
    elif women.text == SMALL and men.number is not None:
        men = Cell(HIDDEN, numeric=True)
    total = _count(
        tally.total,
        tally.men_known + tally.women_known,
        tally.men_unknown + tally.women_unknown,
    )
    if not (tally.men_known + tally.women_known) and tally.incomplete:
        total = Cell(unknown_text(), numeric=True)
    return [men, women, total]


def share_value(numerator: int, denominator: int) -> float | None:
    """The share, or None when it may not be shown (either side below 5)."""
    if numerator < SMALL_NUMBER or denominator < SMALL_NUMBER:
        return None
    return numerator / denominator


def share_cell(
    numerator: int, denominator: int, *, known: bool = True, incomplete: bool = False
) -> Cell:
    if not known:
        return Cell(unknown_text(), numeric=True)
    value = share_value(numerator, denominator)
    if value is None:
        return Cell(HIDDEN, numeric=True)
    text = format_percent(value) + ("*" if incomplete else "")
    return Cell(text, value, numeric=True, percent=True)


def format_percent(value: float, decimals: int = 1) -> str:
    return number_format(value * 100, decimals) + "%"


def _complement_small(tally: Tally) -> bool:
    """Whether the men's count is below five: the share of women would then give it away."""
    return bool(tally.men_known) and tally.men < SMALL_NUMBER


def women_share(tally: Tally) -> float | None:
    if not tally.women_known or _complement_small(tally):
        return None
    return share_value(tally.women, tally.total)


def women_share_cell(tally: Tally) -> Cell:
    if tally.women_known and _complement_small(tally):
        return Cell(HIDDEN, numeric=True)
    return share_cell(
        tally.women, tally.total, known=bool(tally.women_known), incomplete=tally.incomplete
    )


def figure_cells(tally: Tally | None) -> list[Cell]:
    """Men, women, total and share of women; four "—" when there are no figures at all."""
    if tally is None:
        return [Cell(HIDDEN, numeric=True) for _ in range(4)]
    return [*count_cells(tally), women_share_cell(tally)]


def figure_columns() -> list[str]:
    return [_("Mannen"), _("Vrouwen"), _("Totaal"), _("Aandeel vrouwen")]
