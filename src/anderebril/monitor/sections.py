"""Building blocks of the dashboards: the visitor's selection, sections and common tables.

A page is a list of ``Section``: a heading, an optional chart and the table with its data, which
the template renders the same way everywhere and which every export reads.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from django.db.models import Count, Max
from django.utils.translation import gettext as _

from anderebril.monitor.charts import BarChart, LineChart, bar_chart, line_chart
from anderebril.monitor.definitions import ResolvedDefinition
from anderebril.monitor.display import (
    Cell,
    Table,
    figure_cells,
    figure_columns,
    label,
    share_cell,
    women_share,
    women_share_cell,
)
from anderebril.monitor.models import ImportRecord
from anderebril.monitor.queries import Cube, Fact, Tally, load_cube


@dataclass
class Selection:
    dataset: str
    dataset_label: str
    definitions: list[ResolvedDefinition]
    definition: ResolvedDefinition | None
    years: list[int]
    year: int | None
    provisional: set[int]

    def in_definition(self, fact: Fact) -> bool:
        return self.definition is not None and fact.programme_id in self.definition.programme_ids

    def year_label(self, year: int) -> str:
        return _("%s (voorlopig)") % year if year in self.provisional else str(year)

    @property
    def definition_name(self) -> str:
        return self.definition.name if self.definition else _("alle opleidingen")


@dataclass
class Section:
    heading: str
    table: Table
    text: str = ""
    chart: LineChart | BarChart | None = None
    chart_kind: str = ""


@dataclass
class Page:
    title: str
    intro: str = ""
    sections: list[Section] = field(default_factory=list)
    facts: list[tuple[str, str, str]] = field(default_factory=list)  # (term, value, href)

    def table(self, key: str) -> Table | None:
        for section in self.sections:
            if section.table.key == key:
                return section.table
        return None


_national: dict[str, tuple[tuple[object, ...], Cube]] = {}
_lock = threading.Lock()


def forget_national_cube() -> None:
    _national.clear()


def national_cube(dataset: str) -> Cube:
    """The national cube, kept in memory until an import is added or removed."""
    version = tuple(
        ImportRecord.objects.aggregate(Max("pk"), Count("pk"), Max("imported_at")).values()
    )
    cached = _national.get(dataset)
    if cached is not None and cached[0] == version:
        return cached[1]
    cube = load_cube(dataset)
    with _lock:
        _national[dataset] = (version, cube)
    return cube


def years_table(
    key: str,
    title: str,
    selection: Selection,
    tallies: dict[int, Tally],
    comparisons: list[tuple[str, dict[int, Tally]]] | None = None,
) -> Table:
    """One row per year: the counts and share of women, then other shares to compare with."""
    comparisons = comparisons or []
    table = Table(
        key,
        title,
        [_("Jaar"), *figure_columns(), *[_("Aandeel vrouwen — %s") % n for n, _t in comparisons]],
    )
    for year in selection.years:
        row = [label(selection.year_label(year)), *figure_cells(tallies.get(year))]
        for _name, other in comparisons:
            tally = other.get(year)
            row.append(women_share_cell(tally) if tally else Cell("—", numeric=True))
        table.rows.append(row)
    return table


def breakdown_table(
    key: str,
    title: str,
    first_column: str,
    items: Sequence[tuple[str, str, Tally | None]],
    comparison: tuple[str, dict[str, Tally]] | None = None,
) -> Table:
    """One row per item (label, link, tally), optionally with a share to compare with."""
    columns = [first_column, *figure_columns()]
    if comparison:
        columns.append(_("Aandeel vrouwen — %s") % comparison[0])
    table = Table(key, title, columns)
    for text, href, tally in items:
        row = [label(text, href), *figure_cells(tally)]
        if comparison:
            other = comparison[1].get(text)
            row.append(women_share_cell(other) if other else Cell("—", numeric=True))
        table.rows.append(row)
    return table


def choice_columns(
    selection: Selection, table: Table, cube: Cube, in_scope: dict[int, Tally]
) -> None:
    """Add "share of all women (men) choosing the definition" to a years table."""
    everything = cube.fold(lambda fact: fact.year)
    table.columns += [
        _("Deel van alle vrouwen in %s") % selection.definition_name,
        _("Deel van alle mannen in %s") % selection.definition_name,
    ]
    for row, year in zip(table.rows, selection.years, strict=True):
        part, whole = in_scope.get(year, Tally()), everything.get(year, Tally())
        row.append(share_cell(part.women, whole.women, known=bool(part.women_known)))
        row.append(share_cell(part.men, whole.men, known=bool(part.men_known)))


def share_line(
    key: str, title: str, selection: Selection, lines: list[tuple[str, dict[int, Tally]]]
) -> LineChart:
    description = _(
        "Lijngrafiek van het aandeel vrouwen per jaar (%(first)s–%(last)s) voor: %(names)s. "
        "De cijfers staan in de tabel naast de grafiek."
    ) % {
        "first": selection.years[0] if selection.years else "",
        "last": selection.years[-1] if selection.years else "",
        "names": ", ".join(name for name, _t in lines),
    }
    return line_chart(
        key,
        title,
        description,
        selection.years,
        [
            (name, [women_share(t) if (t := tallies.get(y)) else None for y in selection.years])
            for name, tallies in lines
        ],
    )


def share_bars(key: str, title: str, items: Sequence[tuple[str, str, Tally | None]]) -> BarChart:
    description = _(
        "Staafgrafiek van het aandeel vrouwen per %(what)s. De cijfers staan in de tabel."
    ) % {"what": title.lower()}
    return bar_chart(
        key, title, description, [(text, women_share(t) if t else None) for text, _h, t in items]
    )


def level_and_route_sections(
    selection: Selection,
    cube: Cube,
    prefix: str,
    where_extra: bool = True,
    only: Collection[int] | None = None,
) -> list[Section]:
    """Tables per niveau and per leerweg in the selected year (within the definition).

    ``where_extra=False`` ignores the definition; ``only`` keeps these programme ids.
    """
    year = selection.year

    def where(fact: Fact) -> bool:
        return (
            fact.year == year
            and (not where_extra or selection.in_definition(fact))
            and (only is None or fact.programme_id in only)
        )

    scope = selection.definition_name if where_extra else _("deze opleidingen")
    levels = cube.fold(lambda fact: fact.niveau, where)
    routes = cube.fold(lambda fact: fact.leerweg, where)
    return level_and_route_tables(selection, levels, routes, scope, prefix)


def level_and_route_tables(
    selection: Selection,
    levels: dict[int, Tally],
    routes: dict[str, Tally],
    scope: str,
    prefix: str = "",
) -> list[Section]:
    from anderebril.monitor.constants import leerweg_label

    year = selection.year
    level_items = [(_("niveau %s") % level, "", levels[level]) for level in sorted(levels)]
    route_items = [(leerweg_label(route), "", routes[route]) for route in sorted(routes)]
    return [
        Section(
            _("Per niveau — %(scope)s, %(year)s") % {"scope": scope, "year": year},
            breakdown_table(f"{prefix}niveau", _("Per niveau"), _("Niveau"), level_items),
        ),
        Section(
            _("Per leerweg — %(scope)s, %(year)s") % {"scope": scope, "year": year},
            breakdown_table(f"{prefix}leerweg", _("Per leerweg"), _("Leerweg"), route_items),
        ),
    ]
