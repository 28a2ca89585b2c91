"""Pages for members: save a scan to the organisation, list, show and delete saved scans.

Every query goes through the user's organisations, so a member of another organisation gets a
404 for a scan that is not hers, as if it did not exist.
"""

from __future__ import annotations

import json
import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from anderebril.accounts.models import User
from anderebril.organisations.services import organisations_of
from anderebril.taalscan.batches import saved_scans_for_user
from anderebril.taalscan.forms_batch import SaveScanForm
from anderebril.taalscan.models import SavedScan
from anderebril.taalscan.saved import decode_save, encode_save, result_of, save_scan
from anderebril.taalscan.services import BadToken, ScanResult

logger = logging.getLogger(__name__)


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


def save_context(request: HttpRequest, result: ScanResult | None, token: str) -> dict[str, object]:
    """The save form under a result, for signed-in members of at least one organisation."""
    if result is None or not request.user.is_authenticated:
        return {}
    organisations = organisations_of(_user(request))
    if not organisations.exists():
        return {}
    form = SaveScanForm(
        initial={"bewaren": encode_save(result, token), "title": result.path},
        organisations=organisations,
    )
    return {"save_form": form}


@login_required
@require_POST
def save(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = SaveScanForm(request.POST, organisations=organisations_of(user))
    if not form.is_valid():
        return HttpResponseBadRequest(
            _("Deze scan kunnen we niet bewaren: kies een organisatie waarvan je lid bent."),
            content_type="text/plain; charset=utf-8",
        )
    try:
        result, text = decode_save(form.cleaned_data["bewaren"])
    except BadToken:
        logger.info("taalscan: a save token was refused")
        return HttpResponseBadRequest(
            _("Deze scan kunnen we niet bewaren: de gegevens zijn onvolledig of gewijzigd."),
            content_type="text/plain; charset=utf-8",
        )
    saved = save_scan(
        organisation=form.cleaned_data["organisation"],
        user=user,
        result=result,
        text=text,
        title=form.cleaned_data["title"],
    )
    messages.success(
        request,
        _("De scan is bewaard bij %(organisation)s.") % {"organisation": saved.organisation},
    )
    return redirect(saved)


@login_required
@never_cache
@require_GET
def saved_list(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    return render(
        request,
        "taalscan/saved_list.html",
        {
            "scans": saved_scans_for_user(user),
            "organisations": organisations_of(user),
        },
    )


def _saved_or_404(request: HttpRequest, pk: int) -> SavedScan:
    return get_object_or_404(
        SavedScan.objects.select_related("organisation", "created_by"),
        pk=pk,
        organisation__in=organisations_of(_user(request)),
    )


@login_required
@never_cache
@require_GET
def saved_detail(request: HttpRequest, pk: int) -> HttpResponse:
    from anderebril.taalscan.views import _result_context  # the public page's result parts

    saved = _saved_or_404(request, pk)
    context = {"saved": saved, **_result_context(result_of(saved))}
    return render(request, "taalscan/saved_detail.html", context)


@login_required
@never_cache
@require_GET
def saved_json(request: HttpRequest, pk: int) -> HttpResponse:
    saved = _saved_or_404(request, pk)
    body = json.dumps(saved.report, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="taalscan-bewaard-{saved.pk}.json"'
    return response


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def saved_delete(request: HttpRequest, pk: int) -> HttpResponse:
    saved = _saved_or_404(request, pk)
    if request.method == "POST":
        title = saved.title
        saved.delete()
        messages.success(request, _("De scan ‘%(title)s’ is verwijderd.") % {"title": title})
        return redirect("taalscan:saved-list")
    return render(request, "taalscan/saved_delete.html", {"saved": saved})
