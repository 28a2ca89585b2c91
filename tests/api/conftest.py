"""Helpers of the API tests: database access for every test, a token of Alice's school."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from anderebril.accounts.models import User
from anderebril.api.services import NewToken, create_token
from anderebril.organisations.models import Organisation

SCAN_URL = "/api/v1/scan"
FILE_URL = "/api/v1/scan/file"


@pytest.fixture(autouse=True)
def _database(db: None) -> None:
    """Rate-limit counters live in the database, so every test starts with none."""


@pytest.fixture
def token(school: Organisation, alice: User) -> NewToken:
    return create_token(organisation=school, name="Roosterkoppeling", created_by=alice)


def scan(client: Client, secret: str | None = None, **body: Any) -> Any:
    headers = {"Authorization": f"Bearer {secret}"} if secret else {}
    return client.post(SCAN_URL, body, content_type="application/json", headers=headers)
