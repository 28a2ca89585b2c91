from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from anderebril.genderscan.access import may_advise
from anderebril.genderscan.constants import MIN_RESPONSES, RespondentGroup
from anderebril.genderscan.forms import RecruitmentTextForm
from anderebril.genderscan.models import Advice
from anderebril.genderscan.rounds import close_round, questionnaire_of, response_counts
from anderebril.genderscan.services import scan_recruitment_text
from anderebril.genderscan.views.common import get_organisation, get_round, user_of


@login_required
def round_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    scan_round = get_round(request, slug, pk)
    counts = response_counts(scan_round)
    links = {link.group: link for link in scan_round.links.all()}
    groups = []
    for group in questionnaire_of(scan_round).groups:
        link = links.get(group)
        url = (
            request.build_absolute_uri(reverse("genderscan:respond", args=[link.token]))
            if link
            else ""
        )
        groups.append(
            {
                "label": RespondentGroup(group).label,
                "count": counts[group],
                "url": url,
                "shown": counts[group] >= MIN_RESPONSES,
                "missing": max(0, MIN_RESPONSES - counts[group]),
            }
        )
    return render(
        request,
        "genderscan/round.html",
        {
            "organisation": scan_round.organisation,
            "round": scan_round,
            "questionnaire": questionnaire_of(scan_round),
            "groups": groups,
            "total": sum(counts.values()),
            "advice": Advice.objects.filter(round=scan_round).first(),
            "may_advise": may_advise(user_of(request), scan_round.organisation),
            "min_responses": MIN_RESPONSES,
        },
    )


@login_required
@require_POST
def round_close(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    scan_round = get_round(request, slug, pk)
    if scan_round.is_open:
        close_round(scan_round)
        messages.success(request, _("De ronde is gesloten. De uitkomsten liggen nu vast."))
    return redirect("genderscan:round", slug=slug, pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def recruitment_texts(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_organisation(request, slug)
    form = RecruitmentTextForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        scan = scan_recruitment_text(
            organisation, form.cleaned_data["title"], form.cleaned_data["text"]
        )
        messages.success(
            request,
            _("'%(title)s' is gescand: %(count)s vondst(en).")
            % {"title": scan.title, "count": scan.findings},
        )
        return redirect("genderscan:texts", slug=slug)
    return render(
        request,
        "genderscan/texts.html",
        {
            "organisation": organisation,
            "form": form,
            "scans": organisation.genderscan_text_scans.all(),
        },
    )
