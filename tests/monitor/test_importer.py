"""Importing: provenance, idempotence, editions, all-or-nothing, links to organisations."""

from __future__ import annotations

import pytest

from anderebril.monitor.constants import Dataset
from anderebril.monitor.importer import import_file
from anderebril.monitor.models import DatasetYear, Figure, ImportRecord, Institution, Programme
from anderebril.monitor.parsing import FileRejected
from anderebril.organisations.models import Organisation
from tests.monitor.files import build

pytestmark = pytest.mark.django_db


def women(year: int, brin: str = "98ZZ", crebo: str = "25604") -> int | None:
    figure = Figure.objects.get(
        dataset=Dataset.STUDENTS, year=year, institution__brin=brin, programme__crebo=crebo
    )
    return figure.women


def test_an_import_records_its_provenance_and_reference_data() -> None:
    data = build()
    result = import_file(data, "mbo-studenten-per-instelling.csv")
    record = result.record
    assert result.created
    assert record.file_name == "mbo-studenten-per-instelling.csv"
    assert len(record.sha256) == 64
    assert record.rows == 6
    assert record.years == [2021, 2022, 2023, 2024, 2025]
    assert record.edition == 2025
    assert record.figures == 6 * 5
    assert Institution.objects.get(brin="25LH").town == "Culemborg"
    assert (
        Programme.objects.get(crebo="25604").hoofdgroep == "Informatie en communicatietechnologie"
    )
    assert DatasetYear.objects.get(dataset=Dataset.STUDENTS, year=2025).provisional
    assert not DatasetYear.objects.get(dataset=Dataset.STUDENTS, year=2024).provisional


def test_minus_one_is_stored_as_unknown() -> None:
    import_file(build(), "s.csv")
    assert women(2023, brin="25LH", crebo="25455") is None
    assert women(2023) == 30 + 2


def test_reimporting_the_same_file_changes_nothing() -> None:
    first = import_file(build(), "s.csv")
    again = import_file(build(), "ander-naam.csv")
    assert not again.created
    assert again.record == first.record
    assert ImportRecord.objects.count() == 1
    assert Figure.objects.count() == 30
    assert "niets veranderd" in again.summary()


def test_a_newer_edition_replaces_the_provisional_year_and_adds_the_new_one() -> None:
    import_file(build(), "2025.csv")
    newer = import_file(build(years=(2022, 2023, 2024, 2025, 2026), bump=100), "2026.csv")
    assert newer.record.replaced_years == [2022, 2023, 2024, 2025, 2026]
    assert women(2021) == 30  # kept from the older file
    assert women(2025) == 30 + 3 + 100  # replaced: counts from the newer file
    assert women(2026) == 30 + 4 + 100
    assert not DatasetYear.objects.get(dataset=Dataset.STUDENTS, year=2025).provisional
    assert DatasetYear.objects.get(dataset=Dataset.STUDENTS, year=2026).provisional
    assert Figure.objects.filter(year=2025).count() == 6


def test_a_second_edition_of_the_same_year_replaces_it() -> None:
    import_file(build(), "eerste.csv")
    second = import_file(build(bump=5), "tweede.csv")
    assert second.created
    assert women(2025) == 30 + 4 + 5
    assert Figure.objects.count() == 30
    assert DatasetYear.objects.get(dataset=Dataset.STUDENTS, year=2025).source == second.record


def test_an_older_edition_never_overwrites_newer_figures() -> None:
    import_file(build(years=(2022, 2023, 2024, 2025, 2026), bump=100), "2026.csv")
    older = import_file(build(), "2025.csv")
    assert older.record.skipped_years == [2022, 2023, 2024, 2025]
    assert older.record.replaced_years == [2021]
    assert women(2025) == 30 + 3 + 100
    assert women(2021) == 30
    assert "Overgeslagen" in older.summary()


def test_a_file_with_a_missing_year_leaves_that_year_alone() -> None:
    import_file(build(), "alle.csv")
    import_file(build(years=(2023, 2025), bump=7), "gaten.csv")
    assert women(2022) == 31
    assert women(2023) == 30 + 0 + 7


def test_students_and_diplomas_are_separate_datasets() -> None:
    import_file(build(), "s.csv")
    import_file(build(diplomas=True, bump=1), "d.csv")
    assert Figure.objects.filter(dataset=Dataset.STUDENTS).count() == 30
    assert Figure.objects.filter(dataset=Dataset.DIPLOMAS).count() == 30


def test_a_bad_file_leaves_nothing_behind() -> None:
    lines = build().split(b"\r\n")
    lines[6] = lines[6].replace(b";90;", b";negentig;")
    with pytest.raises(FileRejected):
        import_file(b"\r\n".join(lines), "kapot.csv")
    assert not ImportRecord.objects.exists()
    assert not Institution.objects.exists()
    assert not Figure.objects.exists()


def test_a_failure_while_storing_rolls_everything_back(monkeypatch: pytest.MonkeyPatch) -> None:
    import_file(build(), "goed.csv")
    before = list(Figure.objects.values_list("pk", "women"))

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("schijf vol")

    monkeypatch.setattr("anderebril.monitor.importer.DatasetYear.objects.update_or_create", explode)
    with pytest.raises(RuntimeError):
        import_file(build(bump=9), "half.csv")
    assert list(Figure.objects.values_list("pk", "women")) == before
    assert ImportRecord.objects.count() == 1


def test_institutions_are_linked_to_organisations_by_brin(school: Organisation) -> None:
    import_file(build(), "s.csv")
    assert Institution.objects.get(brin="98ZZ").organisation == school
    assert Institution.objects.get(brin="25LH").organisation is None
