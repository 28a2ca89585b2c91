from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from anderebril.organisations.constants import Kind

brin_validator = RegexValidator(
    r"^[0-9]{2}[A-Z0-9]{2}$", _("Een BRIN-code heeft vier tekens, zoals 25LH.")
)
kvk_validator = RegexValidator(r"^[0-9]{8}$", _("Een KvK-nummer heeft acht cijfers."))


class Organisation(models.Model):
    name = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("korte naam in de URL"), max_length=80, unique=True)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    brin_code = models.CharField(
        _("BRIN-code"), max_length=4, blank=True, validators=[brin_validator]
    )
    kvk_number = models.CharField(
        _("KvK-nummer"), max_length=8, blank=True, validators=[kvk_validator]
    )
    town = models.CharField(_("plaats"), max_length=100, blank=True)
    sto_region = models.ForeignKey(
        "self",
        verbose_name=_("STO-regio"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="members_of_region",
        limit_choices_to={"kind": Kind.STO_REGION},
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="organisations"
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ("name",)
        constraints = [
            models.UniqueConstraint(
                fields=["brin_code"],
                condition=~models.Q(brin_code=""),
                name="unique_brin_code",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisations:detail", args=[self.slug])

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.kind == Kind.MBO_SCHOOL and not self.brin_code:
            errors["brin_code"] = str(_("Een mbo-school heeft een BRIN-code."))
        if self.kind != Kind.COMPANY and self.kvk_number:
            errors["kvk_number"] = str(_("Alleen een bedrijf heeft hier een KvK-nummer."))
        if self.sto_region_id and self.kind == Kind.STO_REGION:
            errors["sto_region"] = str(_("Een STO-regio valt niet onder een andere regio."))
        if errors:
            raise ValidationError(errors)


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    is_manager = models.BooleanField(
        _("beheert de organisatie"),
        default=False,
        help_text=_("Mag leden toevoegen en de gegevens van de organisatie wijzigen."),
    )
    joined_at = models.DateTimeField(_("lid sinds"), auto_now_add=True)

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="unique_membership")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organisation}"
