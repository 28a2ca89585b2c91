"""The web shell: Dutch pages, navigation to what exists, nothing loaded from elsewhere."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from anderebril.accounts.models import User

PUBLIC_PAGES = [
    "/",
    "/privacy/",
    "/toegankelijkheid/",
    "/account/inloggen/",
    "/account/wachtwoord-vergeten/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_answer_in_dutch_with_a_skip_link(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl"' in html
    assert 'href="#inhoud"' in html and 'id="inhoud"' in html
    assert "Privacyverklaring" in html and "Toegankelijkheidsverklaring" in html


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_pages_reference_no_other_host(client: Client, path: str) -> None:
    html = client.get(path).content.decode()
    for url in re.findall(r'(?:src|href|action)="([^"]*)"', html):
        assert url.startswith(("/", "#", "?")) or url == "", f"{path} links to {url}"
    assert "Content-Security-Policy" in client.get(path).headers


@pytest.mark.django_db
def test_navigation_hides_member_pages_from_the_public(client: Client, alice: User) -> None:
    assert 'href="/organisaties/"' not in client.get("/").content.decode()
    client.force_login(alice)
    assert 'href="/organisaties/"' in client.get("/").content.decode()


@pytest.mark.django_db
def test_navigation_marks_the_current_page(client: Client, alice: User) -> None:
    client.force_login(alice)
    html = client.get("/organisaties/").content.decode()
    assert 'href="/organisaties/" aria-current="page"' in html


@pytest.mark.django_db
def test_the_language_switch_shows_the_site_in_english(client: Client) -> None:
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    html = client.get("/").content.decode()
    assert '<html lang="en"' in html
    assert "Skip to content" in html
    assert "Log in" in html


def test_the_health_endpoint_is_plain(client: Client) -> None:
    response = client.get("/gezondheid/")
    assert response.status_code == 200
    assert response.content == b"ok"


@pytest.mark.django_db
def test_static_files_come_from_the_app(client: Client) -> None:
    html = client.get("/").content.decode()
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    assert any("utrecht/component-library" in href for href in stylesheets)
    assert all(href.startswith("/static/") for href in stylesheets)


@pytest.mark.django_db
def test_the_site_stays_dutch_for_an_english_browser_until_the_visitor_chooses(
    client: Client,
) -> None:
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="nl"' in html
    client.cookies["django_language"] = "xx"
    assert '<html lang="nl"' in client.get("/").content.decode()


@pytest.mark.django_db
def test_a_missing_page_answers_in_dutch_with_the_site_around_it(client: Client) -> None:
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet (meer)" in html
    assert 'href="#inhoud"' in html


@pytest.mark.django_db
def test_an_english_request_leaves_no_english_behind_in_the_thread(client: Client) -> None:
    from django.utils import translation

    client.cookies["django_language"] = "en"
    assert '<html lang="en"' in client.get("/").content.decode()
    assert translation.get_language() == "nl"
