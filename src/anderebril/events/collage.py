"""The heroine collage: who was named at network moments, how often and why, moderated.

Each network-moment entry links to a :class:`Heroine` through the folded form of the name
(``heroines.name_key``), so obvious variants merge by themselves; moderators merge the rest,
edit the canonical name and approve. A heroine is shared by every event where she was named, so
changing her (name, description, approval, merging her away) is for advisors and platform
admins once she was also named at another event; a moderator of one event then changes only
that event's entries (see ``may_change``). The public collage shows only approved heroines and, of
those, only approved entries. A participant's name and organisation appear next to her reason
only with her consent for the collage.

Import this through ``events.services``; the views call the moderation functions here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Count, Q, QuerySet

from anderebril.events.constants import EntryStatus
from anderebril.events.heroines import alias_key, display_name
from anderebril.events.models import Event, Heroine, HeroineAlias, NetworkMomentEntry
from anderebril.network import services as network
from anderebril.network.constants import ConsentField, ConsentPurpose

# Tiles are sized by how often a heroine was named: at least this many times for each size.
TILE_SIZES = ((5, "large"), (2, "medium"), (1, "small"))


class CollageError(Exception):
    """A moderation step that cannot be done; the message is shown to the moderator."""


@dataclass(frozen=True)
class CollageReason:
    why: str
    chosen_by: str  # empty unless the participant consented to appear in the collage
    organisation: str


@dataclass(frozen=True)
class CollageTile:
    heroine: str
    description: str
    count: int  # how often she was named (approved entries only)
    reasons: tuple[CollageReason, ...]

    @property
    def size(self) -> str:
        return next(size for minimum, size in TILE_SIZES if self.count >= minimum)


# --- linking entries to heroines --------------------------------------------------------------


def heroine_for(name: str) -> Heroine:
    """The heroine that ``name`` stands for, created (not yet approved) when she is new."""
    key = alias_key(name)
    alias = HeroineAlias.objects.select_related("heroine").filter(key=key).first()
    if alias is not None:
        return alias.heroine
    try:
        with transaction.atomic():
            heroine = Heroine.objects.create(name=display_name(name))
            HeroineAlias.objects.create(key=key, heroine=heroine)
    except IntegrityError:  # someone else created her at the same moment
        return HeroineAlias.objects.select_related("heroine").get(key=key).heroine
    return heroine


def link_entry(entry: NetworkMomentEntry) -> None:
    """Link ``entry`` to the heroine of its name; a changed entry waits for moderation again."""
    heroine = heroine_for(entry.superhero_name)
    entry.heroine = heroine
    entry.status = EntryStatus.PENDING
    entry.save(update_fields=["heroine", "status"])


# --- the public collage -----------------------------------------------------------------------


def _tiles(entries: Iterable[NetworkMomentEntry]) -> list[CollageTile]:
    entries = list(entries)
    consents = network.current_consents([entry.registration.person for entry in entries])
    grouped: dict[int, list[NetworkMomentEntry]] = defaultdict(list)
    heroines: dict[int, Heroine] = {}
    for entry in entries:
        assert entry.heroine is not None
        grouped[entry.heroine.pk].append(entry)
        heroines[entry.heroine.pk] = entry.heroine
    tiles = []
    for pk, group in grouped.items():
        reasons = []
        for entry in group:
            person = entry.registration.person
            named = (ConsentField.ORGANISATION, ConsentPurpose.COLLAGE) in consents.get(
                person.pk, set()
            )
            if entry.superhero_why or named:
                reasons.append(
                    CollageReason(
                        why=entry.superhero_why,
                        chosen_by=person.name if named else "",
                        organisation=person.organisation_label if named else "",
                    )
                )
        heroine = heroines[pk]
        tiles.append(CollageTile(heroine.name, heroine.description, len(group), tuple(reasons)))
    tiles.sort(key=lambda tile: (-tile.count, tile.heroine.casefold()))
    return tiles


def _public_entries() -> QuerySet[NetworkMomentEntry]:
    return (
        NetworkMomentEntry.objects.filter(
            status=EntryStatus.APPROVED, heroine__approved=True, registration__event__published=True
        )
        .select_related("heroine", "registration__person__organisation")
        .order_by("created_at", "id")
    )


def collage(event: Event) -> list[CollageTile]:
    """The approved heroines of one event's network moment, most often named first."""
    return _tiles(_public_entries().filter(registration__event=event))


def collage_of_all_events() -> list[CollageTile]:
    """The approved heroines of every published event together."""
    return _tiles(_public_entries())


# --- moderation -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ModerationRow:
    heroine: Heroine
    entries: list[NetworkMomentEntry]  # this event's entries that name her
    pending: int
    shared: bool  # also named at another event: changed only by advisors and platform admins


def moderation(event: Event) -> list[ModerationRow]:
    """Every heroine named at ``event`` with that event's entries, for the moderation page.

    Only reads: entries without a heroine are listed by ``orphans`` and linked on request.
    """
    entries = list(
        entries_of(event)
        .filter(heroine__isnull=False)
        .select_related("heroine")
        .order_by("created_at", "id")
    )
    shared = set(shared_heroines(event).values_list("pk", flat=True))
    grouped: dict[int, list[NetworkMomentEntry]] = defaultdict(list)
    heroines: dict[int, Heroine] = {}
    for entry in entries:
        assert entry.heroine is not None
        grouped[entry.heroine.pk].append(entry)
        heroines[entry.heroine.pk] = entry.heroine
    rows = [
        ModerationRow(
            heroines[pk],
            group,
            sum(1 for entry in group if entry.status == EntryStatus.PENDING),
            pk in shared,
        )
        for pk, group in grouped.items()
    ]
    rows.sort(key=lambda row: (-len(row.entries), row.heroine.name.casefold()))
    return rows


def orphans(event: Event) -> QuerySet[NetworkMomentEntry]:
    """Entries of ``event`` without a heroine (saved before heroines existed, or hers deleted)."""
    return entries_of(event).filter(heroine=None).order_by("created_at", "id")


@transaction.atomic
def link_orphans(event: Event) -> int:
    """Link every entry of ``event`` without a heroine; each waits for moderation again."""
    linked = 0
    for entry in orphans(event).select_for_update():
        link_entry(entry)
        linked += 1
    return linked


def heroines_of(event: Event) -> QuerySet[Heroine]:
    """The heroines named at ``event``: those a moderator of that event may see and moderate."""
    return Heroine.objects.filter(entries__registration__event=event).distinct()


def shared_heroines(event: Event) -> QuerySet[Heroine]:
    """Heroines of ``event`` that were also named at another event."""
    elsewhere = NetworkMomentEntry.objects.exclude(registration__event=event).filter(
        heroine__isnull=False
    )
    return heroines_of(event).filter(pk__in=elsewhere.values("heroine_id"))


def is_shared(heroine: Heroine, event: Event) -> bool:
    return (
        NetworkMomentEntry.objects.filter(heroine=heroine)
        .exclude(registration__event=event)
        .exists()
    )


def may_change_everywhere(user: Any) -> bool:
    """Advisors and platform admins change heroines for every event at once."""
    return bool(user.is_authenticated and user.is_advisor)


def may_change(user: Any, event: Event, heroine: Heroine) -> bool:
    """Whether ``user``, moderating ``event``, may change ``heroine`` herself.

    Her name, description and approval show at every event where she was named; a moderator
    of one event changes them only while nobody named her elsewhere.
    """
    return may_change_everywhere(user) or not is_shared(heroine, event)


def entries_of(event: Event) -> QuerySet[NetworkMomentEntry]:
    return NetworkMomentEntry.objects.filter(registration__event=event)


@transaction.atomic
def approve_heroine(event: Event, heroine: Heroine) -> None:
    """Approve ``heroine`` and the entries of ``event`` that name her and wait for review."""
    Heroine.objects.filter(pk=heroine.pk).update(approved=True)
    entries_of(event).filter(heroine=heroine, status=EntryStatus.PENDING).update(
        status=EntryStatus.APPROVED
    )


def withdraw_heroine(heroine: Heroine) -> None:
    Heroine.objects.filter(pk=heroine.pk).update(approved=False)


def set_entry_status(entry: NetworkMomentEntry, status: str) -> None:
    entry.status = EntryStatus(status)
    entry.save(update_fields=["status"])


@transaction.atomic
def approve_all(event: Event, *, everywhere: bool = True) -> int:
    """Approve every pending entry of ``event`` and the heroines they name.

    With ``everywhere=False`` (a moderator of this event only) heroines also named at another
    event are left as they are: their entries here are approved, and they show once an advisor
    approves them. Return the number of entries approved.
    """
    pending = entries_of(event).filter(status=EntryStatus.PENDING)
    heroines = Heroine.objects.filter(pk__in=pending.values("heroine_id"))
    if not everywhere:
        heroines = heroines.exclude(pk__in=shared_heroines(event).values("pk"))
    Heroine.objects.filter(pk__in=list(heroines.values_list("pk", flat=True))).update(approved=True)
    return pending.update(status=EntryStatus.APPROVED)


@transaction.atomic
def merge(target: Heroine, others: Iterable[Heroine], *, only_event: Event | None = None) -> int:
    """Merge ``others`` into ``target``: their entries and spellings move, they disappear.

    With ``only_event`` (a moderator of that event) only the entries of that event move; a
    heroine still named at another event stays as she is there (she is split off rather than
    deleted), and ``target`` keeps her description. Return the number of heroines merged.
    """
    others = [heroine for heroine in others if heroine.pk != target.pk]
    if not others:
        return 0
    ids = [heroine.pk for heroine in others]
    moving = NetworkMomentEntry.objects.filter(heroine_id__in=ids)
    if only_event is not None:
        moving = moving.filter(registration__event=only_event)
    moving.update(heroine=target)
    # Heroines nobody names any more go, their spellings to ``target``; the rest stay.
    gone = list(
        Heroine.objects.filter(pk__in=ids)
        .exclude(pk__in=NetworkMomentEntry.objects.filter(heroine_id__in=ids).values("heroine_id"))
        .values_list("pk", flat=True)
    )
    HeroineAlias.objects.filter(heroine_id__in=gone).update(heroine=target)
    if not target.description and (only_event is None or not is_shared(target, only_event)):
        description = next((h.description for h in others if h.description), "")
        if description:
            target.description = description
            target.save(update_fields=["description"])
    Heroine.objects.filter(pk__in=gone).delete()
    return len(ids)


@transaction.atomic
def rename(heroine: Heroine, *, name: str, description: str) -> None:
    """Set the canonical name; the new spelling then also leads to her.

    A name that already stands for another heroine is refused: merge them instead.
    """
    key = alias_key(name)
    owner = HeroineAlias.objects.filter(key=key).exclude(heroine=heroine).first()
    if owner is not None:
        raise CollageError(owner.heroine.name)
    HeroineAlias.objects.get_or_create(key=key, defaults={"heroine": heroine})
    heroine.name = display_name(name)
    heroine.description = description.strip()
    heroine.save(update_fields=["name", "description"])


def counts_by_status(event: Event) -> dict[str, int]:
    totals = entries_of(event).aggregate(
        **{status: Count("id", filter=Q(status=status)) for status in EntryStatus.values}
    )
    return {status: totals[status] or 0 for status in EntryStatus.values}
