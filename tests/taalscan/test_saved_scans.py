"""Members save a scan to their organisation; only that organisation's members see it."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from anderebril.accounts.models import User
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Membership, Organisation
from anderebril.taalscan.models import SavedScan
from tests.conftest import PASSWORD
from tests.taalscan.conftest import post_scan
from tests.taalscan.files import VACANCY, docx_upload


@pytest.fixture
def company(db: None) -> Organisation:
    return Organisation.objects.create(name="Installatiebedrijf", slug="bedrijf", kind=Kind.COMPANY)


@pytest.fixture
def dave(company: Organisation) -> User:
    """A member of another organisation."""
    user = User.objects.create_user("dave@bedrijf.example", PASSWORD, first_name="Dave")
    Membership.objects.create(user=user, organisation=company)
    return user


def save_token(html: str) -> str:
    match = re.search(r'name="bewaren" value="([^"]+)"', html)
    assert match, "the result page has no save form"
    return match.group(1)


def scan_and_save(client: Client, organisation: Organisation, **fields: object) -> SavedScan:
    page = post_scan(client, text=VACANCY).content.decode()
    response = client.post(
        reverse("taalscan:save"),
        {"bewaren": save_token(page), "title": "Vacature", "organisation": organisation.pk},
    )
    saved = SavedScan.objects.get()
    assert response.status_code == 302
    assert response["Location"] == saved.get_absolute_url()
    return saved


def test_a_member_sees_the_save_button_under_the_result(client: Client, alice: User) -> None:
    client.force_login(alice)
    html = post_scan(client, text=VACANCY).content.decode()
    assert "Bewaar bij mijn organisatie" in html


@pytest.mark.parametrize("who", ["anonymous", "bob"])
def test_visitors_and_users_without_an_organisation_get_no_save_button(
    client: Client, bob: User, who: str
) -> None:
    if who == "bob":
        client.force_login(bob)
    html = post_scan(client, text=VACANCY).content.decode()
    assert "Bewaar bij mijn organisatie" not in html
    assert 'name="bewaren"' not in html


def test_saving_keeps_the_text_and_the_report_with_offsets_that_hold(
    client: Client, alice: User, school: Organisation
) -> None:
    client.force_login(alice)
    saved = scan_and_save(client, school)
    assert saved.organisation == school
    assert saved.created_by == alice
    assert saved.title == "Vacature"
    assert saved.text == VACANCY
    (file,) = saved.report["files"]
    assert saved.findings_count == len(file["findings"]) >= 2
    for finding in file["findings"]:
        assert saved.text[finding["start"] : finding["end"]] == finding["text"]
    page = client.get(saved.get_absolute_url()).content.decode()
    assert 'class="ts-mark ts-mark--gendered-term"' in page
    assert "Techniekcollege Test" in page


def test_a_saved_document_keeps_its_file_name_as_source(
    client: Client, alice: User, school: Organisation
) -> None:
    client.force_login(alice)
    page = post_scan(client, file=docx_upload(["Wij zoeken een vakman."])).content.decode()
    client.post(
        reverse("taalscan:save"),
        {"bewaren": save_token(page), "title": "", "organisation": school.pk},
    )
    saved = SavedScan.objects.get()
    assert saved.source_name == saved.title == "vacature.docx"
    assert saved.is_document


def test_a_member_of_several_organisations_chooses_where_to_save(
    client: Client, alice: User, company: Organisation
) -> None:
    Membership.objects.create(user=alice, organisation=company)
    client.force_login(alice)
    html = post_scan(client, text=VACANCY).content.decode()
    assert '<select name="organisation"' in html
    saved = scan_and_save(client, company)
    assert saved.organisation == company


def test_nobody_can_save_to_an_organisation_she_is_not_a_member_of(
    client: Client, alice: User, company: Organisation
) -> None:
    client.force_login(alice)
    page = post_scan(client, text=VACANCY).content.decode()
    response = client.post(
        reverse("taalscan:save"), {"bewaren": save_token(page), "organisation": company.pk}
    )
    assert response.status_code == 400
    assert not SavedScan.objects.exists()


def test_a_tampered_save_token_is_refused(
    client: Client, alice: User, school: Organisation
) -> None:
    client.force_login(alice)
    page = post_scan(client, text=VACANCY).content.decode()
    token = save_token(page)
    response = client.post(
        reverse("taalscan:save"), {"bewaren": token[:-3] + "abc", "organisation": school.pk}
    )
    assert response.status_code == 400
    assert not SavedScan.objects.exists()


def test_a_member_of_another_organisation_gets_a_404_for_a_saved_scan(
    client: Client, alice: User, dave: User, school: Organisation
) -> None:
    client.force_login(alice)
    saved = scan_and_save(client, school)
    client.force_login(dave)
    for name in ("saved-detail", "saved-json", "saved-delete"):
        assert client.get(reverse(f"taalscan:{name}", args=[saved.pk])).status_code == 404
    assert client.post(reverse("taalscan:saved-delete", args=[saved.pk])).status_code == 404
    assert "Vacature" not in client.get(reverse("taalscan:saved-list")).content.decode()
    assert SavedScan.objects.filter(pk=saved.pk).exists()


def test_the_list_shows_the_scans_of_the_own_organisation(
    client: Client, alice: User, school: Organisation
) -> None:
    client.force_login(alice)
    scan_and_save(client, school)
    html = client.get(reverse("taalscan:saved-list")).content.decode()
    assert "Vacature" in html and "1 bewaarde scan" in html


def test_anonymous_visitors_are_sent_to_the_login_page(client: Client) -> None:
    response = client.get(reverse("taalscan:saved-list"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_a_member_deletes_a_saved_scan_after_confirming(
    client: Client, alice: User, school: Organisation
) -> None:
    client.force_login(alice)
    saved = scan_and_save(client, school)
    confirm = client.get(reverse("taalscan:saved-delete", args=[saved.pk]))
    assert "Ja, verwijder de scan" in confirm.content.decode()
    assert SavedScan.objects.exists()
    response = client.post(reverse("taalscan:saved-delete", args=[saved.pk]))
    assert response.status_code == 302
    assert not SavedScan.objects.exists()


def test_the_saved_report_downloads_as_the_json_contract(
    client: Client, alice: User, school: Organisation
) -> None:
    client.force_login(alice)
    saved = scan_and_save(client, school)
    response = client.get(reverse("taalscan:saved-json", args=[saved.pk]))
    body = response.json()
    assert body["version"] == 1 and body["errors"] == []
    assert body["files"][0]["path"] == "geplakte-tekst.txt"
