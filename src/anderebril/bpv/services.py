"""What other apps may ask of the BPV signals. Import this module, not the models.

The rules live here: a signal stores no user and no address; contact details only with the
reporter's consent (wording and moment kept); the receipt code is stored only as a hash; closed
signals lose their notes, contact details and free text after ``RETENTION_MONTHS``; the public
sees counts per sector and kind only, never per school.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Count, Exists, F, OuterRef, Q
from django.db.models.signals import post_delete
from django.utils import timezone

from anderebril.accounts.models import User
from anderebril.bpv.constants import (
    CLOSED_STATUSES,
    RECEIPT_ALPHABET,
    RECEIPT_LENGTH,
    RETENTION_MONTHS,
    Sector,
    SignalKind,
    Status,
)
from anderebril.bpv.models import Coordinator, Note, Signal, StatusChange
from anderebril.organisations.models import Membership, Organisation


@dataclass(frozen=True)
class Contact:
    """Who may be contacted, and the consent she gave for it."""

    name: str
    email: str
    wording: str


@dataclass(frozen=True)
class Report:
    organisation: Organisation
    reporter_role: str
    sector: str
    kind: str
    occurred_in: date
    description: str = ""
    crebo: str = ""
    company_name: str = ""


# --- receipt codes ----------------------------------------------------------------------------


def new_receipt_code() -> str:
    return "".join(secrets.choice(RECEIPT_ALPHABET) for _ in range(RECEIPT_LENGTH))


def normalise_code(code: str) -> str:
    """What the reporter typed, without spaces or hyphens, in capitals."""
    return "".join(char for char in code.upper() if char.isalnum())[: RECEIPT_LENGTH * 2]


def format_code(code: str) -> str:
    """``ABCDE12345`` → ``ABCDE-12345``, easier to read out and copy."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


def hash_code(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def signal_for_receipt(code: str) -> Signal | None:
    normalised = normalise_code(code)
    if not normalised:
        return None
    return Signal.objects.filter(receipt_hash=hash_code(normalised)).first()


# --- reporting and follow-up ------------------------------------------------------------------


def start_of_today() -> datetime:
    """Midnight of today: a new signal keeps the day it came in, not the moment, so it cannot be
    matched with the time of a request in an access log."""
    return timezone.make_aware(datetime.combine(timezone.localdate(), time.min))


@transaction.atomic
def report_signal(report: Report, contact: Contact | None = None) -> tuple[Signal, str]:
    """Store a signal; return it and the receipt code (shown once, stored only as a hash).

    Its moments (received, updated, consent) are stored as the day only.
    """
    code = new_receipt_code()
    while Signal.objects.filter(receipt_hash=hash_code(code)).exists():  # pragma: no cover
        code = new_receipt_code()
    signal = Signal(
        organisation=report.organisation,
        reporter_role=report.reporter_role,
        sector=report.sector,
        kind=report.kind,
        occurred_in=report.occurred_in.replace(day=1),
        description=report.description,
        crebo=report.crebo,
        company_name=report.company_name,
        receipt_hash=hash_code(code),
    )
    if contact is not None:
        signal.contact_name = contact.name
        signal.contact_email = contact.email
        signal.contact_consent_wording = contact.wording
        signal.contact_consent_at = start_of_today()
    signal.save()
    # auto_now(_add) always set the exact moment on insert: overwrite it before the commit
    signal.created_at = signal.updated_at = start_of_today()
    Signal.objects.filter(pk=signal.pk).update(
        created_at=signal.created_at, updated_at=signal.updated_at
    )
    return signal, code


@transaction.atomic
def change_status(
    signal: Signal, status: str, author: User, public_update: str | None = None
) -> bool:
    """Set a new status (logged) and, when given, the message the reporter sees.

    Returns whether anything changed. The row is locked and read afresh, and only the fields
    set here are written, so a purge running at the same moment is never undone.
    """
    Signal.objects.select_for_update().filter(pk=signal.pk).first()
    signal.refresh_from_db()
    changed = False
    if status != signal.status:
        StatusChange.objects.create(
            signal=signal, author=author, old_status=signal.status, new_status=status
        )
        signal.status = status
        if status in CLOSED_STATUSES:
            signal.closed_at = signal.closed_at or timezone.now()
        else:
            signal.closed_at = None
        changed = True
    if public_update is not None and public_update != signal.public_update:
        signal.public_update = public_update
        changed = True
    if changed:
        signal.save(update_fields=["status", "public_update", "closed_at", "updated_at"])
    return changed


def add_note(signal: Signal, author: User, text: str) -> Note:
    return Note.objects.create(signal=signal, author=author, text=text)


def signals_of(organisation: Organisation, *, status: str = "", sector: str = "") -> list[Signal]:
    signals = Signal.objects.filter(organisation=organisation)
    if status:
        signals = signals.filter(status=status)
    if sector:
        signals = signals.filter(sector=sector)
    return list(signals)


def status_counts(organisation: Organisation) -> dict[str, int]:
    rows = (
        Signal.objects.filter(organisation=organisation)
        .order_by()
        .values("status")
        .annotate(number=Count("id"))
    )
    counts = {row["status"]: row["number"] for row in rows}
    return {status: counts.get(status, 0) for status in Status.values}


def appoint_coordinator(organisation: Organisation, user: User) -> Coordinator:
    coordinator, _created = Coordinator.objects.get_or_create(user=user, organisation=organisation)
    return coordinator


def dismiss_coordinator(organisation: Organisation, user: User) -> bool:
    deleted, _rows = Coordinator.objects.filter(user=user, organisation=organisation).delete()
    return bool(deleted)


def forget_coordinator(sender: type[Membership], instance: Membership, **kwargs: Any) -> None:
    """Who leaves a school (her membership deleted) is no longer its BPV coordinator."""
    Coordinator.objects.filter(
        user_id=instance.user_id, organisation_id=instance.organisation_id
    ).delete()


def install() -> None:
    """Connect the signal handlers (from ``BpvConfig.ready``)."""
    post_delete.connect(
        forget_coordinator, sender=Membership, dispatch_uid="bpv-forget-coordinator"
    )


# --- retention --------------------------------------------------------------------------------


def retention_cutoff(now: datetime | None = None, months: int | None = None) -> datetime:
    """Signals closed before this moment lose their personal data."""
    months = RETENTION_MONTHS if months is None else months
    return (now or timezone.now()) - timedelta(days=round(months * 365.25 / 12))


@transaction.atomic
def purge_closed(*, months: int | None = None, now: datetime | None = None) -> int:
    """Remove notes, contact details and free text of signals closed long enough ago.

    What stays (school, sector, kind, month, status history) is what the counts are made of.
    A signal purged before is purged again when it was reopened and closed again, edited, or
    got a note since. The rows are locked, so a status change at the same moment waits.
    Returns the number of signals purged.
    """
    cutoff = retention_cutoff(now, months)
    stamp = now or timezone.now()
    newer_note = Note.objects.filter(signal=OuterRef("pk"), created_at__gt=OuterRef("purged_at"))
    signals = Signal.objects.filter(
        Q(purged_at__isnull=True)
        | Q(purged_at__lt=F("closed_at"))
        | Q(purged_at__lt=F("updated_at"))
        | Exists(newer_note),
        status__in=CLOSED_STATUSES,
        closed_at__lt=cutoff,
    )
    ids = list(signals.select_for_update().values_list("pk", flat=True))
    Note.objects.filter(signal_id__in=ids).delete()
    Signal.objects.filter(pk__in=ids).update(
        contact_name="",
        contact_email="",
        contact_consent_wording="",
        contact_consent_at=None,
        description="",
        public_update="",
        company_name="",
        purged_at=stamp,
        updated_at=stamp,
    )
    return len(ids)


# --- counts for the public --------------------------------------------------------------------


def _counts(field: str) -> dict[str, int]:
    rows = Signal.objects.order_by().values(field).annotate(number=Count("id"))
    return {row[field]: row["number"] for row in rows}


def counts_by_sector() -> list[tuple[str, int]]:
    """Every sector with its number of signals, over all schools (raw: hide small ones)."""
    counts = _counts("sector")
    return [(str(sector.label), counts.get(sector.value, 0)) for sector in Sector]


def counts_by_kind() -> list[tuple[str, int]]:
    counts = _counts("kind")
    return [(str(kind.label), counts.get(kind.value, 0)) for kind in SignalKind]
