"""Pages for members: start an audit, follow its import, list its images, serve their files,
delete it. Every query goes through ``audits_for_user``: another organisation's member gets a
404 on every page and every POST."""

from __future__ import annotations

from pathlib import PurePath

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import TooManyFilesSent
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods

from anderebril.accounts.models import User
from anderebril.core.forms import parse_id, too_many_files_message
from anderebril.imagescan import storage
from anderebril.imagescan.forms import AuditForm, ImageUploadHandler
from anderebril.imagescan.models import Audit, Image
from anderebril.imagescan.services import (
    ArchiveError,
    audits_for_user,
    create_audit,
    delete_audit,
)
from anderebril.organisations.services import organisations_of


def user_of(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


def audit_or_404(request: HttpRequest, pk: int) -> Audit:
    return get_object_or_404(audits_for_user(user_of(request)), pk=pk)


@login_required
@never_cache
@require_GET
def audit_list(request: HttpRequest) -> HttpResponse:
    audits = audits_for_user(user_of(request))[:200]
    return render(
        request,
        "imagescan/audit_list.html",
        {"audits": audits, "can_start": organisations_of(user_of(request)).exists()},
    )


@csrf_exempt
@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def audit_new(request: HttpRequest) -> HttpResponse:
    # The upload handler must be installed before anything reads the body (the CSRF check does).
    handler = ImageUploadHandler(request)
    request.upload_handlers = [handler]
    if request.method == "POST":
        try:
            request.POST  # noqa: B018 -- parse the body (files too) here, where we can answer
        except TooManyFilesSent:
            return _too_many_files(request)
    return _audit_new(request, handler)


def _too_many_files(request: HttpRequest) -> HttpResponse:
    """More loose files than Django accepts in one request: the form again, with a Dutch reason.

    The body was not read, so nothing was received and nothing changes: no CSRF check is needed
    for showing the empty form (and the token in the body cannot be read anyway).
    """
    organisations = organisations_of(user_of(request))
    if not organisations.exists():
        return render(request, "imagescan/no_organisation.html", status=403)
    form = AuditForm(
        organisations=organisations, audits=Audit.objects.filter(organisation__in=organisations)
    )
    form.cleaned_data = {}
    form.add_error("uploads", too_many_files_message())
    return render(request, "imagescan/audit_new.html", {"form": form}, status=400)


@csrf_protect
def _audit_new(request: HttpRequest, handler: ImageUploadHandler) -> HttpResponse:
    user = user_of(request)
    organisations = organisations_of(user)
    if not organisations.exists():
        return render(request, "imagescan/no_organisation.html", status=403)
    audits = Audit.objects.filter(organisation__in=organisations)
    initial = {}
    again = parse_id(request.GET.get("heraudit", "")) if request.method == "GET" else None
    if again is not None:
        previous = audits.filter(pk=again).first()
        if previous is not None:
            initial = {
                "previous": previous,
                "organisation": previous.organisation,
                "target": previous.target_women_technical,
                "title": _("Heraudit van %(title)s") % {"title": previous.title},
            }
    form = AuditForm(
        request.POST or None,
        request.FILES or None,
        organisations=organisations,
        audits=audits,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        uploads = [(PurePath(f.name or "bestand").name, f) for f in form.cleaned_data["uploads"]]
        try:
            audit = create_audit(
                form.cleaned_data["organisation"],
                user,
                uploads,
                title=form.cleaned_data["title"],
                target=form.cleaned_data["target"],
                previous=form.cleaned_data["previous"],
                oversized=[PurePath(name).name for name in handler.skipped_names],
            )
        except ArchiveError as error:
            form.add_error("uploads", error.message)
        else:
            if handler.skipped_names:
                messages.warning(
                    request,
                    _("Te groot en overgeslagen: %(names)s.")
                    % {"names": ", ".join(handler.skipped_names)},
                )
            messages.success(
                request, _("De beelden worden ingelezen. Deze pagina laat zien hoe ver het is.")
            )
            return redirect(audit)
    return render(request, "imagescan/audit_new.html", {"form": form})


@login_required
@never_cache
@require_GET
def audit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    audit = audit_or_404(request, pk)
    images = list(audit.images.order_by("position")) if audit.is_imported else []
    tagged_by_me = set(
        audit.images.filter(taggings__reviewer=user_of(request)).values_list("pk", flat=True)
    )
    context = {
        "audit": audit,
        "images": [image for image in images if image.has_file],
        "problems": [image for image in images if image.error],
        "tagged_by_me": tagged_by_me,
        "next_image": next((i for i in images if i.has_file and i.pk not in tagged_by_me), None),
    }
    if request.headers.get("HX-Request"):
        if audit.is_imported:
            # The whole page changes (the images appear): let htmx load it anew.
            response = HttpResponse(status=204)
            response["HX-Refresh"] = "true"
            return response
        return render(request, "imagescan/_progress.html", context)
    return render(request, "imagescan/audit_detail.html", context)


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def audit_delete(request: HttpRequest, pk: int) -> HttpResponse:
    audit = audit_or_404(request, pk)
    if request.method == "POST":
        title = audit.title
        delete_audit(audit)
        messages.success(
            request,
            _("De audit ‘%(title)s’ en al zijn beelden zijn verwijderd.") % {"title": title},
        )
        return redirect("imagescan:audit-list")
    return render(request, "imagescan/audit_delete.html", {"audit": audit})


def image_or_404(request: HttpRequest, pk: int, position: int) -> tuple[Audit, Image]:
    audit = audit_or_404(request, pk)
    return audit, get_object_or_404(Image, audit=audit, position=position)


@login_required
@require_GET
def image_file(request: HttpRequest, pk: int, position: int, kind: str) -> FileResponse:
    """The thumbnail or the original, for members only; never cached by shared caches."""
    audit, image = image_or_404(request, pk, position)
    name = image.thumbnail if kind == "thumbnail" else image.file
    if not name:
        raise Http404
    try:
        handle = storage.path_in(audit.folder, name).open("rb")
    except OSError as error:
        raise Http404 from error
    response = FileResponse(
        handle, content_type="image/jpeg" if kind == "thumbnail" else image.content_type
    )
    response["Cache-Control"] = "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Disposition"] = "inline"
    return response
