from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from anderebril.knowledge import tags
from anderebril.knowledge.constants import Audience, ItemKind, Theme


class Item(models.Model):
    """One piece of knowledge: a take-away, a link, a guide, a video, research or an example.

    On SQLite the FTS5 table ``knowledge_item_fts`` mirrors title, summary and body through
    triggers (migration 0002); on PostgreSQL the search runs on the stored, indexed column
    ``search_document`` (migration 0003).

    Careful with migrations that change this model on SQLite: altering a field makes Django
    rebuild the table (new table, copy, drop, rename), and dropping ``knowledge_item`` drops
    the triggers on it. Such a migration must create the triggers of 0002 again, or the index
    silently stops following changes (``tests/knowledge`` checks that they exist).
    """

    title = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(_("korte naam in de URL"), max_length=100, unique=True)
    kind = models.CharField(_("soort"), max_length=20, choices=ItemKind.choices)
    theme = models.CharField(_("thema"), max_length=20, choices=Theme.choices)
    audiences = models.CharField(_("doelgroepen"), max_length=100, blank=True)
    summary = models.TextField(_("samenvatting"), max_length=1000)
    body = models.TextField(_("tekst"), blank=True)
    url = models.URLField(_("link"), max_length=500, blank=True)
    source = models.CharField(
        _("bron"),
        max_length=300,
        blank=True,
        help_text=_("Waar komt dit vandaan? Bijvoorbeeld het verslag van een roadshow."),
    )
    event = models.ForeignKey(
        "events.Event",
        verbose_name=_("evenement"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="knowledge_items",
    )
    published = models.BooleanField(_("gepubliceerd"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("toegevoegd door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="knowledge_items",
    )
    created_at = models.DateTimeField(_("toegevoegd"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        verbose_name = _("kennisitem")
        verbose_name_plural = _("kennisitems")
        ordering = ("-created_at", "id")
        indexes = [
            # Covers the search filters, so the search's candidate subquery reads only this
            # index, not the rows with their long texts.
            models.Index(
                fields=["published", "kind", "theme", "audiences"], name="knowledge_item_filter"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("knowledge:detail", args=[self.slug])

    @property
    def audience_list(self) -> list[str]:
        return tags.decode(self.audiences)

    @property
    def audience_labels(self) -> list[str]:
        return [str(Audience(value).label) for value in self.audience_list if value in Audience]
