"""POST /api/v1/scan and /api/v1/scan/file: the CLI's JSON contract, clear Dutch errors."""

from __future__ import annotations

import json
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from anderebril.taalscan.constants import MAX_UPLOAD_SIZE
from anderebril.textscan import scan_text
from tests.api.conftest import FILE_URL, SCAN_URL, scan
from tests.taalscan.files import VACANCY, docx_upload, pdf_upload

TEXT = "Wij zoeken een ervaren vakman (m/v).\r\nDe student regelt zelf zijn stage."


def test_a_text_is_scanned_into_the_same_json_as_the_cli_gives(client: Client) -> None:
    response = scan(client, text=TEXT, language="nl", strategy="overkoepelend")

    assert response.status_code == 200
    report = response.json()
    engine = scan_text(TEXT, language="nl", strategy="overkoepelend").to_dict()
    assert report["version"] == 1
    assert report["errors"] == []
    [file] = report["files"]
    assert file["language"] == "nl"
    assert file["findings"] == engine["findings"]
    assert file["score"] == engine["score"]
    assert {f["category"] for f in file["findings"]} >= {"gendered-term", "binary-notation"}


def test_offsets_index_the_text_exactly_as_it_was_sent(client: Client) -> None:
    report = scan(client, text=TEXT).json()

    for finding in report["files"][0]["findings"]:
        assert TEXT[finding["start"] : finding["end"]] == finding["text"]


def test_the_strategy_decides_the_suggestions(client: Client) -> None:
    def suggestions(strategy: str) -> list[str]:
        findings = scan(client, text="Wij zoeken een vakman.", strategy=strategy).json()
        [vakman] = [f for f in findings["files"][0]["findings"] if f["text"] == "vakman"]
        return list(vakman["suggestions"])

    assert "vakkracht" in suggestions("overkoepelend")
    assert any("vakvrouw" in s for s in suggestions("paarvorm"))


def test_language_auto_reports_the_language_it_recognised(client: Client) -> None:
    report = scan(client, text="We are looking for a chairman and a salesman.", language="auto")

    assert report.json()["files"][0]["language"] == "en"


def test_an_unknown_language_is_refused_in_dutch_with_the_field_named(client: Client) -> None:
    response = scan(client, text="Een tekst.", language="fr")

    assert response.status_code == 422
    body = response.json()
    assert "Het verzoek klopt niet" in body["detail"]
    assert body["errors"][0]["loc"][-1] == "language"
    assert "kies uit" in body["errors"][0]["message"]


def test_a_request_without_text_is_refused_in_dutch(client: Client) -> None:
    response = scan(client, language="nl")

    assert response.status_code == 422
    assert response.json()["errors"][0]["message"] == "Dit veld ontbreekt."


def test_a_body_that_is_not_json_is_refused_in_dutch(client: Client) -> None:
    response = client.post(SCAN_URL, "{kapot", content_type="application/json")

    assert response.status_code == 400
    assert response.json() == {"detail": "De body van het verzoek is geen geldige JSON."}


def test_the_api_needs_no_csrf_token() -> None:
    client = Client(enforce_csrf_checks=True)

    assert scan(client, text="Een vakman.").status_code == 200


def upload(client: Client, file: Any, **fields: str) -> Any:
    return client.post(FILE_URL, {"file": file, **fields})


def test_a_text_file_is_scanned_into_the_cli_json_with_its_name(client: Client) -> None:
    response = upload(client, SimpleUploadedFile("vacature.txt", VACANCY.encode()))

    assert response.status_code == 200
    [file] = response.json()["files"]
    assert file["path"] == "vacature.txt"
    engine = scan_text(VACANCY).to_dict()
    assert file["findings"] == engine["findings"]


def test_a_pdf_reports_the_page_of_each_finding(client: Client) -> None:
    pdf = pdf_upload(["Een inleiding zonder bevindingen.", "Wij zoeken een vakman."])

    response = upload(client, pdf, strategy="paarvorm")

    assert response.status_code == 200
    [vakman] = [f for f in response.json()["files"][0]["findings"] if f["text"] == "vakman"]
    assert vakman["location"]["page"] == 2


def test_a_word_document_is_scanned(client: Client) -> None:
    response = upload(client, docx_upload(["Wij zoeken een timmerman."]))

    assert response.status_code == 200
    texts = [f["text"] for f in response.json()["files"][0]["findings"]]
    assert "timmerman" in texts


def test_a_file_above_20_mb_is_refused_with_413_in_dutch(client: Client) -> None:
    big = SimpleUploadedFile("groot.txt", b"a" * (MAX_UPLOAD_SIZE + 1))

    response = upload(client, big)

    assert response.status_code == 413
    assert "groter dan 20 MB" in response.json()["detail"]


def test_a_request_announcing_far_more_than_20_mb_is_refused_before_reading(
    client: Client,
) -> None:
    response = client.generic(
        "POST",
        FILE_URL,
        b"--x",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(100 * 1024 * 1024),
    )

    assert response.status_code == 413


def test_an_unsupported_file_is_refused_with_415_in_dutch(client: Client) -> None:
    response = upload(client, SimpleUploadedFile("programma.exe", b"MZ\x90\x00"))

    assert response.status_code == 415
    assert "txt, md, html, docx, odt of pdf" in response.json()["detail"]


def test_a_broken_pdf_is_refused_with_422_and_the_readers_message(client: Client) -> None:
    response = upload(client, SimpleUploadedFile("kapot.pdf", b"%PDF-1.7 niets meer"))

    assert response.status_code == 422
    assert "PDF" in response.json()["detail"]


def test_a_file_without_text_is_refused_with_422(client: Client) -> None:
    response = upload(client, SimpleUploadedFile("leeg.html", b"<html><body> </body></html>"))

    assert response.status_code == 422
    assert "geen tekst" in response.json()["detail"]


def test_a_request_without_a_file_is_refused_with_422(client: Client) -> None:
    response = client.post(FILE_URL, {"language": "nl"})

    assert response.status_code == 422
    assert response.json()["detail"] == "Stuur een bestand in het veld ‘file’."


def test_json_sent_to_the_file_endpoint_is_refused_with_415(client: Client) -> None:
    response = client.post(FILE_URL, json.dumps({"text": "x"}), content_type="application/json")

    assert response.status_code == 415
    assert "multipart/form-data" in response.json()["detail"]


def test_an_unknown_strategy_for_a_file_is_refused_with_422(client: Client) -> None:
    response = upload(client, SimpleUploadedFile("v.txt", b"Een vakman."), strategy="anders")

    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["form", "strategy"]


def test_reports_keep_to_the_schema_in_the_openapi_document(client: Client) -> None:
    """The endpoints return ready JSON, so ninja does not check it against ``ReportOut``."""
    from anderebril.api.schemas import ReportOut

    text_report = scan(client, text=TEXT, language="auto").json()
    file_report = upload(client, pdf_upload(["Wij zoeken een vakman."])).json()

    for report in (text_report, file_report):
        assert ReportOut.model_validate(report).model_dump(mode="json") == report


def test_a_malformed_multipart_body_is_refused_with_400_in_dutch(client: Client) -> None:
    response = client.generic(
        "POST", FILE_URL, b"geen multipart", content_type="multipart/form-data; boundary="
    )

    assert response.status_code == 400
    assert response.json()["detail"] == "Het verzoek is geen geldige multipart/form-data."
