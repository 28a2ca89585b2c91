"""What other apps may ask of the events app, and the rules of registering.

Import this module, not the models.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from anderebril.events.collage import CollageTile as CollageTile
from anderebril.events.collage import collage as collage
from anderebril.events.collage import collage_of_all_events as collage_of_all_events
from anderebril.events.collage import link_entry
from anderebril.events.constants import DEFAULT_RETENTION_DAYS, REMINDER_HOURS, EntryStatus
from anderebril.events.models import Event, NetworkMomentEntry, Registration
from anderebril.network import services as network
from anderebril.network.constants import SMALL_GROUP
from anderebril.network.models import Person

TOKEN_SALT = "anderebril.events.registration"


class RegistrationError(Exception):
    """A registration that cannot be accepted; the message is shown to the visitor."""


@dataclass(frozen=True)
class ConsentAnswer:
    field: str
    purpose: str
    granted: bool
    wording: str


def visible_events() -> QuerySet[Event]:
    return Event.objects.filter(published=True)


def upcoming() -> QuerySet[Event]:
    return visible_events().filter(ends_at__gte=timezone.now()).order_by("starts_at")


def past() -> QuerySet[Event]:
    return visible_events().filter(ends_at__lt=timezone.now()).order_by("-starts_at")


def can_moderate(user: Any, event: Event) -> bool:
    if not user.is_authenticated:
        return False
    return bool(user.is_advisor or event.moderators.filter(pk=user.pk).exists())


def registration_of(user: Any, event: Event) -> Registration | None:
    if not user.is_authenticated:
        return None
    return Registration.objects.filter(event=event, person__user=user).first()


def places_left(event: Event) -> int | None:
    """Places left, or ``None`` when unlimited. Shown publicly, so it would reveal a small
    number of participants (capacity minus places left): below five registrations the page
    says only that there is room (see ``has_room``)."""
    if event.capacity is None:
        return None
    return max(0, event.capacity - event.registrations.count())


def places_left_public(event: Event) -> int | None:
    """What a page may show of :func:`places_left`: ``None`` below five registrations."""
    if event.capacity is None or event.registrations.count() < SMALL_GROUP:
        return None
    return places_left(event)


@transaction.atomic
def register(
    event: Event,
    *,
    name: str,
    email: str,
    user: Any = None,
    details: dict[str, Any] | None = None,
    consents: list[ConsentAnswer] = (),  # type: ignore[assignment]
) -> Registration:
    """Register someone for ``event`` and record each consent answer with its wording.

    The event row is locked first, so two people registering at the same moment for the last
    place cannot both get it (on PostgreSQL; SQLite already serialises writing transactions).
    """
    event = Event.objects.select_for_update().get(pk=event.pk)
    if not event.registration_open or event.is_past:
        raise RegistrationError("closed")
    left = places_left(event)
    if left is not None and left <= 0:
        raise RegistrationError("full")
    person = network.participant(name=name, email=email, user=user, **(details or {}))
    try:
        with transaction.atomic():
            registration = Registration.objects.create(event=event, person=person)
    except IntegrityError as error:
        raise RegistrationError("duplicate") from error
    network.update_consents(
        person,
        [(a.field, a.purpose, a.granted, a.wording) for a in consents],
        source=f"aanmelding {event.title} ({event.starts_at:%d-%m-%Y})",
    )
    return registration


def manage_token(registration: Registration) -> str:
    return signing.dumps({"r": registration.pk}, salt=TOKEN_SALT, compress=True)


def registration_from_token(token: str) -> Registration | None:
    try:
        data = signing.loads(token, salt=TOKEN_SALT)
    except signing.BadSignature:
        return None
    return Registration.objects.select_related("event", "person").filter(pk=data.get("r")).first()


@transaction.atomic
def save_network_moment(
    registration: Registration,
    *,
    what_you_do: str,
    superhero_name: str,
    superhero_why: str,
    collage_consent: ConsentAnswer | None = None,
) -> NetworkMomentEntry:
    """Save what a participant shares; a new or changed heroine waits for moderation.

    One transaction, and a changed name or reason is stored together with the status
    "pending": whatever fails later, a changed text never stands under an approval.
    """
    entry = NetworkMomentEntry.objects.filter(registration=registration).first()
    changed = entry is None or (entry.superhero_name, entry.superhero_why) != (
        superhero_name,
        superhero_why,
    )
    defaults: dict[str, Any] = {
        "what_you_do": what_you_do,
        "superhero_name": superhero_name,
        "superhero_why": superhero_why,
    }
    if changed:
        defaults["status"] = EntryStatus.PENDING
    entry, _created = NetworkMomentEntry.objects.update_or_create(
        registration=registration, defaults=defaults
    )
    if changed or entry.heroine_id is None:
        link_entry(entry)
    if collage_consent is not None:
        answer = collage_consent
        network.update_consents(
            registration.person,
            [(answer.field, answer.purpose, answer.granted, answer.wording)],
            source=f"netwerkmoment {registration.event.title}",
        )
    return entry


# --- the report -------------------------------------------------------------------------------


def participants(event: Event) -> list[Person]:
    return [
        registration.person
        for registration in event.registrations.select_related("person__organisation")
    ]


def participant_count_label(event: Event) -> int | None:
    """The number of participants, or None when the group is too small to show."""
    count = event.registrations.count()
    return count if count >= SMALL_GROUP else None


@dataclass
class EventReport:
    event: Event
    speakers: list[Any]
    takeaways: list[tuple[str, list[Any]]]
    links: list[Any]
    collage: list[CollageTile]
    contacts: list[network.ContactRow] | None  # None: the viewer may not see contacts
    participant_count: int | None


def report(event: Event, viewer: Any) -> EventReport:
    from anderebril.knowledge import services as knowledge

    contacts = None
    if network.is_network_member(viewer):
        contacts = network.contact_list(participants(event))
    return EventReport(
        event=event,
        speakers=list(event.speakers.all()),
        takeaways=knowledge.takeaways_by_theme(event),
        links=knowledge.links_for_event(event),
        collage=collage(event),
        contacts=contacts,
        participant_count=participant_count_label(event),
    )


# --- retention and reminders ------------------------------------------------------------------


def retention_days() -> int:
    return int(getattr(settings, "EVENT_REGISTRATION_RETENTION_DAYS", DEFAULT_RETENTION_DAYS))


@transaction.atomic
def purge_unconsented(now: datetime | None = None, days: int | None = None) -> int:
    """Delete registrations of people without any current consent, ``days`` after the event.

    People without an account who have nothing left (no registration) are deleted too.
    Return the number of registrations removed.
    """
    now = now or timezone.now()
    cutoff = now - timedelta(days=retention_days() if days is None else days)
    registrations = list(
        Registration.objects.filter(event__ends_at__lt=cutoff).select_related("person")
    )
    keep = network.consented_to_anything([r.person for r in registrations])
    doomed = [r for r in registrations if r.person_id not in keep]
    person_ids = {r.person_id for r in doomed}
    Registration.objects.filter(pk__in=[r.pk for r in doomed]).delete()
    Person.objects.filter(pk__in=person_ids, user=None, registrations=None).delete()
    return len(doomed)


def due_reminders(now: datetime | None = None) -> QuerySet[Registration]:
    now = now or timezone.now()
    return Registration.objects.filter(
        reminder_sent_at=None,
        event__published=True,
        event__starts_at__gt=now,
        event__starts_at__lte=now + timedelta(hours=REMINDER_HOURS),
    ).select_related("event", "person")


# --- personal data ----------------------------------------------------------------------------


def _personal_data(people: list[Person]) -> dict[str, Any]:
    registrations = Registration.objects.filter(person__in=people).select_related("event")
    rows = []
    for registration in registrations:
        moment = getattr(registration, "network_moment", None)
        rows.append(
            {
                "evenement": registration.event.title,
                "aangemeld_op": registration.created_at.isoformat(),
                "herinnering_verstuurd": registration.reminder_sent_at.isoformat()
                if registration.reminder_sent_at
                else None,
                "netwerkmoment": {
                    "wat_doe_je": moment.what_you_do,
                    "superheldin": moment.superhero_name,
                    "waarom_zij": moment.superhero_why,
                }
                if moment
                else None,
            }
        )
    return {"aanmeldingen": rows}


def install() -> None:
    """Called from ``EventsConfig.ready``: add registrations to the personal-data download."""
    network.register_personal_data("evenementen", _personal_data)


def ensure_event(slug: str, **fields: Any) -> Event:
    event, _created = Event.objects.get_or_create(slug=slug, defaults=fields)
    return event
