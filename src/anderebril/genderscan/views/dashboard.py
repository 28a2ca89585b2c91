from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from anderebril.genderscan.access import may_advise, scannable_organisations
from anderebril.genderscan.actions import actions_of, progress_of
from anderebril.genderscan.charts import bar_chart
from anderebril.genderscan.forms import RoundForm
from anderebril.genderscan.kpis import kpis_for
from anderebril.genderscan.models import ScanRound
from anderebril.genderscan.rounds import current_school_year, open_round, results_of
from anderebril.genderscan.views.common import get_organisation, user_of


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    organisations = list(
        scannable_organisations(user).select_related("sto_region").order_by("name")
    )
    latest: dict[int, ScanRound] = {}
    for scan_round in ScanRound.objects.filter(organisation__in=organisations).order_by(
        "opened_at", "pk"
    ):
        latest[scan_round.organisation_id] = scan_round
    if len(organisations) == 1 and not user.is_advisor:
        return redirect("genderscan:organisation", slug=organisations[0].slug)
    rows = [(o, latest.get(o.pk)) for o in organisations]
    return render(request, "genderscan/dashboard.html", {"rows": rows})


@login_required
def organisation(request: HttpRequest, slug: str) -> HttpResponse:
    org = get_organisation(request, slug)
    rounds = list(org.genderscan_rounds.order_by("opened_at", "pk"))
    history = []
    for scan_round in rounds:
        results = results_of(scan_round)
        history.append((scan_round, results.get("overall"), results.get("total", 0)))
    chart = None
    scored = [(r, score) for r, score, _total in history if score is not None]
    if len(scored) >= 2:
        chart = bar_chart(
            _("Gemiddelde score per ronde"),
            [r.title for r, _s in scored],
            [(_("Gemiddelde"), [s for _r, s in scored])],
        )
    actions = list(actions_of(org))
    latest_year = rounds[-1].school_year if rounds else current_school_year()
    return render(
        request,
        "genderscan/organisation.html",
        {
            "organisation": org,
            "history": history,
            "history_chart": chart,
            "progress": progress_of(actions),
            "overdue": [a for a in actions if a.is_overdue][:5],
            "kpis": kpis_for(org, latest_year),
            "text_scans": org.genderscan_text_scans.all()[:5],
            "may_advise": may_advise(user_of(request), org),
            "advisors": [a.advisor for a in org.genderscan_advisors.select_related("advisor")],
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def round_new(request: HttpRequest, slug: str) -> HttpResponse:
    org = get_organisation(request, slug)
    year = current_school_year()
    is_first = not org.genderscan_rounds.exists()
    initial = {
        "school_year": year,
        "title": (_("0-meting %(year)s") if is_first else _("Meting %(year)s")) % {"year": year},
    }
    form = RoundForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        scan_round = open_round(org, user=user_of(request), **form.cleaned_data)
        messages.success(
            request, _("De ronde is geopend. Deel de links hieronder met de respondenten.")
        )
        return redirect("genderscan:round", slug=org.slug, pk=scan_round.pk)
    return render(
        request,
        "genderscan/round_new.html",
        {"organisation": org, "form": form, "is_first": is_first},
    )
