"""Downloads without storage: the page carries a signed report token to the JSON and PDF views."""

from __future__ import annotations

import io
import json

import pypdfium2
from django.core import signing
from django.test import Client
from django.urls import reverse

from tests.taalscan.conftest import TOKEN_SALT, post_scan, report_token
from tests.taalscan.files import VACANCY, pdf_upload

FINDING_KEYS = {
    "category", "rule", "severity", "start", "end", "text", "message", "explanation", "source",
    "suggestions", "location",
}  # fmt: skip


def download(client: Client, name: str, token: str) -> object:
    return client.post(reverse(f"taalscan:{name}"), {"rapport": token})


def test_the_json_download_follows_the_contract(client: Client) -> None:
    token = report_token(post_scan(client, text=VACANCY).content.decode())
    response = download(client, "report-json", token)
    assert response.status_code == 200  # type: ignore[attr-defined]
    assert response["Content-Type"].startswith("application/json")  # type: ignore[index]
    assert "attachment" in response["Content-Disposition"]  # type: ignore[index]
    report = json.loads(response.content)  # type: ignore[attr-defined]
    assert report["version"] == 1
    assert report["errors"] == []
    [file] = report["files"]
    assert file["path"] == "geplakte-tekst.txt"
    assert file["language"] == "nl"
    assert set(file["score"]) >= {"masculine", "feminine", "per_1000_words", "verdict"}
    assert file["findings"]
    for finding in file["findings"]:
        assert set(finding) == FINDING_KEYS
        assert VACANCY[finding["start"] : finding["end"]] == finding["text"]
        assert set(finding["location"]) >= {"page", "line", "column"}
    assert "gendered-term" in {finding["category"] for finding in file["findings"]}


def test_the_json_of_a_pdf_has_the_file_name_and_page_numbers(client: Client) -> None:
    html = post_scan(client, file=pdf_upload(["Inleiding.", "Wij zoeken een vakman."])).content
    response = download(client, "report-json", report_token(html.decode()))
    [file] = json.loads(response.content)["files"]  # type: ignore[attr-defined]
    assert file["path"] == "vacature.pdf"
    assert {finding["location"]["page"] for finding in file["findings"]} == {2}


def test_the_pdf_download_is_a_pdf_with_the_findings(client: Client) -> None:
    token = report_token(post_scan(client, text=VACANCY).content.decode())
    response = download(client, "report-pdf", token)
    assert response.status_code == 200  # type: ignore[attr-defined]
    assert response["Content-Type"] == "application/pdf"  # type: ignore[index]
    body: bytes = response.content  # type: ignore[attr-defined]
    assert body.startswith(b"%PDF")
    document = pypdfium2.PdfDocument(io.BytesIO(body))
    text = "".join(page.get_textpage().get_text_range() for page in document)
    assert "Taalscan-rapport" in text
    assert "vakman" in text
    assert "vakkracht" in text
    assert "risicosignaal" in text


def test_a_tampered_token_is_refused_with_a_dutch_message(client: Client) -> None:
    token = report_token(post_scan(client, text=VACANCY).content.decode())
    tampered = token[:10] + ("A" if token[10] != "A" else "B") + token[11:]
    for name in ("report-json", "report-pdf"):
        response = download(client, name, tampered)
        assert response.status_code == 400  # type: ignore[attr-defined]
        assert "gewijzigd" in response.content.decode()  # type: ignore[attr-defined]


def test_a_token_signed_for_something_else_is_refused(client: Client) -> None:
    foreign = signing.dumps({"v": 1}, salt="iets-anders")
    assert download(client, "report-json", foreign).status_code == 400  # type: ignore[attr-defined]
    wrong_shape = signing.dumps({"v": 1, "file": {}}, salt=TOKEN_SALT, compress=True)
    assert download(client, "report-pdf", wrong_shape).status_code == 400  # type: ignore[attr-defined]


def test_a_missing_token_is_refused(client: Client) -> None:
    assert client.post(reverse("taalscan:report-json")).status_code == 400


def test_downloads_only_answer_post(client: Client) -> None:
    assert client.get(reverse("taalscan:report-pdf")).status_code == 405
