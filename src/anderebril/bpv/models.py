"""Signals of internship discrimination, their follow-up, and who coordinates it at a school.

A ``Signal`` holds no link to a user account and no address: an anonymous signal holds nothing
about the person who reported it. Contact details are stored only when the reporter asked to be
contacted, together with the consent wording shown and the moment.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from anderebril.bpv.constants import (
    MAX_DESCRIPTION,
    MAX_NOTE,
    MAX_PUBLIC_UPDATE,
    ReporterRole,
    Sector,
    SignalKind,
    Status,
)


class Coordinator(models.Model):
    """The BPV coordinator of a school follows up its signals (managers of the school may too)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="bpv_coordinations",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("school"),
        on_delete=models.CASCADE,
        related_name="bpv_coordinators",
    )
    created_at = models.DateTimeField(_("aangewezen op"), auto_now_add=True)

    class Meta:
        verbose_name = _("BPV-coördinator")
        verbose_name_plural = _("BPV-coördinatoren")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="unique_bpv_coordinator")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organisation}"


class Signal(models.Model):
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("school"),
        on_delete=models.CASCADE,
        related_name="bpv_signals",
    )
    reporter_role = models.CharField(_("gemeld door"), max_length=20, choices=ReporterRole.choices)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    crebo = models.CharField(_("crebo"), max_length=5, blank=True)
    kind = models.CharField(_("soort signaal"), max_length=20, choices=SignalKind.choices)
    company_name = models.CharField(_("stagebedrijf"), max_length=200, blank=True)
    description = models.TextField(_("wat er gebeurde"), max_length=MAX_DESCRIPTION, blank=True)
    occurred_in = models.DateField(_("maand"), help_text=_("De eerste dag van de maand."))
    receipt_hash = models.CharField(_("ontvangstcode (hash)"), max_length=64, unique=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    public_update = models.TextField(
        _("bericht voor de melder"), max_length=MAX_PUBLIC_UPDATE, blank=True
    )
    contact_name = models.CharField(_("naam"), max_length=150, blank=True)
    contact_email = models.EmailField(_("e-mailadres"), blank=True)
    contact_consent_wording = models.TextField(_("getoonde toestemmingstekst"), blank=True)
    contact_consent_at = models.DateTimeField(_("toestemming gegeven op"), null=True, blank=True)
    created_at = models.DateTimeField(_("ontvangen op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)
    closed_at = models.DateTimeField(_("afgesloten op"), null=True, blank=True)
    purged_at = models.DateTimeField(_("persoonsgegevens gewist op"), null=True, blank=True)

    class Meta:
        verbose_name = _("BPV-signaal")
        verbose_name_plural = _("BPV-signalen")
        ordering = ("-created_at", "-id")
        indexes = [models.Index(fields=["organisation", "status"])]

    def __str__(self) -> str:
        return f"{self.organisation} — {self.get_kind_display()} ({self.occurred_in:%m-%Y})"

    @property
    def wants_contact(self) -> bool:
        return bool(self.contact_consent_at)


class Note(models.Model):
    """A coordinator's note on a signal; never shown to the reporter."""

    signal = models.ForeignKey(
        Signal, verbose_name=_("signaal"), on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    text = models.TextField(_("notitie"), max_length=MAX_NOTE)
    created_at = models.DateTimeField(_("geschreven op"), auto_now_add=True)

    class Meta:
        verbose_name = _("notitie")
        verbose_name_plural = _("notities")
        ordering = ("created_at", "id")

    def __str__(self) -> str:
        return f"{self.signal_id}: {self.created_at:%d-%m-%Y}"


class StatusChange(models.Model):
    """The history of a signal's status: who changed it from what to what, and when."""

    signal = models.ForeignKey(
        Signal, verbose_name=_("signaal"), on_delete=models.CASCADE, related_name="changes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    old_status = models.CharField(_("was"), max_length=20, choices=Status.choices)
    new_status = models.CharField(_("werd"), max_length=20, choices=Status.choices)
    created_at = models.DateTimeField(_("moment"), auto_now_add=True)

    class Meta:
        verbose_name = _("statuswijziging")
        verbose_name_plural = _("statuswijzigingen")
        ordering = ("created_at", "id")

    def __str__(self) -> str:
        return f"{self.signal_id}: {self.old_status} → {self.new_status}"
