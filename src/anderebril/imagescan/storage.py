"""The private folder of an audit: uploads waiting for the worker, image files and thumbnails.

Everything lives in ``MEDIA_ROOT/imagescan/audit-<id>/``. That folder is never served as static
or media; the app's views send a file only to members of the audit's organisation. File names
inside it are made by the app (never taken from the upload), so no name can climb out.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from django.conf import settings

_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")


def audit_folder(audit_id: int) -> Path:
    return Path(settings.MEDIA_ROOT) / "imagescan" / f"audit-{int(audit_id)}"


def path_in(audit_id: int, name: str) -> Path:
    """The path of a file the app named; refuses anything that is not a plain, safe name."""
    if not _SAFE_NAME.match(name) or ".." in name:
        raise ValueError(f"unsafe file name {name!r}")
    return audit_folder(audit_id) / name


def write(audit_id: int, name: str, data: bytes) -> None:
    path = path_in(audit_id, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def delete_file(audit_id: int, name: str) -> None:
    if name:
        path_in(audit_id, name).unlink(missing_ok=True)


def delete_folder(audit_id: int) -> None:
    shutil.rmtree(audit_folder(audit_id), ignore_errors=True)
