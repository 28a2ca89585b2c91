"""The import of an audit, as the worker runs it: pages first, then every image once.

1. Web pages in the upload are parsed for their ``<img>`` elements (alt, figcaption, text).
2. Each image file is read one at a time (never the whole upload in memory): checked, described
   from its metadata, joined with what a page says about it, thumbnailed, scanned by the
   taalscan, and stored in the audit's private folder.
3. Every ``<img>`` on every page is kept as a ``PageImage`` for the alt-text check, including
   the same file on several pages, ``data:`` URIs and images on other sites.
4. Images a page shows that are not in the upload get a row of their own, without a file.

Progress is written to the audit row as it goes, so the status page can show it; each write
also renews the import's heartbeat. The worker holds the import by a random claim token: before
every file or row it writes, it checks that the audit still exists with its token, and stops
(``Stopped``) when the audit was deleted or another worker claimed it again.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import time
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from anderebril.imagescan import storage
from anderebril.imagescan.archives import Member, is_zip, members
from anderebril.imagescan.constants import AltStatus, ImportStatus
from anderebril.imagescan.metadata import ImageError, read_image
from anderebril.imagescan.models import Audit, Image, PageImage
from anderebril.imagescan.webpages import ImageReference, images_on_page, resolve
from anderebril.textscan import scan_text

logger = logging.getLogger(__name__)

_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/tiff": "tif"}
#: ``<img>`` elements of all pages of one audit kept for the alt-text check.
MAX_PAGE_IMAGES = 20_000
#: Seconds between two progress updates of the audit row.
PROGRESS_EVERY = 0.5


@dataclass
class _Seen:
    page: str
    reference: ImageReference


class Stopped(Exception):
    """The import lost its audit: deleted meanwhile, or claimed again by another worker."""


def claim(audit_id: int) -> str | None:
    """Move a queued import to running and return the worker's claim token; ``None`` when
    another worker has it (or it is done)."""
    token = secrets.token_hex(16)
    claimed = Audit.objects.filter(pk=audit_id, import_status=ImportStatus.QUEUED).update(
        import_status=ImportStatus.RUNNING,
        import_done=0,
        import_token=token,
        import_heartbeat=timezone.now(),
        import_attempts=F("import_attempts") + 1,
    )
    return token if claimed else None


def run_import(audit_id: int, token: str) -> str:
    """Import the uploads of an audit claimed with ``token``; safe to run again after a crash.

    Stops without a trace when the audit is deleted meanwhile (its folder goes too) or when
    another worker has claimed it since (``requeue_stalled``): every write checks the claim.
    """
    mine = Audit.objects.filter(pk=audit_id, import_token=token)  # every write checks the claim
    audit = mine.first()
    if audit is None:
        return _stopped(audit_id, None)
    # A retried import starts over.
    Image.objects.filter(audit=audit).delete()
    PageImage.objects.filter(audit=audit).delete()
    try:
        _Importer(audit, token).run()
    except Stopped:
        return _stopped(audit_id, audit.folder)
    except Exception:
        if not Audit.objects.filter(pk=audit_id).exists():
            return _stopped(audit_id, audit.folder)
        logger.exception("imagescan: import of audit %s failed", audit_id)
        mine.update(
            import_status=ImportStatus.FAILED,
            import_error=_(
                "Er ging iets mis bij het inlezen. De beelden die al klaar waren, staan hieronder; "
                "probeer de rest opnieuw in een nieuwe audit."
            ),
        )
        raise
    if not mine.exists():
        return _stopped(audit_id, audit.folder)
    for upload in audit.uploads:
        storage.delete_file(audit.folder, upload["file"])
    mine.update(import_status=ImportStatus.DONE, import_done=F("import_total"), uploads=[])
    return "done"


def _stopped(audit_id: int, folder: str | None) -> str:
    """The import stops; a deleted audit's folder goes (a file may have landed after the
    deletion removed it), a folder claimed by another worker stays as it is."""
    if Audit.objects.filter(pk=audit_id).exists():
        logger.info("imagescan: import of audit %s was claimed again; this worker stops", audit_id)
        return "superseded"
    if folder is not None:
        storage.delete_folder(folder)
    return "deleted"


class _Importer:
    def __init__(self, audit: Audit, token: str) -> None:
        self.audit = audit
        self.mine = Audit.objects.filter(pk=audit.pk, import_token=token)
        self.position = 0
        self.done = 0
        self.last_progress = 0.0
        self.references: dict[str, _Seen] = {}
        self.basenames: dict[str, str] = {}
        self.page_images = 0
        self.loose = not any(is_zip(upload["name"]) for upload in audit.uploads)

    def _hold(self) -> None:
        """Raise ``Stopped`` unless this worker still holds the import: checked before every
        write, so a deleted or reclaimed audit gets no file or row from it."""
        if not self.mine.exists():
            raise Stopped

    def run(self) -> None:
        self._read_pages()
        used: set[str] = set()
        for upload in self.audit.uploads:
            path = storage.path_in(self.audit.folder, upload["file"])
            for member in members(upload["name"], path, kinds=("image", "skipped")):
                if member.kind == "skipped":
                    self._add(member.name, error=member.error)
                else:
                    key = self._reference_for(member.name)
                    if key is not None:
                        used.add(key)
                    self._image(member, self.references.get(key or ""))
                self._progress()
        for key, seen in self.references.items():
            if key not in used:
                self._add(
                    key,
                    error=_("Dit beeld staat op %(page)s, maar niet in de upload.")
                    % {"page": seen.page},
                    seen=seen,
                )
        self._progress(force=True)

    def _read_pages(self) -> None:
        for upload in self.audit.uploads:
            path = storage.path_in(self.audit.folder, upload["file"])
            for page in members(upload["name"], path, kinds=("page",)):
                if page.kind != "page":
                    self._add(page.name, error=page.error)
                    continue
                html = page.data.decode("utf-8", errors="replace")
                room = MAX_PAGE_IMAGES - self.page_images
                elements: list[PageImage] = []
                for reference in images_on_page(html):
                    if len(elements) < room:  # beyond the cap the page still names its files
                        elements.append(_page_image(self.audit, page.name, reference))
                    name = resolve(page.name, reference.src)
                    if name is not None and name not in self.references:
                        self.references[name] = _Seen(page.name, reference)
                        self.basenames.setdefault(PurePosixPath(name).name, name)
                if elements:
                    self._hold()
                    PageImage.objects.bulk_create(elements)
                    self.page_images += len(elements)
                self._progress()

    def _reference_for(self, name: str) -> str | None:
        """The key of the page reference to this file, if a page shows it."""
        if name in self.references:
            return name
        if self.loose:
            # Loose files lose their folders on upload: match a page's image by file name.
            return self.basenames.get(PurePosixPath(name).name)
        return None

    def _image(self, member: Member, seen: _Seen | None) -> None:
        try:
            info = read_image(member.data)
        except ImageError as error:
            self._add(member.name, error=error.message, seen=seen)
            return
        except Exception:
            # Pillow or a plugin failing in a way we did not foresee: this file is skipped,
            # the rest of the upload goes on.
            logger.exception("imagescan: unexpected error reading %r", member.name[:200])
            self._add(member.name, error=unreadable_message(), seen=seen)
            return
        self._hold()
        self.position += 1
        position = self.position
        file_name = f"img-{position}.{_EXTENSIONS[info.content_type]}"
        thumb_name = f"thumb-{position}.jpg"
        storage.write(self.audit.folder, file_name, member.data)
        storage.write(self.audit.folder, thumb_name, info.thumbnail)
        image = Image(
            audit=self.audit,
            position=position,
            name=member.name[:500],
            file=file_name,
            thumbnail=thumb_name,
            content_type=info.content_type,
            width=info.width,
            height=info.height,
            sha256=hashlib.sha256(member.data).hexdigest(),
            title=info.title[:500],
            caption=info.caption,
            keywords=info.keywords,
            credit=info.credit[:500],
        )
        _join_page(image, seen)
        image.text_findings = text_findings(image)
        image.save()

    def _add(self, name: str, *, error: str, seen: _Seen | None = None) -> None:
        self._hold()
        self.position += 1
        image = Image(audit=self.audit, position=self.position, name=name[:500], error=error)
        _join_page(image, seen)
        image.text_findings = text_findings(image)
        image.save()

    def _progress(self, *, force: bool = False) -> None:
        """Count one file done; write the count now and then (always when ``force``)."""
        if not force:
            self.done += 1
        now = time.monotonic()
        if force or now - self.last_progress >= PROGRESS_EVERY:
            self.last_progress = now
            if not self.mine.update(import_done=self.done, import_heartbeat=timezone.now()):
                raise Stopped


def unreadable_message() -> str:
    return _("Dit bestand konden we niet lezen door een onverwachte fout; het is overgeslagen.")


def _page_image(audit: Audit, page: str, reference: ImageReference) -> PageImage:
    src = reference.src
    if src[:5].lower() == "data:":
        src = src.split(",", 1)[0][:100] + ",…"  # the type, not the picture itself
    return PageImage(
        audit=audit,
        page=page[:500],
        src=src[:500],
        alt_status=_alt_status(reference),
        alt_text=reference.alt or "",
    )


def _alt_status(reference: ImageReference) -> str:
    if reference.alt is None:
        return AltStatus.MISSING
    return AltStatus.PRESENT if reference.alt else AltStatus.EMPTY


def _join_page(image: Image, seen: _Seen | None) -> None:
    if seen is None:
        return
    reference = seen.reference
    image.page = seen.page[:500]
    image.alt_status = _alt_status(reference)
    image.alt_text = reference.alt or ""
    image.figcaption = reference.figcaption
    image.context = reference.context[:1000]
    if not image.title and reference.title:
        image.title = reference.title[:500]


def text_findings(image: Image) -> list[dict[str, object]]:
    """Taalscan findings in the texts that go with the image."""
    findings: list[dict[str, object]] = []
    for field, text in (
        ("alt", image.alt_text),
        ("caption", image.caption),
        ("figcaption", image.figcaption),
        ("title", image.title),
    ):
        if not text.strip():
            continue
        for finding in scan_text(text).findings:
            findings.append(
                {
                    "field": field,
                    "text": finding.text,
                    "category": finding.category,
                    "message": finding.message,
                    "suggestions": list(finding.suggestions)[:5],
                }
            )
    return findings
