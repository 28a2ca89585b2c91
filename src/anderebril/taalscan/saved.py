"""Saving a scan to an organisation, and showing it again.

The public result page carries no text back to the server. For a member who may save, the page
gets one more signed, compressed token with the report token and the text (``encode_save``);
saving posts it back. Nothing is stored until the member presses the button.
"""

from __future__ import annotations

from typing import Any

from django.core import signing

from anderebril.accounts.models import User
from anderebril.organisations.models import Organisation
from anderebril.taalscan.constants import CONTEXT_CHARACTERS
from anderebril.taalscan.models import SavedScan
from anderebril.taalscan.services import (
    BadToken,
    FindingView,
    ScanResult,
    _finding_from_dict,
    _squash,
    decode_report,
    encode_report,
)

SAVE_SALT = "taalscan-save"


def encode_save(result: ScanResult, report_token: str | None = None) -> str:
    """A signed token with the report and the text, for the save form of members."""
    payload = {"report": report_token or encode_report(result), "text": result.text}
    return signing.dumps(payload, compress=True, salt=SAVE_SALT)


def decode_save(token: str) -> tuple[ScanResult, str]:
    """The result and text of ``encode_save``; raises ``BadToken`` for anything else."""
    try:
        payload = signing.loads(token, salt=SAVE_SALT)
        return decode_report(str(payload["report"])), str(payload["text"])
    except BadToken:
        raise
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise BadToken(str(error)) from error


def save_scan(
    *,
    organisation: Organisation,
    user: User | None,
    result: ScanResult,
    text: str,
    title: str = "",
) -> SavedScan:
    report = result.contract()
    return SavedScan.objects.create(
        organisation=organisation,
        created_by=user,
        title=(title.strip() or result.path)[:200],
        source_name=result.path[:255],
        is_document=result.is_document,
        strategy=result.strategy,
        language=result.language,
        report=report,
        text=text,
        findings_count=result.total,
    )


def result_from_file(
    file: dict[str, Any], text: str, *, strategy: str, is_document: bool, created: Any
) -> ScanResult:
    """A ``ScanResult`` again from a stored contract entry and its text, for the pages."""
    findings: list[FindingView] = []
    for number, item in enumerate(file.get("findings", []), start=1):
        start, end = int(item["start"]), int(item["end"])
        context = [
            _squash(text[max(start - CONTEXT_CHARACTERS, 0) : start]),
            _squash(text[end : end + CONTEXT_CHARACTERS]),
        ]
        findings.append(_finding_from_dict(number, item, context))
    return ScanResult(
        path=str(file.get("path", "")),
        is_document=is_document,
        language=str(file.get("language", "nl")),
        strategy=strategy,
        findings=findings,
        score=dict(file.get("score", {})),
        created=created,
        text=text,
        rewritten="",
    )


def result_of(saved: SavedScan) -> ScanResult:
    return result_from_file(
        saved.report["files"][0],
        saved.text,
        strategy=saved.strategy,
        is_document=saved.is_document,
        created=saved.created_at,
    )
