from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from anderebril.genderscan import figures as figures_io
from anderebril.genderscan.constants import FigureSource
from anderebril.genderscan.forms import FiguresForm, FiguresUploadForm
from anderebril.genderscan.models import ProgrammeFigures
from anderebril.genderscan.services import prefill_from_monitor
from anderebril.genderscan.views.common import get_organisation

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
@require_http_methods(["GET", "POST"])
def figures(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_organisation(request, slug)
    form = FiguresForm(organisation=organisation)
    upload_form = FiguresUploadForm()
    upload_errors: list[str] = []
    if request.method == "POST" and "file" in request.FILES:
        upload_form = FiguresUploadForm(request.POST, request.FILES)
        if upload_form.is_valid():
            upload = upload_form.cleaned_data["file"]
            result = figures_io.import_figures(organisation, upload.name, upload)
            if not result.errors:
                messages.success(
                    request,
                    _("Cijfers ingelezen: %(created)s nieuw, %(updated)s bijgewerkt.")
                    % {"created": result.created, "updated": result.updated},
                )
                return redirect("genderscan:figures", slug=slug)
            upload_errors = result.errors
    elif request.method == "POST":
        form = FiguresForm(request.POST, organisation=organisation)
        if form.is_valid():
            row = form.save(commit=False)
            row.organisation = organisation
            row.source = FigureSource.FORM
            row.save()
            messages.success(request, _("De cijfers zijn opgeslagen."))
            return redirect("genderscan:figures", slug=slug)
    return render(
        request,
        "genderscan/figures.html",
        {
            "organisation": organisation,
            "rows": organisation.genderscan_figures.all(),
            "form": form,
            "upload_form": upload_form,
            "upload_errors": upload_errors[:100],
            "more_errors": max(0, len(upload_errors) - 100),
        },
        status=400 if upload_errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def figures_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    organisation = get_organisation(request, slug)
    row = get_object_or_404(ProgrammeFigures, pk=pk, organisation=organisation)
    form = FiguresForm(request.POST or None, instance=row, organisation=organisation)
    if request.method == "POST" and form.is_valid():
        row = form.save(commit=False)
        row.source = FigureSource.FORM
        row.save()
        messages.success(request, _("De cijfers zijn bijgewerkt."))
        return redirect("genderscan:figures", slug=slug)
    return render(
        request,
        "genderscan/figures_edit.html",
        {"organisation": organisation, "form": form, "row": row},
    )


@login_required
@require_POST
def figures_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    organisation = get_organisation(request, slug)
    get_object_or_404(ProgrammeFigures, pk=pk, organisation=organisation).delete()
    messages.success(request, _("De rij is verwijderd."))
    return redirect("genderscan:figures", slug=slug)


@login_required
@require_POST
def figures_prefill(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_organisation(request, slug)
    saved = prefill_from_monitor(organisation)
    if saved:
        messages.success(
            request, _("%(count)s rijen overgenomen uit de monitor.") % {"count": saved}
        )
    else:
        messages.info(request, _("De monitor heeft (nog) geen cijfers voor deze school."))
    return redirect("genderscan:figures", slug=slug)


@login_required
def figures_template(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    get_organisation(request, slug)
    if fmt not in ("csv", "xlsx"):
        raise Http404
    if fmt == "xlsx":
        response = HttpResponse(figures_io.template_xlsx(), content_type=XLSX)
    else:
        response = HttpResponse(figures_io.template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="genderscan-cijfers-sjabloon.{fmt}"'
    return response
