"""Scores per theme (0–100) and respondent group, and the management-vs-students gap.

Only groups with at least ``MIN_RESPONSES`` responses contribute to anything: a smaller group's
score, distribution and open answers are never computed into the results, and it is left out of
the averages too, so it cannot be derived from them.

The results are a plain JSON-ready dict, so a closed round can freeze them in ``ScanRound.results``:

    {"questionnaire": ["school", 1], "counts": {group: n}, "shown_groups": [...],
     "themes": {theme: {"overall", "groups": {group: score}, "management", "students", "gap"}},
     "questions": {question: {group: {"mean", "answered", "distribution"}}},
     "open_answers": {question: {group: [text, ...]}}, "overall": score}
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from statistics import fmean
from typing import Any

from anderebril.genderscan.constants import MIN_RESPONSES, STUDENT_GROUPS, RespondentGroup
from anderebril.genderscan.questionnaires import Questionnaire


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return round(fmean(values), 1) if values else None


def compute_results(
    questionnaire: Questionnaire, responses: Iterable[tuple[str, dict[str, Any]]]
) -> dict[str, Any]:
    """Score ``(group, answers)`` pairs against ``questionnaire``."""
    by_group: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for group, answers in responses:
        if group in questionnaire.groups:
            by_group[group].append(answers)
    counts = {group: len(by_group.get(group, [])) for group in questionnaire.groups}
    shown = [group for group in questionnaire.groups if counts[group] >= MIN_RESPONSES]

    # item scores per (theme, group), and per (question, group)
    theme_scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    questions: dict[str, dict[str, Any]] = {}
    open_answers: dict[str, dict[str, list[str]]] = {}
    for question in questionnaire.questions:
        for group in question.groups:
            if group not in shown:
                continue
            values = [a.get(question.key) for a in by_group[group]]
            values = [v for v in values if v not in (None, "")]
            if not question.is_scored:
                texts = sorted(str(v).strip() for v in values if str(v).strip())
                if texts:
                    open_answers.setdefault(question.key, {})[group] = texts
                continue
            scores = [s for s in (question.score(v) for v in values) if s is not None]
            theme_scores[(question.theme, group)].extend(scores)
            distribution = Counter(str(v) for v in values)
            questions.setdefault(question.key, {})[group] = {
                "mean": _mean(scores),
                "answered": len(values),
                "distribution": dict(distribution),
            }

    themes: dict[str, dict[str, Any]] = {}
    student_groups = [g for g in shown if g in STUDENT_GROUPS]
    for theme in questionnaire.themes:
        groups: dict[str, float] = {}
        for group in shown:
            score = _mean(theme_scores.get((theme.key, group), []))
            if score is not None:
                groups[group] = score
        management = groups.get(RespondentGroup.MANAGEMENT)
        students = _mean(s for g in student_groups for s in theme_scores.get((theme.key, g), []))
        gap = None
        if management is not None and students is not None:
            gap = round(management - students, 1)
        themes[theme.key] = {
            "overall": _mean(groups.values()),
            "groups": groups,
            "management": management,
            "students": students,
            "gap": gap,
        }
    overall = _mean(t["overall"] for t in themes.values() if t["overall"] is not None)
    return {
        "questionnaire": [questionnaire.key, questionnaire.version],
        "counts": counts,
        "total": sum(counts.values()),
        "shown_groups": shown,
        "themes": themes,
        "questions": questions,
        "open_answers": open_answers,
        "overall": overall,
    }
