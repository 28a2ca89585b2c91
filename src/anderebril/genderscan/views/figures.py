from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST

from anderebril.core.uploads import BoundedMemoryUploadHandler
from anderebril.genderscan import figures as figures_io
from anderebril.genderscan.constants import FigureSource
from anderebril.genderscan.forms import FiguresForm, FiguresUploadForm
from anderebril.genderscan.models import ProgrammeFigures
from anderebril.genderscan.services import prefill_from_monitor
from anderebril.genderscan.views.common import get_organisation
from anderebril.organisations.models import Organisation

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


#: Room for the other fields and the multipart framing around an upload of ``MAX_BYTES``.
FORM_OVERHEAD = 64 * 1024


@csrf_exempt  # the CSRF check reads the body; ``_figures`` checks it once the limit is set
@login_required
@require_http_methods(["GET", "POST"])
def figures(request: HttpRequest, slug: str) -> HttpResponse:
    """The figures page. An upload is capped before any of it is read: a request that says it
    is too large is refused unread, and the body of any other is parsed with a handler that
    keeps a file in memory up to ``MAX_BYTES`` and drops a larger one, so nothing goes to disk.
    """
    organisation = get_organisation(request, slug)
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if request.method == "POST" and length > figures_io.MAX_BYTES + FORM_OVERHEAD:
        return _page(request, organisation, upload_errors=[figures_io.too_large_message()])
    handler = BoundedMemoryUploadHandler(request, limit=figures_io.MAX_BYTES)
    request.upload_handlers = [handler]
    return _figures(request, organisation, handler)


@csrf_protect
def _figures(
    request: HttpRequest, organisation: Organisation, handler: BoundedMemoryUploadHandler
) -> HttpResponse:
    slug = organisation.slug
    form = FiguresForm(organisation=organisation)
    upload_form = FiguresUploadForm()
    upload_errors: list[str] = []
    files = request.FILES if request.method == "POST" else None  # parsed here, by ``handler``
    if handler.too_large:
        upload_errors = [figures_io.too_large_message()]
    elif files is not None and "file" in files:
        upload_form = FiguresUploadForm(request.POST, files)
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
    return _page(request, organisation, form, upload_form, upload_errors)


def _page(
    request: HttpRequest,
    organisation: Organisation,
    form: FiguresForm | None = None,
    upload_form: FiguresUploadForm | None = None,
    upload_errors: list[str] | None = None,
) -> HttpResponse:
    errors = upload_errors or []
    too_large = figures_io.too_large_message() in errors
    return render(
        request,
        "genderscan/figures.html",
        {
            "organisation": organisation,
            "rows": organisation.genderscan_figures.all(),
            "form": form or FiguresForm(organisation=organisation),
            "upload_form": upload_form or FiguresUploadForm(),
            "upload_errors": errors[:100],
            "more_errors": max(0, len(errors) - 100),
        },
        status=413 if too_large else 400 if errors else 200,
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
