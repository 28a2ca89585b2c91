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


ORGANISATIONS = [
    # slug, name, kind, brin, kvk, town, region slug
    ("sto-regio-rivierenland", "STO-regio Rivierenland (fictief)", Kind.STO_REGION, "", "", "Tiel", None),
    ("techniekcollege-noord", "Techniekcollege Noord (fictief)", Kind.MBO_SCHOOL, "99XA", "", "Tiel", "sto-regio-rivierenland"),
    ("vakschool-de-dijk", "Vakschool De Dijk (fictief)", Kind.MBO_SCHOOL, "99XB", "", "Culemborg", "sto-regio-rivierenland"),
    ("mbo-college-oost", "mbo College Oost (fictief)", Kind.MBO_SCHOOL, "99XC", "", "Zutphen", None),
    ("vmbo-de-brug", "vmbo De Brug (fictief)", Kind.VMBO_SCHOOL, "", "", "Tiel", "sto-regio-rivierenland"),
    ("installatiebedrijf-voltaan", "Installatiebedrijf Voltaan (fictief)", Kind.COMPANY, "", "99000001", "Geldermalsen", "sto-regio-rivierenland"),
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
    for slug, name, kind, brin, kvk, town, region in ORGANISATIONS:
        organisation, created = Organisation.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": kind,
                "brin_code": brin,
                "kvk_number": kvk,
                "town": town,
                "sto_region": by_slug.get(region) if region else None,
            },
        )
        by_slug[slug] = organisation
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
