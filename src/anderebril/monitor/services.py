"""What other apps may ask the monitor. Import this module, not the models.

``figures_for_school`` is meant for the genderscan: a school's DUO figures per year, dataset and
definition, to pre-fill the quantitative block of its scan. The counts are raw (``None`` where
DUO published -1); whoever shows them must apply the small-number rule of
``anderebril.monitor.display``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Q

from anderebril.monitor.constants import Dataset
from anderebril.monitor.definitions import resolve_definitions
from anderebril.monitor.models import DatasetYear, Figure, Institution
from anderebril.monitor.queries import load_cube, year_within
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Organisation

ALL = "alle"


@dataclass(frozen=True)
class SchoolFigure:
    year: int
    dataset: str  # Dataset value: "studenten" or "diplomas"
    #: Definition key ("techniek", "it", …) or "alle" for all the school's programmes.
    definition: str
    definition_name: str
    men: int | None  # None: every cell was unknown (-1) at DUO
    women: int | None
    #: True when some cells were unknown, so the true counts are higher.
    incomplete: bool
    provisional: bool


def figures_for_school(brin: str) -> list[SchoolFigure]:
    """The school's figures, per year, dataset and definition; [] for an unknown BRIN."""
    school = Institution.objects.filter(brin=brin.strip().upper()).first()
    if school is None:
        return []
    definitions = resolve_definitions()
    provisional = set(DatasetYear.objects.filter(provisional=True).values_list("dataset", "year"))
    result: list[SchoolFigure] = []
    for dataset in Dataset.values:
        cube = load_cube(dataset, institution_ids=[school.pk])
        groups = [(ALL, "alle opleidingen", None)] + [
            (d.key, d.name, d.programme_ids) for d in definitions
        ]
        for key, name, ids in groups:
            tallies = cube.fold(year_within(ids))
            for year in sorted(tallies):
                tally = tallies[year]
                result.append(
                    SchoolFigure(
                        year=year,
                        dataset=dataset,
                        definition=key,
                        definition_name=name,
                        men=tally.men if tally.men_known else None,
                        women=tally.women if tally.women_known else None,
                        incomplete=tally.incomplete,
                        provisional=(dataset, year) in provisional,
                    )
                )
    return result


def monitor_url_for_school(brin: str) -> str | None:
    """The school's monitor page, when DUO figures for that BRIN have been imported."""
    school = Institution.objects.filter(brin=brin.strip().upper()).first()
    return school.get_absolute_url() if school else None


def sto_regions() -> list[Organisation]:
    return list(Organisation.objects.filter(kind=Kind.STO_REGION).order_by("name"))


def institutions_in_region(region: Organisation) -> list[int]:
    """Institutions mapped to ``region``, directly or through their linked organisation."""
    return list(
        Institution.objects.filter(
            Q(sto_region=region) | Q(sto_region__isnull=True, organisation__sto_region=region)
        ).values_list("pk", flat=True)
    )


def link_institutions_to_organisations() -> int:
    """Link unlinked institutions to organisations with the same BRIN code; return how many."""
    linked = 0
    organisations = dict(Organisation.objects.exclude(brin_code="").values_list("brin_code", "pk"))
    for institution in Institution.objects.filter(organisation__isnull=True):
        if institution.brin in organisations:
            institution.organisation_id = organisations[institution.brin]
            institution.save(update_fields=["organisation"])
            linked += 1
    return linked


def programme_figures_for_school(brin: str) -> list[dict[str, Any]]:
    """The school's DUO counts per programme (crebo) and year, summed over level and learning
    route: ``enrolled_women/_men`` from the students file, ``diplomas_women/_men`` from the
    diplomas file. ``school_year`` is the DUO year (peildatum 1 October of that year). A sum
    that includes an unknown (``-1``) cell is ``None``: unknown, never a count.

    Raw counts: callers that show them apply the small-number rule themselves.
    """
    fields = {
        Dataset.STUDENTS: ("enrolled_women", "enrolled_men"),
        Dataset.DIPLOMAS: ("diplomas_women", "diplomas_men"),
    }
    rows: dict[tuple[str, int], dict[str, Any]] = {}
    figures = (
        Figure.objects.filter(institution__brin=brin.strip().upper())
        .values_list("dataset", "year", "programme__crebo", "programme__name", "women", "men")
        .order_by("programme__crebo", "year")
    )
    for dataset, year, crebo, name, women, men in figures:
        row = rows.setdefault(
            (crebo, year), {"crebo": crebo, "programme": name, "school_year": year}
        )
        women_field, men_field = fields[Dataset(dataset)]
        for field, value in ((women_field, women), (men_field, men)):
            so_far: int | None = row.get(field, 0)
            row[field] = None if so_far is None or value is None else so_far + value
    return list(rows.values())
