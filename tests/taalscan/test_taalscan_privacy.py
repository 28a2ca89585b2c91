"""Texts scanned on the public page are not stored: no database rows, no files, no temp files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.core.files import uploadhandler
from django.core.files.uploadedfile import InMemoryUploadedFile, SimpleUploadedFile
from django.test import Client, RequestFactory

from anderebril.core.uploads import BoundedMemoryUploadHandler
from tests.taalscan.conftest import post_scan, report_token
from tests.taalscan.files import VACANCY, docx_upload, pdf_upload


def row_counts() -> dict[str, int]:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def listing(folder: Path) -> set[str]:
    return (
        {str(path.relative_to(folder)) for path in folder.rglob("*")} if folder.exists() else set()
    )


@pytest.fixture
def folders(tmp_path: Path, settings: Any, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """A private temp dir and media root, so other tests cannot disturb the comparison."""
    temp, media = tmp_path / "tmp", tmp_path / "media"
    temp.mkdir()
    media.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(temp))
    settings.FILE_UPLOAD_TEMP_DIR = str(temp)
    settings.MEDIA_ROOT = str(media)
    return [temp, media]


@pytest.fixture
def no_temporary_uploads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly if Django's disk-backed upload handler would create a temporary file."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("an upload was written to a temporary file")

    monkeypatch.setattr(uploadhandler, "TemporaryUploadedFile", refuse)


@pytest.mark.usefixtures("no_temporary_uploads")
def test_a_scan_stores_nothing_in_the_database_or_on_disk(
    client: Client, folders: list[Path]
) -> None:
    client.get("/taalscan/")  # the CSRF cookie and any lazy setup happen before we count
    rows, files = row_counts(), {folder: listing(folder) for folder in folders}
    # Above 2.5 MB, Django's own handlers would spill the upload to a temporary file.
    large = b"x" * (3 * 1024 * 1024) + b" Wij zoeken een vakman (m/v)."
    uploads = [
        SimpleUploadedFile("groot.txt", large),
        docx_upload(["Wij zoeken een vakman."]),
        pdf_upload(["Wij zoeken een vakman."]),
    ]
    for upload in uploads:
        response = post_scan(client, file=upload)
        assert 'id="resultaat-titel"' in response.content.decode()
    token = report_token(post_scan(client, text=VACANCY).content.decode())
    client.post("/taalscan/rapport.pdf", {"rapport": token})
    client.post("/taalscan/rapport.json", {"rapport": token})
    assert row_counts() == rows
    assert {folder: listing(folder) for folder in folders} == files


def test_the_upload_handler_keeps_files_in_memory() -> None:
    handler = BoundedMemoryUploadHandler(RequestFactory().post("/"), limit=10)
    handler.new_file("file", "a.txt", "text/plain", 5)
    handler.receive_data_chunk(b"hallo", 0)
    uploaded = handler.file_complete(5)
    assert isinstance(uploaded, InMemoryUploadedFile)
    assert uploaded.read() == b"hallo"
    assert handler.too_large == []


def test_the_upload_handler_skips_a_file_above_its_limit() -> None:
    handler = BoundedMemoryUploadHandler(RequestFactory().post("/"), limit=10)
    handler.new_file("file", "a.txt", "text/plain", None)
    handler.receive_data_chunk(b"123456", 0)
    with pytest.raises(uploadhandler.SkipFile):
        handler.receive_data_chunk(b"789012", 6)
    assert handler.too_large == ["file"]
    assert handler.file_complete(12) is None
