"""The audit report as a page, a PDF and a CSV, with the previous audit's figures beside it."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from anderebril.imagescan.exports import audit_csv
from anderebril.imagescan.figures import Report, build_report, comparison
from anderebril.imagescan.models import Audit
from anderebril.imagescan.pdf import render_pdf
from anderebril.imagescan.services import audits_for_user
from anderebril.imagescan.views import audit_or_404, user_of


def _reports(request: HttpRequest, pk: int) -> tuple[Report, Report | None]:
    audit = audit_or_404(request, pk)
    report = build_report(audit)
    previous: Audit | None = None
    if audit.previous_id is not None:
        # The previous audit counts only if this user may still see it.
        previous = audits_for_user(user_of(request)).filter(pk=audit.previous_id).first()
    return report, (build_report(previous) if previous is not None else None)


@login_required
@never_cache
@require_GET
def audit_report(request: HttpRequest, pk: int) -> HttpResponse:
    report, previous = _reports(request, pk)
    context = {
        "audit": report.audit,
        "report": report,
        "previous": previous,
        "comparison": comparison(report, previous) if previous else None,
    }
    return render(request, "imagescan/report.html", context)


@login_required
@never_cache
@require_GET
def audit_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    report, previous = _reports(request, pk)
    response = HttpResponse(render_pdf(report, previous), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="beeldscan-{report.audit.pk}.pdf"'
    return response


@login_required
@never_cache
@require_GET
def audit_export_csv(request: HttpRequest, pk: int) -> HttpResponse:
    audit = audit_or_404(request, pk)
    response = HttpResponse(audit_csv(audit), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="beeldscan-{audit.pk}.csv"'
    return response
