"""Turn the files of a batch upload into documents, unpacking zip files safely.

Nothing is written to disk: members are read into memory with a cap. A zip is refused as a whole
(``ArchiveError``, Dutch message) when it is not a zip, has too many entries, holds a name that
tries to leave its folder, or looks like a zip bomb (a member or the whole far larger unpacked
than packed, or larger than its header says). Members that cannot be scanned (nested archives,
unsupported kinds, encrypted or too large members, links) become skipped entries with a Dutch
reason, so the batch page can say per file what happened.
"""

from __future__ import annotations

import re
import stat
import struct
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from io import BytesIO
from pathlib import PurePosixPath
from typing import BinaryIO

from django.utils.translation import gettext as _

from anderebril.taalscan.constants import ALLOWED_SUFFIXES, MAX_UPLOAD_SIZE, MB

#: Largest zip file accepted in a batch upload.
MAX_ZIP_SIZE = 100 * MB
#: Entries (files and folders) a zip may list.
MAX_ZIP_ENTRIES = 2000
#: Unpacked size of all members of one zip together.
MAX_UNPACKED_TOTAL = 200 * MB
#: Unpacked size divided by packed size, above which a member counts as a zip bomb.
MAX_RATIO = 100
#: Members smaller than this are not judged by their ratio (tiny files compress very well).
RATIO_FLOOR = 1 * MB
#: Documents one batch may hold.
MAX_BATCH_DOCUMENTS = 1000

# The end of a zip (APPNOTE 4.3.14-4.3.16): the end-of-central-directory record, at most 64 kB
# of comment after it, and for zip64 a locator just before it pointing at a larger record.
_EOCD = struct.Struct("<4s4H2LH")
_EOCD_SIGNATURE = b"PK\x05\x06"
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_LOCATOR_SIGNATURE = b"PK\x06\x07"
_ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")
_ZIP64_EOCD_SIGNATURE = b"PK\x06\x06"
_MAX_COMMENT = 0xFFFF

ARCHIVE_SUFFIXES = (".zip", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".zst")
_DRIVE = re.compile(r"^[A-Za-z]:")


class ArchiveError(Exception):
    """A zip or upload that is refused as a whole; ``message`` is Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Entry:
    """One document of a batch, or (with ``error``) a file that is skipped and why."""

    name: str
    data: bytes = b""
    error: str = ""


def too_large_message() -> str:
    return _("Het bestand is groter dan 20 MB en is overgeslagen.")


def unsupported_message() -> str:
    return _(
        "Dit soort bestand kunnen we niet lezen. Kies een bestand van het type txt, md, html, "
        "docx, odt of pdf."
    )


def nested_message() -> str:
    return _("Dit is een archief in een archief. Dat pakken we niet uit; het is overgeslagen.")


def is_zip(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() == ".zip"


def entries_for(uploads: Iterable[tuple[str, bytes]]) -> list[Entry]:
    """The entries of uploaded files: zips unpacked, everything else checked by name and size."""
    entries: list[Entry] = []
    for name, data in uploads:
        if is_zip(name):
            entries.extend(unpack_zip(name, data))
        else:
            entries.append(_check(_base_name(name), data, len(data)))
    return entries


def unpack_zip(name: str, data: bytes) -> list[Entry]:
    """The documents in a zip, each named by its path inside the zip."""
    if len(data) > MAX_ZIP_SIZE:
        raise ArchiveError(
            _("Het zip-bestand %(name)s is groter dan 100 MB.") % {"name": _base_name(name)}
        )
    declared = declared_entries(BytesIO(data))
    if declared is not None and declared > MAX_ZIP_ENTRIES:
        raise ArchiveError(too_many_message(name, MAX_ZIP_ENTRIES))
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ArchiveError(
            _("Het zip-bestand %(name)s is beschadigd of geen zip-bestand.")
            % {"name": _base_name(name)}
        ) from error
    with archive:
        infos = archive.infolist()
        check_listing(name, infos)
        entries = []
        for info in infos:
            if info.is_dir() or _is_clutter(info.filename):
                continue
            entries.append(_member(name, archive, info))
        return entries


def too_many_message(name: str, limit: int) -> str:
    return _("Het zip-bestand %(name)s bevat meer dan %(limit)s bestanden.") % {
        "name": _base_name(name),
        "limit": limit,
    }


def declared_entries(handle: BinaryIO) -> int | None:
    """The number of entries a zip's end-of-central-directory record declares (the zip64
    record's when there is one), read from the last 64 kB of the seekable ``handle``;
    ``None`` when there is no such record (``ZipFile`` then refuses the file). Checked before
    ``ZipFile`` reads the central directory, which makes one object per entry: a small zip can
    declare millions."""
    handle.seek(0, 2)
    size = handle.tell()
    start = max(0, size - _EOCD.size - _MAX_COMMENT)
    handle.seek(start)
    tail = handle.read()
    at = tail.rfind(_EOCD_SIGNATURE)
    if at < 0 or len(tail) - at < _EOCD.size:
        return None
    fields = _EOCD.unpack_from(tail, at)
    entries: int = max(fields[3], fields[4])  # on this disk, in total
    locator_at = at - _ZIP64_LOCATOR.size
    if locator_at >= 0 and tail[locator_at : locator_at + 4] == _ZIP64_LOCATOR_SIGNATURE:
        _signature, _disk, offset, _disks = _ZIP64_LOCATOR.unpack_from(tail, locator_at)
        if 0 <= offset <= size - _ZIP64_EOCD.size:
            handle.seek(offset)
            record = handle.read(_ZIP64_EOCD.size)
            if record[:4] == _ZIP64_EOCD_SIGNATURE:
                zip64 = _ZIP64_EOCD.unpack(record)
                entries = max(entries, zip64[6], zip64[7])
    return entries


def check_listing(
    name: str,
    infos: list[zipfile.ZipInfo],
    *,
    max_entries: int | None = None,
    max_unpacked: int | None = None,
) -> None:
    """Refuse a zip (``ArchiveError``) by its listing: too many entries, an unsafe name, or
    members that unpack too big or too well (a zip bomb). The beeldscan passes its own limits;
    the taalscan's are read when called."""
    max_entries = MAX_ZIP_ENTRIES if max_entries is None else max_entries
    max_unpacked = MAX_UNPACKED_TOTAL if max_unpacked is None else max_unpacked
    zip_name = _base_name(name)
    if len(infos) > max_entries:
        raise ArchiveError(too_many_message(name, max_entries))
    for info in infos:
        if not is_safe_member_name(info.filename):
            raise ArchiveError(
                _(
                    "Het zip-bestand %(name)s bevat een onveilige bestandsnaam (%(member)s). "
                    "We pakken het niet uit."
                )
                % {"name": zip_name, "member": info.filename[:100]}
            )
    bomb = ArchiveError(
        _(
            "Het zip-bestand %(name)s wordt uitgepakt veel groter dan toegestaan (mogelijk een "
            "zip-bom). We pakken het niet uit."
        )
        % {"name": zip_name}
    )
    if sum(info.file_size for info in infos) > max_unpacked:
        raise bomb
    for info in infos:
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise bomb


def is_safe_member_name(member: str) -> bool:
    """False for names that are absolute, climb out of the folder or carry odd characters."""
    if not member or "\x00" in member or "\\" in member:
        return False
    if member.startswith("/") or _DRIVE.match(member):
        return False
    return ".." not in PurePosixPath(member).parts


def _member(zip_name: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Entry:
    name = info.filename.rstrip("/")[:500]
    if stat.S_ISLNK(info.external_attr >> 16):
        return Entry(name, error=_("Dit is een snelkoppeling, geen document; overgeslagen."))
    if info.flag_bits & 0x1:
        return Entry(name, error=_("Dit bestand is met een wachtwoord beveiligd; overgeslagen."))
    checked = _check(name, b"", info.file_size)
    if checked.error:
        return checked
    try:
        with archive.open(info) as member:
            # Never trust the header: read at most one byte more than it promises.
            data = member.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return Entry(name, error=_("Dit bestand in het zip-bestand is beschadigd."))
    if len(data) > info.file_size:
        raise ArchiveError(
            _(
                "Het zip-bestand %(name)s wordt uitgepakt groter dan het zelf aangeeft. "
                "We pakken het niet uit."
            )
            % {"name": _base_name(zip_name)}
        )
    return Entry(name, data)


def _check(name: str, data: bytes, size: int) -> Entry:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in ARCHIVE_SUFFIXES:
        return Entry(name, error=nested_message())
    if suffix not in ALLOWED_SUFFIXES:
        return Entry(name, error=unsupported_message())
    if size > MAX_UPLOAD_SIZE:
        return Entry(name, error=too_large_message())
    return Entry(name, data)


def _is_clutter(member: str) -> bool:
    """Files that operating systems add to zips: macOS resource forks, dot files, Thumbs.db."""
    path = PurePosixPath(member)
    return (
        path.parts[0] == "__MACOSX"
        or path.name.startswith(".")
        or path.name.lower() in ("thumbs.db", "desktop.ini")
    )


def _base_name(name: str) -> str:
    return PurePosixPath(name.replace("\\", "/")).name[:255] or "bestand"
