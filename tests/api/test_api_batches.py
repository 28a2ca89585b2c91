"""Batches over the API: start with files or a zip, follow the status, read results, only yours."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from anderebril.api.services import NewToken, create_token, revoke_token
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Organisation
from anderebril.taalscan import tasks
from anderebril.taalscan.batches import create_batch
from anderebril.taalscan.models import Batch
from tests.taalscan.files import pdf_upload

URL = "/api/v1/batches"
VACANCY = b"Wij zoeken een ervaren vakman (m/v) voor ons team."


@pytest.fixture(autouse=True)
def _worker_keeps_the_test_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    """``drain_queue`` runs the real worker inside the test's transaction (see the taalscan
    tests' conftest): it must not close the test's connection between tasks."""
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )


def bearer(token: NewToken) -> dict[str, str]:
    return {"Authorization": f"Bearer {token.secret}"}


def txt(name: str, data: bytes = VACANCY) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


def zipped(members: dict[str, bytes], name: str = "dossiers.zip") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return SimpleUploadedFile(name, buffer.getvalue())


def start(client: Client, token: NewToken, **fields: Any) -> Any:
    return client.post(URL, fields, headers=bearer(token))


@pytest.fixture
def other() -> Organisation:
    return Organisation.objects.create(name="Bouwbedrijf", slug="bouw", kind=Kind.COMPANY)


def test_a_batch_of_files_is_started_for_the_tokens_organisation(
    client: Client, token: NewToken, school: Organisation
) -> None:
    response = start(
        client, token, files=[txt("a.txt"), pdf_upload(["Een vakman."])], title="Vacatures"
    )

    assert response.status_code == 202
    body = response.json()
    batch = Batch.objects.get()
    assert batch.organisation == school and batch.title == "Vacatures"
    assert body["id"] == batch.pk
    assert body["counts"]["queued"] == 2 and body["total"] == 2
    assert body["is_finished"] is False
    assert body["url"].endswith(f"/api/v1/batches/{batch.pk}")
    assert response["Location"] == body["url"]


def test_the_status_follows_the_batch_until_it_is_finished(client: Client, token: NewToken) -> None:
    batch_id = start(client, token, files=[txt("a.txt"), txt("b.txt")]).json()["id"]

    tasks.drain_queue()
    response = client.get(f"{URL}/{batch_id}", headers=bearer(token))

    assert response.status_code == 200
    status = response.json()
    assert status["counts"]["done"] == 2
    assert (status["finished"], status["is_finished"], status["percent"]) == (2, True, 100)
    assert status["failures"] == []


def test_a_zip_is_unpacked_and_unreadable_members_are_listed_as_failures(
    client: Client, token: NewToken
) -> None:
    upload = zipped({"map/a.txt": VACANCY, "map/programma.exe": b"MZ", "b.md": VACANCY})

    batch_id = start(client, token, files=[upload]).json()["id"]
    status = client.get(f"{URL}/{batch_id}", headers=bearer(token)).json()

    assert status["total"] == 3
    assert status["counts"]["skipped"] == 1
    [failure] = status["failures"]
    assert failure["name"] == "map/programma.exe" and failure["status"] == "skipped"
    assert "txt, md, html, docx, odt of pdf" in failure["error"]


def test_results_give_each_documents_report_in_the_cli_contract_page_by_page(
    client: Client, token: NewToken
) -> None:
    files = [txt("a.txt"), txt("b.txt", b"Een tekst zonder vondsten."), txt("c.exe", b"MZ")]
    batch_id = start(client, token, files=files).json()["id"]
    tasks.drain_queue()

    first = client.get(f"{URL}/{batch_id}/results?per_page=2", headers=bearer(token)).json()
    second = client.get(first["next"], headers=bearer(token)).json()

    assert (first["count"], first["pages"], first["previous"]) == (3, 2, None)
    a, b = first["items"]
    assert a["name"] == "a.txt" and a["status"] == "done"
    assert a["report"]["path"] == "a.txt"
    assert {f["text"] for f in a["report"]["findings"]} >= {"vakman", "(m/v)"}
    assert a["findings_count"] == len(a["report"]["findings"])
    assert b["report"]["findings"] == []
    [c] = second["items"]
    assert (c["status"], c["report"], second["next"]) == ("skipped", None, None)
    assert first["batch"]["id"] == batch_id


def test_the_list_holds_only_the_tokens_organisations_batches_newest_first(
    client: Client, token: NewToken, school: Organisation, other: Organisation
) -> None:
    older = create_batch(school, None, [("a.txt", VACANCY)], title="Oud")
    newer = create_batch(school, None, [("b.txt", VACANCY)], title="Nieuw")
    create_batch(other, None, [("c.txt", VACANCY)], title="Van een ander")

    response = client.get(URL, headers=bearer(token))

    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [newer.pk, older.pk]
    assert response.json()["count"] == 2


def test_another_organisations_batch_is_not_found(
    client: Client, token: NewToken, other: Organisation
) -> None:
    theirs = create_batch(other, None, [("c.txt", VACANCY)])

    detail = client.get(f"{URL}/{theirs.pk}", headers=bearer(token))
    results = client.get(f"{URL}/{theirs.pk}/results", headers=bearer(token))

    assert (detail.status_code, results.status_code) == (404, 404)
    assert "hoort niet bij de organisatie" in detail.json()["detail"]
    theirs_token = create_token(organisation=other, name="Hun sleutel", created_by=None)
    assert client.get(f"{URL}/{theirs.pk}", headers=bearer(theirs_token)).status_code == 200


def test_batches_need_a_token_and_say_so_in_dutch(client: Client, school: Organisation) -> None:
    create_batch(school, None, [("a.txt", VACANCY)])

    responses = [client.get(URL), client.post(URL, {"files": [txt("a.txt")]})]

    assert [r.status_code for r in responses] == [401, 401]
    assert "API-sleutel van je organisatie nodig" in responses[0].json()["detail"]
    assert Batch.objects.count() == 1


def test_a_revoked_token_cannot_start_a_batch(client: Client, token: NewToken) -> None:
    revoke_token(token.token)

    assert start(client, token, files=[txt("a.txt")]).status_code == 401
    assert not Batch.objects.exists()


def test_a_broken_zip_is_refused_with_422_and_nothing_is_kept(
    client: Client, token: NewToken
) -> None:
    response = start(client, token, files=[SimpleUploadedFile("kapot.zip", b"PK geen zip")])

    assert response.status_code == 422
    assert "beschadigd of geen zip-bestand" in response.json()["detail"]
    assert not Batch.objects.exists()


def test_a_zip_that_climbs_out_of_its_folder_is_refused(client: Client, token: NewToken) -> None:
    response = start(client, token, files=[zipped({"../../etc/passwd.txt": b"x"})])

    assert response.status_code == 422
    assert "onveilige bestandsnaam" in response.json()["detail"]


def test_a_request_without_files_is_refused_with_422(client: Client, token: NewToken) -> None:
    response = start(client, token, title="Leeg")

    assert response.status_code == 422
    assert "Kies één of meer bestanden" in response.json()["detail"]


def test_an_unknown_strategy_is_refused_with_the_field_named(
    client: Client, token: NewToken
) -> None:
    response = start(client, token, files=[txt("a.txt")], strategy="anders")

    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["form", "strategy"]
    assert not Batch.objects.exists()


def test_json_instead_of_files_is_refused_with_415(client: Client, token: NewToken) -> None:
    response = client.post(
        URL, {"files": []}, content_type="application/json", headers=bearer(token)
    )

    assert response.status_code == 415
    assert "multipart/form-data" in response.json()["detail"]


def test_an_upload_announcing_more_than_200_mb_is_refused_before_reading(
    client: Client, token: NewToken
) -> None:
    response = client.generic(
        "POST",
        URL,
        b"--x",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(300 * 1024 * 1024),
        headers=bearer(token),
    )

    assert response.status_code == 413
    assert "200 MB" in response.json()["detail"]


def test_a_document_above_20_mb_is_skipped_and_the_rest_is_scanned(
    client: Client, token: NewToken
) -> None:
    big = txt("groot.txt", b"a" * (20 * 1024 * 1024 + 1))

    batch_id = start(client, token, files=[big, txt("klein.txt")]).json()["id"]
    status = client.get(f"{URL}/{batch_id}", headers=bearer(token)).json()

    assert status["total"] == 2 and status["counts"]["queued"] == 1
    [failure] = status["failures"]
    assert failure["name"] == "groot.txt" and "groter dan 20 MB" in failure["error"]


def test_an_id_too_large_for_the_database_is_not_a_server_error(
    client: Client, token: NewToken
) -> None:
    assert client.get(f"{URL}/{2**70}", headers=bearer(token)).status_code == 422
    assert client.get(f"{URL}/abc", headers=bearer(token)).status_code == 422


def test_nul_characters_in_a_title_or_file_name_never_reach_the_database(
    client: Client, token: NewToken
) -> None:
    refused = start(client, token, files=[txt("a.txt")], title="Een\x00titel")
    started = start(client, token, files=[txt("a\x00b.txt")])

    assert refused.status_code == 422 and "nul-teken" in refused.json()["detail"]
    assert started.status_code == 202
    assert "\x00" not in Batch.objects.get().items.get().name


def test_a_batch_started_over_the_api_is_on_the_members_batch_pages(
    client: Client, token: NewToken, alice: Any
) -> None:
    from tests.conftest import PASSWORD

    batch_id = start(client, token, files=[txt("a.txt")], title="Via de koppeling").json()["id"]
    member = Client()
    assert member.login(email=alice.email, password=PASSWORD)

    assert "Via de koppeling" in member.get("/taalscan/batches/").content.decode()
    assert member.get(f"/taalscan/batches/{batch_id}/").status_code == 200
