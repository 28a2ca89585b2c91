"""The confirmation and the reminder, both with the event as an iCalendar attachment."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from anderebril.events import ical
from anderebril.events.models import Registration
from anderebril.events.services import manage_token


def _send(registration: Registration, template: str, subject: str, base_url: str) -> None:
    event = registration.event
    context = {
        "registration": registration,
        "event": event,
        "event_url": base_url + event.get_absolute_url(),
        "manage_url": base_url + reverse("events:registration", args=[manage_token(registration)]),
    }
    message = EmailMessage(
        subject=subject,
        body=render_to_string(template, context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[registration.person.email],
    )
    message.attach(
        "evenement.ics",
        ical.calendar([event], base_url=base_url, name=event.title, with_online_link=True),
        "text/calendar; charset=utf-8; method=PUBLISH",
    )
    message.send()


def send_confirmation(registration: Registration, base_url: str) -> None:
    with translation.override("nl"):
        _send(
            registration,
            "events/email_confirmation.txt",
            f"Aangemeld: {registration.event.title}",
            base_url,
        )


def send_reminder(registration: Registration, base_url: str) -> None:
    with translation.override("nl"):
        _send(
            registration,
            "events/email_reminder.txt",
            f"Herinnering: {registration.event.title}",
            base_url,
        )
    registration.reminder_sent_at = timezone.now()
    registration.save(update_fields=["reminder_sent_at"])
