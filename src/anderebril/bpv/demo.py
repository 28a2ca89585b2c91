"""A handful of fictional BPV signals for the demo school (see ``core.demo``).

Every text here is invented. The demo receipt codes are fixed so the status page can be tried:
``DEMOA-BPV01`` … ``DEMOA-BPV06``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils import timezone

from anderebril.accounts.models import User
from anderebril.bpv import services
from anderebril.bpv.constants import ReporterRole, Sector, SignalKind, Status
from anderebril.bpv.models import Signal
from anderebril.core.demo import DEMO_DOMAIN
from anderebril.organisations.models import Organisation

DEMO_SCHOOL = "techniekcollege-noord"
DEMO_COORDINATOR = f"school@{DEMO_DOMAIN}"


@dataclass(frozen=True)
class DemoSignal:
    code: str
    months_ago: int
    role: str
    sector: str
    kind: str
    description: str
    status: str = Status.NEW
    company: str = ""
    public_update: str = ""
    note: str = ""


SIGNALS = [
    DemoSignal(
        "DEMOABPV01", 2, ReporterRole.STUDENT, Sector.TECHNIEK, SignalKind.TASKS,
        "Ik doe de opleiding eerste monteur elektrotechniek, maar ik mocht de hele eerste maand "
        "alleen de telefoon aannemen en de planning bijhouden. De jongens gingen mee naar klanten.",
        Status.IN_PROGRESS, "Installatiebedrijf Fictief", "We hebben contact met het leerbedrijf.",
        "Praktijkopleider gebeld; gesprek met bedrijf gepland.",
    ),
    DemoSignal(
        "DEMOABPV02", 4, ReporterRole.ADVISER, Sector.MOBILITEIT, SignalKind.FACILITIES,
        "Bij het bedrijf is er geen aparte kleedruimte. De student moet zich omkleden op het "
        "toilet en er is geen overall in haar maat.",
        Status.RESOLVED, "Garagebedrijf Verzonnen",
        "Het bedrijf heeft een kleedruimte ingericht en werkkleding besteld.",
    ),
    DemoSignal(
        "DEMOABPV03", 1, ReporterRole.STUDENT, Sector.TECHNIEK, SignalKind.REMARKS,
        "Op de werkvloer worden steeds grappen gemaakt over vrouwen in de bouw. Mijn begeleider "
        "lacht mee.",
    ),
    DemoSignal(
        "DEMOABPV04", 6, ReporterRole.TEACHER, Sector.ICT, SignalKind.REFUSED,
        "Een student kreeg na een goed gesprek te horen dat het bedrijf 'liever een jongen' had "
        "voor deze plek.",
        Status.REFERRED, "", "Je school heeft dit ook aan het meldpunt van SBB doorgegeven.",
    ),
    DemoSignal(
        "DEMOABPV05", 3, ReporterRole.STUDENT, Sector.SPECIALISTISCH, SignalKind.PAY,
        "De jongens in mijn klas krijgen bij hetzelfde bedrijf een hogere stagevergoeding.",
    ),
    DemoSignal(
        "DEMOABPV06", 9, ReporterRole.OTHER, Sector.TECHNIEK, SignalKind.OTHER,
        "Ouder van een student: mijn dochter mocht niet mee op de bus naar de bouwplaats.",
        Status.CLOSED, "", "Afgehandeld in een gesprek met de student.",
    ),
]  # fmt: skip


def _months_ago(months: int) -> date:
    today = timezone.localdate()
    index = today.year * 12 + today.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


@transaction.atomic
def load_bpv_demo() -> int:
    """Create the demo signals that do not exist yet; return how many were new.

    Needs the demo school of ``load_demo``; raises ``Organisation.DoesNotExist`` without it.
    """
    school = Organisation.objects.get(slug=DEMO_SCHOOL)
    coordinator = User.objects.filter(email=DEMO_COORDINATOR).first()
    created = 0
    for demo in SIGNALS:
        receipt_hash = services.hash_code(demo.code)
        if Signal.objects.filter(receipt_hash=receipt_hash).exists():
            continue
        signal = Signal.objects.create(
            organisation=school,
            reporter_role=demo.role,
            sector=demo.sector,
            kind=demo.kind,
            description=demo.description,
            company_name=demo.company,
            occurred_in=_months_ago(demo.months_ago),
            receipt_hash=receipt_hash,
        )
        if coordinator is not None:
            if demo.status != Status.NEW:
                services.change_status(signal, demo.status, coordinator, demo.public_update)
            if demo.note:
                services.add_note(signal, coordinator, demo.note)
        created += 1
    return created
