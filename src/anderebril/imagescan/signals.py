"""Files go with their audit, however it is deleted (page, admin, or its organisation)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from anderebril.imagescan import storage
from anderebril.imagescan.models import Audit


@receiver(post_delete, sender=Audit, dispatch_uid="imagescan_delete_audit_files")
def delete_audit_files(sender: type[Audit], instance: Audit, **kwargs: Any) -> None:
    folder = instance.folder
    transaction.on_commit(lambda: storage.delete_folder(folder))
