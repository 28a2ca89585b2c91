"""Choices and fixed values of the monitor."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from anderebril.core.privacy import SMALL_GROUP

#: Counts below this are never shown, and neither is a share built on them.
SMALL_NUMBER = SMALL_GROUP

#: Largest file the upload form accepts (the real students file is about 3.4 MB).
MAX_UPLOAD_SIZE = 50 * 1024 * 1024

#: Rows written per INSERT during an import.
BATCH_SIZE = 5000


class Dataset(models.TextChoices):
    """The two DUO datasets with figures by sex."""

    STUDENTS = "studenten", _("studenten")
    DIPLOMAS = "diplomas", _("gediplomeerden")


class Leerweg(models.TextChoices):
    BBL = "BBL", _("bbl (beroepsbegeleidend)")
    BOLVT = "BOLVT", _("bol voltijd")
    BOLDT = "BOLDT", _("bol deeltijd")
    EX = "EX", _("examendeelnemer")


class Dimension(models.TextChoices):
    """What a definition rule matches on, from broad to specific."""

    SECTORKAMER = "sectorkamer", _("sectorkamer")
    HOOFDGROEP = "hoofdgroep", _("hoofdgroep")
    CREBO = "crebo", _("crebo (één opleiding)")


def leerweg_label(code: str) -> str:
    """The Dutch label of a learning route, or the code itself when DUO adds a new one."""
    try:
        return str(Leerweg(code).label)
    except ValueError:
        return code
