"""The token page: managers of an organisation and platform admins make and revoke tokens."""

from __future__ import annotations

import re

from django.test import Client
from django.urls import reverse

from anderebril.accounts.models import User
from anderebril.api.models import ApiToken
from anderebril.api.services import create_token, hash_secret
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Membership, Organisation
from tests.conftest import PASSWORD

URL = "/api/v1/tokens/beheer/"


def signed_in(user: User) -> Client:
    client = Client()
    assert client.login(email=user.email, password=PASSWORD)
    return client


def test_the_page_has_the_url_name_api_tokens() -> None:
    assert reverse("api:tokens") == URL


def test_a_manager_makes_a_token_and_sees_the_secret_only_once(alice: User) -> None:
    client = signed_in(alice)

    response = client.post(URL, {"actie": "aanmaken", "name": "Roosterkoppeling"})

    assert response.status_code == 200
    secret = re.search(r"ab_[A-Za-z0-9_-]{43}", response.content.decode())
    assert secret is not None
    token = ApiToken.objects.get()
    assert token.hash == hash_secret(secret.group(0))
    assert token.created_by == alice
    assert response["Cache-Control"].startswith("max-age=0")
    later = client.get(URL).content.decode()
    assert "Roosterkoppeling" in later
    assert secret.group(0) not in later
    assert token.shown_prefix in later


def test_a_token_without_a_name_is_not_made(alice: User) -> None:
    response = signed_in(alice).post(URL, {"actie": "aanmaken", "name": "  "})

    assert response.status_code == 200
    assert not ApiToken.objects.exists()
    assert "Geef de sleutel een naam." in response.content.decode()


def test_a_manager_revokes_a_token(alice: User, school: Organisation) -> None:
    new = create_token(organisation=school, name="Oud", created_by=alice)

    response = signed_in(alice).post(
        URL, {"actie": "intrekken", "sleutel": new.token.pk, "organisatie": school.slug}
    )

    assert response.status_code == 302
    new.token.refresh_from_db()
    assert new.token.revoked_at is not None
    assert "Ingetrokken op" in signed_in(alice).get(response["Location"]).content.decode()


def test_a_member_who_is_not_a_manager_may_not_see_the_page(school: Organisation) -> None:
    dave = User.objects.create_user("dave@school.example", PASSWORD)
    Membership.objects.create(user=dave, organisation=school, is_manager=False)

    assert signed_in(dave).get(URL).status_code == 403
    assert signed_in(dave).post(URL, {"actie": "aanmaken", "name": "x"}).status_code == 403
    assert not ApiToken.objects.exists()


def test_an_advisor_without_an_organisation_may_not_see_the_page(bob: User) -> None:
    assert signed_in(bob).get(URL).status_code == 403


def test_a_visitor_is_sent_to_the_login_page(db: None) -> None:
    response = Client().get(URL)

    assert response.status_code == 302
    assert "/account/" in response["Location"]


def test_a_manager_cannot_touch_another_organisations_tokens(alice: User) -> None:
    other = Organisation.objects.create(name="Bouwbedrijf", slug="bouw", kind=Kind.COMPANY)
    theirs = create_token(organisation=other, name="Hun sleutel", created_by=None)
    client = signed_in(alice)

    assert client.get(URL, {"organisatie": "bouw"}).status_code == 404
    revoke = client.post(URL, {"actie": "intrekken", "sleutel": theirs.token.pk})
    assert revoke.status_code == 404
    theirs.token.refresh_from_db()
    assert theirs.token.revoked_at is None


def test_a_platform_admin_manages_the_tokens_of_any_organisation(
    carol: User, school: Organisation
) -> None:
    Organisation.objects.create(name="Bouwbedrijf", slug="bouw", kind=Kind.COMPANY)
    client = signed_in(carol)

    response = client.post(URL, {"actie": "aanmaken", "name": "Beheer", "organisatie": school.slug})

    assert response.status_code == 200
    assert ApiToken.objects.get().organisation == school
    assert 'name="organisatie"' in client.get(URL).content.decode()
