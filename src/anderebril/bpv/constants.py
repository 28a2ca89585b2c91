"""Choices and fixed values of the BPV signals."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

#: Characters of a receipt code: no 0/O, 1/I, so it can be read out and typed without mistakes.
RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
RECEIPT_LENGTH = 10

#: Length caps of the free-text fields.
MAX_DESCRIPTION = 4000
MAX_NOTE = 4000
MAX_PUBLIC_UPDATE = 1000

#: How far back a signal may date, in years.
YEARS_BACK = 5

#: Notes, contact details and free text of a closed signal are removed this long after closing.
RETENTION_MONTHS = 24

#: Limits per window (seconds): reports per browser session and per address (a school network
#: shares one address, so that limit is higher), and status look-ups (guessing codes) likewise.
REPORT_LIMIT = 5
REPORT_LIMIT_PER_ADDRESS = 30
LOOKUP_LIMIT = 20
LOOKUP_LIMIT_PER_ADDRESS = 200
LIMIT_WINDOW = 3600

#: A school's coordinators get at most one notice of new signals per this many seconds.
NOTICE_WINDOW = 3600

SBB_MELDPUNT_URL = "https://www.s-bb.nl"


class Sector(models.TextChoices):
    """The sectorkamers of SBB, plus "don't know"."""

    TECHNIEK = "techniek", _("Techniek en gebouwde omgeving")
    MOBILITEIT = "mobiliteit", _("Mobiliteit, transport, logistiek en maritiem")
    ICT = "ict", _("ICT en creatieve industrie")
    SPECIALISTISCH = "specialistisch", _("Specialistisch vakmanschap")
    VOEDSEL = "voedsel", _("Voedsel, groen en gastvrijheid")
    HANDEL = "handel", _("Handel")
    ZAKELIJK = "zakelijk", _("Zakelijke dienstverlening en veiligheid")
    ZORG = "zorg", _("Zorg, welzijn en sport")
    UNKNOWN = "onbekend", _("Weet ik niet")


class ReporterRole(models.TextChoices):
    STUDENT = "student", _("Student")
    TEACHER = "docent", _("Docent of loopbaanbegeleider")
    ADVISER = "adviseur", _("Adviseur praktijkleren")
    OTHER = "anders", _("Anders")


class SignalKind(models.TextChoices):
    TASKS = (
        "taken",
        _("Taken passen niet bij de opleiding (bijvoorbeeld alleen receptie of administratie)"),
    )
    REFUSED = "geweigerd", _("Geweigerd vanwege gender")
    REMARKS = "opmerkingen", _("Opmerkingen of grappen")
    FACILITIES = (
        "voorzieningen",
        _("Geen goede voorzieningen (kleedruimte, werkkleding in de juiste maat)"),
    )
    PAY = "vergoeding", _("Ongelijke stagevergoeding of beloning")
    OTHER = "anders", _("Iets anders")


class Status(models.TextChoices):
    NEW = "nieuw", _("Nieuw")
    IN_PROGRESS = "in_behandeling", _("In behandeling")
    REFERRED = "doorverwezen", _("Doorverwezen naar het SBB-meldpunt")
    RESOLVED = "opgelost", _("Opgelost")
    CLOSED = "gesloten", _("Gesloten")


#: Statuses that close a signal: the retention period runs from the moment it got one of these.
CLOSED_STATUSES = frozenset({Status.RESOLVED, Status.CLOSED})
