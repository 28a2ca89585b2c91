"""Peer benchmark: each theme against the anonymised average of other organisations' latest
closed round — shown only when at least five organisations contributed."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean

from anderebril.genderscan.constants import MIN_BENCHMARK_ORGANISATIONS, RoundStatus
from anderebril.genderscan.models import ScanRound


@dataclass(frozen=True)
class Peer:
    average: float | None
    organisations: int

    @property
    def shown(self) -> bool:
        return self.average is not None


@dataclass(frozen=True)
class BenchmarkRow:
    theme: str
    own: float | None
    national: Peer
    region: Peer | None


def _peer(scores: list[float]) -> Peer:
    if len(scores) < MIN_BENCHMARK_ORGANISATIONS:
        return Peer(None, len(scores))
    return Peer(round(fmean(scores), 1), len(scores))


def peer_theme_scores(scan_round: ScanRound) -> list[tuple[int | None, dict[str, float]]]:
    """(STO region id, theme scores) of every other organisation's latest closed round."""
    rounds = (
        ScanRound.objects.filter(
            questionnaire_key=scan_round.questionnaire_key, status=RoundStatus.CLOSED
        )
        .exclude(organisation_id=scan_round.organisation_id)
        .select_related("organisation")
        .order_by("organisation_id", "-opened_at", "-pk")
    )
    latest: dict[int, ScanRound] = {}
    for other in rounds:
        latest.setdefault(other.organisation_id, other)
    peers = []
    for other in latest.values():
        themes = (other.results or {}).get("themes", {})
        scores = {key: t["overall"] for key, t in themes.items() if t.get("overall") is not None}
        if scores:
            peers.append((other.organisation.sto_region_id, scores))
    return peers


def benchmark(
    scan_round: ScanRound, own_themes: dict[str, dict[str, object]]
) -> list[BenchmarkRow]:
    peers = peer_theme_scores(scan_round)
    region_id = scan_round.organisation.sto_region_id
    rows = []
    for theme, data in own_themes.items():
        national = [s[theme] for _r, s in peers if theme in s]
        region = [s[theme] for r, s in peers if theme in s and region_id and r == region_id]
        own = data.get("overall")
        rows.append(
            BenchmarkRow(
                theme=theme,
                own=own if isinstance(own, int | float) else None,
                national=_peer(national),
                region=_peer(region) if region_id else None,
            )
        )
    return rows
