"""A photo file goes with its person, however she is deleted (her page, the admin, her account)."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete
from django.dispatch import receiver

from anderebril.network import photos
from anderebril.network.models import Person


@receiver(post_delete, sender=Person, dispatch_uid="network_delete_person_photo")
def delete_photo_file(sender: type[Person], instance: Person, **kwargs: Any) -> None:
    if instance.photo:
        photos.delete_file_after_commit(instance.photo.storage, instance.photo.name)
