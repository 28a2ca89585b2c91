from __future__ import annotations

import pytest

from anderebril.monitor import defaults
from anderebril.monitor.models import Definition, DefinitionRule


@pytest.fixture(autouse=True)
def shipped_definitions(request: pytest.FixtureRequest) -> None:
    """Migration 0002 ships the definitions, but a transactional test elsewhere flushes them."""
    if "db" in request.fixturenames or request.node.get_closest_marker("django_db"):
        request.getfixturevalue("db")
        defaults.install(Definition, DefinitionRule)
