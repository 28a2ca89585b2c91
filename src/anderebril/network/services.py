"""What other apps may ask of the network: people, consent and contact lists.

Import this module, not the models. The consent rules live here and nowhere else:

* the current consent for (person, field, purpose) is the latest record; it counts only when it
  was granted and not withdrawn;
* contact details are shown only to network members (a membership of any organisation, or an
  advisor or platform admin), and only the fields the person consented to for the contact list;
* an export holds only consented fields and is logged.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import IO, Any

from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from anderebril.accounts.models import User
from anderebril.network import photos
from anderebril.network.constants import CONTACT_FIELDS, ConsentField, ConsentPurpose
from anderebril.network.models import Consent, ExportLog, Person

AnyUser = User | AnonymousUser
ConsentKey = tuple[str, str]  # (field, purpose)
PersonalDataProvider = Callable[[list[Person]], dict[str, Any]]

_providers: dict[str, PersonalDataProvider] = {}


# --- membership -------------------------------------------------------------------------------


def is_network_member(user: AnyUser) -> bool:
    """Members of any organisation, advisors and platform admins belong to the network."""
    if not user.is_authenticated:
        return False
    assert isinstance(user, User)
    return user.is_advisor or user.memberships.exists()


def person_for(user: User) -> Person:
    """The network profile of ``user``, created on first use."""
    person, created = Person.objects.get_or_create(
        user=user, defaults={"name": user.get_full_name() or user.email, "email": user.email}
    )
    if not created and person.email != user.email:
        person.email = user.email
        person.save(update_fields=["email", "updated_at"])
    return person


def persons_of(user: User) -> QuerySet[Person]:
    """Everything that is about ``user``: the profile, and registrations made with her e-mail."""
    return Person.objects.filter(Q(user=user) | Q(user=None, email__iexact=user.email))


def participant(*, name: str, email: str, user: AnyUser | None = None, **details: Any) -> Person:
    """The person behind an event registration.

    A signed-in user registers as herself. Without an account every registration gets its own
    person: matching on an e-mail address someone typed would let anyone change another
    person's details or consent.
    """
    if user is not None and user.is_authenticated:
        assert isinstance(user, User)
        person = person_for(user)
        changed = [key for key, value in details.items() if value and not getattr(person, key)]
        for key in changed:
            setattr(person, key, details[key])
        if changed:
            person.save()
        return person
    return Person.objects.create(name=name, email=email.lower(), **details)


# --- consent ----------------------------------------------------------------------------------


def record_consent(
    person: Person, field: str, purpose: str, *, granted: bool, wording: str, source: str
) -> Consent:
    """Store one decision, with the words the person saw and where she saw them."""
    return Consent.objects.create(
        person=person,
        field=ConsentField(field),
        purpose=ConsentPurpose(purpose),
        granted=granted,
        wording=wording,
        source=source,
    )


def withdraw_consent(person: Person, field: str, purpose: str) -> bool:
    """Withdraw the current consent at once; return whether there was one to withdraw."""
    current = (
        Consent.objects.filter(person=person, field=field, purpose=purpose).order_by("-id").first()
    )
    if current is None or not current.is_active:
        return False
    current.withdrawn_at = timezone.now()
    current.save(update_fields=["withdrawn_at"])
    if field == ConsentField.PHOTO and not any(
        key[0] == ConsentField.PHOTO for key in current_consents([person]).get(person.pk, set())
    ):
        remove_photo(person)  # the photo is kept only for a purpose she consented to
    return True


def update_consents(
    person: Person, answers: Iterable[tuple[str, str, bool, str]], *, source: str
) -> None:
    """Apply (field, purpose, granted, wording) answers from a form; only changes are stored.

    Ticking a box that was off records a new consent; clearing a box that was on withdraws it.
    """
    current = current_consents([person]).get(person.pk, set())
    for field_, purpose, granted, wording in answers:
        active = (field_, purpose) in current
        if granted and not active:
            record_consent(person, field_, purpose, granted=True, wording=wording, source=source)
        elif not granted and active:
            withdraw_consent(person, field_, purpose)


def current_consents(people: Iterable[Person]) -> dict[int, set[ConsentKey]]:
    """Per person id, the (field, purpose) pairs covered by a current consent."""
    ids = [person.pk for person in people]
    latest: dict[tuple[int, str, str], Consent] = {}
    for consent in Consent.objects.filter(person_id__in=ids).order_by("id"):
        latest[(consent.person_id, consent.field, consent.purpose)] = consent
    result: dict[int, set[ConsentKey]] = defaultdict(set)
    for (person_id, field_, purpose), consent in latest.items():
        if consent.is_active:
            result[person_id].add((field_, purpose))
    return result


def has_consent(person: Person, field: str, purpose: str) -> bool:
    return (field, purpose) in current_consents([person]).get(person.pk, set())


def consent_history(person: Person) -> QuerySet[Consent]:
    return person.consents.order_by("-id")


def consented_to_anything(people: Iterable[Person]) -> set[int]:
    """Ids of the people who have at least one current consent."""
    return {person_id for person_id, keys in current_consents(people).items() if keys}


# --- contact lists ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactRow:
    """One line of a contact list: a name and only the details the person consented to."""

    person_id: int
    name: str
    email: str = ""
    phone: str = ""
    organisation: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.email or self.phone or self.organisation)


def _contact_row(person: Person, keys: set[ConsentKey]) -> ContactRow:
    def allowed(field_: str) -> bool:
        return (field_, ConsentPurpose.CONTACT_LIST) in keys

    return ContactRow(
        person_id=person.pk,
        name=person.name,
        email=person.email if allowed(ConsentField.EMAIL) else "",
        phone=person.phone if allowed(ConsentField.PHONE) else "",
        organisation=person.organisation_label if allowed(ConsentField.ORGANISATION) else "",
    )


def contact_list(people: Iterable[Person]) -> list[ContactRow]:
    """Rows for the people who share at least one contact detail with the network."""
    people = list(people)
    consents = current_consents(people)
    rows = [_contact_row(person, consents.get(person.pk, set())) for person in people]
    return [row for row in rows if not row.is_empty]


def contact_for(viewer: AnyUser, person: Person) -> ContactRow | None:
    """The contact details of ``person`` that ``viewer`` may see, or None."""
    if not is_network_member(viewer):
        return None
    row = _contact_row(person, current_consents([person]).get(person.pk, set()))
    return None if row.is_empty else row


def network_contacts() -> QuerySet[Person]:
    """Candidates for the network's contact list (filtered per field by ``contact_list``)."""
    return (
        Person.objects.filter(
            consents__purpose=ConsentPurpose.CONTACT_LIST,
            consents__field__in=CONTACT_FIELDS,
            consents__granted=True,
            consents__withdrawn_at=None,
        )
        .select_related("organisation")
        .distinct()
    )


def log_export(user: AnyUser, list_name: str, file_format: str, row_count: int) -> ExportLog:
    return ExportLog.objects.create(
        user=user if isinstance(user, User) else None,
        list_name=list_name,
        file_format=file_format,
        row_count=row_count,
    )


# --- the directory ----------------------------------------------------------------------------


@dataclass
class DirectoryEntry:
    person: Person
    contact: ContactRow
    region: Any = None
    consents: set[ConsentKey] = field(default_factory=set)

    @property
    def shows_photo(self) -> bool:
        """Directory entries are for network members only; the photo also needs consent."""
        return bool(self.person.photo) and (
            (ConsentField.PHOTO, ConsentPurpose.CONTACT_LIST) in self.consents
        )


def directory(
    viewer: AnyUser,
    *,
    region_id: int | None = None,
    organisation_id: int | None = None,
    network_role: str = "",
    theme: str = "",
    text: str = "",
) -> list[DirectoryEntry]:
    """People a network member can find: listed profiles and everyone on the contact list.

    Filtering by organisation only finds people whose organisation is visible to the viewer.
    """
    if not is_network_member(viewer):
        return []
    candidates = (
        Person.objects.filter(Q(listed=True) | Q(pk__in=network_contacts().values("pk")))
        .select_related("organisation__sto_region", "region")
        .distinct()
    )
    if network_role:
        candidates = candidates.filter(network_role=network_role)
    if theme:
        from anderebril.knowledge import tags

        candidates = candidates.filter(themes__contains=tags.needle(theme))
    if text:
        candidates = candidates.filter(Q(name__icontains=text) | Q(what_you_do__icontains=text))
    people = list(candidates)
    consents = current_consents(people)
    entries = []
    for person in people:
        keys = consents.get(person.pk, set())
        contact = _contact_row(person, keys)
        if not _listed(person, contact):
            continue
        org_visible = bool(contact.organisation)
        region = person.region if person.region_id else None
        if region is None and org_visible and person.organisation:
            region = person.organisation.sto_region
        if organisation_id and not (org_visible and person.organisation_id == organisation_id):
            continue
        if region_id and not (region and region.pk == region_id):
            continue
        entries.append(DirectoryEntry(person, contact, region, keys))
    return entries


def _listed(person: Person, contact: ContactRow) -> bool:
    """The directory's rule: listed by choice, or with contact details consented to."""
    return person.listed or not contact.is_empty


# --- the data subject's rights ----------------------------------------------------------------


def register_personal_data(name: str, provider: PersonalDataProvider) -> None:
    """Let another app add what it holds about a person to the personal-data download."""
    _providers[name] = provider


def _person_data(person: Person) -> dict[str, Any]:
    return {
        "naam": person.name,
        "e-mailadres": person.email,
        "telefoonnummer": person.phone,
        "organisatie": person.organisation_label,
        "sto_regio": person.region.name if person.region else "",
        "rol": person.network_role,
        "wat_doe_je": person.what_you_do,
        "superheldin": person.superhero_name,
        "waarom_zij": person.superhero_why,
        "themas": person.theme_list,
        "ambassadeur": person.is_ambassador,
        "zichtbaar_in_netwerk": person.listed,
        "foto": "opgeslagen (zie je profielpagina)" if person.photo else None,
        "aangemaakt": person.created_at.isoformat(),
        "toestemmingen": [
            {
                "gegeven": consent.field,
                "doel": consent.purpose,
                "toestemming": consent.granted,
                "getoonde_tekst": consent.wording,
                "moment": consent.given_at.isoformat(),
                "waar": consent.source,
                "ingetrokken_op": consent.withdrawn_at.isoformat()
                if consent.withdrawn_at
                else None,
            }
            for consent in person.consents.order_by("id")
        ],
    }


def personal_data(user: User) -> dict[str, Any]:
    """Everything the platform holds about ``user``, ready to be written as JSON."""
    people = list(persons_of(user).select_related("organisation", "region"))
    data: dict[str, Any] = {
        "account": {
            "e-mailadres": user.email,
            "voornaam": user.first_name,
            "achternaam": user.last_name,
            "rol": user.role,
            "lid_sinds": user.date_joined.isoformat(),
            "laatst_ingelogd": user.last_login.isoformat() if user.last_login else None,
            "organisaties": [
                {"naam": m.organisation.name, "beheerder": m.is_manager}
                for m in user.memberships.select_related("organisation")
            ],
        },
        "personen": [_person_data(person) for person in people],
        "exports_door_jou": [
            {
                "lijst": log.list_name,
                "formaat": log.file_format,
                "aantal": log.row_count,
                "moment": log.created_at.isoformat(),
            }
            for log in ExportLog.objects.filter(user=user)
        ],
    }
    for name, provider in sorted(_providers.items()):
        data[name] = provider(people)
    return data


def personal_data_of(person: Person) -> dict[str, Any]:
    """What is held about a person without an account (for the link in her confirmation)."""
    data: dict[str, Any] = {"personen": [_person_data(person)]}
    for name, provider in sorted(_providers.items()):
        data[name] = provider([person])
    return data


@transaction.atomic
def delete_account(user: User) -> None:
    """Delete the account and every person record about it (consents and registrations go too).

    Photo files go once the deletion is committed (``network.signals``).
    """
    persons_of(user).delete()
    user.delete()


# --- the profile photo ------------------------------------------------------------------------


def set_photo(person: Person, upload: IO[bytes], size: int) -> None:
    """Store a new photo for ``person`` (re-encoded, see ``network.photos``); the old one goes.

    Raises ``photos.PhotoError`` with a Dutch message for a file that cannot be used.
    """
    data = photos.clean_photo(upload, size)
    old = person.photo.name
    person.photo.save(f"{uuid.uuid4().hex}.jpg", ContentFile(data), save=False)
    person.save(update_fields=["photo", "updated_at"])
    photos.delete_file_after_commit(person.photo.storage, old)


def remove_photo(person: Person) -> None:
    """Forget the photo; the file goes once that is committed."""
    if person.photo:
        old = person.photo.name
        person.photo = ""
        person.save(update_fields=["photo", "updated_at"])
        photos.delete_file_after_commit(person.photo.storage, old)


def shows_photo(viewer: AnyUser, person: Person) -> bool:
    """Whether ``viewer`` may see the photo: her own, or of someone the directory shows her,
    with consent for the network."""
    if not person.photo:
        return False
    if viewer.is_authenticated and person.user_id is not None and person.user_id == viewer.pk:
        return True
    if not is_network_member(viewer):
        return False  # the directory is for network members only
    keys = current_consents([person]).get(person.pk, set())
    consented = (ConsentField.PHOTO, ConsentPurpose.CONTACT_LIST) in keys
    return consented and _listed(person, _contact_row(person, keys))
