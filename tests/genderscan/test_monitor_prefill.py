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
    assert figures.intake_women == 0  # DUO has no intake by sex: the school enters it


@pytest.mark.django_db
def test_a_year_with_an_unknown_duo_count_is_left_for_the_school(school: Organisation) -> None:
    row = (*SCHOOL, "BBL", 2, "25456", "Eerste monteur", TGO, "Techniek en procesindustrie",
           {2024: (60, -1)})  # fmt: skip
    import_file(build(years=(2024,), data=[row]), "studenten.csv")

    assert prefill_from_monitor(school) == 0
    assert not ProgrammeFigures.objects.filter(crebo="25456").exists()
