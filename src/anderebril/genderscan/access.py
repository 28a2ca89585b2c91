"""Who may see and do what in the genderscan.

- Members of an organisation see and run its scans, figures and plan van aanpak.
- Advisors see the organisations assigned to them and write their advice.
- Platform admins see everything.
Everyone else gets a 404, so the existence of another school's scan is not revealed.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import Http404

from anderebril.accounts.models import User
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Organisation

#: Organisation kinds that can run a scan: schools the genderscan, companies the self-scan.
SCANNABLE_KINDS = (Kind.MBO_SCHOOL, Kind.COMPANY)


def scannable_organisations(user: User) -> QuerySet[Organisation]:
    """The schools and companies whose genderscan ``user`` may open."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    organisations = Organisation.objects.filter(kind__in=SCANNABLE_KINDS)
    if user.is_platform_admin:
        return organisations
    visible = Q(memberships__user=user)
    if user.is_advisor:
        visible |= Q(genderscan_advisors__advisor=user)
    return organisations.filter(visible).distinct()


def organisation_for(user: User, slug: str) -> Organisation:
    """The organisation with ``slug`` if ``user`` may see its scan; otherwise Http404."""
    organisation = (
        scannable_organisations(user).filter(slug=slug).select_related("sto_region").first()
    )
    if organisation is None:
        raise Http404
    return organisation


def may_advise(user: User, organisation: Organisation) -> bool:
    """Advisors assigned to the organisation and platform admins write and publish advice."""
    if not user.is_authenticated:
        return False
    if user.is_platform_admin:
        return True
    return bool(user.is_advisor and organisation.genderscan_advisors.filter(advisor=user).exists())
