"""Shared helpers of the genderscan views: every lookup goes through the access rules."""

from __future__ import annotations

from typing import cast

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from anderebril.accounts.models import User
from anderebril.genderscan.access import may_advise, organisation_for
from anderebril.genderscan.models import ScanRound
from anderebril.genderscan.questionnaires import (
    latest_version,
    load_questionnaire,
    questionnaire_key_for,
)
from anderebril.organisations.models import Organisation


def user_of(request: HttpRequest) -> User:
    return cast(User, request.user)


def get_organisation(request: HttpRequest, slug: str) -> Organisation:
    return organisation_for(user_of(request), slug)


def get_round(request: HttpRequest, slug: str, pk: int) -> ScanRound:
    organisation = get_organisation(request, slug)
    scan_round = get_object_or_404(ScanRound, pk=pk, organisation=organisation)
    scan_round.organisation = organisation
    return scan_round


def require_advisor(request: HttpRequest, organisation: Organisation) -> None:
    """Editing advice is for the assigned advisor and platform admins; others get a 404."""
    if not may_advise(user_of(request), organisation):
        raise Http404


def theme_choices(organisation: Organisation) -> list[tuple[str, str]]:
    key = questionnaire_key_for(organisation.kind)
    if key is None:
        return []
    return [(t.key, t.title) for t in load_questionnaire(key, latest_version(key)).themes]


def theme_titles(organisation: Organisation) -> dict[str, str]:
    return dict(theme_choices(organisation))
