"""What other apps (and the views) may call. Import this module, not the models."""

from __future__ import annotations

from collections import Counter

from django.urls import reverse

from anderebril.accounts.models import User
from anderebril.genderscan.access import may_advise, organisation_for, scannable_organisations
from anderebril.genderscan.actions import action_from_advice, progress_of, send_reminders
from anderebril.genderscan.advice import generate_advice, publish_advice, unpublish_advice
from anderebril.genderscan.constants import FigureSource
from anderebril.genderscan.figures import import_figures, save_figures
from anderebril.genderscan.kpis import kpis_for
from anderebril.genderscan.models import RecruitmentTextScan
from anderebril.genderscan.monitor_hook import monitor_figures
from anderebril.genderscan.rounds import (
    RoundClosed,
    close_round,
    link_for_token,
    open_round,
    response_counts,
    results_of,
    submit_response,
)
from anderebril.organisations.models import Organisation

__all__ = [
    "RoundClosed",
    "action_from_advice",
    "close_round",
    "generate_advice",
    "import_figures",
    "kpis_for",
    "link_for_token",
    "may_advise",
    "open_round",
    "organisation_for",
    "prefill_from_monitor",
    "progress_of",
    "publish_advice",
    "response_counts",
    "results_of",
    "scan_recruitment_text",
    "scannable_organisations",
    "send_reminders",
    "submit_response",
    "unpublish_advice",
]


def prefill_from_monitor(organisation: Organisation) -> int:
    """Fill the school's figures from the monitor's DUO data; return how many rows were saved.

    Figures the school entered itself are overwritten only for the same crebo and school year,
    and only by counts DUO knows: a count DUO publishes as unknown is stored as unknown (NULL)
    in a new row and leaves an existing count alone. DUO has no intake or drop-out by sex, so
    those stay unknown until the school enters them.
    """
    rows = monitor_figures(organisation)
    if not rows:
        return 0
    created, updated = save_figures(
        organisation, rows, source=FigureSource.MONITOR, keep_known=True
    )
    return created + updated


def scan_recruitment_text(organisation: Organisation, title: str, text: str) -> RecruitmentTextScan:
    """Run the taalscan on a recruitment text and keep only the counts, not the text."""
    from anderebril.textscan import scan_text

    report = scan_text(text, language="auto")
    by_category = Counter(finding.category for finding in report.findings)
    return RecruitmentTextScan.objects.create(
        organisation=organisation,
        title=title,
        words=report.score.words,
        findings=len(report.findings),
        by_category=dict(by_category),
        verdict=report.score.verdict[:200],
    )


def scans_url_for(user: User, organisation: Organisation | None) -> str | None:
    """The organisation's genderscan page, when ``user`` may see it; otherwise ``None``.

    Other apps (the monitor's school page) link to a school's scans through this.
    """
    if organisation is None or not user.is_authenticated:
        return None
    if not scannable_organisations(user).filter(pk=organisation.pk).exists():
        return None
    return reverse("genderscan:organisation", args=[organisation.slug])
