"""Pages for members: start a batch, follow its progress, read and export the corpus overview.

The upload keeps files in memory (``BatchUploadHandler``) and the view installs it before the
CSRF check reads the body, as on the public page. The progress page works without JavaScript
(a ‘Vernieuwen’ link); with htmx it polls its progress block until the batch is finished.
"""

from __future__ import annotations

from pathlib import PurePath

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import TooManyFilesSent
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods

from anderebril.core.forms import too_many_files_message
from anderebril.organisations.services import organisations_of
from anderebril.taalscan.archives import ArchiveError
from anderebril.taalscan.batches import batch_status, batches_for_user, create_batch
from anderebril.taalscan.corpus import (
    category_labels,
    category_totals,
    compare,
    document_rows,
    frequent_terms,
)
from anderebril.taalscan.exports import document_table, to_csv, to_xlsx
from anderebril.taalscan.forms_batch import BatchForm, BatchUploadHandler, CompareForm
from anderebril.taalscan.models import Batch, ItemStatus
from anderebril.taalscan.views_saved import _user


def _batch_or_404(request: HttpRequest, pk: int) -> Batch:
    return get_object_or_404(batches_for_user(_user(request)), pk=pk)


@login_required
@never_cache
@require_GET
def batch_list(request: HttpRequest) -> HttpResponse:
    batches = [
        (batch, batch_status(batch, include_items=False))
        for batch in batches_for_user(_user(request))[:100]
    ]
    return render(request, "taalscan/batch_list.html", {"batches": batches})


@csrf_exempt
@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def batch_new(request: HttpRequest) -> HttpResponse:
    handler = BatchUploadHandler(request)
    request.upload_handlers = [handler]
    if request.method == "POST":
        try:
            request.POST  # noqa: B018 -- parse the body (files too) here, where we can answer
        except TooManyFilesSent:
            return _too_many_files(request)
    return _batch_new(request, handler)


def _too_many_files(request: HttpRequest) -> HttpResponse:
    """More loose files than Django accepts in one request: the empty form again, with a Dutch
    reason and the advice to send a zip. Nothing was received, so nothing is started (and no
    CSRF token could be read from the unread body; showing a form changes nothing)."""
    organisations = organisations_of(_user(request))
    if not organisations.exists():
        return render(request, "taalscan/batch_no_organisation.html", status=403)
    form = BatchForm(organisations=organisations)
    form.cleaned_data = {}
    form.add_error("uploads", too_many_files_message())
    return render(request, "taalscan/batch_new.html", {"form": form}, status=400)


@csrf_protect
def _batch_new(request: HttpRequest, handler: BatchUploadHandler) -> HttpResponse:
    organisations = organisations_of(_user(request))
    if not organisations.exists():
        return render(request, "taalscan/batch_no_organisation.html", status=403)
    if request.method == "POST":
        form = BatchForm(request.POST, request.FILES, organisations=organisations)
        if form.is_valid():
            uploads = [
                (PurePath(f.name or "bestand").name, f.read()) for f in form.cleaned_data["uploads"]
            ]
            try:
                batch = create_batch(
                    form.cleaned_data["organisation"],
                    _user(request),
                    uploads,
                    title=form.cleaned_data["title"],
                    strategy=form.cleaned_data["strategy"],
                    language=form.cleaned_data["language"],
                    oversized=[PurePath(name).name for name in handler.skipped_names],
                )
            except ArchiveError as error:
                form.add_error("uploads", error.message)
            else:
                messages.success(
                    request, _("De batch is gestart. Deze pagina laat zien hoe ver hij is.")
                )
                return redirect(batch)
    else:
        form = BatchForm(organisations=organisations)
    return render(request, "taalscan/batch_new.html", {"form": form})


@login_required
@never_cache
@require_GET
def batch_detail(request: HttpRequest, pk: int) -> HttpResponse:
    batch = _batch_or_404(request, pk)
    status = batch_status(batch)
    failures = [
        item
        for item in status["items"]
        if item["status"] in (ItemStatus.FAILED, ItemStatus.SKIPPED)
    ]
    context = {"batch": batch, "status": status, "failures": failures}
    if request.headers.get("HX-Request"):
        return render(request, "taalscan/_batch_progress.html", context)
    return render(request, "taalscan/batch_detail.html", context)


@login_required
@never_cache
@require_GET
def batch_corpus(request: HttpRequest, pk: int) -> HttpResponse:
    batch = _batch_or_404(request, pk)
    rows = document_rows(batch)
    totals = category_totals(rows)
    done_items = batch.items.filter(status=ItemStatus.DONE).order_by("position")
    compare_form = CompareForm(request.GET or None, items=done_items)
    comparison = (
        compare(compare_form.cleaned_data["a"], compare_form.cleaned_data["b"])
        if (compare_form.is_valid())
        else None
    )
    context = {
        "batch": batch,
        "status": batch_status(batch, include_items=False),
        "rows": rows,
        "labels": category_labels(),
        "totals": totals,
        "grand_total": sum(totals),
        "terms": frequent_terms(batch),
        "compare_form": compare_form,
        "comparison": comparison,
        "can_compare": done_items.count() >= 2,
    }
    return render(request, "taalscan/batch_corpus.html", context)


def _export_name(batch: Batch, suffix: str) -> str:
    return f"taalscan-batch-{batch.pk}{suffix}"


@login_required
@never_cache
@require_GET
def batch_csv(request: HttpRequest, pk: int) -> HttpResponse:
    batch = _batch_or_404(request, pk)
    header, rows = document_table(batch)
    response = HttpResponse(to_csv(header, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_export_name(batch, ".csv")}"'
    return response


@login_required
@never_cache
@require_GET
def batch_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    batch = _batch_or_404(request, pk)
    response = HttpResponse(
        to_xlsx(batch),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{_export_name(batch, ".xlsx")}"'
    return response
