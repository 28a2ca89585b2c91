"""The main navigation: one list, showing only pages that exist and that the visitor may open.

Apps add their entry here when they ship a page; an entry whose URL name does not resolve is
left out, so the menu never links to something that is not there.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NavEntry:
    url_name: str
    label: str | Promise
    description: str | Promise = ""
    members_only: bool = False


@dataclass(frozen=True)
class NavItem:
    url: str
    label: str
    description: str
    current: bool


ENTRIES: tuple[NavEntry, ...] = (
    NavEntry("core:home", _("Home")),
    NavEntry(
        "taalscan:scan",
        _("Taalscan"),
        _("Controleer een vacature, stagetekst of brochure op genderbewuste taal."),
    ),
    NavEntry(
        "taalscan:batch-list",
        _("Teksten van mijn organisatie"),
        _("Bewaarde scans en batches: veel documenten tegelijk scannen en vergelijken."),
        members_only=True,
    ),
    NavEntry(
        "imagescan:audit-list",
        _("Beeldscan"),
        _("Wie staat er op de foto's van je beeldbank en wervingsmateriaal, en wat doen ze?"),
        members_only=True,
    ),
    NavEntry(
        "genderscan:dashboard",
        _("Genderscan"),
        _("De 0-meting en jaarlijkse meting van je school, met advies en plan van aanpak."),
        members_only=True,
    ),
    NavEntry(
        "monitor:national",
        _("Monitor"),
        _("Het aandeel vrouwen in technische en IT-opleidingen per sector, school en regio."),
    ),
    NavEntry(
        "knowledge:list",
        _("Kennisbank"),
        _("Take-aways, handleidingen en voorbeelden uit scholen en bedrijven."),
    ),
    NavEntry(
        "events:list",
        _("Evenementen"),
        _("Kennisconferenties en roadshows: programma, aanmelden en verslagen."),
    ),
    NavEntry(
        "bpv:home",
        _("Stage (BPV)"),
        _("Meld wat er op stage misging, en hoe de school het oppakt."),
    ),
    NavEntry(
        "network:people",
        _("Netwerk"),
        _("Ambassadeurs en collega's per regio, organisatie en thema."),
        members_only=True,
    ),
    NavEntry(
        "organisations:list",
        _("Organisaties"),
        _("Scholen, bedrijven en STO-regio's die meedoen."),
        members_only=True,
    ),
)


def items_for(request: HttpRequest) -> list[NavItem]:
    """Return the navigation items the visitor of ``request`` may see."""
    authenticated = bool(getattr(request, "user", None) and request.user.is_authenticated)
    found: list[tuple[NavEntry, str]] = []
    for entry in ENTRIES:
        if entry.members_only and not authenticated:
            continue
        try:
            found.append((entry, reverse(entry.url_name)))
        except NoReverseMatch:
            continue
    # The current page belongs to the entry with the longest matching URL
    # (/taalscan/batches/ is "Teksten van mijn organisatie", not "Taalscan").
    matching = [
        url
        for _entry, url in found
        if request.path == url or (url != "/" and request.path.startswith(url))
    ]
    current = max(matching, key=len, default=None)
    return [
        NavItem(url, str(entry.label), str(entry.description), url == current)
        for entry, url in found
    ]
