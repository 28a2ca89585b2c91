"""An audit of an image bank: its images (with what their files say) and the reviewers' tags.

An ``Audit`` belongs to an organisation; only its members see it. Image files and thumbnails
live in a private folder per audit (see ``storage``), never under a public URL, and go when the
audit is deleted. A ``Tagging`` is one reviewer's judgement of one image: the setting and how
many people of each (gender presentation, role) the image shows.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from anderebril.imagescan import storage
from anderebril.imagescan.constants import ALT_MISSING, AltStatus, ImportStatus, Setting


class Audit(models.Model):
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="image_audits",
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
    previous = models.ForeignKey(
        "self",
        verbose_name=_("heraudit van"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reaudits",
    )
    #: Target share of women among the people shown doing technical work, in percent.
    target_women_technical = models.PositiveSmallIntegerField(
        _("doel: aandeel vrouwen bij technisch werk (%)"), default=50
    )
    import_status = models.CharField(
        _("status van de import"),
        max_length=10,
        choices=ImportStatus.choices,
        default=ImportStatus.QUEUED,
    )
    import_total = models.PositiveIntegerField(_("te verwerken"), default=0)
    import_done = models.PositiveIntegerField(_("verwerkt"), default=0)
    import_error = models.TextField(_("fout bij de import"), blank=True)
    #: Set when a worker claims the import and on every progress update; an import whose
    #: heartbeat is old has lost its worker (see ``tasks.requeue_stalled``).
    import_heartbeat = models.DateTimeField(_("laatste teken van leven"), null=True, blank=True)
    #: How often a worker has claimed the import; after ``MAX_IMPORT_ATTEMPTS`` it fails.
    import_attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    #: Random token of the worker that holds the import; a worker whose token is gone stops.
    import_token = models.CharField(_("claim"), max_length=32, blank=True, editable=False)
    #: Names of the uploaded files waiting in the audit's folder for the worker.
    uploads = models.JSONField(_("geüploade bestanden"), default=list)
    task_id = models.CharField(_("taak"), max_length=64, blank=True)
    #: The audit's private folder under ``MEDIA_ROOT/imagescan/``, named at random.
    folder = models.CharField(
        _("map"), max_length=80, default=storage.new_folder_name, editable=False
    )

    class Meta:
        verbose_name = _("beeldaudit")
        verbose_name_plural = _("beeldaudits")
        ordering = ("-created_at", "-id")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("imagescan:audit-detail", args=[self.pk])

    @property
    def is_imported(self) -> bool:
        return self.import_status in (ImportStatus.DONE, ImportStatus.FAILED)

    @property
    def percent(self) -> int:
        if self.is_imported or not self.import_total:
            return 100 if self.is_imported else 0
        return min(100, round(100 * self.import_done / self.import_total))


class Image(models.Model):
    audit = models.ForeignKey(
        Audit, verbose_name=_("audit"), on_delete=models.CASCADE, related_name="images"
    )
    position = models.PositiveIntegerField(_("volgnummer"))
    name = models.CharField(_("bestandsnaam"), max_length=500)
    #: Set when the file could not be imported; the Dutch reason.
    error = models.TextField(_("fout"), blank=True)
    #: File names inside the audit's private folder (empty when there is no file).
    file = models.CharField(_("bestand"), max_length=100, blank=True)
    thumbnail = models.CharField(_("miniatuur"), max_length=100, blank=True)
    content_type = models.CharField(_("soort"), max_length=40, blank=True)
    width = models.PositiveIntegerField(_("breedte"), default=0)
    height = models.PositiveIntegerField(_("hoogte"), default=0)
    sha256 = models.CharField(_("vingerafdruk"), max_length=64, blank=True, db_index=True)
    # What the file itself says (IPTC, XMP, EXIF).
    title = models.CharField(_("titel"), max_length=500, blank=True)
    caption = models.TextField(_("bijschrift"), blank=True)
    keywords = models.JSONField(_("trefwoorden"), default=list)
    credit = models.CharField(_("maker en rechten"), max_length=500, blank=True)
    # What the web page around it says.
    page = models.CharField(_("webpagina"), max_length=500, blank=True)
    alt_status = models.CharField(
        _("alt-tekst"), max_length=10, choices=AltStatus.choices, blank=True, default=""
    )
    alt_text = models.TextField(_("alt-tekst"), blank=True)
    figcaption = models.TextField(_("figcaption"), blank=True)
    context = models.TextField(_("tekst eromheen"), blank=True)
    #: Taalscan findings in the alt text and captions: ``[{"field", "text", "message", ...}]``.
    text_findings = models.JSONField(_("taalscan-vondsten"), default=list)

    class Meta:
        verbose_name = _("beeld")
        verbose_name_plural = _("beelden")
        ordering = ("audit", "position")
        constraints = [
            models.UniqueConstraint(fields=["audit", "position"], name="imagescan_unique_position")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def has_file(self) -> bool:
        return bool(self.file)

    @property
    def missing_alt(self) -> bool:
        return self.alt_status in ALT_MISSING

    @property
    def description(self) -> str:
        """The best text we have to tell the image apart, for alt texts in the app itself."""
        return self.alt_text or self.caption or self.figcaption or self.title or self.name


class Tagging(models.Model):
    image = models.ForeignKey(
        Image, verbose_name=_("beeld"), on_delete=models.CASCADE, related_name="taggings"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beoordelaar"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    setting = models.CharField(_("omgeving"), max_length=12, choices=Setting.choices)
    #: People shown: ``{"woman/technical": 1, "man/posing": 2}``; empty when nobody is shown.
    counts = models.JSONField(_("mensen"), default=dict)
    created_at = models.DateTimeField(_("getagd op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        verbose_name = _("tagging")
        verbose_name_plural = _("taggings")
        ordering = ("image", "created_at", "id")
        constraints = [
            models.UniqueConstraint(
                fields=["image", "reviewer"], name="imagescan_one_tagging_per_reviewer"
            )
        ]

    def __str__(self) -> str:
        return f"{self.image} ({self.reviewer})"


class PageImage(models.Model):
    """One ``<img>`` element on one web page of the upload, with its alt text.

    The alt-text check counts these, not images: the same file shown on three pages is three
    elements, each with its own alt, and an element whose ``src`` is a ``data:`` URI or another
    site's address still needs an alt text though we never have its file.
    """

    audit = models.ForeignKey(
        Audit, verbose_name=_("audit"), on_delete=models.CASCADE, related_name="page_images"
    )
    page = models.CharField(_("webpagina"), max_length=500)
    #: The ``src`` as written on the page (a ``data:`` URI only up to its comma).
    src = models.CharField(_("bron"), max_length=500)
    alt_status = models.CharField(_("alt-tekst"), max_length=10, choices=AltStatus.choices)
    alt_text = models.TextField(_("alt-tekst"), blank=True)

    class Meta:
        verbose_name = _("beeld op een webpagina")
        verbose_name_plural = _("beelden op webpagina's")
        ordering = ("audit", "id")

    def __str__(self) -> str:
        return f"{self.page}: {self.src}"

    @property
    def missing_alt(self) -> bool:
        return self.alt_status in ALT_MISSING
