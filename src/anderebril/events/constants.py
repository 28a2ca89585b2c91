from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    CONFERENCE = "conference", _("Kennisconferentie")
    ROADSHOW = "roadshow", _("Roadshow")
    MEETING = "meeting", _("Netwerkbijeenkomst")


class EventFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    ON_LOCATION = "location", _("Op locatie")
    HYBRID = "hybrid", _("Op locatie en online")


class EntryStatus(models.TextChoices):
    """Where a network-moment entry stands in the moderation of the collage."""

    PENDING = "pending", _("Wacht op beoordeling")
    APPROVED = "approved", _("Goedgekeurd")
    HIDDEN = "hidden", _("Verborgen")


# Registrations of people who never consented to anything are removed this many days after the
# event ended, unless settings.EVENT_REGISTRATION_RETENTION_DAYS says otherwise.
DEFAULT_RETENTION_DAYS = 30

# The reminder goes out this many hours before the start.
REMINDER_HOURS = 24
