"""Aggregates over the figures: one grouped ORM query per page scope, folded in Python.

``load_cube`` sums men and women per programme × niveau × leerweg × year (optionally also per
institution) in the database, and counts the unknown cells; every table on a page is then a fold
of those few thousand rows by some key (year, sectorkamer, niveau, school…).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar

from django.db.models import Count, Q, Sum

from anderebril.monitor.constants import Dataset
from anderebril.monitor.models import DatasetYear, Figure, Programme

K = TypeVar("K", bound=Hashable)


@dataclass
class Tally:
    """Summed counts of men and women; ``*_unknown`` cells were -1 and are not in the sums."""

    men: int = 0
    women: int = 0
    men_known: int = 0
    women_known: int = 0
    men_unknown: int = 0
    women_unknown: int = 0

    def add_fact(self, fact: Fact) -> None:
        self.men += fact.men or 0
        self.women += fact.women or 0
        self.men_known += fact.men_known
        self.women_known += fact.women_known
        self.men_unknown += fact.men_unknown
        self.women_unknown += fact.women_unknown

    def add(self, other: Tally) -> None:
        self.men += other.men
        self.women += other.women
        self.men_known += other.men_known
        self.women_known += other.women_known
        self.men_unknown += other.men_unknown
        self.women_unknown += other.women_unknown

    @property
    def total(self) -> int:
        return self.men + self.women

    @property
    def incomplete(self) -> bool:
        return bool(self.men_unknown or self.women_unknown)


class Fact(NamedTuple):
    """One grouped row: sums and counts of known and unknown cells of men and women."""

    programme_id: int
    niveau: int
    leerweg: str
    year: int
    institution_id: int
    men: int | None
    women: int | None
    men_known: int
    women_known: int
    men_unknown: int
    women_unknown: int


@dataclass(frozen=True)
class ProgrammeInfo:
    crebo: str
    name: str
    sectorkamer: str
    hoofdgroep: str


@dataclass
class Cube:
    dataset: str
    facts: list[Fact]
    programmes: dict[int, ProgrammeInfo] = field(default_factory=dict)

    @property
    def years(self) -> list[int]:
        return sorted({fact.year for fact in self.facts})

    def fold(
        self, key: Callable[[Fact], K | None], where: Callable[[Fact], bool] | None = None
    ) -> dict[K, Tally]:
        """Sum the facts by ``key`` (facts whose key is None are left out)."""
        result: dict[K, Tally] = {}
        for fact in self.facts:
            if where is not None and not where(fact):
                continue
            value = key(fact)
            if value is None:
                continue
            tally = result.get(value)
            if tally is None:
                tally = result[value] = Tally()
            tally.add_fact(fact)
        return result

    def sectorkamer(self, fact: Fact) -> str:
        return self.programmes[fact.programme_id].sectorkamer

    def hoofdgroep(self, fact: Fact) -> str:
        return self.programmes[fact.programme_id].hoofdgroep


def year_within(ids: Collection[int] | None) -> Callable[[Fact], int | None]:
    """A fold key: the year of facts about the programmes ``ids`` (all when None)."""

    def key(fact: Fact) -> int | None:
        return fact.year if ids is None or fact.programme_id in ids else None

    return key


def load_cube(
    dataset: str,
    *,
    institution_ids: Collection[int] | None = None,
    programme_ids: Collection[int] | None = None,
    by_institution: bool = False,
) -> Cube:
    figures = Figure.objects.filter(dataset=dataset)
    if institution_ids is not None:
        figures = figures.filter(institution_id__in=list(institution_ids))
    if programme_ids is not None:
        figures = figures.filter(programme_id__in=list(programme_ids))
    keys = ["programme_id", "niveau", "leerweg", "year"]
    if by_institution:
        keys.append("institution_id")
    rows = (
        figures.values(*keys)
        .annotate(
            m=Sum("men"),
            w=Sum("women"),
            mk=Count("men"),
            wk=Count("women"),
            mu=Count("pk", filter=Q(men__isnull=True)),
            wu=Count("pk", filter=Q(women__isnull=True)),
        )
        .values_list(*keys, "m", "w", "mk", "wk", "mu", "wu")
        .order_by()
    )
    if by_institution:
        facts = [Fact(*row) for row in rows]
    else:
        facts = [Fact(p, n, lw, y, 0, *sums) for p, n, lw, y, *sums in rows]
    return Cube(dataset, facts, programme_infos())


def programme_infos() -> dict[int, ProgrammeInfo]:
    return {
        pk: ProgrammeInfo(crebo, name, sectorkamer, hoofdgroep)
        for pk, crebo, name, sectorkamer, hoofdgroep in Programme.objects.values_list(
            "pk", "crebo", "name", "sectorkamer", "hoofdgroep"
        )
    }


def provisional_years(dataset: str) -> set[int]:
    return set(
        DatasetYear.objects.filter(dataset=dataset, provisional=True).values_list("year", flat=True)
    )


def available_years(dataset: str) -> list[int]:
    return sorted(DatasetYear.objects.filter(dataset=dataset).values_list("year", flat=True))


def has_data() -> bool:
    return DatasetYear.objects.exists()


def datasets_with_data() -> list[str]:
    present = set(DatasetYear.objects.values_list("dataset", flat=True))
    return [value for value in Dataset.values if value in present]


def distinct_values(field_name: str) -> Iterable[str]:
    return (
        Programme.objects.exclude(**{field_name: ""})
        .order_by(field_name)
        .values_list(field_name, flat=True)
        .distinct()
    )


def grouped_tallies(
    dataset: str,
    key: str,
    *,
    year: int | None = None,
    institution_ids: Collection[int] | None = None,
    programme_ids: Collection[int] | None = None,
) -> dict[Any, Tally]:
    """Sums by one column (``year``, ``niveau``, ``leerweg``…), filtered in the database."""
    figures = Figure.objects.filter(dataset=dataset)
    if year is not None:
        figures = figures.filter(year=year)
    if institution_ids is not None:
        figures = figures.filter(institution_id__in=list(institution_ids))
    if programme_ids is not None:
        figures = figures.filter(programme_id__in=list(programme_ids))
    return _tallies(figures, key)


def _tallies(figures: Any, key: str) -> dict[Any, Tally]:
    rows = (
        figures.values(key)
        .annotate(
            m=Sum("men"),
            w=Sum("women"),
            mk=Count("men"),
            wk=Count("women"),
            mu=Count("pk", filter=Q(men__isnull=True)),
            wu=Count("pk", filter=Q(women__isnull=True)),
        )
        .values_list(key, "m", "w", "mk", "wk", "mu", "wu")
        .order_by()
    )
    return {pk: Tally(m or 0, w or 0, mk, wk, mu, wu) for pk, m, w, mk, wk, mu, wu in rows}


def year_tallies(
    dataset: str,
    *,
    institution_ids: Collection[int],
    programme_ids: Collection[int] | None = None,
) -> dict[int, Tally]:
    """Sums per year for some institutions, straight from the database."""
    figures = Figure.objects.filter(dataset=dataset, institution_id__in=list(institution_ids))
    if programme_ids is not None:
        figures = figures.filter(programme_id__in=list(programme_ids))
    return _tallies(figures, "year")


def institution_tallies(
    dataset: str,
    year: int | None,
    *,
    programme_ids: Collection[int] | None = None,
    institution_ids: Collection[int] | None = None,
) -> dict[int, Tally]:
    """Sums per institution for one year, straight from the database."""
    if year is None:
        return {}
    figures = Figure.objects.filter(dataset=dataset, year=year)
    if programme_ids is not None:
        figures = figures.filter(programme_id__in=list(programme_ids))
    if institution_ids is not None:
        figures = figures.filter(institution_id__in=list(institution_ids))
    return _tallies(figures, "institution_id")
