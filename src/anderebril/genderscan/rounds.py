"""Scan rounds: opening with an anonymous link per group, responding, counting, closing."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from anderebril.accounts.models import User
from anderebril.genderscan.constants import RoundStatus
from anderebril.genderscan.models import RespondentLink, Response, ScanRound
from anderebril.genderscan.questionnaires import (
    Questionnaire,
    QuestionnaireError,
    latest_version,
    load_questionnaire,
    questionnaire_key_for,
)
from anderebril.genderscan.scoring import compute_results
from anderebril.organisations.models import Organisation


class RoundClosed(Exception):
    """The round no longer accepts responses."""


def questionnaire_of(scan_round: ScanRound) -> Questionnaire:
    return load_questionnaire(scan_round.questionnaire_key, scan_round.questionnaire_version)


def current_school_year() -> int:
    today = timezone.localdate()
    return today.year if today.month >= 8 else today.year - 1


@transaction.atomic
def open_round(
    organisation: Organisation,
    *,
    title: str,
    school_year: int,
    programme_team: str = "",
    user: User | None = None,
    opened_at: Any = None,
) -> ScanRound:
    """Open a round with the latest questionnaire for the organisation's kind."""
    key = questionnaire_key_for(organisation.kind)
    if key is None:
        raise QuestionnaireError(
            f"geen vragenlijst voor organisaties van soort {organisation.kind}"
        )
    version = latest_version(key)
    scan_round = ScanRound.objects.create(
        organisation=organisation,
        title=title,
        school_year=school_year,
        programme_team=programme_team,
        questionnaire_key=key,
        questionnaire_version=version,
        opened_at=opened_at or timezone.now(),
        created_by=user if user and user.is_authenticated else None,
    )
    for group in load_questionnaire(key, version).groups:
        RespondentLink.objects.create(round=scan_round, group=group)
    return scan_round


def link_for_token(token: str) -> RespondentLink | None:
    if not token or len(token) > 64:
        return None
    return RespondentLink.objects.select_related("round__organisation").filter(token=token).first()


def clean_answers(questionnaire: Questionnaire, group: str, raw: dict[str, Any]) -> dict[str, Any]:
    """Keep only valid answers to the group's questions: Likert 0–5, a known option, short text."""
    answers: dict[str, Any] = {}
    for question in questionnaire.questions_for(group):
        value = raw.get(question.key)
        if value in (None, ""):
            continue
        if question.type == "likert":
            try:
                number = int(value)
            except (TypeError, ValueError):
                continue
            if 0 <= number <= 5:
                answers[question.key] = number
        elif question.type == "choice":
            if any(option.key == value for option in question.options):
                answers[question.key] = str(value)
        else:
            text = str(value).strip()[:2000]
            if text:
                answers[question.key] = text
    return answers


def submit_response(link: RespondentLink, raw_answers: dict[str, Any]) -> Response:
    """Store one anonymous response. Nothing about the respondent is kept."""
    with transaction.atomic():
        scan_round = ScanRound.objects.select_for_update().get(pk=link.round_id)
        if scan_round.status != RoundStatus.OPEN:
            raise RoundClosed
        answers = clean_answers(questionnaire_of(scan_round), link.group, raw_answers)
        return Response.objects.create(round=scan_round, group=link.group, answers=answers)


def response_counts(scan_round: ScanRound) -> dict[str, int]:
    """Responses per group of the round's questionnaire (zero included)."""
    counts = dict.fromkeys(questionnaire_of(scan_round).groups, 0)
    rows = scan_round.responses.values_list("group").order_by()
    for (group,) in rows:
        if group in counts:
            counts[group] += 1
    return counts


def results_of(scan_round: ScanRound) -> dict[str, Any]:
    """The round's scores once it is closed; while it is open, only the responses per group.

    Scores of an open round would change with every response: someone who looks before and
    after one person they know answers could read that person's answers from the difference.
    So an open round shows progress (how many responded in each group) and nothing computed
    from the answers — no scores, distributions or open answers — until it is closed and the
    results are frozen.
    """
    if scan_round.status == RoundStatus.CLOSED:
        return scan_round.results or score_round(scan_round)
    questionnaire = questionnaire_of(scan_round)
    counts = response_counts(scan_round)
    return {
        "questionnaire": [questionnaire.key, questionnaire.version],
        "open": True,
        "counts": counts,
        "total": sum(counts.values()),
        "shown_groups": [],
        "themes": {},
        "questions": {},
        "open_answers": {},
        "overall": None,
    }


def score_round(scan_round: ScanRound) -> dict[str, Any]:
    """Score every response of the round now (used to freeze the results on closing)."""
    responses = scan_round.responses.values_list("group", "answers").order_by()
    return compute_results(questionnaire_of(scan_round), responses)


@transaction.atomic
def close_round(scan_round: ScanRound, closed_at: Any = None) -> ScanRound:
    """Close the round: no more responses, and the scores are frozen as they are now."""
    scan_round = ScanRound.objects.select_for_update().get(pk=scan_round.pk)
    if scan_round.status == RoundStatus.CLOSED:
        return scan_round
    scan_round.results = score_round(scan_round)
    scan_round.status = RoundStatus.CLOSED
    scan_round.closed_at = closed_at or timezone.now()
    scan_round.save(update_fields=["results", "status", "closed_at"])
    return scan_round


def rounds_of(organisation: Organisation) -> list[ScanRound]:
    return list(organisation.genderscan_rounds.order_by("opened_at", "pk"))


def previous_round(scan_round: ScanRound) -> ScanRound | None:
    """The round of the same organisation and questionnaire opened before this one."""
    return (
        ScanRound.objects.filter(
            organisation_id=scan_round.organisation_id,
            questionnaire_key=scan_round.questionnaire_key,
            opened_at__lt=scan_round.opened_at,
        )
        .order_by("-opened_at", "-pk")
        .first()
    )
