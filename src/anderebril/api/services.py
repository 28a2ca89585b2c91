"""API tokens: who may manage them, making, revoking and recognising them.

A token is ``ab_`` followed by 43 random URL-safe characters. The database keeps its SHA-256
hash and the first eight random characters; the secret is returned once by ``create_token``.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone

from anderebril.accounts.models import User
from anderebril.api.constants import LAST_USED_RESOLUTION_SECONDS, SHOWN_CHARACTERS, TOKEN_PREFIX
from anderebril.api.models import ApiToken
from anderebril.organisations.models import Organisation


@dataclass(frozen=True)
class NewToken:
    """A token just made, with the secret that is shown this one time."""

    token: ApiToken
    secret: str


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def manageable_organisations(user: User) -> QuerySet[Organisation]:
    """Organisations whose tokens ``user`` may see, make and revoke.

    Platform admins manage every organisation's tokens; others those where they are manager.
    """
    if not user.is_authenticated:
        return Organisation.objects.none()
    if user.is_platform_admin:
        return Organisation.objects.all()
    return Organisation.objects.filter(
        memberships__user=user, memberships__is_manager=True
    ).distinct()


def can_manage_tokens(user: User, organisation: Organisation) -> bool:
    return manageable_organisations(user).filter(pk=organisation.pk).exists()


def tokens_of(organisation: Organisation) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(organisation=organisation).select_related("created_by")


def create_token(*, organisation: Organisation, name: str, created_by: User | None) -> NewToken:
    random_part = secrets.token_urlsafe(32)
    secret = f"{TOKEN_PREFIX}{random_part}"
    token = ApiToken.objects.create(
        organisation=organisation,
        name=name,
        prefix=random_part[:SHOWN_CHARACTERS],
        hash=hash_secret(secret),
        created_by=created_by,
    )
    return NewToken(token=token, secret=secret)


def revoke_token(token: ApiToken) -> None:
    """Revoke a token; revoking it again keeps the first moment."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])


def authenticate_token(secret: str) -> ApiToken | None:
    """The active token with this secret, or None; notes when it was used (once a minute)."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
        return None
    token = (
        ApiToken.objects.select_related("organisation")
        .filter(hash=hash_secret(secret), revoked_at__isnull=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    stale = now - timedelta(seconds=LAST_USED_RESOLUTION_SECONDS)
    if token.last_used_at is None or token.last_used_at < stale:
        ApiToken.objects.filter(pk=token.pk).filter(
            Q(last_used_at__isnull=True) | Q(last_used_at__lt=stale)
        ).update(last_used_at=now)
        token.last_used_at = now
    return token
