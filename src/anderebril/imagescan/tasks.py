"""The background import of an audit, one task per audit on the django-tasks database queue.

The audit row is the source of truth: the task claims it with a conditional update
(``queued`` → ``running``), so a second task for the same audit does nothing. A crash mid-way
leaves the audit ``running``; ``requeue_stalled`` (for cron or an admin) puts it back and the
retried import starts over, replacing the images it had made.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from anderebril.imagescan.constants import ImportStatus
from anderebril.imagescan.importer import claim, run_import
from anderebril.imagescan.models import Audit


@task()
def import_audit(audit_id: int) -> str:
    """Import the uploaded files of an audit; does nothing when it is not queued."""
    if not claim(audit_id):
        return "not-queued"
    return run_import(audit_id)


def enqueue_import(audit_id: int) -> None:
    result = import_audit.enqueue(audit_id)
    Audit.objects.filter(pk=audit_id).update(task_id=result.id)


def requeue_stalled(*, older_than: timedelta = timedelta(minutes=30)) -> int:
    """Queue again imports left running by a worker that died; returns how many."""
    cutoff = timezone.now() - older_than
    stalled = list(
        Audit.objects.filter(import_status=ImportStatus.RUNNING, created_at__lt=cutoff).values_list(
            "pk", flat=True
        )
    )
    for audit_id in stalled:
        Audit.objects.filter(pk=audit_id).update(import_status=ImportStatus.QUEUED)
        enqueue_import(audit_id)
    return len(stalled)
