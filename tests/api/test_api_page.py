"""The API page: authentication, limits and every endpoint in Dutch, linked from elsewhere."""

from __future__ import annotations

from typing import Any

from django.test import Client
from django.urls import reverse

from anderebril.accounts.models import User
from tests.conftest import PASSWORD

URL = "/api/v1/"


def test_the_page_explains_the_api_in_dutch_and_links_the_openapi_document(
    client: Client, settings: Any
) -> None:
    settings.ANDEREBRIL_API_ANON_RATE = "30/m"

    response = client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("api:overview") == URL
    assert '<h1 class="utrecht-heading-1">API</h1>' in html
    assert 'href="/api/v1/openapi.json"' in html
    assert "Authorization: Bearer ab_" in html
    assert "30/m per adres" in html
    for endpoint in ("/api/v1/scan", "/api/v1/scan/file", "/api/v1/batches", "/api/v1/scans"):
        assert f"<code>POST {endpoint}" in html or f"<code>{endpoint}</code>" in html
    assert "curl -s http://testserver/api/v1/scan " in html
    # Nothing the strict CSP would block: no inline styles or scripts, no Swagger UI.
    assert " style=" not in html and "<script" not in html


def test_the_link_to_the_token_page_is_there_for_managers_only(client: Client, alice: User) -> None:
    tokens = f'href="{reverse("api:tokens")}"'
    assert tokens not in client.get(URL).content.decode()

    assert client.login(email=alice.email, password=PASSWORD)

    assert tokens in client.get(URL).content.decode()


def test_the_taalscan_page_and_the_token_page_link_to_the_api_page(
    client: Client, alice: User
) -> None:
    link = f'href="{URL}"'
    assert link in client.get(reverse("taalscan:scan")).content.decode()

    assert client.login(email=alice.email, password=PASSWORD)

    assert link in client.get(reverse("api:tokens")).content.decode()
