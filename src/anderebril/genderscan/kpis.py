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
    intake_women: int
    intake_total: int
    share_women: float | None
    reference: Reference | None


@dataclass
class Kpis:
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


def kpis_for(organisation: Organisation, school_year: int) -> Kpis:
    rows = list(ProgrammeFigures.objects.filter(organisation=organisation, school_year=school_year))
    kpis = Kpis(school_year=school_year, national_reference=reference_share(school_year, None))
    if not rows:
        return kpis
    weighted = weight = 0.0
    for row in rows:
        total = row.intake_women + row.intake_men
        reference = reference_share(school_year, row.sector) if row.sector else None
        kpis.programmes.append(
            ProgrammeKpi(
                row.crebo,
                row.programme,
                row.get_sector_display() if row.sector else "",
                row.intake_women,
                total,
                _percent(row.intake_women, total),
                reference,
            )
        )
        if reference is not None and total:
            weighted += reference.value * total
            weight += total
    kpis.intake_women = sum(r.intake_women for r in rows)
    kpis.intake_total = kpis.intake_women + sum(r.intake_men for r in rows)
    kpis.share_women_intake = _percent(kpis.intake_women, kpis.intake_total)
    kpis.sector_reference = round(weighted / weight, 1) if weight else None
    enrolled_w = sum(r.enrolled_women for r in rows)
    enrolled_m = sum(r.enrolled_men for r in rows)
    dropout_w = sum(r.dropout_women for r in rows)
    dropout_m = sum(r.dropout_men for r in rows)
    kpis.retention_women = _percent(enrolled_w - dropout_w, enrolled_w)
    kpis.retention_men = _percent(enrolled_m - dropout_m, enrolled_m)
    if kpis.retention_women is not None and kpis.retention_men is not None:
        kpis.retention_gap = round(kpis.retention_women - kpis.retention_men, 1)
    diplomas_w = sum(r.diplomas_women for r in rows)
    kpis.diploma_share_women = _percent(diplomas_w, diplomas_w + sum(r.diplomas_men for r in rows))
    return kpis
