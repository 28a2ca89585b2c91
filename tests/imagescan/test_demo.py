"""The demo audit, and the recovery of an import whose worker died."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from anderebril.accounts.models import User
from anderebril.core.demo import load_demo_data
from anderebril.imagescan.constants import ImportStatus
from anderebril.imagescan.demo import load_imagescan_demo
from anderebril.imagescan.figures import build_report
from anderebril.imagescan.models import Audit
from anderebril.imagescan.services import create_audit
from anderebril.imagescan.tasks import requeue_stalled
from anderebril.organisations.models import Organisation
from anderebril.taalscan.tasks import drain_queue
from tests.imagescan.files import jpeg


def test_the_demo_audit_is_imported_tagged_and_shows_the_patterns(settings: object) -> None:
    load_demo_data()
    audit = load_imagescan_demo()
    assert audit is not None
    audit.refresh_from_db()
    assert audit.import_status == ImportStatus.DONE
    report = build_report(audit)
    assert report.tagged == report.images == 7
    assert len(report.missing_alt) == 1
    assert report.findings >= 2  # "vakman", "stoere jongens"
    assert report.exception_images and report.meets_target is False
    assert load_imagescan_demo() is None  # once


def test_the_demo_command_refuses_outside_demo_mode(settings: object) -> None:
    settings.DEMO_MODE = False  # type: ignore[attr-defined]
    with pytest.raises(CommandError):
        call_command("load_imagescan_demo")


def test_an_import_left_running_is_queued_again_and_finishes(
    school: Organisation, alice: User
) -> None:
    audit = create_audit(school, alice, [("a.jpg", jpeg())])
    Audit.objects.filter(pk=audit.pk).update(
        import_status=ImportStatus.RUNNING,
        import_token="dead-worker",
        import_attempts=1,
        import_heartbeat=timezone.now() - timedelta(hours=1),
    )
    drain_queue()  # the old task finds the audit running and leaves it alone
    assert requeue_stalled() == 1
    drain_queue()
    audit.refresh_from_db()
    assert audit.import_status == ImportStatus.DONE
    assert audit.images.count() == 1
