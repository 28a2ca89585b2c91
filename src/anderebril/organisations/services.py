"""What other apps may ask about organisations. Import this module, not the models."""

from __future__ import annotations

from django.db.models import QuerySet

from anderebril.accounts.models import User
from anderebril.organisations.models import Organisation


def organisations_of(user: User) -> QuerySet[Organisation]:
    """The organisations ``user`` is a member of (none for anonymous users)."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(memberships__user=user)


def is_member(user: User, organisation: Organisation) -> bool:
    return bool(user.is_authenticated and organisation.memberships.filter(user=user).exists())


def visible_organisations(user: User) -> QuerySet[Organisation]:
    """Organisations listed to ``user``: all for signed-in users, nothing for the public."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.select_related("sto_region")
