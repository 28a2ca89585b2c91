"""A worker that dies, stalls or is overtaken: the heartbeat, the claim token and the attempts.
And an audit that cannot be created leaves nothing behind."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from anderebril.accounts.models import User
from anderebril.imagescan import importer, services
from anderebril.imagescan.constants import MAX_IMPORT_ATTEMPTS, ImportStatus
from anderebril.imagescan.importer import claim, run_import
from anderebril.imagescan.metadata import ImageInfo
from anderebril.imagescan.models import Audit
from anderebril.imagescan.services import create_audit
from anderebril.imagescan.tasks import requeue_stalled
from anderebril.organisations.models import Organisation
from tests.imagescan.files import jpeg, zipped


def running(audit: Audit, *, heartbeat_ago: timedelta, attempts: int = 1) -> None:
    """The audit as a worker left it: running, with its heartbeat ``heartbeat_ago`` old."""
    Audit.objects.filter(pk=audit.pk).update(
        import_status=ImportStatus.RUNNING,
        import_token="old-worker",
        import_attempts=attempts,
        import_heartbeat=timezone.now() - heartbeat_ago,
    )


def test_claiming_sets_a_token_a_heartbeat_and_counts_the_attempt(
    school: Organisation, alice: User
) -> None:
    audit = create_audit(school, alice, [("a.jpg", jpeg())])
    token = claim(audit.pk)
    audit.refresh_from_db()
    assert token and audit.import_token == token
    assert audit.import_status == ImportStatus.RUNNING and audit.import_attempts == 1
    assert audit.import_heartbeat is not None
    assert claim(audit.pk) is None  # a second worker gets nothing


def test_a_long_import_with_a_recent_heartbeat_is_not_queued_again(
    school: Organisation, alice: User
) -> None:
    audit = create_audit(school, alice, [("a.jpg", jpeg())])
    # Queued a day ago, still working: its heartbeat is a minute old.
    Audit.objects.filter(pk=audit.pk).update(created_at=timezone.now() - timedelta(days=1))
    running(audit, heartbeat_ago=timedelta(minutes=1))
    assert requeue_stalled() == 0
    audit.refresh_from_db()
    assert audit.import_status == ImportStatus.RUNNING and audit.import_token == "old-worker"


def test_an_import_with_a_stale_heartbeat_is_queued_again_and_its_old_worker_stops(
    school: Organisation, alice: User
) -> None:
    audit = create_audit(school, alice, [("bank.zip", zipped({"a.jpg": jpeg(), "b.jpg": jpeg()}))])
    first = claim(audit.pk)
    assert first is not None
    Audit.objects.filter(pk=audit.pk).update(import_heartbeat=timezone.now() - timedelta(hours=1))
    assert requeue_stalled() == 1  # the first worker looks dead
    second = claim(audit.pk)
    assert second is not None and second != first
    # The first worker was only slow: it wakes up, sees its claim is gone, writes nothing.
    assert run_import(audit.pk, first) == "superseded"
    assert not audit.images.exists()
    assert run_import(audit.pk, second) == "done"
    assert audit.images.count() == 2


def test_a_worker_overtaken_mid_import_stops_before_its_next_write(
    school: Organisation, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    audit = create_audit(school, alice, [("bank.zip", zipped({"a.jpg": jpeg(), "b.jpg": jpeg()}))])
    token = claim(audit.pk)
    assert token is not None
    real = importer.read_image

    def overtaken(data: bytes) -> ImageInfo:
        # requeue_stalled and a new worker take the import over while this one reads.
        Audit.objects.filter(pk=audit.pk).update(import_token="new-worker")
        return real(data)

    monkeypatch.setattr(importer, "read_image", overtaken)
    assert run_import(audit.pk, token) == "superseded"
    assert not audit.images.exists()
    audit.refresh_from_db()
    assert audit.import_status == ImportStatus.RUNNING  # left to the new worker


def test_an_import_that_keeps_stalling_fails_with_a_dutch_message(
    school: Organisation, alice: User
) -> None:
    audit = create_audit(school, alice, [("a.jpg", jpeg())])
    running(audit, heartbeat_ago=timedelta(hours=1), attempts=MAX_IMPORT_ATTEMPTS)
    assert requeue_stalled() == 0
    audit.refresh_from_db()
    assert audit.import_status == ImportStatus.FAILED
    assert "vastgelopen" in audit.import_error


def test_an_import_is_retried_until_the_attempts_run_out(school: Organisation, alice: User) -> None:
    audit = create_audit(school, alice, [("a.jpg", jpeg())])
    for attempt in range(1, MAX_IMPORT_ATTEMPTS + 1):
        token = claim(audit.pk)  # a worker claims it ... and dies
        assert token is not None
        audit.refresh_from_db()
        assert audit.import_attempts == attempt
        Audit.objects.filter(pk=audit.pk).update(
            import_heartbeat=timezone.now() - timedelta(hours=1)
        )
        requeue_stalled()
    audit.refresh_from_db()
    assert audit.import_status == ImportStatus.FAILED


def test_an_audit_that_cannot_be_queued_leaves_no_row_and_no_folder(
    school: Organisation, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    def queue_down(audit_id: int) -> None:
        raise RuntimeError("queue unavailable")

    monkeypatch.setattr(services, "enqueue_import", queue_down)
    with pytest.raises(RuntimeError):
        create_audit(school, alice, [("bank.zip", zipped({"a.jpg": jpeg()})), ("b.jpg", jpeg())])
    assert not Audit.objects.exists()
    root = Path(settings.MEDIA_ROOT) / "imagescan"
    assert not root.exists() or not any(root.iterdir())


def test_the_uploads_are_written_before_the_database_transaction(
    school: Organisation, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = []
    real = services._store

    def recording(*args: object) -> object:
        seen.append(connection.in_atomic_block and len(connection.savepoint_ids))
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(services, "_store", recording)
    create_audit(school, alice, [("a.jpg", jpeg())])
    assert seen == [0]  # no savepoint of create_audit's own around the copying


def test_an_import_left_running_before_heartbeats_existed_is_judged_by_its_start(
    school: Organisation, alice: User
) -> None:
    audit = create_audit(school, alice, [("a.jpg", jpeg())])
    Audit.objects.filter(pk=audit.pk).update(import_status=ImportStatus.RUNNING)
    assert requeue_stalled() == 0  # started just now
    Audit.objects.filter(pk=audit.pk).update(created_at=timezone.now() - timedelta(hours=1))
    assert requeue_stalled() == 1
