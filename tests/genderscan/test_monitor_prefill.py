"""The school's DUO figures from the monitor pre-fill the genderscan's figures."""

from __future__ import annotations

import pytest

from anderebril.genderscan.models import ProgrammeFigures
from anderebril.genderscan.services import prefill_from_monitor
from anderebril.monitor.importer import import_file
from anderebril.organisations.models import Organisation
from tests.monitor.files import SCHOOL, TGO, build


@pytest.mark.django_db
def test_a_school_without_imported_figures_gets_nothing(school: Organisation) -> None:
    assert prefill_from_monitor(school) == 0
    assert not ProgrammeFigures.objects.exists()


@pytest.mark.django_db
def test_enrolments_and_diplomas_per_crebo_fill_the_schools_figures(school: Organisation) -> None:
    import_file(build(years=(2023, 2024)), "studenten.csv")
    import_file(build(years=(2023, 2024), diplomas=True, bump=-1), "diplomas.csv")

    saved = prefill_from_monitor(school)

    # Four crebos of this school (not the other school's), two years each.
    assert saved == 8
    figures = ProgrammeFigures.objects.get(organisation=school, crebo="25455", school_year=2023)
    assert (figures.enrolled_men, figures.enrolled_women) == (120, 8)
    assert (figures.diplomas_men, figures.diplomas_women) == (119, 7)
    # DUO has no intake or drop-out by sex: unknown until the school enters them, not zero
    assert figures.intake_women is None and figures.dropout_women is None


@pytest.mark.django_db
def test_an_unknown_duo_count_is_carried_in_as_unknown(school: Organisation) -> None:
    row = (*SCHOOL, "BBL", 2, "25456", "Eerste monteur", TGO, "Techniek en procesindustrie",
           {2024: (60, -1)})  # fmt: skip
    import_file(build(years=(2024,), data=[row]), "studenten.csv")

    assert prefill_from_monitor(school) == 1
    figures = ProgrammeFigures.objects.get(crebo="25456", school_year=2024)
    assert (figures.enrolled_men, figures.enrolled_women) == (60, None)
    assert figures.source == "monitor"


@pytest.mark.django_db
def test_an_unknown_duo_count_does_not_erase_what_the_school_entered(
    school: Organisation,
) -> None:
    ProgrammeFigures.objects.create(
        organisation=school, crebo="25456", school_year=2024, enrolled_women=3, intake_women=1
    )
    row = (*SCHOOL, "BBL", 2, "25456", "Eerste monteur", TGO, "Techniek en procesindustrie",
           {2024: (60, -1)})  # fmt: skip
    import_file(build(years=(2024,), data=[row]), "studenten.csv")

    assert prefill_from_monitor(school) == 1
    figures = ProgrammeFigures.objects.get(crebo="25456", school_year=2024)
    assert (figures.enrolled_men, figures.enrolled_women, figures.intake_women) == (60, 3, 1)
