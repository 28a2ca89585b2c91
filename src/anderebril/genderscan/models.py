"""Genderscan data: rounds with anonymous links and responses, school figures, advice, actions.

Responses carry no personal data: no account, no IP address, no user agent, no time of day —
only the round, the respondent group, the date and the answers.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from anderebril.genderscan.constants import (
    CLOSED_ACTION_STATUSES,
    ActionStatus,
    AdviceStatus,
    FigureSource,
    RespondentGroup,
    RoundStatus,
    Scenario,
    Sector,
)

if TYPE_CHECKING:  # django-stubs is a development dependency only
    from django_stubs_ext import StrOrPromise

crebo_validator = RegexValidator(r"^[0-9]{5}$", _("Een crebo-code heeft vijf cijfers."))


def new_token() -> str:
    """An unguessable link token: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


class AdvisorAssignment(models.Model):
    """An advisor guides the genderscan of this school or company."""

    advisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="genderscan_assignments",
        verbose_name=_("adviseur"),
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        related_name="genderscan_advisors",
        verbose_name=_("organisatie"),
    )
    created_at = models.DateTimeField(_("toegewezen op"), auto_now_add=True)

    class Meta:
        verbose_name = _("toegewezen adviseur")
        verbose_name_plural = _("toegewezen adviseurs")
        constraints = [
            models.UniqueConstraint(fields=["advisor", "organisation"], name="unique_assignment")
        ]

    def __str__(self) -> str:
        return f"{self.advisor} → {self.organisation}"


class ScanRound(models.Model):
    """One measurement: the 0-meting or a yearly re-measurement, of a school or a team in it."""

    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        related_name="genderscan_rounds",
        verbose_name=_("organisatie"),
    )
    title = models.CharField(_("naam van de ronde"), max_length=120)
    programme_team = models.CharField(
        _("opleidingsteam"),
        max_length=120,
        blank=True,
        help_text=_("Laat leeg als de hele school meedoet."),
    )
    school_year = models.PositiveSmallIntegerField(
        _("schooljaar"),
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("Het beginjaar: 2024 voor schooljaar 2024/25."),
    )
    questionnaire_key = models.CharField(_("vragenlijst"), max_length=40)
    questionnaire_version = models.PositiveSmallIntegerField(_("versie van de vragenlijst"))
    status = models.CharField(
        _("status"), max_length=10, choices=RoundStatus.choices, default=RoundStatus.OPEN
    )
    opened_at = models.DateTimeField(_("geopend op"), default=timezone.now)
    closed_at = models.DateTimeField(_("gesloten op"), null=True, blank=True)
    results = models.JSONField(
        _("bevroren uitkomsten"),
        null=True,
        blank=True,
        help_text=_("De scores zoals ze waren bij het sluiten van de ronde."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("scanronde")
        verbose_name_plural = _("scanrondes")
        ordering = ("organisation", "opened_at", "pk")

    def __str__(self) -> str:
        return f"{self.organisation} — {self.title}"

    @property
    def is_open(self) -> bool:
        return self.status == RoundStatus.OPEN

    @property
    def school_year_label(self) -> str:
        return f"{self.school_year}/{(self.school_year + 1) % 100:02d}"


class RespondentLink(models.Model):
    """The anonymous link for one respondent group of one round."""

    round = models.ForeignKey(ScanRound, on_delete=models.CASCADE, related_name="links")
    group = models.CharField(_("groep"), max_length=20, choices=RespondentGroup.choices)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)

    class Meta:
        verbose_name = _("anonieme link")
        verbose_name_plural = _("anonieme links")
        constraints = [
            models.UniqueConstraint(fields=["round", "group"], name="unique_link_per_group")
        ]

    def __str__(self) -> str:
        return f"{self.round} — {self.get_group_display()}"


class Response(models.Model):
    """One filled-in questionnaire. ``answers`` maps question keys to a number or a text."""

    round = models.ForeignKey(ScanRound, on_delete=models.CASCADE, related_name="responses")
    group = models.CharField(_("groep"), max_length=20, choices=RespondentGroup.choices)
    submitted_on = models.DateField(_("ingevuld op"), default=timezone.localdate)
    answers = models.JSONField(_("antwoorden"), default=dict)

    class Meta:
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")
        indexes = [models.Index(fields=["round", "group"])]

    def __str__(self) -> str:
        return f"{self.round} — {self.get_group_display()} #{self.pk}"


def _count(label: StrOrPromise) -> models.PositiveIntegerField[int | None, int | None]:
    return models.PositiveIntegerField(
        label, null=True, blank=True, help_text=_("Leeg laten als het aantal niet bekend is.")
    )


class ProgrammeFigures(models.Model):
    """The school's own figures for one programme (crebo) and school year, by sex."""

    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        related_name="genderscan_figures",
        verbose_name=_("organisatie"),
    )
    crebo = models.CharField(_("crebo"), max_length=5, validators=[crebo_validator])
    programme = models.CharField(_("opleiding"), max_length=200, blank=True)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices, blank=True)
    school_year = models.PositiveSmallIntegerField(
        _("schooljaar"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    # Each count is NULL when it is not known (left blank, or unknown in DUO's data): a KPI that
    # needs it is then "niet ingevuld", never computed as if the count were zero.
    intake_women = _count(_("instroom vrouwen"))
    intake_men = _count(_("instroom mannen"))
    enrolled_women = _count(_("ingeschreven vrouwen"))
    enrolled_men = _count(_("ingeschreven mannen"))
    dropout_women = _count(_("uitval vrouwen"))
    dropout_men = _count(_("uitval mannen"))
    diplomas_women = _count(_("diploma's vrouwen"))
    diplomas_men = _count(_("diploma's mannen"))
    source = models.CharField(
        _("bron"), max_length=10, choices=FigureSource.choices, default=FigureSource.FORM
    )
    updated_at = models.DateTimeField(_("bijgewerkt"), auto_now=True)

    class Meta:
        verbose_name = _("cijfers per opleiding")
        verbose_name_plural = _("cijfers per opleiding")
        ordering = ("-school_year", "crebo")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "crebo", "school_year"], name="unique_figures_per_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.crebo} {self.school_year}"

    @property
    def school_year_label(self) -> str:
        return f"{self.school_year}/{(self.school_year + 1) % 100:02d}"


class RecruitmentTextScan(models.Model):
    """The taalscan result of one of the school's recruitment texts; the text is not kept."""

    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        related_name="genderscan_text_scans",
        verbose_name=_("organisatie"),
    )
    title = models.CharField(_("titel van de tekst"), max_length=200)
    words = models.PositiveIntegerField(_("woorden"), default=0)
    findings = models.PositiveIntegerField(_("vondsten"), default=0)
    by_category = models.JSONField(_("vondsten per soort"), default=dict)
    verdict = models.CharField(_("oordeel gecodeerde woorden"), max_length=200, blank=True)
    scanned_on = models.DateField(_("gescand op"), default=timezone.localdate)

    class Meta:
        verbose_name = _("gescande wervingstekst")
        verbose_name_plural = _("gescande wervingsteksten")
        ordering = ("-scanned_on", "-pk")

    def __str__(self) -> str:
        return self.title


class Advice(models.Model):
    """The advice on one round: generated from rules, edited by the advisor, then published."""

    round = models.OneToOneField(ScanRound, on_delete=models.CASCADE, related_name="advice")
    status = models.CharField(
        _("status"), max_length=10, choices=AdviceStatus.choices, default=AdviceStatus.DRAFT
    )
    summary = models.TextField(_("samenvatting"), blank=True)
    generated_at = models.DateTimeField(_("gegenereerd op"), default=timezone.now)
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("advies")
        verbose_name_plural = _("adviezen")

    def __str__(self) -> str:
        return f"{_('Advies')} {self.round}"

    @property
    def is_published(self) -> bool:
        return self.status == AdviceStatus.PUBLISHED


class AdviceItem(models.Model):
    """One recommendation in an advice, from the library or written by the advisor."""

    advice = models.ForeignKey(Advice, on_delete=models.CASCADE, related_name="items")
    recommendation_key = models.CharField(max_length=60, blank=True)
    scenario = models.CharField(
        _("scenario"), max_length=12, choices=Scenario.choices, default=Scenario.QUICK_WIN
    )
    theme = models.CharField(_("thema"), max_length=40, blank=True)
    title = models.CharField(_("titel"), max_length=200)
    body = models.TextField(_("toelichting"))
    reason = models.TextField(_("aanleiding"), blank=True)
    source = models.CharField(_("bron"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("aanbeveling")
        verbose_name_plural = _("aanbevelingen")
        ordering = ("scenario", "position", "pk")

    def __str__(self) -> str:
        return self.title


class Action(models.Model):
    """One action of the plan van aanpak."""

    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        related_name="genderscan_actions",
        verbose_name=_("organisatie"),
    )
    advice_item = models.ForeignKey(
        AdviceItem,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="actions",
        verbose_name=_("uit het advies"),
    )
    title = models.CharField(_("actie"), max_length=200)
    description = models.TextField(_("beschrijving"), blank=True)
    theme = models.CharField(_("thema"), max_length=40, blank=True)
    owner = models.CharField(
        _("eigenaar"),
        max_length=120,
        help_text=_("Een rol of team, bijvoorbeeld 'teamleider ICT'."),
    )
    due_date = models.DateField(_("deadline"))
    status = models.CharField(
        _("status"), max_length=12, choices=ActionStatus.choices, default=ActionStatus.PLANNED
    )
    indicator = models.CharField(
        _("indicator"),
        max_length=200,
        blank=True,
        help_text=_("Waaraan je ziet dat de actie werkt, bijvoorbeeld 'instroom meisjes 15%'."),
    )
    remind_by_email = models.BooleanField(
        _("herinnering per e-mail"),
        default=False,
        help_text=_("De leden van de organisatie krijgen een e-mail vlak voor de deadline."),
    )
    reminded_on = models.DateField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("actie")
        verbose_name_plural = _("acties")
        ordering = ("due_date", "pk")

    def __str__(self) -> str:
        return self.title

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_ACTION_STATUSES

    @property
    def is_overdue(self) -> bool:
        return not self.is_closed and self.due_date < timezone.localdate()
