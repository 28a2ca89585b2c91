"""The background import of an audit, one task per audit on the django-tasks database queue.

The audit row is the source of truth: the task claims it with a conditional update
(``queued`` → ``running``, with a fresh random claim token), so a second task for the same audit
does nothing. While it runs, the worker renews ``import_heartbeat`` with every progress update.
A worker that dies leaves the audit ``running`` with an old heartbeat; ``requeue_stalled`` (for
cron or an admin) puts it back in the queue, which also takes away the old worker's token, so
should it still be alive it stops at its next write. An import claimed ``MAX_IMPORT_ATTEMPTS``
times fails with a Dutch message instead of being retried for ever.
"""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from anderebril.imagescan.constants import MAX_IMPORT_ATTEMPTS, ImportStatus
from anderebril.imagescan.importer import claim, run_import
from anderebril.imagescan.models import Audit


@task()
def import_audit(audit_id: int) -> str:
    """Import the uploaded files of an audit; does nothing when it is not queued."""
    token = claim(audit_id)
    if token is None:
        return "not-queued"
    return run_import(audit_id, token)


def enqueue_import(audit_id: int) -> None:
    result = import_audit.enqueue(audit_id)
    Audit.objects.filter(pk=audit_id).update(task_id=result.id)


def stalled_message() -> str:
    return _(
        "Het inlezen is %(count)s keer vastgelopen en daarom gestopt. Begin een nieuwe audit, "
        "bijvoorbeeld met minder of kleinere bestanden."
    ) % {"count": MAX_IMPORT_ATTEMPTS}


def requeue_stalled(*, older_than: timedelta = timedelta(minutes=10)) -> int:
    """Queue again the imports whose worker has given no sign of life for ``older_than``;
    fail those already tried ``MAX_IMPORT_ATTEMPTS`` times. Returns how many were requeued."""
    cutoff = timezone.now() - older_than
    # Imports claimed before heartbeats existed have none: their start time stands in for it.
    stale = Q(import_heartbeat__lt=cutoff) | Q(import_heartbeat=None, created_at__lt=cutoff)
    stalled = Audit.objects.filter(stale, import_status=ImportStatus.RUNNING).values_list(
        "pk", "import_attempts"
    )
    requeued = 0
    for audit_id, attempts in list(stalled):
        # Conditional on the same state, so two runs of this function cannot both act on it.
        still = Audit.objects.filter(stale, pk=audit_id, import_status=ImportStatus.RUNNING)
        if attempts >= MAX_IMPORT_ATTEMPTS:
            still.update(
                import_status=ImportStatus.FAILED, import_error=stalled_message(), import_token=""
            )
        elif still.update(import_status=ImportStatus.QUEUED, import_token=""):
            enqueue_import(audit_id)
            requeued += 1
    return requeued
