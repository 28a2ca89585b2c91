"""DUO figures by sex in a long table, with the reference data and provenance around them.

One ``Figure`` row is one line of a DUO file for one year: institution × programme × leerweg ×
niveau × year × dataset, with the counts of men and women side by side (``None`` = unknown, the
``-1`` DUO publishes). Keeping both sexes in one row halves the table and lets one ``Sum`` pass
give the share of women.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from anderebril.monitor.constants import Dataset, Dimension
from anderebril.organisations.constants import Kind as OrganisationKind


class Institution(models.Model):
    brin = models.CharField(_("BRIN-code"), max_length=8, unique=True)
    name = models.CharField(_("naam"), max_length=200)
    kind_label = models.CharField(_("soort instelling"), max_length=120, blank=True)
    town = models.CharField(_("plaats"), max_length=100, blank=True)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisatie op het platform"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="duo_institutions",
        help_text=_(
            "Wordt bij het importeren gekoppeld op BRIN-code, als die organisatie bestaat."
        ),
    )
    sto_region = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("STO-regio"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="duo_region_institutions",
        limit_choices_to={"kind": OrganisationKind.STO_REGION},
        help_text=_("Leeg: de STO-regio van de gekoppelde organisatie geldt."),
    )

    class Meta:
        verbose_name = _("onderwijsinstelling (DUO)")
        verbose_name_plural = _("onderwijsinstellingen (DUO)")
        ordering = ("name",)

    def __str__(self) -> str:
        return f"{self.name} ({self.brin})"

    def get_absolute_url(self) -> str:
        return reverse("monitor:school", args=[self.brin])

    @property
    def region_id(self) -> int | None:
        """The STO region: set here, or else the one of the linked organisation."""
        if self.sto_region_id:
            return self.sto_region_id
        if self.organisation is not None:
            return self.organisation.sto_region_id
        return None


class Programme(models.Model):
    crebo = models.CharField(_("crebo"), max_length=10, unique=True)
    name = models.CharField(_("naam"), max_length=200)
    niveau = models.PositiveSmallIntegerField(_("niveau"), null=True, blank=True)
    sectorkamer = models.CharField(_("sectorkamer"), max_length=120, blank=True)
    hoofdgroep = models.CharField(_("hoofdgroep"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("opleiding (crebo)")
        verbose_name_plural = _("opleidingen (crebo)")
        ordering = ("name",)

    def __str__(self) -> str:
        return f"{self.name} ({self.crebo})"

    def get_absolute_url(self) -> str:
        return reverse("monitor:programme", args=[self.crebo])


class ImportRecord(models.Model):
    """Provenance of one imported file; re-importing the same bytes (same sha256) is a no-op."""

    file_name = models.CharField(_("bestandsnaam"), max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    dataset = models.CharField(_("dataset"), max_length=20, choices=Dataset.choices)
    imported_at = models.DateTimeField(_("geïmporteerd op"), auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("geïmporteerd door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    rows = models.PositiveIntegerField(_("regels"))
    years = models.JSONField(_("jaren in het bestand"), default=list)
    edition = models.PositiveSmallIntegerField(
        _("editie"), help_text=_("Het laatste jaar in het bestand; dat jaar is voorlopig.")
    )
    replaced_years = models.JSONField(_("jaren vervangen of toegevoegd"), default=list)
    skipped_years = models.JSONField(
        _("jaren overgeslagen"),
        default=list,
        help_text=_("Jaren waarvoor al een nieuwere editie was geïmporteerd."),
    )
    figures = models.PositiveIntegerField(_("opgeslagen cijfers"), default=0)
    encoding = models.CharField(_("tekenset"), max_length=20)
    delimiter = models.CharField(_("scheidingsteken"), max_length=1)
    notes = models.TextField(_("opmerkingen"), blank=True)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ("-imported_at", "-pk")

    def __str__(self) -> str:
        return f"{self.file_name} ({self.imported_at:%Y-%m-%d %H:%M})"


class DatasetYear(models.Model):
    """Which import currently supplies a year of a dataset, and whether that year is provisional."""

    dataset = models.CharField(_("dataset"), max_length=20, choices=Dataset.choices)
    year = models.PositiveSmallIntegerField(_("jaar"))
    source = models.ForeignKey(
        ImportRecord, verbose_name=_("bron"), on_delete=models.CASCADE, related_name="supplies"
    )
    provisional = models.BooleanField(_("voorlopig"), default=False)

    class Meta:
        verbose_name = _("jaar van een dataset")
        verbose_name_plural = _("jaren van de datasets")
        ordering = ("dataset", "year")
        constraints = [
            models.UniqueConstraint(fields=["dataset", "year"], name="monitor_unique_dataset_year")
        ]

    def __str__(self) -> str:
        return f"{self.get_dataset_display()} {self.year}"


class Figure(models.Model):
    source = models.ForeignKey(ImportRecord, on_delete=models.CASCADE, related_name="+")
    dataset = models.CharField(max_length=20, choices=Dataset.choices)
    year = models.PositiveSmallIntegerField()
    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    leerweg = models.CharField(max_length=8)
    niveau = models.PositiveSmallIntegerField()
    men = models.IntegerField(null=True)
    women = models.IntegerField(null=True)

    class Meta:
        verbose_name = _("cijfer")
        verbose_name_plural = _("cijfers")
        # Covering indexes: each dashboard query is answered from one index alone.
        indexes = [
            models.Index(
                fields=["dataset", "year", "programme", "institution", "men", "women"],
                name="monitor_fig_year",
            ),
            models.Index(
                fields=[
                    "institution",
                    "dataset",
                    "programme",
                    "niveau",
                    "leerweg",
                    "year",
                    "men",
                    "women",
                ],
                name="monitor_fig_institution",
            ),
            models.Index(
                fields=["programme", "dataset", "niveau", "leerweg", "year", "men", "women"],
                name="monitor_fig_programme",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.dataset} {self.year} {self.institution_id}/{self.programme_id}"


class Definition(models.Model):
    """A curated grouping of programmes, such as "techniek" or "IT"; see docs/monitor.md."""

    key = models.SlugField(_("sleutel"), max_length=40, unique=True)
    name = models.CharField(_("naam"), max_length=100)
    description = models.TextField(_("toelichting"), blank=True)
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("definitie")
        verbose_name_plural = _("definities")
        ordering = ("position", "name")

    def __str__(self) -> str:
        return self.name


class DefinitionRule(models.Model):
    """Include or exclude programmes; the most specific matching rule (crebo) wins."""

    definition = models.ForeignKey(Definition, on_delete=models.CASCADE, related_name="rules")
    dimension = models.CharField(_("op"), max_length=20, choices=Dimension.choices)
    value = models.CharField(
        _("waarde"),
        max_length=200,
        help_text=_(
            "De naam van de sectorkamer of hoofdgroep zoals in het DUO-bestand, of de crebo."
        ),
    )
    include = models.BooleanField(
        _("meetellen"), default=True, help_text=_("Uitvinken om uit te sluiten.")
    )

    class Meta:
        verbose_name = _("regel")
        verbose_name_plural = _("regels")
        ordering = ("dimension", "value")
        constraints = [
            models.UniqueConstraint(
                fields=["definition", "dimension", "value"], name="monitor_unique_rule"
            )
        ]

    def __str__(self) -> str:
        sign = "+" if self.include else "−"
        return f"{sign} {self.get_dimension_display()}: {self.value}"
