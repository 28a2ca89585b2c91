"""An open round shows progress (responses per group), never scores that move with each answer.

Otherwise someone who opens the report before and after one colleague or student answers could
read that person's answers from the difference.
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium
from django.test import Client
from django.urls import reverse

from anderebril.accounts.models import User
from anderebril.genderscan.models import Advice, ScanRound
from anderebril.genderscan.reports import build_report
from anderebril.genderscan.rounds import close_round, results_of
from anderebril.organisations.models import Organisation
from tests.genderscan.conftest import Answer


def report_page(client: Client, scan_round: ScanRound) -> str:
    url = reverse("genderscan:report", args=[scan_round.organisation.slug, scan_round.pk])
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def without_counts(page: str) -> str:
    """The report page without its table of responses per group (which may change) and
    without the per-request CSRF tokens."""
    page = re.sub(r'<section aria-labelledby="reacties">.*?</section>', "", page, flags=re.S)
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", page)


def pdf_text(client: Client, scan_round: ScanRound) -> str:
    url = reverse("genderscan:report_pdf", args=[scan_round.organisation.slug, scan_round.pk])
    document = pdfium.PdfDocument(client.get(url).content)
    try:
        return " ".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_one_more_response_in_an_open_round_changes_no_shown_score(
    client: Client, alice: User, scan_round: ScanRound, answer: Answer
) -> None:
    answer(scan_round, "male_students", 5, onderwijs_zelfvertrouwen=5, veiligheid_open="Fijn")
    answer(scan_round, "staff", 6, beleid_doelen=4)
    client.force_login(alice)
    before_results = results_of(scan_round)
    before_page = report_page(client, scan_round)
    before_themes = build_report(scan_round).themes

    answer(scan_round, "male_students", 1, onderwijs_zelfvertrouwen=1, veiligheid_open="Anders")

    after_results = results_of(scan_round)
    assert after_results["counts"]["male_students"] == 6  # progress is visible...
    for key in ("themes", "questions", "open_answers", "overall", "shown_groups"):
        assert after_results[key] == before_results[key], key  # ...and nothing else moved
    assert build_report(scan_round).themes == before_themes
    after_page = report_page(client, scan_round)
    assert without_counts(after_page) == without_counts(before_page)
    assert "Fijn" not in after_page and "Anders" not in after_page
    assert "verschijnen zodra de ronde gesloten is" in after_page


def test_an_open_round_computes_no_scores_at_all(scan_round: ScanRound, answer: Answer) -> None:
    answer(scan_round, "management", 7, beleid_doelen=5, veiligheid_open="Alleen na sluiten")
    results = results_of(scan_round)
    assert results["counts"]["management"] == 7 and results["total"] == 7
    assert results["themes"] == {} and results["questions"] == {}
    assert results["open_answers"] == {} and results["overall"] is None
    assert "Alleen na sluiten" not in str(results)


def test_the_round_and_organisation_pages_show_counts_but_no_score_while_open(
    client: Client, alice: User, school: Organisation, scan_round: ScanRound, answer: Answer
) -> None:
    answer(scan_round, "staff", 6, beleid_doelen=5)  # would score 100
    client.force_login(alice)
    round_page = client.get(reverse("genderscan:round", args=[school.slug, scan_round.pk]))
    assert "6 reacties" in round_page.content.decode()
    overview = client.get(reverse("genderscan:organisation", args=[school.slug])).content.decode()
    assert ">100<" not in overview.replace(" ", "")


def test_the_pdf_of_an_open_round_has_counts_but_no_scores(
    client: Client, alice: User, scan_round: ScanRound, answer: Answer
) -> None:
    answer(scan_round, "staff", 6, beleid_doelen=5)
    client.force_login(alice)
    text = " ".join(pdf_text(client, scan_round).split())
    assert "Docenten en medewerkers 6 na het sluiten van de ronde" in text
    assert "De scores verschijnen zodra de ronde gesloten is" in text
    assert "Beleid en monitoring" not in text  # no theme table, not even with dashes


def test_closing_the_round_shows_the_scores(
    client: Client, alice: User, scan_round: ScanRound, answer: Answer
) -> None:
    answer(scan_round, "staff", 6, beleid_doelen=5)
    closed = close_round(scan_round)
    assert results_of(closed)["themes"]["beleid"]["groups"]["staff"] == 100.0
    client.force_login(alice)
    page = report_page(client, closed)
    assert "verschijnen zodra de ronde gesloten is" not in page
    assert "Beleid en monitoring" in pdf_text(client, closed)


def test_no_advice_is_drawn_up_for_an_open_round(
    client: Client, assigned_bob: User, scan_round: ScanRound, answer: Answer
) -> None:
    answer(scan_round, "management", 5, beleid_doelen=1)
    client.force_login(assigned_bob)
    args = [scan_round.organisation.slug, scan_round.pk]
    page = client.get(reverse("genderscan:advice", args=args)).content.decode()
    assert "zodra de ronde gesloten is" in page
    assert reverse("genderscan:advice_generate", args=args) not in page
    response = client.post(reverse("genderscan:advice_generate", args=args), follow=True)
    assert "pas worden opgesteld als de ronde gesloten is" in response.content.decode()
    assert not Advice.objects.exists()
