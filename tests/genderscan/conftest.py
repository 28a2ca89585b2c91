"""Genderscan fixtures: Mallory works at another school; rounds are filled through the services."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from anderebril.accounts.models import User
from anderebril.genderscan.models import AdvisorAssignment, RespondentLink, ScanRound
from anderebril.genderscan.rounds import open_round, submit_response
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Membership, Organisation
from tests.conftest import PASSWORD


@pytest.fixture
def other_school(db: None) -> Organisation:
    return Organisation.objects.create(
        name="Andere School Test", slug="andere-school-test", kind=Kind.MBO_SCHOOL, brin_code="98ZY"
    )


@pytest.fixture
def mallory(other_school: Organisation) -> User:
    user = User.objects.create_user("mallory@andere.example", PASSWORD)
    Membership.objects.create(user=user, organisation=other_school, is_manager=True)
    return user


@pytest.fixture
def assigned_bob(bob: User, school: Organisation) -> User:
    AdvisorAssignment.objects.create(advisor=bob, organisation=school)
    return bob


@pytest.fixture
def scan_round(school: Organisation) -> ScanRound:
    return open_round(school, title="0-meting 2024", school_year=2024)


Answer = Callable[..., None]


@pytest.fixture
def answer() -> Answer:
    """``answer(round, group, n, **answers)`` submits n identical responses through the link."""

    def submit(scan_round: ScanRound, group: str, n: int, **answers: Any) -> None:
        link = RespondentLink.objects.get(round=scan_round, group=group)
        for _i in range(n):
            submit_response(link, {key.replace("_", "-"): value for key, value in answers.items()})

    return submit
