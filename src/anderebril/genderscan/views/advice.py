from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from anderebril.genderscan.access import may_advise
from anderebril.genderscan.actions import action_from_advice
from anderebril.genderscan.advice import (
    RoundStillOpen,
    generate_advice,
    publish_advice,
    unpublish_advice,
)
from anderebril.genderscan.constants import Scenario
from anderebril.genderscan.forms import AdviceItemForm, AdviceSummaryForm
from anderebril.genderscan.models import Advice, AdviceItem
from anderebril.genderscan.views.common import (
    get_round,
    require_advisor,
    theme_choices,
    theme_titles,
    user_of,
)


@login_required
def advice(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    scan_round = get_round(request, slug, pk)
    organisation = scan_round.organisation
    advisor = may_advise(user_of(request), organisation)
    item = Advice.objects.filter(round=scan_round).first()
    if item is not None and not item.is_published and not advisor:
        item = None
    items = list(item.items.prefetch_related("actions")) if item else []
    groups = [
        (label, [i for i in items if i.scenario == value]) for value, label in Scenario.choices
    ]
    return render(
        request,
        "genderscan/advice.html",
        {
            "organisation": organisation,
            "round": scan_round,
            "advice": item,
            "groups": [(label, group) for label, group in groups if group],
            "may_advise": advisor,
            "summary_form": AdviceSummaryForm(initial={"summary": item.summary})
            if item and advisor
            else None,
            "themes": theme_titles(organisation),
        },
    )


@login_required
@require_POST
def advice_generate(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    scan_round = get_round(request, slug, pk)
    require_advisor(request, scan_round.organisation)
    try:
        result = generate_advice(scan_round)
    except RoundStillOpen:
        messages.error(request, _("Een advies kan pas worden opgesteld als de ronde gesloten is."))
        return redirect("genderscan:advice", slug=slug, pk=pk)
    if result.is_published:
        messages.error(
            request,
            _(
                "Een gepubliceerd advies wordt niet opnieuw gegenereerd. "
                "Zet het eerst terug naar concept."
            ),
        )
    else:
        messages.success(
            request,
            _("Het conceptadvies is opgesteld met %(count)s aanbevelingen.")
            % {"count": result.items.count()},
        )
    return redirect("genderscan:advice", slug=slug, pk=pk)


@login_required
@require_POST
def advice_summary(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    scan_round = get_round(request, slug, pk)
    require_advisor(request, scan_round.organisation)
    item = get_object_or_404(Advice, round=scan_round)
    form = AdviceSummaryForm(request.POST)
    if form.is_valid():
        item.summary = form.cleaned_data["summary"]
        item.save(update_fields=["summary"])
        messages.success(request, _("De samenvatting is opgeslagen."))
    return redirect("genderscan:advice", slug=slug, pk=pk)


@login_required
@require_POST
def advice_publish(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    scan_round = get_round(request, slug, pk)
    require_advisor(request, scan_round.organisation)
    item = get_object_or_404(Advice, round=scan_round)
    if request.POST.get("action") == "unpublish":
        unpublish_advice(item)
        messages.success(request, _("Het advies is terug naar concept gezet."))
    else:
        publish_advice(item, user_of(request))
        messages.success(request, _("Het advies is gepubliceerd en zichtbaar voor de school."))
    return redirect("genderscan:advice", slug=slug, pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def advice_item_edit(
    request: HttpRequest, slug: str, pk: int, item_pk: int | None = None
) -> HttpResponse:
    scan_round = get_round(request, slug, pk)
    require_advisor(request, scan_round.organisation)
    parent = get_object_or_404(Advice, round=scan_round)
    instance = (
        get_object_or_404(AdviceItem, pk=item_pk, advice=parent)
        if item_pk
        else AdviceItem(advice=parent)
    )
    form = AdviceItemForm(
        request.POST or None, instance=instance, themes=theme_choices(scan_round.organisation)
    )
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        if not item_pk:
            saved.position = parent.items.count()
        saved.save()
        messages.success(request, _("De aanbeveling is opgeslagen."))
        return redirect("genderscan:advice", slug=slug, pk=pk)
    return render(
        request,
        "genderscan/advice_item.html",
        {
            "organisation": scan_round.organisation,
            "round": scan_round,
            "form": form,
            "item": instance if item_pk else None,
        },
    )


@login_required
@require_POST
def advice_item_delete(request: HttpRequest, slug: str, pk: int, item_pk: int) -> HttpResponse:
    scan_round = get_round(request, slug, pk)
    require_advisor(request, scan_round.organisation)
    get_object_or_404(AdviceItem, pk=item_pk, advice__round=scan_round).delete()
    messages.success(request, _("De aanbeveling is verwijderd."))
    return redirect("genderscan:advice", slug=slug, pk=pk)


@login_required
@require_POST
def advice_item_to_action(request: HttpRequest, slug: str, pk: int, item_pk: int) -> HttpResponse:
    scan_round = get_round(request, slug, pk)
    item = get_object_or_404(AdviceItem, pk=item_pk, advice__round=scan_round)
    if not item.advice.is_published and not may_advise(user_of(request), scan_round.organisation):
        raise Http404
    action = action_from_advice(item, scan_round.organisation)
    messages.success(
        request, _("De actie is toegevoegd aan het plan van aanpak. Vul eigenaar en deadline aan.")
    )
    return redirect("genderscan:action_edit", slug=slug, pk=action.pk)
