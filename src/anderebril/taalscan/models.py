"""Saved scans and batches of an organisation. Anonymous scans never reach these tables.

A ``SavedScan`` keeps what a member chose to keep: the report (the JSON contract's file entry)
and the scanned text. A ``Batch`` holds one ``BatchItem`` per uploaded document; the item is the
unit of work on the task queue and carries its own state, attempts and Dutch error, so progress,
retries and recovery after a worker crash all read and write the item row.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from anderebril.taalscan.constants import ScanLanguage, Strategy


class SavedScan(models.Model):
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="saved_scans",
    )
    title = models.CharField(_("titel"), max_length=200)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("bewaard door"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("bewaard op"), auto_now_add=True)
    source_name = models.CharField(_("bron"), max_length=255)
    is_document = models.BooleanField(_("bestand"), default=False)
    strategy = models.CharField(_("soort alternatieven"), max_length=20, choices=Strategy.choices)
    language = models.CharField(_("taal"), max_length=10)
    #: The JSON contract of ``TAALSCAN.md`` (version, files, errors) with this one file.
    report = models.JSONField(_("rapport"))
    text = models.TextField(_("tekst"))
    findings_count = models.PositiveIntegerField(_("vondsten"), default=0)

    class Meta:
        verbose_name = _("bewaarde scan")
        verbose_name_plural = _("bewaarde scans")
        ordering = ("-created_at", "-id")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("taalscan:saved-detail", args=[self.pk])


class Batch(models.Model):
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="taalscan_batches",
    )
    title = models.CharField(_("titel"), max_length=200)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gestart door"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("gestart op"), auto_now_add=True)
    strategy = models.CharField(
        _("soort alternatieven"),
        max_length=20,
        choices=Strategy.choices,
        default=Strategy.OVERKOEPELEND,
    )
    language = models.CharField(
        _("taal"), max_length=10, choices=ScanLanguage.choices, default=ScanLanguage.NL
    )

    class Meta:
        verbose_name = _("batch")
        verbose_name_plural = _("batches")
        ordering = ("-created_at", "-id")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("taalscan:batch-detail", args=[self.pk])


class ItemStatus(models.TextChoices):
    QUEUED = "queued", _("In de wachtrij")
    RUNNING = "running", _("Bezig")
    DONE = "done", _("Klaar")
    FAILED = "failed", _("Mislukt")
    SKIPPED = "skipped", _("Overgeslagen")


FINISHED_STATUSES = (ItemStatus.DONE, ItemStatus.FAILED, ItemStatus.SKIPPED)


class BatchItem(models.Model):
    batch = models.ForeignKey(
        Batch, verbose_name=_("batch"), on_delete=models.CASCADE, related_name="items"
    )
    position = models.PositiveIntegerField(_("volgnummer"))
    name = models.CharField(_("bestandsnaam"), max_length=500)
    #: The uploaded bytes, kept in the database so a worker on any machine can read them;
    #: emptied once the item is finished.
    data = models.BinaryField(_("inhoud"), default=b"")
    status = models.CharField(
        _("status"), max_length=10, choices=ItemStatus.choices, default=ItemStatus.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    error = models.TextField(_("fout"), blank=True)
    task_id = models.CharField(_("taak"), max_length=64, blank=True)
    queued_at = models.DateTimeField(_("in de wachtrij sinds"), null=True)
    started_at = models.DateTimeField(_("begonnen"), null=True)
    finished_at = models.DateTimeField(_("klaar"), null=True)
    text = models.TextField(_("tekst"), blank=True)
    #: The contract's file entry: path, language, findings, score.
    report = models.JSONField(_("rapport"), null=True)
    findings_count = models.PositiveIntegerField(_("vondsten"), default=0)

    class Meta:
        verbose_name = _("document in een batch")
        verbose_name_plural = _("documenten in een batch")
        ordering = ("batch", "position")
        constraints = [
            models.UniqueConstraint(fields=["batch", "position"], name="unique_batch_position")
        ]
        indexes = [models.Index(fields=["status", "started_at"], name="taalscan_item_stale_idx")]

    def __str__(self) -> str:
        return self.name

    @property
    def findings(self) -> list[dict[str, Any]]:
        return list((self.report or {}).get("findings", []))
