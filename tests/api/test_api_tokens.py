"""Token authentication: a Bearer token of an organisation, stored only as a hash."""

from __future__ import annotations

import hashlib

from django.test import Client
from django.utils import timezone

from anderebril.api.models import ApiToken
from anderebril.api.services import NewToken, authenticate_token, revoke_token
from tests.api.conftest import scan


def test_a_token_is_stored_only_as_its_hash_and_a_short_prefix(token: NewToken) -> None:
    stored = ApiToken.objects.get(pk=token.token.pk)

    assert token.secret.startswith("ab_")
    assert stored.hash == hashlib.sha256(token.secret.encode()).hexdigest()
    assert stored.prefix == token.secret[3:11]
    values = [str(getattr(stored, field.attname)) for field in ApiToken._meta.concrete_fields]
    assert not any(token.secret[3:] in value for value in values)


def test_a_valid_token_scans_and_notes_when_it_was_used(client: Client, token: NewToken) -> None:
    response = scan(client, token.secret, text="Wij zoeken een vakman.")

    assert response.status_code == 200
    token.token.refresh_from_db()
    assert token.token.last_used_at is not None


def test_an_unknown_token_is_refused_with_401_in_dutch(client: Client, token: NewToken) -> None:
    response = scan(client, token.secret + "x", text="Een vakman.")

    assert response.status_code == 401
    assert "API-sleutel kennen we niet" in response.json()["detail"]
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_revoked_token_is_refused_with_401(client: Client, token: NewToken) -> None:
    revoke_token(token.token)

    assert scan(client, token.secret, text="Een vakman.").status_code == 401


def test_another_authorization_scheme_is_refused_not_taken_as_anonymous(client: Client) -> None:
    response = client.post(
        "/api/v1/scan",
        {"text": "Een vakman."},
        content_type="application/json",
        headers={"Authorization": "Basic YWxpY2U6Z2VoZWlt"},
    )

    assert response.status_code == 401


def test_last_used_is_written_at_most_once_a_minute(token: NewToken) -> None:
    earlier = timezone.now() - timezone.timedelta(seconds=30)
    ApiToken.objects.filter(pk=token.token.pk).update(last_used_at=earlier)

    assert authenticate_token(token.secret) is not None

    token.token.refresh_from_db()
    assert token.token.last_used_at == earlier
