from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from anderebril.knowledge import tags
from anderebril.knowledge.constants import Theme
from anderebril.network.constants import ConsentField, ConsentPurpose, NetworkRole
from anderebril.organisations.constants import Kind


class Person(models.Model):
    """Someone in the network: a member with an account, or a participant who registered.

    Contact details are stored here but shown or exported only where a current ``Consent``
    covers the field for that purpose (see ``network.services``).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="network_person",
    )
    name = models.CharField(_("naam"), max_length=150)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="network_people",
    )
    organisation_name = models.CharField(
        _("organisatie (vrij tekstveld)"),
        max_length=200,
        blank=True,
        help_text=_("Als je organisatie niet in de lijst staat."),
    )
    region = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("STO-regio"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="network_people_in_region",
        limit_choices_to={"kind": Kind.STO_REGION},
    )
    network_role = models.CharField(
        _("rol"), max_length=32, choices=NetworkRole.choices, blank=True
    )
    what_you_do = models.TextField(_("wat doe je?"), blank=True, max_length=2000)
    superhero_name = models.CharField(_("je female superhero"), max_length=150, blank=True)
    superhero_why = models.TextField(_("waarom zij?"), blank=True, max_length=2000)
    themes = models.CharField(_("thema's"), max_length=200, blank=True)
    is_ambassador = models.BooleanField(
        _("ambassadeur"),
        default=False,
        help_text=_("Ambassadeur van meer meisjes in mbo-techniek voor de eigen school."),
    )
    photo = models.FileField(
        _("foto"),
        upload_to="network/photos/",
        blank=True,
        help_text=_("Alleen te zien voor netwerkleden, en alleen met je toestemming."),
    )
    listed = models.BooleanField(
        _("zichtbaar in het netwerk"),
        default=False,
        help_text=_("Andere netwerkleden zien je naam, rol, regio en wat je doet."),
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")
        ordering = ("name", "id")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("network:person", args=[self.pk])

    @property
    def organisation_label(self) -> str:
        return self.organisation.name if self.organisation else self.organisation_name

    @property
    def effective_region(self) -> models.Model | None:
        if self.region_id:
            return self.region
        return self.organisation.sto_region if self.organisation else None

    @property
    def theme_list(self) -> list[str]:
        return tags.decode(self.themes)

    @property
    def theme_labels(self) -> list[str]:
        return [str(Theme(value).label) for value in self.theme_list if value in Theme.values]


class Group(models.Model):
    """A working group or peer group of the network, usually within one STO region."""

    name = models.CharField(_("naam"), max_length=150)
    slug = models.SlugField(_("korte naam in de URL"), max_length=80, unique=True)
    region = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("STO-regio"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="network_groups",
        limit_choices_to={"kind": Kind.STO_REGION},
    )
    description = models.TextField(_("omschrijving"), blank=True)
    members = models.ManyToManyField(
        Person, verbose_name=_("leden"), blank=True, related_name="groups"
    )

    class Meta:
        verbose_name = _("groep")
        verbose_name_plural = _("groepen")
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


class Consent(models.Model):
    """One consent decision, kept as history: the latest row per (person, field, purpose) counts.

    ``wording`` is the exact text the person saw; ``source`` says where (e.g. a registration).
    Withdrawing sets ``withdrawn_at`` on the current row and takes effect at once.
    """

    person = models.ForeignKey(
        Person, verbose_name=_("persoon"), on_delete=models.CASCADE, related_name="consents"
    )
    field = models.CharField(_("gegeven"), max_length=20, choices=ConsentField.choices)
    purpose = models.CharField(_("doel"), max_length=20, choices=ConsentPurpose.choices)
    granted = models.BooleanField(_("toestemming gegeven"))
    wording = models.TextField(_("getoonde tekst"))
    given_at = models.DateTimeField(_("moment"), default=timezone.now)
    source = models.CharField(_("waar gegeven"), max_length=200)
    withdrawn_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    class Meta:
        verbose_name = _("toestemming")
        verbose_name_plural = _("toestemmingen")
        ordering = ("person", "field", "purpose", "id")
        indexes = [models.Index(fields=["person", "field", "purpose"])]

    def __str__(self) -> str:
        state = _("ja") if self.is_active else _("nee")
        return f"{self.person}: {self.get_field_display()} / {self.get_purpose_display()} — {state}"

    @property
    def is_active(self) -> bool:
        return self.granted and self.withdrawn_at is None


class ExportLog(models.Model):
    """Who exported which contact list, when, in which format, and how many people it held."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="network_exports",
    )
    list_name = models.CharField(_("lijst"), max_length=200)
    file_format = models.CharField(_("formaat"), max_length=10)
    row_count = models.PositiveIntegerField(_("aantal personen"))
    created_at = models.DateTimeField(_("moment"), auto_now_add=True)

    class Meta:
        verbose_name = _("export van een contactlijst")
        verbose_name_plural = _("exports van contactlijsten")
        ordering = ("-created_at", "-id")

    def __str__(self) -> str:
        return f"{self.list_name} ({self.file_format}, {self.row_count})"
