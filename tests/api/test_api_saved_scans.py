"""Saved scans over the API: the token's organisation's scans, newest first; save a new one."""

from __future__ import annotations

from django.test import Client

from anderebril.accounts.models import User
from anderebril.api.services import NewToken
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Organisation
from anderebril.taalscan.models import SavedScan
from anderebril.taalscan.saved import save_scan
from anderebril.taalscan.services import scan_submission
from tests.conftest import PASSWORD

URL = "/api/v1/scans"


def bearer(token: NewToken) -> dict[str, str]:
    return {"Authorization": f"Bearer {token.secret}"}


def saved(organisation: Organisation, title: str, text: str = "Een vakman.") -> SavedScan:
    result = scan_submission(text=text, document=None, strategy="overkoepelend", language="nl")
    return save_scan(organisation=organisation, user=None, result=result, text=text, title=title)


def other() -> Organisation:
    return Organisation.objects.create(name="Bouwbedrijf", slug="bouw", kind=Kind.COMPANY)


def test_the_list_holds_the_organisations_scans_newest_first_page_by_page(
    client: Client, token: NewToken, school: Organisation
) -> None:
    first, second, third = (saved(school, title) for title in ("Een", "Twee", "Drie"))
    saved(other(), "Van een ander")

    page_one = client.get(URL, {"per_page": 2}, headers=bearer(token)).json()
    page_two = client.get(page_one["next"], headers=bearer(token)).json()

    assert [s["id"] for s in page_one["items"]] == [third.pk, second.pk]
    assert [s["id"] for s in page_two["items"]] == [first.pk]
    assert (page_one["count"], page_one["pages"], page_two["next"]) == (3, 2, None)
    assert page_two["previous"] is not None
    assert page_one["items"][0]["findings_count"] == 1
    assert "report" not in page_one["items"][0]


def test_a_page_past_the_last_is_empty(
    client: Client, token: NewToken, school: Organisation
) -> None:
    saved(school, "Een")

    body = client.get(URL, {"page": 5}, headers=bearer(token)).json()

    assert (body["items"], body["count"], body["next"]) == ([], 1, None)


def test_a_saved_scan_gives_its_stored_report(
    client: Client, token: NewToken, school: Organisation
) -> None:
    scan = saved(school, "Vacature", "Wij zoeken een vakman (m/v).")

    response = client.get(f"{URL}/{scan.pk}", headers=bearer(token))

    assert response.status_code == 200
    body = response.json()
    assert body["title"] == "Vacature"
    assert body["report"] == scan.report
    assert {f["text"] for f in body["report"]["files"][0]["findings"]} == {"vakman", "(m/v)"}


def test_another_organisations_scan_is_not_found(client: Client, token: NewToken) -> None:
    theirs = saved(other(), "Geheim")

    response = client.get(f"{URL}/{theirs.pk}", headers=bearer(token))

    assert response.status_code == 404
    assert "hoort niet bij de organisatie" in response.json()["detail"]


def test_a_text_is_scanned_and_saved_where_the_members_find_it(
    client: Client, token: NewToken, school: Organisation, alice: User
) -> None:
    text = "De student regelt zelf zijn stage."

    response = client.post(
        URL,
        {"text": text, "title": "Stagegids", "strategy": "direct"},
        content_type="application/json",
        headers=bearer(token),
    )

    assert response.status_code == 201
    body = response.json()
    stored = SavedScan.objects.get()
    assert (stored.organisation, stored.text, stored.title) == (school, text, "Stagegids")
    assert (stored.strategy, stored.created_by) == ("direct", None)
    assert body["id"] == stored.pk and response["Location"] == body["url"]
    assert body["report"]["files"][0]["findings"]
    member = Client()
    assert member.login(email=alice.email, password=PASSWORD)
    page = member.get(stored.get_absolute_url())
    assert page.status_code == 200 and "Stagegids" in page.content.decode()
    assert "Stagegids" in member.get("/taalscan/bewaard/").content.decode()


def test_saving_without_a_token_is_refused_and_stores_nothing(client: Client) -> None:
    response = client.post(URL, {"text": "Een vakman."}, content_type="application/json")

    assert response.status_code == 401
    assert not SavedScan.objects.exists()


def test_saving_an_empty_text_is_refused_in_dutch(client: Client, token: NewToken) -> None:
    response = client.post(
        URL, {"text": ""}, content_type="application/json", headers=bearer(token)
    )

    assert response.status_code == 422
    assert response.json()["errors"][0]["message"] == "Dit veld mag niet leeg zijn."
    assert not SavedScan.objects.exists()


def test_a_bad_page_number_is_refused_in_dutch(client: Client, token: NewToken) -> None:
    response = client.get(URL, {"page": 0}, headers=bearer(token))

    assert response.status_code == 422
    assert response.json()["detail"].startswith("Het verzoek klopt niet")
    assert response.json()["errors"][0]["loc"][-1] == "page"


def test_a_text_with_a_nul_character_is_refused_not_a_database_error(
    client: Client, token: NewToken
) -> None:
    response = client.post(
        URL, {"text": "Een\x00 vakman."}, content_type="application/json", headers=bearer(token)
    )

    assert response.status_code == 422
    assert "nul-teken" in response.json()["detail"]
    assert not SavedScan.objects.exists()
