from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from anderebril.api.constants import TOKEN_PREFIX


class ApiToken(models.Model):
    """A key with which an organisation's software uses the API.

    Only the SHA-256 hash of the secret is stored; the secret itself is shown once, when the
    token is made. ``prefix`` keeps the first characters of the random part so people can tell
    their tokens apart.
    """

    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="api_tokens",
    )
    name = models.CharField(_("naam"), max_length=100)
    prefix = models.CharField(_("begin van de sleutel"), max_length=16)
    hash = models.CharField(_("hash van de sleutel"), max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aangemaakt door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("laatst gebruikt"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("ingetrokken"), null=True, blank=True)

    class Meta:
        verbose_name = _("API-sleutel")
        verbose_name_plural = _("API-sleutels")
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return f"{self.name} ({self.shown_prefix})"

    @property
    def shown_prefix(self) -> str:
        return f"{TOKEN_PREFIX}{self.prefix}…"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class ThrottleWindow(models.Model):
    """Requests of one client in one rate-limit window, counted in the database.

    Every gunicorn worker (and every server sharing the database) counts in the same row, so a
    limit holds for the whole platform. Rows of past windows are deleted as new ones start.
    """

    key = models.CharField(_("sleutel"), max_length=100, primary_key=True)
    count = models.PositiveIntegerField(_("verzoeken"), default=0)
    expires_at = models.DateTimeField(_("verloopt"), db_index=True)

    class Meta:
        verbose_name = _("tellerstand van een limiet")
        verbose_name_plural = _("tellerstanden van limieten")

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"
