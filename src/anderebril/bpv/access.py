"""Who may follow up a school's BPV signals.

- The school's BPV coordinators and its managers read and follow up (status, notes).
- Advisors assigned to the school (as in the genderscan) read, and platform admins do everything.
Everyone else gets a 404, so the existence of another school's signals is not revealed.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import Http404

from anderebril.accounts.models import User
from anderebril.bpv.models import Coordinator, Signal
from anderebril.genderscan.services import may_advise
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Organisation


def mbo_schools() -> QuerySet[Organisation]:
    return Organisation.objects.filter(kind=Kind.MBO_SCHOOL)


def may_coordinate(user: User, organisation: Organisation) -> bool:
    """Platform admins, the school's BPV coordinators and its managers change status and notes."""
    if not user.is_authenticated or organisation.kind != Kind.MBO_SCHOOL:
        return False
    if user.is_platform_admin:
        return True
    return bool(
        organisation.bpv_coordinators.filter(user=user).exists()
        or organisation.memberships.filter(user=user, is_manager=True).exists()
    )


def may_read(user: User, organisation: Organisation) -> bool:
    if may_coordinate(user, organisation):
        return True
    return organisation.kind == Kind.MBO_SCHOOL and may_advise(user, organisation)


def readable_schools(user: User) -> list[Organisation]:
    """The schools whose signals ``user`` may open, by name."""
    if not user.is_authenticated:
        return []
    if user.is_platform_admin:
        return list(mbo_schools())
    coordinated = mbo_schools().filter(
        Q(bpv_coordinators__user=user) | Q(memberships__user=user, memberships__is_manager=True)
    )
    schools = set(coordinated)
    if user.is_advisor:
        schools |= {school for school in mbo_schools() if may_advise(user, school)}
    return sorted(schools, key=lambda school: (school.name, school.pk))


def may_appoint(user: User, organisation: Organisation) -> bool:
    """Managers of the school and platform admins appoint and dismiss its BPV coordinators."""
    if not user.is_authenticated or organisation.kind != Kind.MBO_SCHOOL:
        return False
    return bool(
        user.is_platform_admin
        or organisation.memberships.filter(user=user, is_manager=True).exists()
    )


def follow_up_addresses(organisation: Organisation) -> list[str]:
    """E-mail addresses of the school's coordinators and managers, each once."""
    users = User.objects.filter(is_active=True).filter(
        Q(bpv_coordinations__organisation=organisation)
        | Q(memberships__organisation=organisation, memberships__is_manager=True)
    )
    return sorted(set(users.values_list("email", flat=True)))


def coordinators_of(organisation: Organisation) -> list[Coordinator]:
    return list(organisation.bpv_coordinators.select_related("user").order_by("user__email", "id"))


def appointable_members(organisation: Organisation) -> list[User]:
    """Members of the school who are not its coordinator yet."""
    return list(
        User.objects.filter(memberships__organisation=organisation, is_active=True)
        .exclude(bpv_coordinations__organisation=organisation)
        .order_by("first_name", "last_name", "email")
    )


def school_for(user: User, slug: str) -> Organisation:
    """The school with ``slug`` if ``user`` may read its signals; otherwise Http404."""
    school = mbo_schools().filter(slug=slug).first()
    if school is None or not may_read(user, school):
        raise Http404
    return school


def signal_for(school: Organisation, pk: int) -> Signal:
    signal = Signal.objects.filter(organisation=school, pk=pk).first()
    if signal is None:
        raise Http404
    return signal
