"""Batches over the API: start one with several files or a zip, follow it, read its results.

Only with a token: a batch belongs to the token's organisation, and a batch of another
organisation is answered with 404, as if it did not exist. The upload has the limits and the
safety of the batch page (``BatchUploadHandler``, ``create_batch``): in memory, 20 MB per
document, 100 MB per zip, 200 MB in all, zips unpacked safely.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import Path, Router, Status
from ninja.errors import HttpError

from anderebril.api.auth import TOKEN_ONLY, token_organisation
from anderebril.api.multipart import read_multipart
from anderebril.api.paging import PageParams, page_of
from anderebril.api.schemas import (
    COMMON_ERRORS,
    LANGUAGES,
    STRATEGIES,
    BatchDetailOut,
    BatchOut,
    BatchPageOut,
    BatchResultPageOut,
    ErrorOut,
)
from anderebril.taalscan.archives import ArchiveError
from anderebril.taalscan.batches import batch_status, create_batch
from anderebril.taalscan.forms_batch import MAX_BATCH_UPLOAD, BatchUploadHandler
from anderebril.taalscan.models import Batch, BatchItem, ItemStatus

router = Router(tags=["batches"], auth=TOKEN_ONLY)

#: The largest id the database can hold; larger ones cannot exist (and would overflow SQLite).
MAX_ID = 2**63 - 1

BATCH_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["files"],
                    "properties": {
                        "files": {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                            "description": (
                                "Eén of meer bestanden (txt, md, html, docx, odt of pdf, elk "
                                "hoogstens 20 MB) en/of zip-bestanden van hoogstens 100 MB; "
                                "samen hoogstens 200 MB en 1000 documenten."
                            ),
                        },
                        "title": {"type": "string", "maxLength": 200},
                        "language": {"type": "string", "enum": list(LANGUAGES), "default": "nl"},
                        "strategy": {
                            "type": "string",
                            "enum": list(STRATEGIES),
                            "default": "overkoepelend",
                        },
                    },
                }
            }
        },
    },
}


def too_large_message() -> str:
    return _("Het verzoek is te groot: een batch mag samen hoogstens 200 MB zijn.")


def _absolute(request: HttpRequest, name: str, batch: Batch) -> str:
    return request.build_absolute_uri(reverse(f"api:v1:{name}", args=[batch.pk]))


def batch_out(request: HttpRequest, batch: Batch, status: dict[str, Any]) -> dict[str, Any]:
    """A batch as the API shows it, from ``batch_status``."""
    return {
        **{key: status[key] for key in ("id", "title", "strategy", "language", "total")},
        **{key: status[key] for key in ("finished", "is_finished", "percent")},
        "created_at": batch.created_at,
        "counts": {state: status[state] for state in ItemStatus.values},
        "url": _absolute(request, "batch", batch),
        "results_url": _absolute(request, "batch-results", batch),
    }


def _batch(request: HttpRequest, batch_id: int) -> Batch:
    batch = (
        Batch.objects.filter(organisation=token_organisation(request), pk=batch_id)
        .select_related("organisation")
        .first()
    )
    if batch is None:
        raise HttpError(
            404,
            _("Deze batch bestaat niet, of hij hoort niet bij de organisatie van deze sleutel."),
        )
    return batch


def _choice(data: Any, field: str, allowed: tuple[str, ...], default: str) -> str:
    value = str(data.get(field) or default)
    if value not in allowed:
        message = _("Deze waarde kennen we niet; kies uit %(expected)s.") % {
            "expected": ", ".join(f"'{choice}'" for choice in allowed)
        }
        raise _FieldError(field, message)
    return value


def nul_message() -> str:
    return _("Dit veld bevat een nul-teken (\\0); dat kunnen we niet bewaren.")


def _file_name(name: str | None) -> str:
    """The file's own name, without folders or nul characters (which no database stores)."""
    return PurePath((name or "").replace("\x00", "")).name or "bestand"


class _FieldError(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@router.post(
    "/batches",
    response={202: BatchOut, 400: ErrorOut, 413: ErrorOut, 415: ErrorOut, **COMMON_ERRORS},
    summary="Start een batch",
    openapi_extra=BATCH_BODY,
    url_name="batches",
)
def create(request: HttpRequest, response: HttpResponse) -> Status[Any]:
    """Start een batch met meerdere bestanden en/of zip-bestanden, als multipart/form-data in
    het veld ``files`` (herhaal het veld per bestand). De documenten worden op de achtergrond
    gescand; volg de voortgang op het adres in ``url`` (ook in de header Location). Bestanden
    die niet gescand kunnen worden (te groot, onbekend soort) worden overgeslagen en staan met
    de reden bij ``failures``. 413: samen groter dan 200 MB; 422: een zip die geweigerd wordt,
    te veel documenten, of geen bestanden."""
    organisation = token_organisation(request)
    handler = BatchUploadHandler(request)
    data, files = read_multipart(
        request, handler, limit=MAX_BATCH_UPLOAD, too_large=too_large_message()
    )
    title = str(data.get("title") or "")
    try:
        strategy = _choice(data, "strategy", STRATEGIES, "overkoepelend")
        language = _choice(data, "language", LANGUAGES, "nl")
        if "\x00" in title:
            raise _FieldError("title", nul_message())
    except _FieldError as error:
        return Status(
            422,
            {
                "detail": error.message,
                "errors": [{"loc": ["form", error.field], "message": error.message, "type": ""}],
            },
        )
    uploads = [
        (_file_name(upload.name), upload.read())  # type: ignore[attr-defined]
        for field in ("files", "file")
        for upload in files.getlist(field)
    ]
    try:
        batch = create_batch(
            organisation,
            None,
            uploads,
            title=title,
            strategy=strategy,
            language=language,
            oversized=[_file_name(name) for name in handler.skipped_names],
        )
    except ArchiveError as error:
        return Status(422, {"detail": error.message, "errors": []})
    body = batch_out(request, batch, batch_status(batch, include_items=False))
    response["Location"] = body["url"]
    return Status(202, body)


@router.get(
    "/batches",
    response={200: BatchPageOut, **COMMON_ERRORS},
    summary="Batches van je organisatie",
    url_name="batch-list",
)
def batch_list(request: HttpRequest, paging: PageParams) -> dict[str, Any]:
    """De batches van de organisatie van de sleutel, nieuwste eerst, per pagina."""
    batches = Batch.objects.filter(organisation=token_organisation(request)).select_related(
        "organisation"
    )
    items, page = page_of(request, batches, paging)
    return {
        **page,
        "items": [
            batch_out(request, batch, batch_status(batch, include_items=False)) for batch in items
        ],
    }


@router.get(
    "/batches/{batch_id}",
    response={200: BatchDetailOut, 404: ErrorOut, **COMMON_ERRORS},
    summary="Voortgang van een batch",
    url_name="batch",
)
def batch_detail(request: HttpRequest, batch_id: int = Path(..., ge=1, le=MAX_ID)) -> Any:
    """Hoe ver een batch is: aantallen per stand, voortgang in procenten, en welke bestanden
    mislukt of overgeslagen zijn en waarom. 404 voor een batch van een andere organisatie."""
    batch = _batch(request, batch_id)
    status = batch_status(batch)
    failures = [
        {key: item[key] for key in ("position", "name", "status", "error")}
        for item in status["items"]
        if item["status"] in (ItemStatus.FAILED, ItemStatus.SKIPPED)
    ]
    return {**batch_out(request, batch, status), "failures": failures}


@router.get(
    "/batches/{batch_id}/results",
    response={200: BatchResultPageOut, 404: ErrorOut, **COMMON_ERRORS},
    summary="Resultaten van een batch",
    url_name="batch-results",
)
def batch_results(
    request: HttpRequest, paging: PageParams, batch_id: int = Path(..., ge=1, le=MAX_ID)
) -> Any:
    """Per document, in de volgorde van de upload: de stand en, zodra het gescand is, het
    rapport in het JSON-formaat van de opdrachtregel (een ‘files’-item). Per pagina."""
    batch = _batch(request, batch_id)
    documents = BatchItem.objects.filter(batch=batch).defer("data", "text").order_by("position")
    items, page = page_of(request, documents, paging)
    return {
        **page,
        "batch": batch_out(request, batch, batch_status(batch, include_items=False)),
        "items": [
            {
                "position": item.position,
                "name": item.name,
                "status": item.status,
                "error": item.error,
                "findings_count": item.findings_count,
                "report": item.report if item.status == ItemStatus.DONE else None,
            }
            for item in items
        ],
    }
