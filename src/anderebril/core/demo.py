"""A small, clearly fictional Dutch dataset to try the platform with.

Every name here is invented. Demo accounts use the reserved ``.test`` domain and can only sign in
while demo mode (``ANDEREBRIL_DEMO=true``) is on — see ``accounts.backends``.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from anderebril.accounts.constants import Role
from anderebril.accounts.models import User
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Membership, Organisation

DEMO_DOMAIN = "demo.anderebril.test"
DEMO_PASSWORD = "andere-bril-demo"


@dataclass(frozen=True)
class DemoAccount:
    email: str
    first_name: str
    last_name: str
    role: str
    organisation: str | None
    is_manager: bool = False


@dataclass(frozen=True)
class DemoOrganisation:
    slug: str
    name: str
    kind: str
    town: str
    brin_code: str = ""
    kvk_number: str = ""
    region: str | None = None


RIVIERENLAND = "sto-regio-rivierenland"
ORGANISATIONS = [
    DemoOrganisation(RIVIERENLAND, "STO-regio Rivierenland (fictief)", Kind.STO_REGION, "Tiel"),
    DemoOrganisation(
        "techniekcollege-noord", "Techniekcollege Noord (fictief)", Kind.MBO_SCHOOL, "Tiel",
        brin_code="99XA", region=RIVIERENLAND,
    ),
    DemoOrganisation(
        "vakschool-de-dijk", "Vakschool De Dijk (fictief)", Kind.MBO_SCHOOL, "Culemborg",
        brin_code="99XB", region=RIVIERENLAND,
    ),
    DemoOrganisation(
        "mbo-college-oost", "mbo College Oost (fictief)", Kind.MBO_SCHOOL, "Zutphen",
        brin_code="99XC",
    ),
    DemoOrganisation(
        "vmbo-de-brug", "vmbo De Brug (fictief)", Kind.VMBO_SCHOOL, "Tiel", region=RIVIERENLAND
    ),
    DemoOrganisation(
        "installatiebedrijf-voltaan", "Installatiebedrijf Voltaan (fictief)", Kind.COMPANY,
        "Geldermalsen", kvk_number="99000001", region=RIVIERENLAND,
    ),
]  # fmt: skip

ACCOUNTS = [
    DemoAccount(f"beheerder@{DEMO_DOMAIN}", "Bo", "Beheer", Role.PLATFORM_ADMIN, None),
    DemoAccount(f"adviseur@{DEMO_DOMAIN}", "Sam", "de Vries", Role.ADVISOR, None),
    DemoAccount(
        f"school@{DEMO_DOMAIN}", "Noor", "Jansen", Role.MEMBER, "techniekcollege-noord", True
    ),
    DemoAccount(
        f"bedrijf@{DEMO_DOMAIN}", "Kim", "Bakker", Role.MEMBER, "installatiebedrijf-voltaan"
    ),
]


@transaction.atomic
def load_demo_data() -> tuple[int, int]:
    """Create the demo organisations and accounts; return how many of each were new.

    Running it again changes nothing: existing rows are left as they are.
    """
    created_organisations = 0
    by_slug: dict[str, Organisation] = {}
    for demo in ORGANISATIONS:
        organisation, created = Organisation.objects.get_or_create(
            slug=demo.slug,
            defaults={
                "name": demo.name,
                "kind": demo.kind,
                "brin_code": demo.brin_code,
                "kvk_number": demo.kvk_number,
                "town": demo.town,
                "sto_region": by_slug.get(demo.region) if demo.region else None,
            },
        )
        by_slug[demo.slug] = organisation
        created_organisations += created

    created_users = 0
    for account in ACCOUNTS:
        user, created = User.objects.get_or_create(
            email=account.email,
            defaults={
                "first_name": account.first_name,
                "last_name": account.last_name,
                "role": account.role,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
            created_users += 1
        if account.organisation:
            Membership.objects.get_or_create(
                user=user,
                organisation=by_slug[account.organisation],
                defaults={"is_manager": account.is_manager},
            )
    return created_organisations, created_users
