"""The public taalscan page: the form, its messages, and the result of a scan."""

from __future__ import annotations

import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from anderebril.documents import DocumentError, extract
from tests.taalscan.conftest import post_scan, report_token
from tests.taalscan.files import VACANCY, docx_upload, pdf_bytes, pdf_upload


def errors_of(html: str) -> str:
    """The text of the error summary at the top of the form."""
    match = re.search(r'<div class="utrecht-alert utrecht-alert--error".*?</div>', html, re.S)
    return match.group(0) if match else ""


def test_the_empty_form_offers_text_file_strategy_and_language(client: Client) -> None:
    response = client.get(reverse("taalscan:scan"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="text"' in html and 'type="file"' in html
    for strategy in ("overkoepelend", "paarvorm", "direct"):
        assert f'value="{strategy}"' in html
    assert 'value="overkoepelend" aria-describedby="id_strategy_0_uitleg" checked' in html
    for language in ("Nederlands", "Engels", "Automatisch herkennen"):
        assert language in html
    assert "Je tekst wordt niet bewaard." in html
    assert "resultaat-titel" not in html


def test_the_navigation_links_to_the_taalscan(client: Client) -> None:
    html = client.get(reverse("core:home")).content.decode()
    assert f'href="{reverse("taalscan:scan")}"' in html


def test_sending_nothing_asks_for_a_text_or_a_file(client: Client) -> None:
    response = post_scan(client)
    assert response.status_code == 200
    assert "Plak een tekst of kies een bestand om te laten scannen." in errors_of(
        response.content.decode()
    )


def test_white_space_only_counts_as_nothing(client: Client) -> None:
    response = post_scan(client, text="  \n\t ")
    assert "Plak een tekst of kies een bestand" in errors_of(response.content.decode())


def test_sending_a_text_and_a_file_asks_for_one_of_them(client: Client) -> None:
    upload = SimpleUploadedFile("vacature.txt", VACANCY.encode())
    response = post_scan(client, text=VACANCY, file=upload)
    assert "Doe één van beide" in errors_of(response.content.decode())
    assert "resultaat-titel" not in response.content.decode()


def test_an_unsupported_file_type_is_refused_with_the_types_we_read(client: Client) -> None:
    upload = SimpleUploadedFile("vacature.exe", b"MZ\x90\x00")
    html = post_scan(client, file=upload).content.decode()
    assert "Dit soort bestand kunnen we niet lezen" in errors_of(html)
    assert "txt, md, html, docx, odt of pdf" in errors_of(html)


def test_an_old_word_file_is_refused_as_unsupported(client: Client) -> None:
    upload = SimpleUploadedFile("vacature.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    assert (
        "Dit soort bestand kunnen we niet lezen" in post_scan(client, file=upload).content.decode()
    )


def test_an_empty_file_gets_a_clear_message(client: Client) -> None:
    upload = SimpleUploadedFile("leeg.pdf", b"")
    assert "Het bestand is leeg." in errors_of(post_scan(client, file=upload).content.decode())


def test_a_broken_pdf_gets_the_readers_dutch_message(client: Client) -> None:
    broken = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> kapot"
    with pytest.raises(DocumentError) as expected:
        extract("kapot.pdf", data=broken, filename="kapot.pdf")
    response = post_scan(client, file=SimpleUploadedFile("kapot.pdf", broken))
    assert response.status_code == 200
    assert expected.value.message in errors_of(response.content.decode())


def test_a_password_protected_pdf_gets_a_clear_message(client: Client) -> None:
    locked = pdf_bytes(["Wij zoeken een vakman."], user_password="geheim")
    with pytest.raises(DocumentError) as expected:
        extract("slot.pdf", data=locked, filename="slot.pdf")
    html = post_scan(client, file=SimpleUploadedFile("slot.pdf", locked)).content.decode()
    assert expected.value.message in errors_of(html)


def test_a_file_above_20_mb_is_refused_with_a_clear_message(client: Client) -> None:
    upload = SimpleUploadedFile("groot.txt", b"a" * (20 * 1024 * 1024 + 1))
    response = post_scan(client, file=upload)
    assert response.status_code == 200
    assert "Het bestand is groter dan 20 MB." in errors_of(response.content.decode())


def test_a_file_of_exactly_20_mb_is_accepted(client: Client) -> None:
    ending = b" Wij zoeken een vakman."
    body = b"x" * (20 * 1024 * 1024 - len(ending)) + ending  # one long word: quick to scan
    response = post_scan(client, file=SimpleUploadedFile("groot.txt", body))
    assert "groter dan 20 MB" not in response.content.decode()
    html = response.content.decode()
    assert 'id="resultaat-titel"' in html
    assert "De tekst is lang." in html
    assert "te lang om hier nog eens aangepast te tonen" in html
    assert len(html) < 1024 * 1024, "the page repeats the whole text"


def test_a_vacancy_with_vakman_and_m_v_is_highlighted_with_suggestions(client: Client) -> None:
    response = post_scan(client, text=VACANCY)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="resultaat-titel"' in html
    marks = re.findall(r'<a class="ts-mark ts-mark--([a-z-]+)" href="#vondst-(\d+)"', html)
    categories = {category for category, _number in marks}
    assert {"gendered-term", "binary-notation"} <= categories
    # Every highlight links to its finding, and every listed finding links back.
    for _category, number in marks:
        assert f'id="vondst-{number}"' in html
        assert f'href="#markering-{number}"' in html
    # Not by colour alone: a visible number with a category letter, and hidden category words.
    assert re.search(r'<span class="ts-mark__tag" aria-hidden="true">\dW</span>', html)
    assert "gendergebonden woord)" in html
    assert "vakkracht" in html
    assert "Aanpassen aanbevolen" in html


def suggestions_in(html: str) -> set[str]:
    lists = re.findall(r'<ul class="ts-suggestions">(.*?)</ul>', html, re.S)
    return {item for block in lists for item in re.findall(r"<li[^>]*>(.*?)</li>", block)}


def test_the_strategy_changes_the_suggestions(client: Client) -> None:
    overarching = post_scan(client, text=VACANCY, strategy="overkoepelend").content.decode()
    pair = post_scan(client, text=VACANCY, strategy="paarvorm").content.decode()
    assert "vakkracht" in suggestions_in(overarching)
    assert "vakman of vakvrouw" in suggestions_in(pair)
    assert "vakkracht" not in suggestions_in(pair)
    assert 'value="paarvorm" aria-describedby="id_strategy_1_uitleg" checked' in pair


def test_the_result_explains_the_coded_word_score_as_a_signal(client: Client) -> None:
    html = post_scan(client, text="Je bent competitief, dominant en assertief.").content.decode()
    assert "Mannelijk gekleurd" in html
    assert "risicosignaal, geen oordeel" in html


def test_the_result_offers_the_rewritten_text_to_copy(client: Client) -> None:
    html = post_scan(client, text=VACANCY).content.decode()
    match = re.search(r'<textarea[^>]*id="aangepaste-tekst"[^>]*readonly[^>]*>(.*?)</textarea>',
                      html, re.S)  # fmt: skip
    assert match, "no read-only textarea with the rewritten text"
    assert match.group(1).strip() != VACANCY.strip()


def test_pasted_line_breaks_are_scanned_as_typed(client: Client) -> None:
    token = report_token(post_scan(client, text=VACANCY.replace("\n", "\r\n")).content.decode())
    response = client.post(reverse("taalscan:report-json"), {"rapport": token})
    findings = json.loads(response.content)["files"][0]["findings"]
    assert all(VACANCY[f["start"] : f["end"]] == f["text"] for f in findings)


def test_the_highlighted_text_is_escaped(client: Client) -> None:
    html = post_scan(client, text="<script>alert(1)</script> Wij zoeken een vakman.").content
    assert b"<script>alert(1)</script>" not in html
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_docx_upload_is_scanned_with_paragraph_numbers(client: Client) -> None:
    upload = docx_upload(["Over ons bedrijf.", "Wij zoeken een vakman (m/v) in Tiel."])
    html = post_scan(client, file=upload).content.decode()
    assert "Gescand: het bestand vacature.docx." in html
    assert 'class="ts-mark ts-mark--gendered-term"' in html
    assert "Alinea 2" in html


def test_a_pdf_upload_shows_the_page_of_each_finding(client: Client) -> None:
    upload = pdf_upload(["Over ons bedrijf in Tiel.", "Wij zoeken een vakman voor ons team."])
    html = post_scan(client, file=upload).content.decode()
    assert 'class="ts-mark ts-mark--gendered-term"' in html
    assert "Pagina 2" in html
    assert "Pagina 1" not in html


def test_a_long_text_shows_the_first_200_findings_and_says_so(client: Client) -> None:
    text = "Wij zoeken een vakman.\n" * 300
    html = post_scan(client, text=text).content.decode()
    assert len(re.findall(r'class="ts-finding ts-finding--', html)) == 200
    assert "de eerste 200 van de 300 vondsten" in html
    assert 'id="markering-200"' in html and 'id="markering-201"' not in html


def test_an_htmx_request_gets_only_the_result_region(client: Client) -> None:
    response = post_scan(client, text=VACANCY, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.startswith('<div id="taalscan-regio"')
    assert "<html" not in html and "ab-footer" not in html
    assert 'id="resultaat-titel"' in html


def test_the_page_loads_htmx_and_its_script_from_the_app_without_inline_code(
    client: Client,
) -> None:
    response = client.get(reverse("taalscan:scan"))
    html = response.content.decode()
    assert "/static/vendor/htmx/htmx.min.js" in html
    assert "/static/taalscan/taalscan.js" in html
    assert "/static/taalscan/taalscan.css" in html
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script"
    assert " style=" not in html
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_the_form_still_works_without_javascript(client: Client) -> None:
    html = client.get(reverse("taalscan:scan")).content.decode()
    form = re.search(r"<form class=\"ts-form\"[^>]*>", html)
    assert form
    assert 'method="post"' in form.group(0)
    assert 'action="/taalscan/#resultaat"' in form.group(0)
    assert 'enctype="multipart/form-data"' in form.group(0)
