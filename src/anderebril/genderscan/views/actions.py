from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from anderebril.genderscan.actions import actions_of, progress_of
from anderebril.genderscan.constants import ActionStatus
from anderebril.genderscan.exports import plan_xlsx
from anderebril.genderscan.forms import ActionForm
from anderebril.genderscan.models import Action
from anderebril.genderscan.pdf import plan_pdf
from anderebril.genderscan.views.common import get_organisation, theme_choices, theme_titles

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def plan(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_organisation(request, slug)
    actions = list(actions_of(organisation))
    status = request.GET.get("status", "")
    shown = [a for a in actions if a.status == status] if status in ActionStatus.values else actions
    return render(
        request,
        "genderscan/plan.html",
        {
            "organisation": organisation,
            "actions": shown,
            "progress": progress_of(actions),
            "themes": theme_titles(organisation),
            "statuses": ActionStatus.choices,
            "selected_status": status,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def action_edit(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    organisation = get_organisation(request, slug)
    instance = (
        get_object_or_404(Action, pk=pk, organisation=organisation)
        if pk
        else Action(organisation=organisation)
    )
    form = ActionForm(request.POST or None, instance=instance, themes=theme_choices(organisation))
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("De actie is opgeslagen."))
        return redirect("genderscan:plan", slug=slug)
    return render(
        request,
        "genderscan/action_form.html",
        {"organisation": organisation, "form": form, "action": instance if pk else None},
    )


@login_required
@require_POST
def action_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    organisation = get_organisation(request, slug)
    get_object_or_404(Action, pk=pk, organisation=organisation).delete()
    messages.success(request, _("De actie is verwijderd."))
    return redirect("genderscan:plan", slug=slug)


def _filename(slug: str, ext: str) -> str:
    return f'attachment; filename="plan-van-aanpak-{slug}-{timezone.localdate():%Y%m%d}.{ext}"'


@login_required
def plan_download(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    organisation = get_organisation(request, slug)
    if fmt not in ("pdf", "xlsx"):
        raise Http404
    actions = list(actions_of(organisation))
    titles = theme_titles(organisation)
    if fmt == "xlsx":
        response = HttpResponse(plan_xlsx(organisation, actions, titles), content_type=XLSX)
    else:
        response = HttpResponse(
            plan_pdf(organisation, actions, titles), content_type="application/pdf"
        )
    response["Content-Disposition"] = _filename(slug, fmt)
    return response
