"""The private folder of an audit: uploads waiting for the worker, image files and thumbnails.

Everything lives in ``MEDIA_ROOT/imagescan/<folder>/``, where ``<folder>`` is ``audit-`` and 32
random hex digits (``Audit.folder``), so even a server that wrongly serves ``MEDIA_ROOT`` (as
Django's development server may) exposes no guessable URL. The app never links to that folder;
its views send a file only to members of the audit's organisation. File names inside it are made
by the app (never taken from the upload), so no name can climb out.
"""

from __future__ import annotations

import re
import secrets
import shutil
from pathlib import Path

from django.conf import settings

_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
_SAFE_FOLDER = re.compile(r"^audit-[a-z0-9]{1,64}$")


def new_folder_name() -> str:
    return f"audit-{secrets.token_hex(16)}"


def audit_folder(folder: str) -> Path:
    if not _SAFE_FOLDER.match(folder):
        raise ValueError(f"unsafe folder name {folder!r}")
    return Path(settings.MEDIA_ROOT) / "imagescan" / folder


def path_in(folder: str, name: str) -> Path:
    """The path of a file the app named; refuses anything that is not a plain, safe name."""
    if not _SAFE_NAME.match(name) or ".." in name:
        raise ValueError(f"unsafe file name {name!r}")
    return audit_folder(folder) / name


def create_folder(folder: str) -> None:
    """Make the audit's folder; only ``create_audit`` does, so nothing else can bring back the
    folder of an audit deleted meanwhile."""
    audit_folder(folder).mkdir(parents=True)


def write(folder: str, name: str, data: bytes) -> None:
    """Write a file into an existing folder; ``FileNotFoundError`` when the folder is gone."""
    path_in(folder, name).write_bytes(data)


def delete_file(folder: str, name: str) -> None:
    if name:
        path_in(folder, name).unlink(missing_ok=True)


def delete_folder(folder: str) -> None:
    shutil.rmtree(audit_folder(folder), ignore_errors=True)
