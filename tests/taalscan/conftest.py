"""Helpers of the taalscan tests: post to the page, read the report token from the result."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from django.test.client import MULTIPART_CONTENT
from django.urls import reverse

from anderebril.taalscan.services import TOKEN_SALT

__all__ = ["TOKEN_SALT", "post_scan", "report_token"]


def post_scan(client: Client, headers: dict[str, str] | None = None, **fields: Any) -> Any:
    data = {"strategy": "overkoepelend", "language": "nl", "text": "", **fields}
    return client.post(
        reverse("taalscan:scan"), data, content_type=MULTIPART_CONTENT, headers=headers or {}
    )


def report_token(html: str) -> str:
    match = re.search(r'name="rapport" value="([^"]+)"', html)
    assert match, "the result page has no report token"
    return match.group(1)


@pytest.fixture(autouse=True)
def _database(db: None) -> None:
    """Every taalscan test may touch the database (sessions, counting rows)."""


@pytest.fixture(autouse=True)
def _worker_keeps_the_test_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests run the real ``db_worker`` inside the test's transaction (``drain_queue``).

    Between tasks the worker calls ``close_old_connections``, which drops a connection that is
    inside a transaction — on PostgreSQL that ends the test's own transaction (SQLite's
    in-memory test database never closes). In production each worker has its own connection.
    """
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
