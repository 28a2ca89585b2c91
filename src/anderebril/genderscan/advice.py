"""Advice from rules kept as data (``data/advice_rules.yaml``) and a curated library of
recommendations (``data/recommendations.yaml``). The advisor edits the draft, then publishes."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from anderebril.accounts.models import User
from anderebril.genderscan.constants import AdviceStatus, RespondentGroup, Scenario
from anderebril.genderscan.kpis import Kpis, kpis_for
from anderebril.genderscan.models import Advice, AdviceItem, ScanRound
from anderebril.genderscan.questionnaires import (
    DATA_DIR,
    Questionnaire,
    QuestionnaireError,
    Source,
    load_sources,
)
from anderebril.genderscan.rounds import questionnaire_of, results_of

CONDITIONS = (
    "theme_below",
    "group_below",
    "gap_above",
    "question_below",
    "kpi_below",
    "kpi_below_reference",
    "no_figures",
)
KPI_NAMES = ("share_women_intake", "retention_gap")


@dataclass(frozen=True)
class Recommendation:
    key: str
    theme: str
    scenario: str
    title: str
    body: str
    source: Source


@dataclass(frozen=True)
class Rule:
    conditions: tuple[tuple[str, dict[str, Any]], ...]
    recommend: tuple[str, ...]


@dataclass
class Proposal:
    recommendation: Recommendation
    reasons: list[str] = field(default_factory=list)


@cache
def load_library() -> dict[str, Recommendation]:
    raw = yaml.safe_load((DATA_DIR / "recommendations.yaml").read_text(encoding="utf-8"))
    sources = load_sources()
    library: dict[str, Recommendation] = {}
    for item in raw["recommendations"]:
        key = item["key"]
        if key in library:
            raise QuestionnaireError(f"recommendations.yaml: '{key}' komt twee keer voor")
        if item["scenario"] not in Scenario.values:
            raise QuestionnaireError(f"recommendations.yaml: {key}: onbekend scenario")
        if item["source"] not in sources:
            raise QuestionnaireError(f"recommendations.yaml: {key}: onbekende bron")
        library[key] = Recommendation(
            key=key,
            theme=item["theme"],
            scenario=item["scenario"],
            title=item["title"],
            body=" ".join(str(item["body"]).split()),
            source=sources[item["source"]],
        )
    return library


@cache
def load_rules() -> tuple[Rule, ...]:
    raw = yaml.safe_load((DATA_DIR / "advice_rules.yaml").read_text(encoding="utf-8"))
    library = load_library()
    rules = []
    for index, item in enumerate(raw["rules"], start=1):
        conditions = []
        for condition in item["when"]:
            ((name, params),) = condition.items()
            if name not in CONDITIONS:
                raise QuestionnaireError(
                    f"advice_rules.yaml: regel {index}: onbekende voorwaarde {name}"
                )
            if name == "kpi_below" and params.get("kpi") not in KPI_NAMES:
                raise QuestionnaireError(f"advice_rules.yaml: regel {index}: onbekende KPI")
            conditions.append((name, dict(params or {})))
        unknown = [key for key in item["recommend"] if key not in library]
        if unknown:
            raise QuestionnaireError(
                f"advice_rules.yaml: regel {index}: onbekende aanbeveling {unknown}"
            )
        rules.append(Rule(tuple(conditions), tuple(item["recommend"])))
    return tuple(rules)


def _question_mean(results: dict[str, Any], key: str) -> float | None:
    per_group = results.get("questions", {}).get(key, {})
    total = weight = 0.0
    for item in per_group.values():
        if item.get("mean") is not None and item.get("answered"):
            total += item["mean"] * item["answered"]
            weight += item["answered"]
    return round(total / weight, 1) if weight else None


def _check(
    name: str,
    params: dict[str, Any],
    questionnaire: Questionnaire,
    results: dict[str, Any],
    kpis: Kpis,
) -> str | None:
    """The reason text if the condition holds, else None."""
    themes = results.get("themes", {})
    if name in ("theme_below", "group_below", "gap_above"):
        theme = questionnaire.theme(params["theme"])
        if theme is None:
            return None
        data = themes.get(theme.key, {})
        if name == "theme_below":
            score = data.get("overall")
            if score is not None and score < params["value"]:
                return _("%(theme)s scoort %(score)s van 100.") % {
                    "theme": theme.title,
                    "score": score,
                }
        elif name == "group_below":
            score = data.get("groups", {}).get(params["group"])
            if score is not None and score < params["value"]:
                group = RespondentGroup(params["group"]).label
                return _("%(group)s geven %(theme)s %(score)s van 100.") % {
                    "group": group,
                    "theme": theme.title,
                    "score": score,
                }
        else:
            gap = data.get("gap")
            if gap is not None and gap > params["value"]:
                return _(
                    "Het management ziet %(theme)s %(gap)s punten rooskleuriger dan studenten."
                ) % {"theme": theme.title, "gap": gap}
        return None
    if name == "question_below":
        question = questionnaire.question(params["question"])
        mean = _question_mean(results, params["question"])
        if question is not None and mean is not None and mean < params["value"]:
            return _("Op de vraag '%(question)s' is de gemiddelde score %(score)s van 100.") % {
                "question": question.text,
                "score": mean,
            }
        return None
    if name == "kpi_below":
        value = getattr(kpis, params["kpi"])
        if value is not None and value < params["value"]:
            if params["kpi"] == "retention_gap":
                return _(
                    "Studentes blijven minder vaak: het verschil in behoud is %(gap)s procentpunt."
                ) % {"gap": value}
            return _("Het aandeel vrouwen in de instroom is %(share)s%%.") % {"share": value}
        return None
    if name == "kpi_below_reference":
        share, reference = kpis.share_women_intake, kpis.national_reference
        if share is not None and reference is not None and share < reference.value:
            return _(
                "Het aandeel vrouwen in de instroom (%(share)s%%) ligt onder "
                "de landelijke referentie (%(ref)s%%)."
            ) % {"share": share, "ref": reference.value}
        return None
    if name == "no_figures":
        if questionnaire.audience == "mbo_school" and not kpis.has_figures:
            return _("Er zijn nog geen cijfers naar geslacht ingevoerd voor dit schooljaar.")
        return None
    return None


def propose(questionnaire: Questionnaire, results: dict[str, Any], kpis: Kpis) -> list[Proposal]:
    """The recommendations the rules call for, each once, with every reason that led to it."""
    library = load_library()
    proposals: dict[str, Proposal] = {}
    for rule in load_rules():
        reasons = []
        for name, params in rule.conditions:
            reason = _check(name, params, questionnaire, results, kpis)
            if reason is None:
                break
            reasons.append(reason)
        else:
            for key in rule.recommend:
                proposal = proposals.setdefault(key, Proposal(library[key]))
                proposal.reasons.extend(r for r in reasons if r not in proposal.reasons)
    return list(proposals.values())


class RoundStillOpen(Exception):
    """Advice is drawn up from the frozen results of a closed round only."""


@transaction.atomic
def generate_advice(scan_round: ScanRound) -> Advice:
    """Create the draft advice, or replace the items of an existing draft.

    Raises ``RoundStillOpen`` for an open round: it has no scores to advise on yet.
    """
    if scan_round.is_open:
        raise RoundStillOpen
    advice, _created = Advice.objects.get_or_create(round=scan_round)
    if advice.status == AdviceStatus.PUBLISHED:
        return advice
    questionnaire = questionnaire_of(scan_round)
    results = results_of(scan_round)
    kpis = kpis_for(scan_round.organisation, scan_round.school_year)
    advice.items.all().delete()
    proposals = propose(questionnaire, results, kpis)
    for position, proposal in enumerate(proposals):
        rec = proposal.recommendation
        AdviceItem.objects.create(
            advice=advice,
            recommendation_key=rec.key,
            scenario=rec.scenario,
            theme=rec.theme,
            title=rec.title,
            body=rec.body,
            reason=" ".join(proposal.reasons),
            source=f"{rec.source.title} — {rec.source.origin}",
            position=position,
        )
    if not advice.summary:
        advice.summary = _(
            "Dit advies is opgesteld op basis van %(total)s reacties en de cijfers van de school. "
            "De aanbevelingen zijn ingedeeld in snelle resultaten en structurele veranderingen."
        ) % {"total": results.get("total", 0)}
    advice.generated_at = timezone.now()
    advice.save()
    return advice


def publish_advice(advice: Advice, user: User) -> None:
    advice.status = AdviceStatus.PUBLISHED
    advice.published_at = timezone.now()
    advice.published_by = user
    advice.save(update_fields=["status", "published_at", "published_by"])


def unpublish_advice(advice: Advice) -> None:
    advice.status = AdviceStatus.DRAFT
    advice.save(update_fields=["status"])
