"""Who may follow up a school's BPV signals.

- The school's BPV coordinators and its managers read and follow up (status, notes). A
  coordinator counts only while she is a member of the school: who leaves the school (her
  ``Membership`` deleted) loses access and notices at once, and her ``Coordinator`` row is
  deleted as well (``bpv.services.forget_coordinator``).
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
from anderebril.organisations.models import Membership, Organisation


def mbo_schools() -> QuerySet[Organisation]:
    return Organisation.objects.filter(kind=Kind.MBO_SCHOOL)


def _coordinated(user: User) -> Q:
    """Schools where ``user`` is a member and either manager or appointed coordinator."""
    own = Membership.objects.filter(user=user)
    appointed = Coordinator.objects.filter(user=user).values("organisation")
    return Q(pk__in=own.filter(is_manager=True).values("organisation")) | Q(
        pk__in=own.filter(organisation__in=appointed).values("organisation")
    )


def _advised(user: User) -> Q:
    return Q(genderscan_advisors__advisor=user) if user.is_advisor else Q(pk__in=[])


def may_coordinate(user: User, organisation: Organisation) -> bool:
    """Platform admins, the school's BPV coordinators and its managers change status and notes."""
    if not user.is_authenticated or organisation.kind != Kind.MBO_SCHOOL:
        return False
    if user.is_platform_admin:
        return True
    return mbo_schools().filter(_coordinated(user), pk=organisation.pk).exists()


def may_read(user: User, organisation: Organisation) -> bool:
    if may_coordinate(user, organisation):
        return True
    return organisation.kind == Kind.MBO_SCHOOL and may_advise(user, organisation)


def readable_schools(user: User) -> list[Organisation]:
    """The schools whose signals ``user`` may open, by name."""
    if not user.is_authenticated:
        return []
    schools = mbo_schools()
    if not user.is_platform_admin:
        schools = schools.filter(_coordinated(user) | _advised(user)).distinct()
    return list(schools.order_by("name", "pk"))


def may_appoint(user: User, organisation: Organisation) -> bool:
    """Managers of the school and platform admins appoint and dismiss its BPV coordinators."""
    if not user.is_authenticated or organisation.kind != Kind.MBO_SCHOOL:
        return False
    return bool(
        user.is_platform_admin
        or organisation.memberships.filter(user=user, is_manager=True).exists()
    )


def follow_up_addresses(organisation: Organisation) -> list[str]:
    """E-mail addresses of the school's coordinators and managers (members all), each once."""
    members = Membership.objects.filter(organisation=organisation)
    appointed = Coordinator.objects.filter(organisation=organisation).values("user")
    users = User.objects.filter(is_active=True).filter(
        Q(pk__in=members.filter(is_manager=True).values("user"))
        | Q(pk__in=members.filter(user__in=appointed).values("user"))
    )
    return sorted(set(users.values_list("email", flat=True)))


def coordinators_of(organisation: Organisation) -> list[Coordinator]:
    """The school's coordinators who are still its members."""
    members = Membership.objects.filter(organisation=organisation).values("user")
    return list(
        organisation.bpv_coordinators.filter(user__in=members)
        .select_related("user")
        .order_by("user__email", "id")
    )


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
