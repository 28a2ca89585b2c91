"""Saved scans over the API: list them, read one's report, and scan a text and save it.

Only with a token; the scans are those of the token's organisation, and another
organisation's scan is answered with 404. Saving is the one scan endpoint that stores the text
(in the organisation's saved scans, where its members see it); ``POST /scan`` stores nothing.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import Path, Router, Status
from ninja.errors import HttpError

from anderebril.api.auth import TOKEN_ONLY, token_organisation
from anderebril.api.endpoints_batches import MAX_ID, nul_message
from anderebril.api.paging import PageParams, page_of
from anderebril.api.schemas import (
    COMMON_ERRORS,
    ErrorOut,
    SavedScanDetailOut,
    SavedScanPageOut,
    SaveScanIn,
)
from anderebril.taalscan.batches import saved_scans_for
from anderebril.taalscan.models import SavedScan
from anderebril.taalscan.saved import save_scan
from anderebril.taalscan.services import scan_submission

router = Router(tags=["scans"], auth=TOKEN_ONLY)


def scan_out(request: HttpRequest, saved: SavedScan) -> dict[str, Any]:
    fields = ("id", "title", "created_at", "source_name", "is_document", "strategy", "language")
    return {
        **{field: getattr(saved, field) for field in fields},
        "findings_count": saved.findings_count,
        "url": request.build_absolute_uri(reverse("api:v1:scan-detail", args=[saved.pk])),
    }


@router.get(
    "/scans",
    response={200: SavedScanPageOut, **COMMON_ERRORS},
    summary="Bewaarde scans van je organisatie",
    url_name="scan-list",
)
def scan_list(request: HttpRequest, paging: PageParams) -> dict[str, Any]:
    """De bewaarde scans van de organisatie van de sleutel, nieuwste eerst, per pagina."""
    items, page = page_of(request, saved_scans_for(token_organisation(request)), paging)
    return {**page, "items": [scan_out(request, saved) for saved in items]}


@router.get(
    "/scans/{scan_id}",
    response={200: SavedScanDetailOut, 404: ErrorOut, **COMMON_ERRORS},
    summary="Een bewaarde scan",
    url_name="scan-detail",
)
def scan_detail(request: HttpRequest, scan_id: int = Path(..., ge=1, le=MAX_ID)) -> Any:
    """Een bewaarde scan met zijn rapport in het JSON-formaat van de opdrachtregel. 404 voor
    een scan van een andere organisatie."""
    saved = (
        SavedScan.objects.filter(organisation=token_organisation(request), pk=scan_id)
        .defer("text")
        .first()
    )
    if saved is None:
        raise HttpError(
            404,
            _("Deze scan bestaat niet, of hij hoort niet bij de organisatie van deze sleutel."),
        )
    return {**scan_out(request, saved), "report": saved.report}


@router.post(
    "/scans",
    response={201: SavedScanDetailOut, **COMMON_ERRORS},
    summary="Scan een tekst en bewaar hem",
    url_name="scan-save",
)
def scan_save(request: HttpRequest, payload: SaveScanIn, response: HttpResponse) -> Status[Any]:
    """Scan een tekst zoals ``POST /scan`` en bewaar tekst en rapport bij de bewaarde scans van
    je organisatie, waar de leden hem terugvinden. Geeft de bewaarde scan met zijn adres."""
    for field in ("text", "title"):
        if "\x00" in getattr(payload, field):
            message = nul_message()
            error = {"loc": ["body", "payload", field], "message": message, "type": "nul"}
            return Status(422, {"detail": message, "errors": [error]})
    result = scan_submission(
        text=payload.text, document=None, strategy=payload.strategy, language=payload.language
    )
    saved = save_scan(
        organisation=token_organisation(request),
        user=None,
        result=result,
        text=payload.text,
        title=payload.title,
    )
    body = {**scan_out(request, saved), "report": saved.report}
    response["Location"] = body["url"]
    return Status(201, body)
