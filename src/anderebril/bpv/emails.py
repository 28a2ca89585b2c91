"""The notice to a school's coordinators that a signal came in: a link, never its content."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from anderebril.bpv.access import follow_up_addresses
from anderebril.bpv.models import Signal


def send_new_signal_notice(signal: Signal, base_url: str) -> int:
    """Mail the coordinators and managers of the signal's school; return how many were sent."""
    school = signal.organisation
    recipients = follow_up_addresses(school)
    if not recipients:
        return 0
    url = base_url + reverse("bpv:signal", args=[school.slug, signal.pk])
    with translation.override("nl"):
        body = render_to_string("bpv/email_new_signal.txt", {"school": school, "url": url})
        subject = f"Nieuw BPV-signaal voor {school.name}"
    # one message per person, so nobody sees who else follows up
    for address in recipients:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address])
    return len(recipients)
