"""The JSON API under ``/api/v1/``: scan a text or a file, with the CLI's JSON contract.

Anyone may scan without a token, within a rate limit per address; a token of an organisation
(``Authorization: Bearer ab_…``) gets a higher limit. Nothing of a scan is stored, and uploads
stay in memory. With a token an organisation also starts batches (``endpoints_batches``) and
reads and saves scans (``endpoints_scans``). The OpenAPI document is at
``/api/v1/openapi.json``; the platform's own page about the API (``views.overview``) replaces
ninja's docs page, which loads Swagger UI from a CDN (see ``docs/api.md``).
"""

from __future__ import annotations

from typing import Any

import orjson
from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import NinjaAPI, Status
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

from anderebril.api.auth import ApiTokenAuth, anonymous
from anderebril.api.constants import TOKEN_PREFIX
from anderebril.api.endpoints_batches import router as batches_router
from anderebril.api.endpoints_scans import router as scans_router
from anderebril.api.multipart import read_multipart
from anderebril.api.schemas import (
    COMMON_ERRORS,
    LANGUAGES,
    STRATEGIES,
    ErrorOut,
    ReportOut,
    ScanIn,
)
from anderebril.api.throttling import AnonymousThrottle, TokenThrottle
from anderebril.core.uploads import BoundedMemoryUploadHandler
from anderebril.taalscan.constants import MAX_UPLOAD_SIZE
from anderebril.taalscan.forms import TOO_LARGE, ScanForm
from anderebril.taalscan.services import PASTED_TEXT_PATH, scan_submission
from anderebril.textscan import scan_text

# Ninja lists the token scheme itself and appends this: the token is optional.
OPTIONAL_TOKEN: dict[str, Any] = {"security": [{}]}

api = NinjaAPI(
    title="Andere Bril API",
    version="1",
    description=(
        "Scan teksten en bestanden op genderbewuste taal. Zonder sleutel mag het, met een "
        "limiet per adres; met een API-sleutel van je organisatie is de limiet hoger. "
        "Er wordt niets van een scan bewaard. Met een sleutel start je ook batches van veel "
        "bestanden en lees en bewaar je de scans van je organisatie."
    ),
    docs_url=None,
    urls_namespace="api:v1",
    auth=[ApiTokenAuth(), anonymous],
    throttle=[AnonymousThrottle(), TokenThrottle()],
)

# --- errors: always {"detail": "…"} in Dutch ---------------------------------------------


def _error(request: HttpRequest, status: int, detail: str, **extra: Any) -> HttpResponse:
    return api.create_response(request, {"detail": detail, **extra}, status=status)


@api.exception_handler(AuthenticationError)
def _unauthorised(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    if request.headers.get("Authorization"):
        detail = _(
            "Deze API-sleutel kennen we niet of hij is ingetrokken. Stuur een geldige sleutel "
            "als ‘Authorization: Bearer %(prefix)s…’, of laat de header weg om zonder sleutel "
            "te scannen."
        )
    else:
        detail = _(
            "Hiervoor is een API-sleutel van je organisatie nodig. Stuur hem als "
            "‘Authorization: Bearer %(prefix)s…’; de beheerder van je organisatie maakt er "
            "een op de pagina API-sleutels."
        )
    response = _error(request, 401, detail % {"prefix": TOKEN_PREFIX})
    response["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


@api.exception_handler(Throttled)
def _throttled(request: HttpRequest, exc: Throttled) -> HttpResponse:
    return _error(
        request,
        429,
        _(
            "Te veel verzoeken. Wacht even (zie de header Retry-After voor het aantal "
            "seconden) of vraag de beheerder van je organisatie om een API-sleutel."
        ),
    )


_FIELD_MESSAGES = {
    "missing": gettext_lazy("Dit veld ontbreekt."),
    "string_too_short": gettext_lazy("Dit veld mag niet leeg zijn."),
    "string_too_long": gettext_lazy("Deze tekst is te lang."),
    "string_type": gettext_lazy("Dit moet een tekst zijn."),
    "json_invalid": gettext_lazy("Dit is geen geldige JSON."),
}


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = []
    for error in exc.errors:
        kind = str(error.get("type", ""))
        loc = [part if isinstance(part, int) else str(part) for part in error.get("loc", ())]
        message = str(_FIELD_MESSAGES.get(kind) or _("Deze waarde klopt niet."))
        if kind == "literal_error":
            expected = str(error.get("ctx", {}).get("expected", "")).replace(" or ", ", ")
            message = _("Deze waarde kennen we niet; kies uit %(expected)s.") % {
                "expected": expected
            }
        errors.append({"loc": loc, "message": message, "type": kind})
    if any(error["loc"][:1] == ["body"] for error in errors):
        detail = _(
            "Het verzoek klopt niet. Stuur JSON met ‘text’ en eventueel ‘language’ "
            "(nl, en of auto) en ‘strategy’ (overkoepelend, paarvorm of direct)."
        )
    else:
        detail = _("Het verzoek klopt niet; ‘errors’ zegt welke waarde niet klopt.")
    return _error(request, 422, detail, errors=errors)


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    detail = str(exc)
    if detail.startswith("Cannot parse request body"):  # ninja's own message
        detail = _("De body van het verzoek is geen geldige JSON.")
    return _error(request, exc.status_code, detail)


@api.exception_handler(RequestDataTooBig)
def _too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    return _error(request, 413, _("Het verzoek is te groot. Stuur hoogstens 20 MB."))


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return _error(request, 404, _("Dit bestaat niet."))


# --- endpoints ---------------------------------------------------------------------------


@api.post(
    "/scan",
    response={200: ReportOut, 400: ErrorOut, 413: ErrorOut, **COMMON_ERRORS},
    summary="Scan een tekst",
    openapi_extra=OPTIONAL_TOKEN,
)
def scan(request: HttpRequest, payload: ScanIn) -> HttpResponse:
    """Scan een tekst en krijg het rapport in het JSON-formaat van de opdrachtregel
    (``anderebril scan --format json``). De tekst wordt niet bewaard."""
    # A pasted text needs none of the page's extras (context, rewrite, document locations):
    # the engine's own report is the contract, exactly as ``--format json`` writes it.
    report = scan_text(payload.text, language=payload.language, strategy=payload.strategy)
    file = report.to_dict()
    file["path"] = PASTED_TEXT_PATH
    return _report({"version": 1, "files": [file], "errors": []})


def _report(contract: dict[str, Any]) -> HttpResponse:
    """The contract as JSON: the same data as ``--format json`` writes, in compact UTF-8.

    Returned as a ready response: ninja would otherwise validate every finding against
    ``ReportOut`` again, which costs more than the scan of a short text. The tests check that
    reports keep to ``ReportOut``. orjson encodes a report about thirty times faster than the
    standard library, a tenth of the request's time for a 5 KB text.
    """
    return HttpResponse(orjson.dumps(contract), content_type="application/json; charset=utf-8")


FILE_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": "txt, md, html, docx, odt of pdf, hoogstens 20 MB.",
                        },
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
    **OPTIONAL_TOKEN,
}

# The status for each error code of the taalscan form.
_FORM_STATUS = {"too_large": 413, "unsupported": 415}


@api.post(
    "/scan/file",
    response={
        200: ReportOut,
        400: ErrorOut,
        413: ErrorOut,
        415: ErrorOut,
        **COMMON_ERRORS,
    },
    summary="Scan een bestand",
    openapi_extra=FILE_BODY,
)
def scan_file(request: HttpRequest) -> HttpResponse | Status[dict[str, Any]]:
    """Scan een bestand (txt, md, html, docx, odt of pdf, hoogstens 20 MB), gestuurd als
    multipart/form-data in het veld ``file``. Het bestand blijft in het geheugen en wordt niet
    bewaard. 413: te groot; 415: soort bestand niet ondersteund; 422: onleesbaar of zonder
    tekst."""
    if not request.META.get("CONTENT_TYPE", "").startswith("multipart/form-data"):
        raise HttpError(415, _("Stuur het bestand als multipart/form-data, in het veld ‘file’."))
    handler = BoundedMemoryUploadHandler(request, limit=MAX_UPLOAD_SIZE)
    data, files = read_multipart(request, handler, limit=MAX_UPLOAD_SIZE, too_large=str(TOO_LARGE))
    if "file" not in files and not handler.too_large:
        return Status(422, {"detail": _("Stuur een bestand in het veld ‘file’."), "errors": []})
    form = ScanForm(
        {
            "text": "",
            "language": data.get("language") or "nl",
            "strategy": data.get("strategy") or "overkoepelend",
        },
        {"file": files["file"]} if "file" in files else {},
        file_too_large=bool(handler.too_large),
    )
    if not form.is_valid():
        return _form_error(form)
    result = scan_submission(
        text=None,
        document=form.document,
        strategy=form.cleaned_data["strategy"],
        language=form.cleaned_data["language"],
    )
    return _report(result.contract())


def _form_error(form: ScanForm) -> Status[dict[str, Any]]:
    """The first error of the taalscan form, with the status that fits its code."""
    for field, errors in form.errors.as_data().items():
        for error in errors:
            status = _FORM_STATUS.get(str(error.code), 422)
            message = " ".join(str(m) for m in error.messages)
            if status == 422:
                return Status(
                    status,
                    {
                        "detail": message,
                        "errors": [
                            {"loc": ["form", field], "message": message, "type": str(error.code)}
                        ],
                    },
                )
            return Status(status, {"detail": message})
    return Status(422, {"detail": _("Dit bestand kunnen we niet scannen."), "errors": []})


# The endpoints for an organisation's data live in their own modules, on this same API (and
# so with its authentication, throttles and Dutch errors).
api.add_router("", batches_router)
api.add_router("", scans_router)
