"""Who is calling the API: a token of an organisation, or (on the scan endpoints) nobody."""

from __future__ import annotations

from django.http import HttpRequest
from ninja.security import HttpBearer

from anderebril.api.models import ApiToken
from anderebril.api.services import authenticate_token
from anderebril.organisations.models import Organisation


class ApiTokenAuth(HttpBearer):
    """``Authorization: Bearer ab_…`` with an active token of an organisation."""

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        return authenticate_token(token)


class Anonymous:
    """``request.auth`` of a client that sent no Authorization header at all."""

    def __str__(self) -> str:
        return "anonymous"


ANONYMOUS = Anonymous()


def anonymous(request: HttpRequest) -> Anonymous | None:
    """Let a client without credentials in; a wrong or revoked token is refused, not ignored."""
    return None if request.headers.get("Authorization") else ANONYMOUS


#: Endpoints that read or write an organisation's data: a token is required.
TOKEN_ONLY = [ApiTokenAuth()]


def token_organisation(request: HttpRequest) -> Organisation:
    """The organisation of the token that authenticated this request."""
    token = getattr(request, "auth", None)
    assert isinstance(token, ApiToken), "only for endpoints with TOKEN_ONLY"
    return token.organisation
