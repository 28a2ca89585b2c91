"""The notice to a school's coordinators that a signal came in: a link, never its content."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from anderebril.bpv.access import follow_up_addresses
from anderebril.bpv.models import Signal

logger = logging.getLogger(__name__)


def send_new_signal_notice(signal: Signal, base_url: str) -> int:
    """Mail the coordinators and managers of the signal's school; return how many were sent.

    A mail server that fails is logged and skipped: the signal is already stored and the reporter
    must still get her receipt code.
    """
    school = signal.organisation
    recipients = follow_up_addresses(school)
    if not recipients:
        return 0
    url = base_url + reverse("bpv:signal", args=[school.slug, signal.pk])
    with translation.override("nl"):
        body = render_to_string("bpv/email_new_signal.txt", {"school": school, "url": url})
        subject = f"Nieuw BPV-signaal voor {school.name}"
    # one message per person, so nobody sees who else follows up
    sent = 0
    for address in recipients:
        try:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address])
        except OSError:  # smtplib's errors are OSErrors too
            logger.exception("BPV: notice of signal %s could not be sent", signal.pk)
        else:
            sent += 1
    return sent
