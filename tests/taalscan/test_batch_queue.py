"""Batches run on the database queue: one task per document, retried, recovered after a crash."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from anderebril.accounts.models import User
from anderebril.organisations.models import Organisation
from anderebril.taalscan import tasks
from anderebril.taalscan.batches import batch_status, create_batch
from anderebril.taalscan.models import Batch, BatchItem, ItemStatus

VACANCY = b"Wij zoeken een ervaren vakman (m/v) voor ons team."


@pytest.fixture(autouse=True)
def _no_retry_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "RETRY_DELAY_SECONDS", 0)


def test_a_batch_puts_one_task_per_document_in_the_database_queue(
    school: Organisation, alice: User
) -> None:
    batch = create_batch(school, alice, [("a.txt", VACANCY), ("b.txt", VACANCY)])
    assert DBTaskResult.objects.filter(status="READY").count() == 2
    assert batch_status(batch)["queued"] == 2
    tasks.drain_queue()
    status = batch_status(batch)
    assert status["done"] == 2 and status["is_finished"]
    assert all(item["findings"] >= 2 for item in status["items"])


def items(batch_id: int) -> list[BatchItem]:
    return list(BatchItem.objects.filter(batch=batch_id).order_by("position"))


def test_a_document_whose_first_attempt_raises_is_retried_and_ends_done(
    school: Organisation, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_scan = tasks._scan
    calls: list[int] = []

    def flaky(item: BatchItem, document: object) -> dict[str, object]:
        calls.append(item.attempts)
        if len(calls) == 1:
            raise RuntimeError("the worker lost its database connection")
        return real_scan(item, document)  # type: ignore[arg-type]

    monkeypatch.setattr(tasks, "_scan", flaky)
    batch = create_batch(school, alice, [("vacature.txt", VACANCY)])
    tasks.drain_queue()
    (item,) = items(batch.pk)
    assert calls == [1, 2]
    assert item.status == ItemStatus.DONE
    assert item.attempts == 2
    assert item.findings_count >= 2
    # The first task is recorded as failed with its traceback; the retry as successful.
    assert DBTaskResult.objects.filter(status="FAILED").count() == 1
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 1


def test_a_document_that_keeps_breaking_fails_after_three_attempts_with_a_dutch_message(
    school: Organisation, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(item: BatchItem, document: object) -> dict[str, object]:
        raise RuntimeError("bug")

    monkeypatch.setattr(tasks, "_scan", broken)
    batch = create_batch(school, alice, [("vacature.txt", VACANCY)])
    tasks.drain_queue()
    (item,) = items(batch.pk)
    assert item.status == ItemStatus.FAILED
    assert item.attempts == tasks.MAX_ATTEMPTS == 3
    assert "Er ging iets mis bij het scannen" in item.error
    assert item.data in (b"", memoryview(b""))


def test_an_unreadable_file_fails_at_once_with_the_dutch_message_of_the_reader(
    school: Organisation, alice: User
) -> None:
    batch = create_batch(school, alice, [("kapot.pdf", b"geen pdf"), ("goed.txt", VACANCY)])
    tasks.drain_queue()
    broken, good = items(batch.pk)
    assert broken.status == ItemStatus.FAILED
    assert broken.attempts == 1
    assert broken.error and broken.error.endswith(".")
    assert "Traceback" not in broken.error
    assert good.status == ItemStatus.DONE


def test_running_the_task_of_a_document_twice_scans_it_once(
    school: Organisation, alice: User
) -> None:
    batch = create_batch(school, alice, [("vacature.txt", VACANCY)])
    (item,) = items(batch.pk)
    assert tasks.process_item(item.pk) == "done"
    assert tasks.process_item(item.pk) == "not-queued"
    item.refresh_from_db()
    assert item.attempts == 1


def test_a_document_left_running_by_a_dead_worker_is_picked_up_again_by_recovery(
    school: Organisation, alice: User
) -> None:
    batch = create_batch(school, alice, [("oud.txt", VACANCY), ("vers.txt", VACANCY)])
    stale, fresh = items(batch.pk)
    # A worker claimed both tasks and died; one long ago, the other just now.
    DBTaskResult.objects.update(status="RUNNING")
    long_ago = timezone.now() - timedelta(minutes=30)
    BatchItem.objects.filter(pk=stale.pk).update(
        status=ItemStatus.RUNNING, attempts=1, started_at=long_ago
    )
    BatchItem.objects.filter(pk=fresh.pk).update(
        status=ItemStatus.RUNNING, attempts=1, started_at=timezone.now()
    )
    tasks.drain_queue()  # nothing is ready: the queue alone would never finish them
    assert batch_status(batch)["running"] == 2

    assert tasks.recover_stalled_items(older_than=timedelta(minutes=10)) == 1
    tasks.drain_queue()
    stale, fresh = items(batch.pk)
    assert stale.status == ItemStatus.DONE
    assert stale.attempts == 2
    assert fresh.status == ItemStatus.RUNNING  # still within its time: left alone


def test_a_worker_that_comes_back_late_cannot_overwrite_the_newer_attempt(
    school: Organisation, alice: User
) -> None:
    batch = create_batch(school, alice, [("vacature.txt", VACANCY)])
    (item,) = items(batch.pk)
    BatchItem.objects.filter(pk=item.pk).update(status=ItemStatus.RUNNING, attempts=2)
    assert not tasks._finish(item.pk, 1, status=ItemStatus.FAILED, error="oud")
    item.refresh_from_db()
    assert item.status == ItemStatus.RUNNING and item.error == ""


def test_a_queued_document_whose_task_was_lost_is_queued_again(
    school: Organisation, alice: User
) -> None:
    batch = create_batch(school, alice, [("vacature.txt", VACANCY)])
    DBTaskResult.objects.all().delete()
    BatchItem.objects.update(queued_at=timezone.now() - timedelta(hours=1))
    out = StringIO()
    call_command("recover_taalscan_batches", "--minutes", "10", stdout=out)
    assert out.getvalue().startswith("1 ")
    tasks.drain_queue()
    assert batch_status(batch)["done"] == 1


def test_a_batch_that_cannot_be_queued_leaves_no_rows_behind(
    school: Organisation, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(item_id: int, **kwargs: object) -> None:
        raise RuntimeError("queue down")

    monkeypatch.setattr("anderebril.taalscan.batches.enqueue_item", refuse)
    with pytest.raises(RuntimeError):
        create_batch(school, alice, [("vacature.txt", VACANCY)])
    assert not Batch.objects.exists()
    assert not DBTaskResult.objects.exists()
