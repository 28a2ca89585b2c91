"""Everything the round report shows, gathered once for the HTML page and the PDF."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from anderebril.genderscan.actions import Progress, actions_of, progress_of
from anderebril.genderscan.benchmark import BenchmarkRow, benchmark
from anderebril.genderscan.charts import Chart, bar_chart
from anderebril.genderscan.constants import MIN_RESPONSES, RespondentGroup, Scenario
from anderebril.genderscan.kpis import Kpis, kpis_for
from anderebril.genderscan.models import Advice, AdviceItem, ScanRound
from anderebril.genderscan.questionnaires import Questionnaire
from anderebril.genderscan.rounds import previous_round, questionnaire_of, results_of


@dataclass
class ThemeRow:
    key: str
    title: str
    description: str
    overall: float | None
    groups: list[float | None]
    management: float | None
    students: float | None
    gap: float | None


@dataclass
class ComparisonRow:
    label: str
    previous: float | None
    current: float | None

    @property
    def delta(self) -> float | None:
        if self.previous is None or self.current is None:
            return None
        return round(self.current - self.previous, 1)


@dataclass
class Report:
    round: ScanRound
    questionnaire: Questionnaire
    results: dict[str, Any]
    group_labels: list[str]
    counts: list[tuple[str, int, bool]]
    themes: list[ThemeRow]
    score_chart: Chart
    kpis: Kpis
    previous: ScanRound | None = None
    comparison: list[ComparisonRow] = field(default_factory=list)
    kpi_comparison: list[ComparisonRow] = field(default_factory=list)
    comparison_chart: Chart | None = None
    benchmark: list[tuple[str, BenchmarkRow]] = field(default_factory=list)
    advice: Advice | None = None
    advice_groups: list[tuple[str, list[AdviceItem]]] = field(default_factory=list)
    open_answers: list[tuple[str, str, list[str]]] = field(default_factory=list)
    progress: Progress | None = None
    min_responses: int = MIN_RESPONSES

    @property
    def is_open(self) -> bool:
        """An open round shows responses per group only; scores come when it is closed."""
        return self.round.is_open

    @property
    def has_scores(self) -> bool:
        return any(t.overall is not None for t in self.themes)

    @property
    def benchmark_shown(self) -> bool:
        return any(
            row.national.shown or (row.region and row.region.shown) for _t, row in self.benchmark
        )


def group_label(group: str) -> str:
    return str(RespondentGroup(group).label)


def theme_rows(questionnaire: Questionnaire, results: dict[str, Any]) -> list[ThemeRow]:
    rows = []
    for theme in questionnaire.themes:
        data = results.get("themes", {}).get(theme.key, {})
        groups = data.get("groups", {})
        rows.append(
            ThemeRow(
                key=theme.key,
                title=theme.title,
                description=theme.description,
                overall=data.get("overall"),
                groups=[groups.get(g) for g in questionnaire.groups],
                management=data.get("management"),
                students=data.get("students"),
                gap=data.get("gap"),
            )
        )
    return rows


def build_report(scan_round: ScanRound, *, show_draft_advice: bool = False) -> Report:
    questionnaire = questionnaire_of(scan_round)
    results = results_of(scan_round)
    themes = theme_rows(questionnaire, results)
    counts = results.get("counts", {})
    shown = set(results.get("shown_groups", []))
    report = Report(
        round=scan_round,
        questionnaire=questionnaire,
        results=results,
        group_labels=[group_label(g) for g in questionnaire.groups],
        counts=[(group_label(g), counts.get(g, 0), g in shown) for g in questionnaire.groups],
        themes=themes,
        score_chart=bar_chart(
            _("Score per thema (0–100)"),
            [t.title for t in themes],
            [
                (_("Management"), [t.management for t in themes]),
                (_("Studenten"), [t.students for t in themes]),
                (_("Alle groepen"), [t.overall for t in themes]),
            ]
            if questionnaire.key == "school"
            else [(_("Alle groepen"), [t.overall for t in themes])],
        ),
        kpis=kpis_for(scan_round.organisation, scan_round.school_year),
    )
    # an open round has no scores yet: nothing to compare with other rounds or organisations
    previous = None if scan_round.is_open else previous_round(scan_round)
    if previous is not None:
        report.previous = previous
        before = {t.key: t for t in theme_rows(questionnaire_of(previous), results_of(previous))}
        report.comparison = [
            ComparisonRow(t.title, before[t.key].overall if t.key in before else None, t.overall)
            for t in themes
        ]
        report.comparison_chart = bar_chart(
            _("Vorige en deze meting per thema"),
            [row.label for row in report.comparison],
            [
                (previous.title, [r.previous for r in report.comparison]),
                (scan_round.title, [r.current for r in report.comparison]),
            ],
        )
        old_kpis = kpis_for(scan_round.organisation, previous.school_year)
        report.kpi_comparison = [
            ComparisonRow(
                _("Aandeel vrouwen in de instroom (%)"),
                old_kpis.share_women_intake,
                report.kpis.share_women_intake,
            ),
            ComparisonRow(
                _("Behoud vrouwen (%)"), old_kpis.retention_women, report.kpis.retention_women
            ),
            ComparisonRow(
                _("Verschil in behoud vrouwen – mannen (procentpunt)"),
                old_kpis.retention_gap,
                report.kpis.retention_gap,
            ),
        ]
    titles = {t.key: t.title for t in questionnaire.themes}
    report.benchmark = (
        []
        if scan_round.is_open
        else [(titles[row.theme], row) for row in benchmark(scan_round, results.get("themes", {}))]
    )
    advice = Advice.objects.filter(round=scan_round).first()
    if advice and (advice.is_published or show_draft_advice):
        report.advice = advice
        items = list(advice.items.all())
        report.advice_groups = [
            (str(label), [i for i in items if i.scenario == value])
            for value, label in Scenario.choices
            if any(i.scenario == value for i in items)
        ]
    for question in questionnaire.questions:
        for group, answers in results.get("open_answers", {}).get(question.key, {}).items():
            report.open_answers.append((question.text_for(group), group_label(group), answers))
    report.progress = progress_of(list(actions_of(scan_round.organisation)))
    return report
