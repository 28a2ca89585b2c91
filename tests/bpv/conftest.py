"""Shared fixtures of the BPV tests: a second school with its own member, and a signal."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from anderebril.accounts.models import User
from anderebril.bpv import services
from anderebril.bpv.constants import ReporterRole, Sector, SignalKind
from anderebril.bpv.models import Signal
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Membership, Organisation
from tests.conftest import PASSWORD


@pytest.fixture
def other_school(db: None) -> Organisation:
    return Organisation.objects.create(
        name="Vakcollege Elders", slug="vakcollege-elders", kind=Kind.MBO_SCHOOL,
        brin_code="97YY", town="Elst",
    )  # fmt: skip


@pytest.fixture
def dana(other_school: Organisation) -> User:
    """Manager of another school."""
    user = User.objects.create_user("dana@elders.example", PASSWORD, first_name="Dana")
    Membership.objects.create(user=user, organisation=other_school, is_manager=True)
    return user


@pytest.fixture
def erik(school: Organisation) -> User:
    """A plain member (no manager, no coordinator) of Alice's school."""
    user = User.objects.create_user("erik@school.example", PASSWORD, first_name="Erik")
    Membership.objects.create(user=user, organisation=school)
    return user


def form_data(school: Organisation, **overrides: Any) -> dict[str, Any]:
    data = {
        "organisation": school.slug,
        "reporter_role": ReporterRole.STUDENT,
        "sector": Sector.TECHNIEK,
        "crebo": "25617",
        "kind": SignalKind.TASKS,
        "company_name": "Installatiebedrijf Voorbeeld",
        "description": "Ik mocht alleen achter de balie zitten.",
        "month": "3",
        "year": str(date.today().year - 1),
    }
    data.update(overrides)
    return data


def make_signal(school: Organisation, **overrides: Any) -> tuple[Signal, str]:
    fields: dict[str, Any] = {
        "organisation": school,
        "reporter_role": ReporterRole.STUDENT,
        "sector": Sector.TECHNIEK,
        "kind": SignalKind.TASKS,
        "occurred_in": date(2026, 3, 1),
        "description": "Alleen receptiewerk.",
    }
    contact = overrides.pop("contact", None)
    fields.update(overrides)
    return services.report_signal(services.Report(**fields), contact)


@pytest.fixture
def signal(school: Organisation) -> Signal:
    return make_signal(school)[0]


class _FixedClock:
    """100 seconds into an hourly window: no rate-limit window ends in the middle of a test."""

    @staticmethod
    def time() -> float:
        return 1_800_000_000.0 + 100


@pytest.fixture(autouse=True)
def fixed_rate_limit_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    from anderebril.bpv import ratelimit

    monkeypatch.setattr(ratelimit, "time", _FixedClock)
