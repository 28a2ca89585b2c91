"""Choices and limits of the beeldscan."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

MB = 1024 * 1024
#: Largest single image file accepted.
MAX_IMAGE_SIZE = 30 * MB
#: Largest zip file accepted.
MAX_ZIP_SIZE = 600 * MB
#: All files of one upload together.
MAX_UPLOAD_TOTAL = 800 * MB
#: Largest web page (HTML) inside an upload: a saved page is rarely over a few hundred kB, and
#: every page is parsed whole in the worker.
MAX_PAGE_SIZE = 2 * MB
#: Images (and pages) one audit may hold.
MAX_IMAGES = 2000
#: Pixels an image may have; checked from the header before anything is decoded.
MAX_PIXELS = 60_000_000
#: Claims of one import (a worker that dies mid-way leaves it to be claimed again).
MAX_IMPORT_ATTEMPTS = 3
#: Longest side of a thumbnail, in pixels.
THUMBNAIL_SIZE = 480

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff")
PAGE_SUFFIXES = (".html", ".htm")
PILLOW_FORMATS = ("JPEG", "PNG", "WEBP", "TIFF", "MPO")


class Gender(models.TextChoices):
    """Gender presentation as it appears in the picture — never a claim about identity."""

    WOMAN = "woman", _("vrouw")
    MAN = "man", _("man")
    UNCLEAR = "unclear", _("onduidelijk")


class Role(models.TextChoices):
    TECHNICAL = "technical", _("doet technisch werk")
    POSING = "posing", _("poseert bij techniek")
    NON_TECHNICAL = "non_technical", _("doet niet-technisch werk")
    STUDENT = "student", _("student in de les")
    TEACHER = "teacher", _("docent")
    OTHER = "other", _("anders")


class Setting(models.TextChoices):
    WORKSHOP = "workshop", _("werkplaats of bouwplaats")
    LAB = "lab", _("lab")
    CLASSROOM = "classroom", _("klaslokaal")
    OFFICE = "office", _("kantoor")
    OUTDOORS = "outdoors", _("buiten")
    OTHER = "other", _("anders of onbekend")


#: Letters of the quick code: gender first, then role (``vt`` = a woman doing technical work).
GENDER_LETTERS = {"v": Gender.WOMAN, "m": Gender.MAN, "o": Gender.UNCLEAR}
ROLE_LETTERS = {
    "t": Role.TECHNICAL,
    "p": Role.POSING,
    "n": Role.NON_TECHNICAL,
    "s": Role.STUDENT,
    "d": Role.TEACHER,
    "a": Role.OTHER,
}
#: Roles the programme calls passive or non-technical.
PASSIVE_ROLES = (Role.POSING, Role.NON_TECHNICAL)


class ImportStatus(models.TextChoices):
    QUEUED = "queued", _("In de wachtrij")
    RUNNING = "running", _("Bezig")
    DONE = "done", _("Klaar")
    FAILED = "failed", _("Mislukt")


class AltStatus(models.TextChoices):
    """The ``alt`` text of an image found on a web page; ``NOT_APPLICABLE`` for loose files."""

    NOT_APPLICABLE = "", _("geen webpagina")
    PRESENT = "present", _("aanwezig")
    EMPTY = "empty", _("leeg")
    MISSING = "missing", _("ontbreekt")


#: The alt statuses that count as a missing alt text in the report (empty is counted too).
ALT_MISSING = (AltStatus.MISSING, AltStatus.EMPTY)
