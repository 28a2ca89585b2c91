"""Scans through the API store nothing: no database rows, no (temporary) files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.core.files import uploadhandler
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client

from anderebril.api.models import ThrottleWindow
from anderebril.api.services import NewToken
from tests.api.conftest import FILE_URL, scan
from tests.taalscan.files import pdf_upload


def row_counts() -> dict[str, int]:
    """Rows per model, for every model whose table exists (apps may be mid-migration).

    The rate-limit counters are left out: they are checked on their own below.
    """
    tables = set(connection.introspection.table_names())
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.db_table in tables and model is not ThrottleWindow
    }


def listing(folder: Path) -> set[Path]:
    return set(folder.rglob("*"))


@pytest.fixture
def folders(tmp_path: Path, settings: Any, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    temp, media = tmp_path / "tmp", tmp_path / "media"
    temp.mkdir()
    media.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(temp))
    settings.FILE_UPLOAD_TEMP_DIR = str(temp)
    settings.MEDIA_ROOT = str(media)
    return [temp, media]


@pytest.fixture
def no_temporary_uploads(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("an upload was written to a temporary file")

    monkeypatch.setattr(uploadhandler, "TemporaryUploadedFile", refuse)


@pytest.mark.usefixtures("no_temporary_uploads")
def test_an_anonymous_scan_leaves_no_rows_and_no_files(client: Client, folders: list[Path]) -> None:
    rows, files = row_counts(), [listing(folder) for folder in folders]
    # Above 2 MB Django's default handlers would spill an upload to a temporary file.
    large = b"x " * (3 * 1024 * 1024 // 2) + b" Wij zoeken een vakman (m/v)."

    responses = [
        scan(client, text="Wij zoeken een vakman (m/v)."),
        client.post(FILE_URL, {"file": SimpleUploadedFile("groot.txt", large)}),
        client.post(FILE_URL, {"file": pdf_upload(["Wij zoeken een vakman."])}),
        client.post(FILE_URL, {"file": SimpleUploadedFile("kapot.pdf", b"kapot")}),
    ]

    assert [r.status_code for r in responses] == [200, 200, 200, 422]
    assert row_counts() == rows
    assert [listing(folder) for folder in folders] == files


def test_a_scan_with_a_token_stores_no_scan_either(client: Client, token: NewToken) -> None:
    rows = row_counts()

    assert scan(client, token.secret, text="Wij zoeken een vakman.").status_code == 200

    assert row_counts() == rows


def test_the_rate_limit_counter_keeps_no_address_only_a_keyed_hash(
    client: Client, settings: Any
) -> None:
    address = "203.0.113.77"

    response = client.post(
        "/api/v1/scan", {"text": "Een vakman."}, content_type="application/json",
        REMOTE_ADDR=address,
    )  # fmt: skip

    assert response.status_code == 200
    [window] = ThrottleWindow.objects.all()
    assert address not in window.key
    digest = window.key.split(":")[1]
    settings.SECRET_KEY = "een-andere-sleutel-" * 4
    from anderebril.api.throttling import client_digest

    assert client_digest(address) != digest
