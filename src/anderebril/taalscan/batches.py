"""Services for saved scans and batches, for the views here and the JSON API.

    batch = create_batch(organisation, user, [("vacature.pdf", data), ("dossiers.zip", data)])
    batch_status(batch)   # {"total": 2, "done": 1, ...}
    saved_scans_for(organisation)

Access rules live here too: a member sees only her own organisations' scans and batches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.db import transaction
from django.db.models import Count, QuerySet
from django.utils.translation import gettext as _

from anderebril.accounts.models import User
from anderebril.organisations.models import Organisation
from anderebril.organisations.services import organisations_of
from anderebril.taalscan.archives import (
    MAX_BATCH_DOCUMENTS,
    ArchiveError,
    Entry,
    entries_for,
    too_large_message,
)
from anderebril.taalscan.constants import ScanLanguage, Strategy
from anderebril.taalscan.models import FINISHED_STATUSES, Batch, BatchItem, ItemStatus, SavedScan
from anderebril.taalscan.tasks import enqueue_item

__all__ = [
    "ArchiveError",
    "batch_status",
    "batches_for_user",
    "create_batch",
    "saved_scans_for",
    "saved_scans_for_user",
]


def saved_scans_for(organisation: Organisation) -> QuerySet[SavedScan]:
    """The scans an organisation saved, newest first, without their (long) texts."""
    return SavedScan.objects.filter(organisation=organisation).defer("text", "report")


def saved_scans_for_user(user: User) -> QuerySet[SavedScan]:
    """The saved scans of every organisation ``user`` is a member of."""
    return (
        SavedScan.objects.filter(organisation__in=organisations_of(user))
        .select_related("organisation", "created_by")
        .defer("text", "report")
    )


def batches_for_user(user: User) -> QuerySet[Batch]:
    return Batch.objects.filter(organisation__in=organisations_of(user)).select_related(
        "organisation", "created_by"
    )


def create_batch(
    organisation: Organisation,
    user: User | None,
    files: Iterable[tuple[str, bytes]],
    *,
    title: str = "",
    strategy: str = Strategy.OVERKOEPELEND,
    language: str = ScanLanguage.NL,
    oversized: Sequence[str] = (),
) -> Batch:
    """A batch with one item per document, each queued as a task in the same transaction.

    ``files`` are (name, bytes) pairs; zip files among them are unpacked safely. ``oversized``
    names files the upload already dropped for their size; they are listed as skipped.
    Raises ``ArchiveError`` (Dutch message) when a zip is refused or there are too many
    documents or none at all.
    """
    entries = [Entry(name, error=too_large_message()) for name in oversized]
    entries += entries_for(files)
    if not entries:
        raise ArchiveError(_("Kies één of meer bestanden of een zip-bestand."))
    if len(entries) > MAX_BATCH_DOCUMENTS:
        raise ArchiveError(
            _("Een batch mag hoogstens %(limit)s documenten bevatten; dit zijn er %(count)s.")
            % {"limit": MAX_BATCH_DOCUMENTS, "count": len(entries)}
        )
    with transaction.atomic():
        batch = Batch.objects.create(
            organisation=organisation,
            created_by=user if user is not None and user.is_authenticated else None,
            title=(title.strip() or _default_title(entries))[:200],
            strategy=strategy,
            language=language,
        )
        items = BatchItem.objects.bulk_create(
            BatchItem(
                batch=batch,
                position=position,
                name=entry.name[:500],
                data=entry.data,
                status=ItemStatus.SKIPPED if entry.error else ItemStatus.QUEUED,
                error=entry.error,
            )
            for position, entry in enumerate(entries, start=1)
        )
        # A database queue makes the tasks part of this transaction: all rows or none.
        for item in items:
            if item.status == ItemStatus.QUEUED:
                enqueue_item(item.pk)
    return batch


def _default_title(entries: list[Entry]) -> str:
    first = entries[0].name
    if len(entries) == 1:
        return first
    return _("%(name)s en %(count)s andere") % {"name": first, "count": len(entries) - 1}


def batch_counts(batch: Batch) -> dict[str, int]:
    """Items per status, every status present (zero when none)."""
    counts = dict.fromkeys(ItemStatus.values, 0)
    for row in batch.items.order_by().values("status").annotate(n=Count("id")):
        counts[row["status"]] = row["n"]
    return counts


def batch_status(batch: Batch, *, include_items: bool = True) -> dict[str, Any]:
    """Progress of a batch as plain data (the batch page and the API show the same)."""
    counts = batch_counts(batch)
    total = sum(counts.values())
    finished = sum(counts[status] for status in FINISHED_STATUSES)
    status: dict[str, Any] = {
        "id": batch.pk,
        "title": batch.title,
        "organisation": batch.organisation.slug,
        "created_at": batch.created_at.isoformat(),
        "strategy": batch.strategy,
        "language": batch.language,
        "total": total,
        "finished": finished,
        "is_finished": finished == total,
        "percent": round(100 * finished / total) if total else 100,
        **counts,
    }
    if include_items:
        status["items"] = [
            {
                "position": item["position"],
                "name": item["name"],
                "status": item["status"],
                "error": item["error"],
                "findings": item["findings_count"],
                "attempts": item["attempts"],
            }
            for item in batch.items.order_by("position").values(
                "position", "name", "status", "error", "findings_count", "attempts"
            )
        ]
    return status
