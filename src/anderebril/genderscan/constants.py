"""Choices of the genderscan: respondent groups, round and advice states, action status."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from anderebril.core.privacy import SMALL_GROUP

#: No group result, average or open answer is shown for fewer responses than this.
MIN_RESPONSES = SMALL_GROUP
#: The peer benchmark needs this many other schools (or companies) with a closed round.
MIN_BENCHMARK_ORGANISATIONS = SMALL_GROUP


class RespondentGroup(models.TextChoices):
    MANAGEMENT = "management", _("Management")
    STAFF = "staff", _("Docenten en medewerkers")
    FEMALE_STUDENTS = "female_students", _("Studenten (vrouw)")
    MALE_STUDENTS = "male_students", _("Studenten (man)")
    COMPANIES = "companies", _("Stagebedrijven")
    PRACTICE_TRAINERS = "practice_trainers", _("Praktijkopleiders en collega's")
    INTERNS = "interns", _("Stagiairs en leerling-werknemers")


#: Groups whose view is compared with management's ("how students see the same theme").
STUDENT_GROUPS = (
    RespondentGroup.FEMALE_STUDENTS,
    RespondentGroup.MALE_STUDENTS,
    RespondentGroup.INTERNS,
)


class QuestionType(models.TextChoices):
    LIKERT = "likert", _("Stelling (eens–oneens)")
    CHOICE = "choice", _("Keuze")
    OPEN = "open", _("Open vraag")


class RoundStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Gesloten")


class AdviceStatus(models.TextChoices):
    DRAFT = "draft", _("Concept")
    PUBLISHED = "published", _("Gepubliceerd")


class Scenario(models.TextChoices):
    QUICK_WIN = "quick_win", _("Snel resultaat")
    STRUCTURAL = "structural", _("Structurele verandering")


class ActionStatus(models.TextChoices):
    PLANNED = "planned", _("Gepland")
    IN_PROGRESS = "in_progress", _("Bezig")
    DONE = "done", _("Klaar")
    DROPPED = "dropped", _("Vervallen")


CLOSED_ACTION_STATUSES = (ActionStatus.DONE, ActionStatus.DROPPED)


class FigureSource(models.TextChoices):
    FORM = "form", _("Formulier")
    UPLOAD = "upload", _("Bestand")
    MONITOR = "monitor", _("Monitor (DUO)")


class Sector(models.TextChoices):
    """Technical sectors with their own reference share of women in the intake."""

    BOUW_INSTALLATIE = "bouw_installatie", _("Bouw en installatie")
    MOBILITEIT = "mobiliteit", _("Mobiliteit en voertuigen")
    PROCES = "procestechniek", _("Procestechniek")
    TECHNIEK = "techniek", _("Overige techniek")
    ICT = "ict", _("ICT")


#: Likert answers 1–5 map to 0, 25, 50, 75, 100; 0 means "weet ik niet" and is not scored.
LIKERT_CHOICES = (
    (1, _("Helemaal oneens")),
    (2, _("Oneens")),
    (3, _("Neutraal")),
    (4, _("Eens")),
    (5, _("Helemaal eens")),
    (0, _("Weet ik niet")),
)
