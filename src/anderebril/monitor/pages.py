"""The dashboards: national, sectorkamer/hoofdgroep, STO region, school and programme."""

from __future__ import annotations

from collections.abc import Callable

from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from anderebril.monitor.models import Institution, Programme
from anderebril.monitor.queries import (
    Cube,
    Fact,
    Tally,
    grouped_tallies,
    institution_tallies,
    load_cube,
    year_tallies,
    year_within,
)
from anderebril.monitor.sections import (
    Page,
    Section,
    Selection,
    breakdown_table,
    choice_columns,
    level_and_route_sections,
    level_and_route_tables,
    national_cube,
    share_bars,
    share_line,
    years_table,
)


def group_url(kind: str, name: str) -> str:
    return reverse(f"monitor:{kind}", args=[slugify(name) or "-"])


def national_page(selection: Selection) -> Page:
    cube = national_cube(selection.dataset)
    page = Page(_("Monitor: vrouwen in het mbo"))
    by_year_all = cube.fold(lambda fact: fact.year)
    lines = [
        (
            d.name,
            cube.fold(year_within(d.programme_ids)),
        )
        for d in selection.definitions
    ]
    lines.append((_("alle opleidingen"), by_year_all))
    overview = years_table("jaren", _("Aandeel vrouwen per jaar"), selection, {}, lines)
    overview.columns = [overview.columns[0], *overview.columns[5:]]
    overview.rows = [[row[0], *row[5:]] for row in overview.rows]
    page.sections.append(
        Section(
            _("Aandeel vrouwen per jaar (%s)") % selection.dataset_label,
            overview,
            chart=share_line("jaren-grafiek", _("Aandeel vrouwen per jaar"), selection, lines),
        )
    )
    page.sections += _definition_sections(selection, cube, "")
    return page


def _definition_sections(selection: Selection, cube: Cube, prefix: str) -> list[Section]:
    """Counts per year within the definition, then per sectorkamer and hoofdgroep."""
    sections = []
    if selection.definition is not None:
        in_def = cube.fold(lambda f: f.year if selection.in_definition(f) else None)
        counts = years_table(f"{prefix}aantallen", _("Aantallen per jaar"), selection, in_def)
        choice_columns(selection, counts, cube, in_def)
        sections.append(
            Section(
                _("%(name)s: aantallen per jaar") % {"name": selection.definition_name},
                counts,
                text=_(
                    "Het deel van alle vrouwen (mannen) dat een opleiding in %(name)s volgt. "
                    "Dit gaat over alle ingeschreven studenten, niet alleen over wie instroomt."
                )
                % {"name": selection.definition_name},
            )
        )
    year = selection.year
    for kind, heading in (
        ("sectorkamer", _("Per sectorkamer, %s")),
        ("hoofdgroep", _("Per hoofdgroep, %s")),
    ):
        key: Callable[[Fact], str] = cube.sectorkamer if kind == "sectorkamer" else cube.hoofdgroep
        tallies = cube.fold(key, lambda f: f.year == year)
        items = [(name, group_url(kind, name), tallies[name]) for name in sorted(tallies)]
        table = breakdown_table(f"{prefix}{kind}", heading % year, _(kind.capitalize()), items)
        sections.append(
            Section(
                heading % year,
                table,
                chart=share_bars(f"{prefix}{kind}-grafiek", heading % year, items),
            )
        )
    sections += level_and_route_sections(selection, cube, prefix)
    return sections


def group_page(selection: Selection, kind: str, name: str) -> Page:
    """A sectorkamer or hoofdgroep: all its programmes, whatever the definition."""
    programmes = Programme.objects.filter(**{kind: name})
    ids = set(programmes.values_list("pk", flat=True))
    national = national_cube(selection.dataset)
    title = _("Sectorkamer %s") % name if kind == "sectorkamer" else _("Hoofdgroep %s") % name
    page = Page(title)
    by_year = national.fold(year_within(ids))
    everything = national.fold(lambda f: f.year)
    table = years_table(
        "jaren", _("Per jaar"), selection, by_year, [(_("alle opleidingen"), everything)]
    )
    page.sections.append(
        Section(
            _("Per jaar"),
            table,
            chart=share_line(
                "jaren-grafiek",
                _("Aandeel vrouwen per jaar"),
                selection,
                [(name, by_year), (_("alle opleidingen"), everything)],
            ),
        )
    )
    page.sections += level_and_route_sections(selection, national, "", where_extra=False, only=ids)
    year = selection.year
    page.sections.append(_programmes_section(national, year, ids))
    tallies = institution_tallies(selection.dataset, year, programme_ids=ids)
    page.sections.append(_schools_section(tallies, _("Scholen, %s") % year))
    return page


def _programmes_section(cube: Cube, year: int | None, only: set[int] | None = None) -> Section:
    tallies = cube.fold(
        lambda f: f.programme_id,
        lambda f: f.year == year and (only is None or f.programme_id in only),
    )
    infos = cube.programmes
    order = sorted(tallies, key=lambda pk: infos[pk].name)
    items = [
        (
            f"{infos[pk].name} ({infos[pk].crebo})",
            reverse("monitor:programme", args=[infos[pk].crebo]),
            tallies[pk],
        )
        for pk in order
    ]
    heading = _("Opleidingen, %s") % year
    return Section(heading, breakdown_table("opleidingen", heading, _("Opleiding (crebo)"), items))


def _schools_section(tallies: dict[int, Tally], heading: str) -> Section:
    schools = Institution.objects.in_bulk(list(tallies))
    order = sorted(tallies, key=lambda pk: schools[pk].name)
    items = [(schools[pk].name, schools[pk].get_absolute_url(), tallies[pk]) for pk in order]
    return Section(heading, breakdown_table("scholen", heading, _("School"), items))


def school_page(selection: Selection, school: Institution, region_ids: list[int] | None) -> Page:
    cube = load_cube(selection.dataset, institution_ids=[school.pk])
    national = national_cube(selection.dataset)
    page = Page(school.name)
    in_def = cube.fold(lambda f: f.year if selection.in_definition(f) else None)
    comparisons = [
        (_("landelijk"), national.fold(lambda f: f.year if selection.in_definition(f) else None))
    ]
    if region_ids:
        ids = selection.definition.programme_ids if selection.definition else None
        region = year_tallies(selection.dataset, institution_ids=region_ids, programme_ids=ids)
        comparisons.append((_("STO-regio"), region))
    page.sections.append(
        Section(
            _("%(name)s: deze school en landelijk") % {"name": selection.definition_name},
            years_table("jaren", _("Per jaar"), selection, in_def, comparisons),
            chart=share_line(
                "jaren-grafiek",
                _("Aandeel vrouwen per jaar"),
                selection,
                [(_("deze school"), in_def), *comparisons],
            ),
        )
    )
    year = selection.year
    own = cube.fold(cube.sectorkamer, lambda f: f.year == year)
    national_sectors = national.fold(national.sectorkamer, lambda f: f.year == year)
    items = [(name, group_url("sectorkamer", name), own[name]) for name in sorted(own)]
    heading = _("Per sectorkamer: deze school en landelijk, %s") % year
    page.sections.append(
        Section(
            heading,
            breakdown_table(
                "sectorkamer", heading, _("Sectorkamer"), items, (_("landelijk"), national_sectors)
            ),
            text=_(
                "Vergelijk het aandeel vrouwen op deze school met dezelfde sectorkamer landelijk."
            ),
        )
    )
    page.sections += level_and_route_sections(selection, cube, "")
    page.sections.append(_programmes_section(cube, year))
    return page


def region_page(selection: Selection, name: str, institution_ids: list[int]) -> Page:
    """A region: narrow grouped queries over its schools (no cube; regions can be large)."""
    national = national_cube(selection.dataset)
    page = Page(name)
    ids = selection.definition.programme_ids if selection.definition else None
    dataset = selection.dataset
    in_def = grouped_tallies(dataset, "year", institution_ids=institution_ids, programme_ids=ids)
    national_def = national.fold(lambda f: f.year if selection.in_definition(f) else None)
    page.sections.append(
        Section(
            _("%(name)s: deze regio en landelijk") % {"name": selection.definition_name},
            years_table(
                "jaren", _("Per jaar"), selection, in_def, [(_("landelijk"), national_def)]
            ),
            chart=share_line(
                "jaren-grafiek",
                _("Aandeel vrouwen per jaar"),
                selection,
                [(_("deze regio"), in_def), (_("landelijk"), national_def)],
            ),
        )
    )
    year = selection.year
    heading = _("Scholen — %(name)s, %(year)s") % {"name": selection.definition_name, "year": year}
    tallies = institution_tallies(dataset, year, institution_ids=institution_ids, programme_ids=ids)
    schools = Institution.objects.in_bulk(institution_ids)
    items = [
        (schools[pk].name, schools[pk].get_absolute_url(), tallies[pk])
        for pk in sorted(institution_ids, key=lambda pk: schools[pk].name)
        if pk in tallies
    ]
    page.sections.append(Section(heading, breakdown_table("scholen", heading, _("School"), items)))
    if year is not None:
        levels, routes = (
            grouped_tallies(
                dataset, key, year=year, institution_ids=institution_ids, programme_ids=ids
            )
            for key in ("niveau", "leerweg")
        )
        page.sections += level_and_route_tables(
            selection, levels, routes, selection.definition_name
        )
    return page


def programme_page(selection: Selection, programme: Programme) -> Page:
    cube = national_cube(selection.dataset)
    only = {programme.pk}
    page = Page(f"{programme.name} ({programme.crebo})")
    by_year = cube.fold(year_within(only))
    page.sections.append(
        Section(
            _("Per jaar"),
            years_table("jaren", _("Per jaar"), selection, by_year),
            chart=share_line(
                "jaren-grafiek",
                _("Aandeel vrouwen per jaar"),
                selection,
                [(programme.name, by_year)],
            ),
        )
    )
    page.sections += level_and_route_sections(selection, cube, "", where_extra=False, only=only)
    year = selection.year
    tallies = institution_tallies(selection.dataset, year, programme_ids=only)
    page.sections.append(_schools_section(tallies, _("Scholen, %s") % year))
    return page


def schools_page(selection: Selection) -> Page:
    year = selection.year
    heading = _("Scholen — %(name)s, %(year)s") % {"name": selection.definition_name, "year": year}
    ids = selection.definition.programme_ids if selection.definition else None
    tallies = institution_tallies(selection.dataset, year, programme_ids=ids)
    schools = Institution.objects.order_by("name")
    items = [(s.name, s.get_absolute_url(), tallies.get(s.pk)) for s in schools]
    page = Page(_("Scholen"))
    page.sections.append(Section(heading, breakdown_table("scholen", heading, _("School"), items)))
    return page
