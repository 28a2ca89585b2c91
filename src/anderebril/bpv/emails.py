"""The notice to a school's coordinators that new signals came in: a link, never their content.

At most one notice per school per ``NOTICE_WINDOW`` (an hour): the first signal of the hour
sends it, later ones in that hour are covered by it ("er zijn nieuwe signalen"). That keeps
inboxes quiet after a class reports together, and a notice names no single signal.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from anderebril.bpv.access import follow_up_addresses
from anderebril.bpv.constants import NOTICE_WINDOW
from anderebril.bpv.models import Signal
from anderebril.bpv.ratelimit import count

logger = logging.getLogger(__name__)


def send_new_signal_notice(signal: Signal, base_url: str) -> int:
    """Mail the coordinators and managers of the signal's school, unless they had a notice this
    hour already; return how many were sent.

    A mail server that fails is logged and skipped: the signal is already stored and the reporter
    must still get her receipt code.
    """
    school = signal.organisation
    recipients = follow_up_addresses(school)
    if not recipients or count("notice", f"school:{school.pk}", window=NOTICE_WINDOW) > 1:
        return 0
    url = base_url + reverse("bpv:signals", args=[school.slug])
    with translation.override("nl"):
        body = render_to_string("bpv/email_new_signal.txt", {"school": school, "url": url})
        subject = _("Nieuwe BPV-signalen voor %(school)s") % {"school": school.name}
    # one message per person, so nobody sees who else follows up
    sent = 0
    for address in recipients:
        try:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address])
        except OSError:  # smtplib's errors are OSErrors too
            logger.exception("BPV: notice of new signals could not be sent")
        else:
            sent += 1
    return sent
