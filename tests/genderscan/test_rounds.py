from __future__ import annotations

from django.test import Client
from django.urls import reverse

from anderebril.genderscan.models import RespondentLink, Response, ScanRound
from anderebril.genderscan.rounds import (
    clean_answers,
    close_round,
    questionnaire_of,
    response_counts,
    results_of,
)
from tests.genderscan.conftest import Answer


def test_opening_a_round_creates_one_unguessable_link_per_group(scan_round: ScanRound) -> None:
    links = list(scan_round.links.all())
    assert {link.group for link in links} == {
        "management",
        "staff",
        "female_students",
        "male_students",
        "companies",
    }
    assert len({link.token for link in links}) == 5
    assert all(len(link.token) >= 43 for link in links)


def test_alice_opens_the_0_meting_through_the_form(
    client: Client, alice: object, school: object
) -> None:
    client.force_login(alice)  # type: ignore[arg-type]
    response = client.post(
        reverse("genderscan:round_new", args=["techniekcollege-test"]),
        {"title": "0-meting 2025", "school_year": 2025},
    )
    scan_round = ScanRound.objects.get()
    assert response.status_code == 302
    assert scan_round.questionnaire_key == "school" and scan_round.questionnaire_version == 1
    page = client.get(reverse("genderscan:round", args=["techniekcollege-test", scan_round.pk]))
    token = scan_round.links.get(group="female_students").token
    assert token in page.content.decode()


def test_a_respondent_answers_without_logging_in_and_nothing_about_her_is_stored(
    client: Client, scan_round: ScanRound
) -> None:
    link = RespondentLink.objects.get(round=scan_round, group="female_students")
    url = reverse("genderscan:respond", args=[link.token])
    page = client.get(url)
    assert page.status_code == 200
    assert "naam" in page.content.decode()  # the introduction says no name is asked
    response = client.post(
        url,
        {"onderwijs-zelfvertrouwen": "4", "veiligheid-open": "Meer vrouwelijke docenten"},
        HTTP_USER_AGENT="Telefoon/1.0",
        REMOTE_ADDR="203.0.113.9",
    )
    assert response.status_code == 302
    stored = Response.objects.get()
    assert stored.group == "female_students"
    assert stored.answers == {
        "onderwijs-zelfvertrouwen": 4,
        "veiligheid-open": "Meer vrouwelijke docenten",
    }
    columns = {f.name for f in Response._meta.get_fields()}
    assert columns == {"id", "round", "group", "submitted_on", "answers"}
    assert "203.0.113.9" not in str(stored.__dict__) and "Telefoon" not in str(stored.__dict__)


def test_an_empty_questionnaire_is_not_stored(client: Client, scan_round: ScanRound) -> None:
    link = RespondentLink.objects.get(round=scan_round, group="staff")
    response = client.post(reverse("genderscan:respond", args=[link.token]), {})
    assert response.status_code == 200
    assert "minstens één vraag" in response.content.decode()
    assert not Response.objects.exists()


def test_answers_to_questions_of_another_group_or_out_of_range_are_dropped(
    client: Client, scan_round: ScanRound
) -> None:
    link = RespondentLink.objects.get(round=scan_round, group="male_students")
    client.post(
        reverse("genderscan:respond", args=[link.token]),
        {"onderwijs-zelfvertrouwen": "5", "beleid-doelen": "5"},
    )
    assert Response.objects.get().answers == {"onderwijs-zelfvertrouwen": 5}
    questionnaire = questionnaire_of(scan_round)
    raw = {"onderwijs-loopbaan": "9", "werving-steun-thuis": "x", "veiligheid-open": " tekst "}
    assert clean_answers(questionnaire, "male_students", raw) == {"veiligheid-open": "tekst"}


def test_an_unknown_token_is_a_404(client: Client, scan_round: ScanRound) -> None:
    assert client.get(reverse("genderscan:respond", args=["geraden-token"])).status_code == 404


def test_response_counts_per_group_are_visible_while_open(
    client: Client, alice: object, scan_round: ScanRound, answer: Answer
) -> None:
    answer(scan_round, "male_students", 3, onderwijs_zelfvertrouwen=4)
    assert response_counts(scan_round)["male_students"] == 3
    client.force_login(alice)  # type: ignore[arg-type]
    page = client.get(
        reverse("genderscan:round", args=["techniekcollege-test", scan_round.pk])
    ).content.decode()
    assert "3 reacties" in page and "nog 2 nodig" in page


def test_closing_a_round_freezes_it(client: Client, scan_round: ScanRound, answer: Answer) -> None:
    answer(scan_round, "male_students", 5, onderwijs_zelfvertrouwen=5)
    closed = close_round(scan_round)
    frozen = results_of(closed)
    assert frozen["themes"]["onderwijs"]["groups"]["male_students"] == 100.0
    link = RespondentLink.objects.get(round=scan_round, group="male_students")
    response = client.post(
        reverse("genderscan:respond", args=[link.token]), {"onderwijs-zelfvertrouwen": "1"}
    )
    assert response.status_code == 410
    assert Response.objects.count() == 5
    # even a response written straight into the database does not change the frozen results
    Response.objects.create(
        round=closed, group="male_students", answers={"onderwijs-zelfvertrouwen": 1}
    )
    assert results_of(ScanRound.objects.get(pk=closed.pk)) == frozen
