"""The plan van aanpak: actions from the advice or written freely, progress and reminders."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from anderebril.genderscan.constants import CLOSED_ACTION_STATUSES, ActionStatus
from anderebril.genderscan.models import Action, AdviceItem
from anderebril.organisations.models import Organisation

REMIND_DAYS_BEFORE = 7


@dataclass
class Progress:
    total: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    overdue: int = 0
    percent_done: int = 0
    by_theme: list[tuple[str, int, int]] = field(default_factory=list)  # theme, done, total


def actions_of(organisation: Organisation) -> QuerySet[Action]:
    return organisation.genderscan_actions.select_related("advice_item")


def action_from_advice(item: AdviceItem, organisation: Organisation) -> Action:
    """A new planned action copied from an advice item, due in three months."""
    return Action.objects.create(
        organisation=organisation,
        advice_item=item,
        title=item.title,
        description=item.body,
        theme=item.theme,
        owner=_("nog te bepalen"),
        due_date=timezone.localdate() + datetime.timedelta(days=91),
    )


def progress_of(actions: list[Action], today: datetime.date | None = None) -> Progress:
    today = today or timezone.localdate()
    counts = Counter(a.status for a in actions)
    done = counts.get(ActionStatus.DONE, 0)
    relevant = len(actions) - counts.get(ActionStatus.DROPPED, 0)
    themes: dict[str, list[int]] = {}
    for action in actions:
        entry = themes.setdefault(action.theme or "", [0, 0])
        entry[1] += 1
        entry[0] += action.status == ActionStatus.DONE
    return Progress(
        total=len(actions),
        by_status={status: counts.get(status, 0) for status in ActionStatus.values},
        overdue=sum(
            1 for a in actions if a.status not in CLOSED_ACTION_STATUSES and a.due_date < today
        ),
        percent_done=round(100 * done / relevant) if relevant else 0,
        by_theme=[(theme, d, t) for theme, (d, t) in sorted(themes.items())],
    )


def send_reminders(today: datetime.date | None = None) -> int:
    """E-mail the members of each organisation about open actions with a reminder that are due
    within a week or overdue; each action at most once a week. Returns the e-mails sent."""
    today = today or timezone.localdate()
    due = (
        Action.objects.filter(
            remind_by_email=True, due_date__lte=today + datetime.timedelta(days=REMIND_DAYS_BEFORE)
        )
        .exclude(status__in=CLOSED_ACTION_STATUSES)
        .select_related("organisation")
        .order_by("organisation_id", "due_date")
    )
    by_organisation: dict[int, list[Action]] = {}
    for action in due:
        if action.reminded_on and action.reminded_on > today - datetime.timedelta(days=7):
            continue
        by_organisation.setdefault(action.organisation_id, []).append(action)
    sent = 0
    for actions in by_organisation.values():
        organisation = actions[0].organisation
        recipients = list(
            organisation.memberships.filter(user__is_active=True).values_list(
                "user__email", flat=True
            )
        )
        if not recipients:
            continue
        lines = [
            f"- {a.title} ({a.owner}), {_('deadline')} {a.due_date:%d-%m-%Y}"
            + (f" — {_('te laat')}" if a.due_date < today else "")
            for a in actions
        ]
        body = _("Deze acties uit het plan van aanpak van %(organisation)s vragen aandacht:") % {
            "organisation": organisation.name
        }
        send_mail(
            _("Herinnering: plan van aanpak genderscan"),
            body + "\n\n" + "\n".join(lines) + "\n",
            settings.DEFAULT_FROM_EMAIL,
            recipients,
        )
        Action.objects.filter(pk__in=[a.pk for a in actions]).update(reminded_on=today)
        sent += 1
    return sent
