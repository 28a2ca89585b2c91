"""The public taalscan page and the two downloads; nothing is stored.

``scan`` swaps Django's upload handlers for one that keeps files in memory (never a temporary
file) and refuses files above 20 MB. Upload handlers must be set before the CSRF check reads
``request.POST``, hence the documented pattern: exempt the outer view, protect the inner one.
"""

from __future__ import annotations

import json
import logging
from pathlib import PurePath

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST

from anderebril.core.uploads import BoundedMemoryUploadHandler
from anderebril.taalscan.constants import (
    CATEGORY_MARKERS,
    MAX_SHOWN_FINDINGS,
    MAX_UPLOAD_SIZE,
    STRATEGY_HELP,
    Category,
    Strategy,
)
from anderebril.taalscan.forms import ScanForm
from anderebril.taalscan.highlight import highlight
from anderebril.taalscan.pdf import render_pdf
from anderebril.taalscan.services import (
    BadToken,
    ScanResult,
    decode_report,
    encode_report,
    scan_submission,
)
from anderebril.taalscan.views_saved import save_context

logger = logging.getLogger(__name__)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def scan(request: HttpRequest) -> HttpResponse:
    handler = BoundedMemoryUploadHandler(request, limit=MAX_UPLOAD_SIZE)
    request.upload_handlers = [handler]
    return _scan(request, handler)


@csrf_protect
def _scan(request: HttpRequest, handler: BoundedMemoryUploadHandler) -> HttpResponse:
    result: ScanResult | None = None
    if request.method == "POST":
        data, files = request.POST, request.FILES  # parsed here, by ``handler``
        form = ScanForm(data, files, file_too_large=bool(handler.too_large))
        if form.is_valid():
            result = scan_submission(
                text=form.cleaned_data["text"],
                document=form.document,
                strategy=form.cleaned_data["strategy"],
                language=form.cleaned_data["language"],
            )
    else:
        form = ScanForm()
    context = {"form": form, **_strategy_options(form), **_result_context(result)}
    if result is not None:  # members may save the result to their organisation
        context.update(save_context(request, result, str(context["token"])))
    template = (
        "taalscan/_region.html" if request.headers.get("HX-Request") else "taalscan/scan.html"
    )
    response = render(request, template, context)
    patch_vary_headers(response, ("HX-Request",))
    return response


def _strategy_options(form: ScanForm) -> dict[str, object]:
    """The strategy radio buttons, each with its explanation (rendered as a fieldset)."""
    field = form["strategy"]
    chosen = str(field.value() or Strategy.OVERKOEPELEND)
    options = [
        {
            "value": strategy.value,
            "label": strategy.label,
            "help": STRATEGY_HELP[strategy],
            "id": f"id_strategy_{index}",
            "checked": strategy.value == chosen,
        }
        for index, strategy in enumerate(Strategy)
    ]
    return {"strategy_field": field, "strategy_options": options}


def _result_context(result: ScanResult | None) -> dict[str, object]:
    if result is None:
        return {"result": None}
    highlighted = highlight(result.text, result.findings)
    listed = result.findings[:MAX_SHOWN_FINDINGS]
    return {
        "result": result,
        "highlighted": highlighted,
        "groups": result.groups(listed),
        "listed_count": len(listed),
        "legend": [(CATEGORY_MARKERS[c], c.label) for c in Category],
        "token": encode_report(result),
        "rewritten_changed": result.rewritten is not None and result.rewritten != result.text,
    }


def _token_or_none(request: HttpRequest) -> ScanResult | None:
    try:
        return decode_report(request.POST.get("rapport", ""))
    except BadToken:
        logger.info("taalscan: a report token was refused")
        return None


def _bad_token() -> HttpResponse:
    return HttpResponseBadRequest(
        _(
            "Dit rapport kunnen we niet maken: de gegevens zijn onvolledig of gewijzigd. "
            "Scan de tekst opnieuw en download het rapport dan nog eens."
        ),
        content_type="text/plain; charset=utf-8",
    )


def _filename(result: ScanResult, suffix: str) -> str:
    stem = PurePath(result.path).stem if result.is_document else "tekst"
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in stem)[:60] or "tekst"
    return f"taalscan-{safe}{suffix}"


@require_POST
@never_cache
def download_json(request: HttpRequest) -> HttpResponse:
    result = _token_or_none(request)
    if result is None:
        return _bad_token()
    body = json.dumps(result.contract(), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(result, ".json")}"'
    return response


@require_POST
@never_cache
def download_pdf(request: HttpRequest) -> HttpResponse:
    result = _token_or_none(request)
    if result is None:
        return _bad_token()
    response = HttpResponse(render_pdf(result), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{_filename(result, ".pdf")}"'
    return response
