"""Genderscan in a real browser: a student answers on her phone; Alice reads the report and keeps
the plan van aanpak moving. axe-core finds no serious or critical violations."""

from __future__ import annotations

import datetime

import pytest

from anderebril.accounts.models import User
from anderebril.genderscan.models import Action, RespondentLink, Response
from anderebril.genderscan.rounds import close_round, open_round
from anderebril.organisations.models import Organisation
from tests.browser.conftest import Page
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def log_in(page: Page, user: User) -> None:
    page.goto("/account/inloggen/")
    page.page.get_by_label("E-mailadres").fill(user.email)
    page.page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.page.get_by_role("button", name="Inloggen").click()
    page.page.wait_for_url("**/account/")


def fill(scan_round: object, group: str, n: int, answers: dict[str, object]) -> None:
    Response.objects.bulk_create(
        Response(round=scan_round, group=group, answers=answers) for _i in range(n)
    )  # type: ignore[misc]


def test_a_student_fills_in_the_questionnaire_on_her_phone(
    page: Page, school: Organisation
) -> None:
    scan_round = open_round(school, title="0-meting 2025", school_year=2025)
    token = RespondentLink.objects.get(round=scan_round, group="female_students").token
    page.page.set_viewport_size({"width": 375, "height": 740})
    page.goto(f"/genderscan/v/{token}/")
    assert page.page.get_by_role("heading", level=1).inner_text() == "Genderscan mbo-school"
    assert page.page.evaluate("document.documentElement.scrollWidth") <= 375
    assert page.axe_violations() == []

    question = page.page.get_by_role(
        "group", name="Ik heb er vertrouwen in dat ik de technische vakken"
    )
    question.get_by_label("Eens", exact=True).check()
    page.page.get_by_label("Wat zou jouw opleiding prettiger maken").fill("Een eigen kleedruimte")
    page.page.get_by_role("button", name="Antwoorden versturen").click()

    page.page.wait_for_url("**/bedankt/")
    assert "Bedankt" in page.page.get_by_role("heading", level=1).inner_text()
    assert page.axe_violations() == []
    stored = Response.objects.get()
    assert stored.answers == {
        "onderwijs-zelfvertrouwen": 4,
        "veiligheid-open": "Een eigen kleedruimte",
    }


def test_alice_reads_the_report_with_charts_and_the_comparison(
    page: Page, alice: User, school: Organisation
) -> None:
    first = open_round(school, title="0-meting 2023", school_year=2023)
    fill(first, "management", 5, {"beleid-doelen": 2, "veiligheid-ingrijpen": 4})
    fill(
        first,
        "female_students",
        6,
        {"veiligheid-ingrijpen": 2, "veiligheid-open": "Minder grappen"},
    )
    close_round(first)
    second = open_round(school, title="Meting 2024", school_year=2024)
    fill(second, "management", 5, {"beleid-doelen": 4, "veiligheid-ingrijpen": 5})
    fill(second, "female_students", 7, {"veiligheid-ingrijpen": 3})
    fill(second, "male_students", 3, {"veiligheid-ingrijpen": 1})
    close_round(second)

    log_in(page, alice)
    page.goto(f"/genderscan/{school.slug}/rondes/{second.pk}/rapport/")
    assert page.page.get_by_role("img", name="Score per thema").count() == 1
    assert page.page.get_by_role("heading", name="Vergeleken met 0-meting 2023").is_visible()
    counts = page.page.get_by_role("row", name="Studenten (man)")
    assert "minder dan vijf" in counts.first.inner_text()
    assert page.axe_violations() == []

    with page.page.expect_download() as download:
        page.page.get_by_role("link", name="Download als PDF").click()
    assert download.value.suggested_filename.endswith(".pdf")


def test_alice_keeps_the_plan_van_aanpak_moving(
    page: Page, alice: User, school: Organisation
) -> None:
    Action.objects.create(
        organisation=school,
        title="Training onbewuste vooroordelen",
        owner="Teamleider",
        due_date=datetime.date.today() - datetime.timedelta(days=5),
        theme="personeel",
    )
    log_in(page, alice)
    page.goto(f"/genderscan/{school.slug}/plan/")
    assert (
        page.page.get_by_role("row", name="Training onbewuste vooroordelen")
        .inner_text()
        .count("te laat")
        == 1
    )
    assert page.axe_violations() == []

    page.page.get_by_role("link", name="Actie toevoegen").click()
    assert page.axe_violations() == []
    page.page.get_by_label("Actie", exact=True).fill("Gastlessen door vrouwelijke vakmensen")
    page.page.get_by_label("Eigenaar").fill("Coördinator BPV")
    page.page.get_by_label("Deadline").fill("2030-06-30")
    page.page.get_by_label("Thema").select_option("bpv")
    page.page.get_by_role("button", name="Opslaan").click()

    page.page.wait_for_url(f"**/genderscan/{school.slug}/plan/")
    assert page.page.get_by_role("row", name="Gastlessen door vrouwelijke vakmensen").is_visible()
    assert page.axe_violations() == []


def test_the_overview_figures_and_round_pages_pass_axe(
    page: Page, alice: User, school: Organisation
) -> None:
    scan_round = open_round(school, title="0-meting 2025", school_year=2025)
    log_in(page, alice)
    for path in (
        "",
        "cijfers/",
        "wervingsteksten/",
        f"rondes/{scan_round.pk}/",
        "rondes/nieuw/",
        f"rondes/{scan_round.pk}/advies/",
    ):
        page.goto(f"/genderscan/{school.slug}/{path}")
        assert page.axe_violations() == [], path
