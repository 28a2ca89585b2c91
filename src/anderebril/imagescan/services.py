"""What the views (and other apps) may ask of the beeldscan.

    audit = create_audit(organisation, user, [("beeldbank.zip", uploaded_file)], title="2026")
    audits_for_user(user)     # the audits a user may see
    delete_audit(audit)       # rows and files

Access: an audit is seen only by members of its organisation and by platform admins; everyone
else gets a 404, as if it did not exist.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath

from django.core.files import File
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from anderebril.accounts.models import User
from anderebril.imagescan import storage
from anderebril.imagescan.archives import ArchiveError, check_zip, is_zip
from anderebril.imagescan.constants import MAX_IMAGES
from anderebril.imagescan.models import Audit
from anderebril.imagescan.tasks import enqueue_import
from anderebril.organisations.models import Organisation
from anderebril.organisations.services import organisations_of

__all__ = ["ArchiveError", "audits_for_user", "create_audit", "delete_audit"]


def audits_for_user(user: User) -> QuerySet[Audit]:
    audits = Audit.objects.select_related("organisation", "created_by", "previous")
    if user.is_authenticated and user.is_platform_admin:
        return audits
    return audits.filter(organisation__in=organisations_of(user))


def create_audit(
    organisation: Organisation,
    user: User | None,
    uploads: Iterable[tuple[str, bytes | File]],
    *,
    title: str = "",
    target: int = 50,
    previous: Audit | None = None,
    oversized: Sequence[str] = (),
) -> Audit:
    """An audit whose uploads wait in its private folder for the import task.

    Zips are checked (not unpacked) here, so a broken or hostile zip is refused at once with
    ``ArchiveError`` and nothing is kept. ``oversized`` names files the upload already dropped.
    """
    uploads = list(uploads)
    if not uploads:
        if oversized:
            raise ArchiveError(
                _("Alle gekozen bestanden waren te groot: %(names)s.")
                % {"names": ", ".join(oversized)}
            )
        raise ArchiveError(_("Kies één of meer afbeeldingen, webpagina's of een zip-bestand."))
    # The files are written (and zips checked) before the transaction, so no database
    # transaction stays open while hundreds of megabytes are copied; the row is made in a short
    # atomic block with its task. Whatever fails, the fresh folder goes.
    folder = storage.new_folder_name()
    storage.create_folder(folder)
    try:
        stored, total = _store(folder, uploads)
        with transaction.atomic():
            audit = Audit.objects.create(
                organisation=organisation,
                created_by=user if user is not None and user.is_authenticated else None,
                title=(title.strip() or _default_title(uploads))[:200],
                target_women_technical=target,
                previous=previous,
                folder=folder,
                uploads=stored,
                import_total=total,
            )
            enqueue_import(audit.pk)  # a database queue: the task is part of this transaction
    except BaseException:
        storage.delete_folder(folder)
        raise
    return audit


def _store(folder: str, uploads: list[tuple[str, bytes | File]]) -> tuple[list[dict], int]:
    stored = []
    total = 0
    for number, (name, content) in enumerate(uploads, start=1):
        clean = PurePosixPath(name.replace("\\", "/")).name[:255] or "bestand"
        file_name = f"upload-{number}.{'zip' if is_zip(clean) else 'bin'}"
        path = storage.path_in(folder, file_name)
        with path.open("wb") as target:
            if isinstance(content, bytes):
                target.write(content)
            else:
                for chunk in content.chunks():
                    target.write(chunk)
        total += check_zip(clean, path) if is_zip(clean) else 1
        stored.append({"name": clean, "file": file_name})
    if total > MAX_IMAGES:
        raise ArchiveError(
            _("Een audit mag hoogstens %(limit)s bestanden bevatten; dit zijn er %(count)s.")
            % {"limit": MAX_IMAGES, "count": total}
        )
    return stored, total


def _default_title(uploads: list[tuple[str, bytes | File]]) -> str:
    first = PurePosixPath(uploads[0][0]).name
    if len(uploads) == 1:
        return first
    return _("%(name)s en %(count)s andere") % {"name": first, "count": len(uploads) - 1}


def delete_audit(audit: Audit) -> None:
    """Delete the audit, its images and taggings; its folder goes on commit (``signals``)."""
    audit.delete()
