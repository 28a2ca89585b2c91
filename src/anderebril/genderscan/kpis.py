"""KPIs from the school's own figures: share of women in the intake against the sector and
national reference, retention of women and men, and the gap between them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml

from anderebril.genderscan.models import ProgrammeFigures
from anderebril.genderscan.monitor_hook import monitor_reference_share
from anderebril.genderscan.questionnaires import DATA_DIR
from anderebril.organisations.models import Organisation


@dataclass(frozen=True)
class Reference:
    value: float
    label: str
    source: str


@dataclass
class ProgrammeKpi:
    crebo: str
    programme: str
    sector: str
    intake_women: int | None
    intake_total: int | None
    share_women: float | None
    reference: Reference | None


@dataclass
class Kpis:
    """The KPIs of one school year. A KPI is ``None`` ("niet ingevuld") when no programme has
    all the counts it needs; a programme with an unknown count is left out of that KPI (and
    counted in ``*_missing``), never taken as zero."""

    school_year: int
    intake_women: int = 0
    intake_total: int = 0
    share_women_intake: float | None = None
    national_reference: Reference | None = None
    sector_reference: float | None = None
    retention_women: float | None = None
    retention_men: float | None = None
    retention_gap: float | None = None
    diploma_share_women: float | None = None
    programmes: list[ProgrammeKpi] = field(default_factory=list)
    #: Programmes left out of the intake share, the retention and the diploma share because
    #: one of the counts they need is unknown.
    intake_missing: int = 0
    retention_missing: int = 0
    diplomas_missing: int = 0

    @property
    def has_figures(self) -> bool:
        return bool(self.programmes)

    def as_dict(self) -> dict[str, Any]:
        return {
            "share_women_intake": self.share_women_intake,
            "national_reference": self.national_reference.value
            if self.national_reference
            else None,
            "sector_reference": self.sector_reference,
            "retention_women": self.retention_women,
            "retention_men": self.retention_men,
            "retention_gap": self.retention_gap,
        }


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


@cache
def _yaml_references() -> dict[str, Any]:
    return dict(yaml.safe_load((DATA_DIR / "references.yaml").read_text(encoding="utf-8")))


def reference_share(school_year: int, sector: str | None) -> Reference | None:
    """The monitor's figure when it has one, otherwise the YAML reference, otherwise None."""
    from_monitor = monitor_reference_share(school_year, sector)
    if from_monitor is not None:
        return Reference(from_monitor, sector or "landelijk", "Monitor (DUO open data)")
    data = _yaml_references()
    item = data["national"] if sector is None else data["sectors"].get(sector)
    if not item or item.get("value") is None:
        return None
    return Reference(
        float(item["value"]), str(item.get("label", sector or "")), str(item["source"]).strip()
    )


def _known(rows: list[ProgrammeFigures], *names: str) -> list[ProgrammeFigures]:
    """The rows in which every one of the count fields ``names`` is known (not NULL)."""
    return [row for row in rows if all(getattr(row, name) is not None for name in names)]


def kpis_for(organisation: Organisation, school_year: int) -> Kpis:
    rows = list(ProgrammeFigures.objects.filter(organisation=organisation, school_year=school_year))
    kpis = Kpis(school_year=school_year, national_reference=reference_share(school_year, None))
    if not rows:
        return kpis
    weighted = weight = 0.0
    for row in rows:
        women, men = row.intake_women, row.intake_men
        total = women + men if women is not None and men is not None else None
        share = _percent(women, total) if women is not None and total is not None else None
        reference = reference_share(school_year, row.sector) if row.sector else None
        kpis.programmes.append(
            ProgrammeKpi(
                row.crebo,
                row.programme,
                row.get_sector_display() if row.sector else "",
                women,
                total,
                share,
                reference,
            )
        )
        if reference is not None and total:
            weighted += reference.value * total
            weight += total

    intake = _known(rows, "intake_women", "intake_men")
    kpis.intake_missing = len(rows) - len(intake)
    kpis.intake_women = sum(r.intake_women or 0 for r in intake)
    kpis.intake_total = kpis.intake_women + sum(r.intake_men or 0 for r in intake)
    kpis.share_women_intake = _percent(kpis.intake_women, kpis.intake_total)
    kpis.sector_reference = round(weighted / weight, 1) if weight else None

    # retention compares women and men, so both come from the same programmes
    retention = _known(rows, "enrolled_women", "enrolled_men", "dropout_women", "dropout_men")
    kpis.retention_missing = len(rows) - len(retention)
    enrolled_w = sum(r.enrolled_women or 0 for r in retention)
    enrolled_m = sum(r.enrolled_men or 0 for r in retention)
    dropout_w = sum(r.dropout_women or 0 for r in retention)
    dropout_m = sum(r.dropout_men or 0 for r in retention)
    kpis.retention_women = _percent(enrolled_w - dropout_w, enrolled_w)
    kpis.retention_men = _percent(enrolled_m - dropout_m, enrolled_m)
    if kpis.retention_women is not None and kpis.retention_men is not None:
        kpis.retention_gap = round(kpis.retention_women - kpis.retention_men, 1)

    diplomas = _known(rows, "diplomas_women", "diplomas_men")
    kpis.diplomas_missing = len(rows) - len(diplomas)
    diplomas_w = sum(r.diplomas_women or 0 for r in diplomas)
    diplomas_m = sum(r.diplomas_men or 0 for r in diplomas)
    kpis.diploma_share_women = _percent(diplomas_w, diplomas_w + diplomas_m)
    return kpis
