from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from anderebril.events.constants import EntryStatus, EventFormat, EventKind


class Event(models.Model):
    title = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(_("korte naam in de URL"), max_length=80, unique=True)
    kind = models.CharField(_("soort"), max_length=20, choices=EventKind.choices)
    format = models.CharField(_("vorm"), max_length=20, choices=EventFormat.choices)
    starts_at = models.DateTimeField(_("begint"))
    ends_at = models.DateTimeField(_("eindigt"))
    location = models.CharField(
        _("locatie"), max_length=300, blank=True, help_text=_("Adres of plaats.")
    )
    online_url = models.URLField(
        _("link naar de online sessie"),
        blank=True,
        help_text=_("Alleen aangemelde deelnemers krijgen deze link, in hun bevestiging."),
    )
    summary = models.CharField(_("korte omschrijving"), max_length=300, blank=True)
    description = models.TextField(_("omschrijving"), blank=True)
    region = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("STO-regio"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        limit_choices_to={"kind": "sto_region"},
    )
    registration_open = models.BooleanField(_("aanmelden mogelijk"), default=True)
    capacity = models.PositiveIntegerField(_("maximaal aantal deelnemers"), null=True, blank=True)
    published = models.BooleanField(_("gepubliceerd"), default=True)
    moderators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderatoren"),
        blank=True,
        related_name="moderated_events",
        help_text=_("Zij leggen take-aways en links vast en beheren de collage."),
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        verbose_name = _("evenement")
        verbose_name_plural = _("evenementen")
        ordering = ("-starts_at",)

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("events:detail", args=[self.slug])

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()

    @property
    def is_online(self) -> bool:
        return self.format in (EventFormat.ONLINE, EventFormat.HYBRID)


class ProgrammeItem(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="programme")
    starts_at = models.TimeField(_("tijd"))
    title = models.CharField(_("onderdeel"), max_length=200)
    description = models.TextField(_("toelichting"), blank=True)

    class Meta:
        verbose_name = _("programmaonderdeel")
        verbose_name_plural = _("programma")
        ordering = ("starts_at", "id")

    def __str__(self) -> str:
        return f"{self.starts_at:%H:%M} {self.title}"


class Speaker(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("naam"), max_length=150)
    organisation = models.CharField(_("organisatie"), max_length=200, blank=True)
    topic = models.CharField(_("onderwerp"), max_length=300)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("spreker")
        verbose_name_plural = _("sprekers")
        ordering = ("order", "id")

    def __str__(self) -> str:
        return self.name


class Registration(models.Model):
    event = models.ForeignKey(
        Event, verbose_name=_("evenement"), on_delete=models.CASCADE, related_name="registrations"
    )
    person = models.ForeignKey(
        "network.Person",
        verbose_name=_("persoon"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    created_at = models.DateTimeField(_("aangemeld op"), auto_now_add=True)
    reminder_sent_at = models.DateTimeField(_("herinnering verstuurd"), null=True, blank=True)

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ("event", "created_at", "id")
        constraints = [
            models.UniqueConstraint(fields=["event", "person"], name="unique_registration")
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.event}"


class Heroine(models.Model):
    """One woman named as a female superhero, however people spelled her name.

    Names that fold to the same key (see ``events.heroines``) land on the same heroine through
    her aliases; a moderator merges the rest. Shown in a public collage only when approved.
    """

    name = models.CharField(_("naam"), max_length=150)
    description = models.CharField(
        _("korte beschrijving"),
        max_length=300,
        blank=True,
        help_text=_("Wie zij is, in één zin. Staat bij haar naam in de collage."),
    )
    approved = models.BooleanField(
        _("goedgekeurd"),
        default=False,
        help_text=_("Alleen goedgekeurde heldinnen staan in de openbare collage."),
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    class Meta:
        verbose_name = _("superheldin")
        verbose_name_plural = _("superheldinnen")
        ordering = ("name", "id")

    def __str__(self) -> str:
        return self.name


class HeroineAlias(models.Model):
    """A folded name (``heroines.name_key``) that stands for a heroine."""

    key = models.CharField(_("sleutel"), max_length=150, unique=True)
    heroine = models.ForeignKey(Heroine, on_delete=models.CASCADE, related_name="aliases")

    class Meta:
        verbose_name = _("schrijfwijze")
        verbose_name_plural = _("schrijfwijzen")
        ordering = ("key",)

    def __str__(self) -> str:
        return self.key


class NetworkMomentEntry(models.Model):
    """What a participant shared at the network moment: who, what, and her female superhero."""

    registration = models.OneToOneField(
        Registration, on_delete=models.CASCADE, related_name="network_moment"
    )
    what_you_do = models.TextField(_("wat doe je?"), max_length=1000)
    superhero_name = models.CharField(_("je female superhero"), max_length=150)
    superhero_why = models.TextField(_("waarom zij?"), max_length=1000, blank=True)
    heroine = models.ForeignKey(
        Heroine,
        verbose_name=_("superheldin"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="entries",
    )
    status = models.CharField(
        _("beoordeling"),
        max_length=10,
        choices=EntryStatus.choices,
        default=EntryStatus.PENDING,
        help_text=_("Alleen goedgekeurde bijdragen staan in de collage."),
    )
    created_at = models.DateTimeField(_("ingevuld op"), auto_now_add=True)

    class Meta:
        verbose_name = _("bijdrage aan het netwerkmoment")
        verbose_name_plural = _("bijdragen aan het netwerkmoment")
        ordering = ("created_at", "id")

    def __str__(self) -> str:
        return f"{self.superhero_name} ({self.registration.person})"
