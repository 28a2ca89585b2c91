"""Fixtures of the beeldscan tests: a private media folder per test, a member's client, and an
audit imported by the real worker."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from anderebril.accounts.models import User
from anderebril.imagescan.models import Audit
from anderebril.imagescan.services import create_audit
from anderebril.organisations.models import Organisation
from anderebril.taalscan.tasks import drain_queue
from tests.imagescan.files import jpeg, zipped

PAGE = """<html><body><h1>Opleidingen techniek</h1>
<p>Bij ons leer je lassen in een echte werkplaats.</p>
<figure><img src="beelden/lasser.jpg" alt="Een vrouw last een frame">
<figcaption>Sanne, tweedejaars, aan het werk</figcaption></figure>
<p>Onze docenten helpen je verder.</p>
<img src="beelden/receptie.jpg">
<img src="beelden/weg.jpg" alt="">
<img src="https://cdn.example/extern.jpg" alt="extern">
</body></html>"""


@pytest.fixture(autouse=True)
def _media(settings: pytest.FixtureRequest, tmp_path: Path, db: None) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _worker_keeps_the_test_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in the taalscan tests: the worker runs inside the test's transaction."""
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )


@pytest.fixture
def member(client: Client, alice: User) -> Client:
    client.force_login(alice)
    return client


def bank_zip() -> bytes:
    return zipped(
        {
            "site/index.html": PAGE.encode(),
            "site/beelden/lasser.jpg": jpeg(keywords=["vrouw", "lassen"], caption="Lasser"),
            "site/beelden/receptie.jpg": jpeg(colour=(200, 10, 10)),
            "site/beelden/portret.jpg": jpeg(xmp_subjects=["man", "monteur"]),
            "site/kapot.jpg": jpeg()[:200],
            "site/notities.txt": b"geen beeld",
            "site/binnen.zip": b"PK",
        }
    )


def imported(organisation: Organisation, user: User, data: bytes | None = None) -> Audit:
    audit = create_audit(organisation, user, [("bank.zip", data or bank_zip())], title="Bank")
    drain_queue()
    audit.refresh_from_db()
    return audit


@pytest.fixture
def audit(school: Organisation, alice: User) -> Audit:
    return imported(school, alice)
