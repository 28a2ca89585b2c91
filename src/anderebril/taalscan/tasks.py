"""The background work of a batch: one task per document, idempotent, retried, recoverable.

The queue is django-tasks with the database backend (``django_tasks_db``): every enqueued task
is a row, so jobs survive restarts of the web server and the workers, and workers on several
machines share one PostgreSQL queue (claimed with ``SELECT … FOR UPDATE SKIP LOCKED``).

The backend does not retry and does not notice a worker that died. The ``BatchItem`` row is
therefore the source of truth:

- a task claims its item with a conditional update (``queued`` → ``running``, attempts + 1);
  a second task for the same item finds nothing to claim and returns, so tasks are idempotent;
- results are written only while the item is still ``running`` with the same attempt number,
  so a worker that comes back to life late cannot overwrite a newer attempt;
- an unexpected error puts the item back in the queue, up to ``MAX_ATTEMPTS`` attempts; a file
  that cannot be read (``DocumentError``) fails at once with its Dutch message;
- ``recover_stalled_items`` (the ``recover_taalscan_batches`` command, run from cron) re-queues
  items left ``running`` by a worker that crashed, and queued items whose task has vanished.
"""

from __future__ import annotations

import logging
import signal
from datetime import timedelta
from typing import Any

from django.core.management import call_command
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import TaskResultStatus, default_task_backend, task
from django_tasks.exceptions import TaskResultDoesNotExist

from anderebril.documents import Document, DocumentError, extract
from anderebril.taalscan.constants import MAX_UPLOAD_SIZE
from anderebril.taalscan.models import BatchItem, ItemStatus
from anderebril.taalscan.services import scan_submission

logger = logging.getLogger(__name__)

#: Attempts per document before it is marked as failed.
MAX_ATTEMPTS = 3
#: Seconds before a retry, times the attempt number (only on backends that support ``run_after``).
RETRY_DELAY_SECONDS = 5
#: A ``running`` item older than this belongs to a worker that died.
STALE_AFTER = timedelta(minutes=10)


def failure_message() -> str:
    return _(
        "Er ging iets mis bij het scannen van dit bestand, ook na %(attempts)s pogingen. "
        "Probeer het later nog eens of neem contact met ons op."
    ) % {"attempts": MAX_ATTEMPTS}


def no_text_message() -> str:
    return _(
        "In dit bestand staat geen tekst die we kunnen lezen. Is het een scan of een afbeelding?"
    )


@task()
def scan_batch_item(item_id: int) -> str:
    """Scan one document of a batch; safe to run twice or after a crash."""
    return process_item(item_id)


def enqueue_item(item_id: int, *, delay_seconds: int = 0) -> None:
    """Put an item on the queue and remember the task's id on the item."""
    queued = scan_batch_item
    if delay_seconds and default_task_backend.supports_defer:
        queued = queued.using(run_after=timezone.now() + timedelta(seconds=delay_seconds))
    result = queued.enqueue(item_id)
    BatchItem.objects.filter(pk=item_id).update(task_id=result.id, queued_at=timezone.now())


def process_item(item_id: int) -> str:
    """Claim the item, scan it and store the outcome; returns what happened, for the logs."""
    claimed = BatchItem.objects.filter(pk=item_id, status=ItemStatus.QUEUED).update(
        status=ItemStatus.RUNNING, attempts=F("attempts") + 1, started_at=timezone.now()
    )
    if not claimed:
        return "not-queued"
    item = BatchItem.objects.select_related("batch").get(pk=item_id)
    attempt = item.attempts
    try:
        document = extract(
            item.name, data=bytes(item.data), filename=item.name, max_size=MAX_UPLOAD_SIZE
        )
        if not document.text.strip():
            raise DocumentError(no_text_message())
        outcome = _scan(item, document)
    except DocumentError as error:
        _finish(item_id, attempt, status=ItemStatus.FAILED, error=_sentence(error.message))
        return "failed"
    except Exception:
        logger.exception("taalscan: item %s, attempt %s failed", item_id, attempt)
        retry_or_fail(item_id, attempt)
        raise  # the task is recorded as failed, with its traceback, in the task table
    _finish(item_id, attempt, status=ItemStatus.DONE, **outcome)
    return "done"


def _scan(item: BatchItem, document: Document) -> dict[str, Any]:
    result = scan_submission(
        text=None, document=document, strategy=item.batch.strategy, language=item.batch.language
    )
    return {
        "text": result.text,
        "report": result.contract()["files"][0],
        "findings_count": result.total,
    }


def _finish(item_id: int, attempt: int, **fields: Any) -> bool:
    """Store the outcome unless another attempt took the item over meanwhile."""
    updated = BatchItem.objects.filter(
        pk=item_id, status=ItemStatus.RUNNING, attempts=attempt
    ).update(finished_at=timezone.now(), data=b"", **fields)
    return bool(updated)


def retry_or_fail(item_id: int, attempt: int) -> None:
    """After an attempt that broke off: queue the item again, or fail it after the last one."""
    mine = BatchItem.objects.filter(pk=item_id, status=ItemStatus.RUNNING, attempts=attempt)
    if attempt < MAX_ATTEMPTS:
        if mine.update(status=ItemStatus.QUEUED, started_at=None):
            enqueue_item(item_id, delay_seconds=RETRY_DELAY_SECONDS * attempt)
    else:
        mine.update(
            status=ItemStatus.FAILED, error=failure_message(), finished_at=timezone.now(), data=b""
        )


def recover_stalled_items(
    *, older_than: timedelta = STALE_AFTER, batch_id: int | None = None
) -> int:
    """Re-queue items whose worker died or whose task was lost; returns how many."""
    cutoff = timezone.now() - older_than
    items = (
        BatchItem.objects.all() if batch_id is None else BatchItem.objects.filter(batch=batch_id)
    )
    recovered = 0
    stalled = items.filter(status=ItemStatus.RUNNING, started_at__lt=cutoff)
    for item_id, attempt in stalled.values_list("pk", "attempts"):
        logger.warning(
            "taalscan: item %s was left running; attempt %s is retried", item_id, attempt
        )
        retry_or_fail(item_id, attempt)
        recovered += 1
    waiting = items.filter(status=ItemStatus.QUEUED).filter(
        Q(queued_at__lt=cutoff) | Q(queued_at__isnull=True)
    )
    for item_id, task_id in waiting.values_list("pk", "task_id"):
        if not _task_is_pending(task_id):
            logger.warning("taalscan: item %s lost its task; it is queued again", item_id)
            enqueue_item(item_id)
            recovered += 1
    return recovered


def _task_is_pending(task_id: str) -> bool:
    if not task_id:
        return False
    try:
        result = scan_batch_item.get_result(task_id)
    except (TaskResultDoesNotExist, NotImplementedError):
        return False
    return result.status in (TaskResultStatus.READY, TaskResultStatus.RUNNING)


def _sentence(message: str) -> str:
    message = message.strip()
    return message if message.endswith((".", "?", "!")) else message + "."


def drain_queue() -> None:
    """Run the database backend's worker in this process until no task is ready.

    For tests and demos: the same ``db_worker`` command as in production, in batch mode. The
    command installs its own signal handlers; the previous ones are put back afterwards.
    """
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    previous = {number: signal.getsignal(number) for number in signals}
    try:
        call_command(
            "db_worker", batch=True, reload=False, startup_delay=False, interval=0, verbosity=0
        )
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
