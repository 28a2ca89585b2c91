"""Shared actors: Alice works at a school, Bob is an advisor, Carol a platform admin."""

from __future__ import annotations

import pytest

from anderebril.accounts.constants import Role
from anderebril.accounts.models import User
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Membership, Organisation

PASSWORD = "een-lang-testwachtwoord-42"


@pytest.fixture
def school(db: None) -> Organisation:
    return Organisation.objects.create(
        name="Techniekcollege Test", slug="techniekcollege-test", kind=Kind.MBO_SCHOOL,
        brin_code="98ZZ", town="Tiel",
    )  # fmt: skip


@pytest.fixture
def alice(school: Organisation) -> User:
    user = User.objects.create_user("alice@school.example", PASSWORD, first_name="Alice")
    Membership.objects.create(user=user, organisation=school, is_manager=True)
    return user


@pytest.fixture
def bob(db: None) -> User:
    return User.objects.create_user("bob@advies.example", PASSWORD, role=Role.ADVISOR)


@pytest.fixture
def carol(db: None) -> User:
    return User.objects.create_superuser("carol@platform.example", PASSWORD)


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: pytest.FixtureRequest) -> None:
    """Tests run without collectstatic: serve static files from the apps, unhashed."""
    settings.STORAGES = {  # type: ignore[attr-defined]
        **settings.STORAGES,  # type: ignore[attr-defined]
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
