"""The public questionnaire behind an anonymous link: no login, nothing of the respondent kept."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from anderebril.genderscan.constants import RespondentGroup
from anderebril.genderscan.forms import ResponseForm
from anderebril.genderscan.rounds import (
    RoundClosed,
    link_for_token,
    questionnaire_of,
    submit_response,
)


@never_cache
@require_http_methods(["GET", "POST"])
def respond(request: HttpRequest, token: str) -> HttpResponse:
    link = link_for_token(token)
    if link is None:
        raise Http404
    scan_round = link.round
    context = {
        "round": scan_round,
        "organisation_name": scan_round.organisation.name,
        "group_label": RespondentGroup(link.group).label,
    }
    if not scan_round.is_open:
        return render(request, "genderscan/respond_closed.html", context, status=410)
    questionnaire = questionnaire_of(scan_round)
    form = ResponseForm(
        questionnaire, link.group, request.POST if request.method == "POST" else None
    )
    if request.method == "POST" and form.is_valid():
        try:
            submit_response(link, form.cleaned_data)
        except RoundClosed:
            return render(request, "genderscan/respond_closed.html", context, status=410)
        return redirect("genderscan:thanks", token=token)
    themes = []
    for theme in questionnaire.themes:
        fields = [form[q.key] for q in form.questions if q.theme == theme.key]
        if fields:
            themes.append((theme, fields))
    context.update({"form": form, "themes": themes, "questionnaire": questionnaire})
    return render(request, "genderscan/respond.html", context)


@never_cache
def thanks(request: HttpRequest, token: str) -> HttpResponse:
    link = link_for_token(token)
    if link is None:
        raise Http404
    return render(
        request,
        "genderscan/respond_thanks.html",
        {"organisation_name": link.round.organisation.name},
    )
