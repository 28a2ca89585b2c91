"""The files of an upload: loose images and pages, or zips of them, checked before anything is
unpacked and read one member at a time.

The zip rules are the taalscan's (``anderebril.taalscan.archives``): a zip is refused as a whole
when it has too many entries, a name that tries to leave its folder, or looks like a zip bomb.
Members that cannot be used (nested archives, other kinds of file, links, encrypted or too large
members) become entries with a Dutch reason, listed on the audit page.
"""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.utils.translation import gettext as _

from anderebril.imagescan.constants import (
    IMAGE_SUFFIXES,
    MAX_IMAGE_SIZE,
    MAX_IMAGES,
    MAX_PAGE_SIZE,
    MAX_ZIP_SIZE,
    MB,
    PAGE_SUFFIXES,
)
from anderebril.taalscan.archives import (
    ARCHIVE_SUFFIXES,
    ArchiveError,
    check_listing,
    declared_entries,
    too_many_message,
)

__all__ = ["ArchiveError", "Member", "check_zip", "is_zip", "members"]

#: Unpacked size of all members of one zip together.
MAX_UNPACKED_TOTAL = 2 * MAX_ZIP_SIZE
MAX_ZIP_ENTRIES = 2 * MAX_IMAGES


@dataclass(frozen=True)
class Member:
    """One file of the upload: an image, a web page, or (with ``error``) a file skipped."""

    name: str
    kind: str  # "image", "page" or "skipped"
    data: bytes = b""
    error: str = ""


def is_zip(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() == ".zip"


def kind_of(name: str) -> str:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return "image"
    if suffix in PAGE_SUFFIXES:
        return "page"
    return "skipped"


def unsupported_message() -> str:
    return _(
        "Dit soort bestand lezen we niet in. Kies afbeeldingen (JPEG, PNG, WebP of TIFF) of "
        "opgeslagen webpagina's (HTML)."
    )


def too_large_message(kind: str) -> str:
    if kind == "page":
        return _("De webpagina is groter dan %(limit)s MB en is overgeslagen.") % {
            "limit": MAX_PAGE_SIZE // MB
        }
    return _("Het bestand is groter dan 30 MB en is overgeslagen.")


def check_zip(name: str, path: Path) -> int:
    """Refuse a zip that is broken, too big or unsafe (``ArchiveError``); else its file count."""
    zip_name = PurePosixPath(name).name
    if path.stat().st_size > MAX_ZIP_SIZE:
        raise ArchiveError(_("Het zip-bestand %(name)s is groter dan 600 MB.") % {"name": zip_name})
    broken = _("Het zip-bestand %(name)s is beschadigd of geen zip-bestand.") % {"name": zip_name}
    too_many = too_many_message(name, MAX_ZIP_ENTRIES)
    # Count the entries from the zip's last bytes first: ``ZipFile`` reads the whole central
    # directory into memory, one object per entry, before we could see there are millions.
    try:
        with path.open("rb") as handle:
            declared = declared_entries(handle)
    except OSError as error:
        raise ArchiveError(broken) from error
    if declared is not None and declared > MAX_ZIP_ENTRIES:
        raise ArchiveError(too_many)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ArchiveError(broken) from error
    check_listing(name, infos, max_entries=MAX_ZIP_ENTRIES, max_unpacked=MAX_UNPACKED_TOTAL)
    return sum(1 for info in infos if not info.is_dir() and not _is_clutter(info.filename))


def members(name: str, path: Path, *, kinds: tuple[str, ...]) -> Iterator[Member]:
    """The files of one stored upload (a zip or a loose file) whose kind is in ``kinds``."""
    if not is_zip(name):
        kind = kind_of(name)
        if kind in kinds:
            yield _loose(PurePosixPath(name).name, kind, path)
        return
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir() or _is_clutter(info.filename):
                continue
            kind = kind_of(info.filename)
            if kind in kinds:
                yield _member(archive, info, kind)


def _loose(name: str, kind: str, path: Path) -> Member:
    if kind == "skipped":
        return Member(name, kind, error=_skip_reason(name))
    if path.stat().st_size > _limit(kind):
        return Member(name, "skipped", error=too_large_message(kind))
    return Member(name, kind, path.read_bytes())


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, kind: str) -> Member:
    name = info.filename[:500]
    if kind == "skipped":
        return Member(name, kind, error=_skip_reason(name))
    if stat.S_ISLNK(info.external_attr >> 16):
        return Member(name, "skipped", error=_("Dit is een snelkoppeling; overgeslagen."))
    if info.flag_bits & 0x1:
        return Member(
            name, "skipped", error=_("Dit bestand is met een wachtwoord beveiligd; overgeslagen.")
        )
    if info.file_size > _limit(kind):
        return Member(name, "skipped", error=too_large_message(kind))
    try:
        with archive.open(info) as opened:
            # Never trust the header: read at most one byte more than it promises.
            data = opened.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return Member(name, "skipped", error=_("Dit bestand in het zip-bestand is beschadigd."))
    if len(data) > info.file_size:
        return Member(
            name, "skipped", error=_("Dit bestand is groter dan het zip-bestand aangeeft.")
        )
    return Member(name, kind, data)


def _skip_reason(name: str) -> str:
    if PurePosixPath(name).suffix.lower() in ARCHIVE_SUFFIXES:
        return _("Dit is een archief in een archief. Dat pakken we niet uit; het is overgeslagen.")
    return unsupported_message()


def _limit(kind: str) -> int:
    return MAX_PAGE_SIZE if kind == "page" else MAX_IMAGE_SIZE


def _is_clutter(member: str) -> bool:
    """Files that operating systems add to zips: macOS resource forks, dot files, Thumbs.db."""
    path = PurePosixPath(member)
    return (
        path.parts[0] == "__MACOSX"
        or path.name.startswith(".")
        or path.name.lower() in ("thumbs.db", "desktop.ini")
    )
