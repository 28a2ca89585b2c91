from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from anderebril.genderscan.access import may_advise
from anderebril.genderscan.pdf import report_pdf
from anderebril.genderscan.reports import build_report
from anderebril.genderscan.views.common import get_round, theme_titles, user_of


@login_required
def report(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    scan_round = get_round(request, slug, pk)
    advisor = may_advise(user_of(request), scan_round.organisation)
    data = build_report(scan_round, show_draft_advice=advisor)
    return render(
        request,
        "genderscan/report.html",
        {
            "organisation": scan_round.organisation,
            "round": scan_round,
            "report": data,
            "themes": theme_titles(scan_round.organisation),
            "may_advise": advisor,
        },
    )


@login_required
def report_download(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    scan_round = get_round(request, slug, pk)
    data = build_report(scan_round, show_draft_advice=False)
    response = HttpResponse(report_pdf(data), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="genderscan-{slug}-{scan_round.pk}.pdf"'
    )
    return response
