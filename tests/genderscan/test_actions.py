from __future__ import annotations

import datetime

from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from anderebril.genderscan.actions import progress_of, send_reminders
from anderebril.genderscan.advice import generate_advice, publish_advice
from anderebril.genderscan.models import Action, ScanRound
from anderebril.genderscan.rounds import close_round
from anderebril.organisations.models import Organisation
from tests.genderscan.conftest import Answer

TODAY = timezone.localdate()


def make_action(school: Organisation, **fields: object) -> Action:
    defaults: dict[str, object] = {
        "title": "Training onbewuste vooroordelen",
        "owner": "Teamleider",
        "due_date": TODAY,
    }
    return Action.objects.create(organisation=school, **{**defaults, **fields})


def test_alice_adds_an_action_with_owner_due_date_status_indicator_and_theme(
    client: Client, alice: object
) -> None:
    client.force_login(alice)  # type: ignore[arg-type]
    response = client.post(
        reverse("genderscan:action_new", args=["techniekcollege-test"]),
        {
            "title": "Gastlessen vrouwelijke vakmensen",
            "owner": "Teamleider BPV",
            "due_date": "2030-03-01",
            "status": "planned",
            "indicator": "Elke klas één gastles",
            "theme": "bpv",
        },
    )
    assert response.status_code == 302
    action = Action.objects.get()
    assert (action.theme, action.indicator, action.due_date.year) == (
        "bpv",
        "Elke klas één gastles",
        2030,
    )


def test_overdue_actions_stand_out_in_the_plan(
    client: Client, alice: object, school: Organisation
) -> None:
    make_action(school, title="Te laat", due_date=TODAY - datetime.timedelta(days=3))
    make_action(
        school, title="Klaar maar oud", due_date=TODAY - datetime.timedelta(days=3), status="done"
    )
    client.force_login(alice)  # type: ignore[arg-type]
    page = client.get(reverse("genderscan:plan", args=["techniekcollege-test"])).content.decode()
    assert page.count("gs-row--overdue") == 1
    assert "te laat" in page


def test_progress_counts_done_actions_but_not_dropped_ones(school: Organisation) -> None:
    make_action(school, status="done")
    make_action(school, status="in_progress")
    make_action(school, status="dropped")
    progress = progress_of(list(Action.objects.all()))
    assert progress.percent_done == 50
    assert progress.by_status["dropped"] == 1


def test_a_published_recommendation_becomes_an_action(
    client: Client, alice: object, carol: object, scan_round: ScanRound, answer: Answer
) -> None:
    answer(scan_round, "management", 5, beleid_doelen=1)
    advice = generate_advice(close_round(scan_round))
    publish_advice(advice, carol)  # type: ignore[arg-type]
    item = advice.items.first()
    assert item is not None
    client.force_login(alice)  # type: ignore[arg-type]
    client.post(
        reverse(
            "genderscan:advice_item_action", args=["techniekcollege-test", scan_round.pk, item.pk]
        )
    )
    action = Action.objects.get()
    assert action.advice_item == item and action.theme == item.theme


def test_the_plan_downloads_as_pdf_and_xlsx(
    client: Client, alice: object, school: Organisation
) -> None:
    make_action(school, title="Werkkleding in vrouwenmaten — één maat")
    client.force_login(alice)  # type: ignore[arg-type]
    pdf = client.get(reverse("genderscan:plan_download", args=["techniekcollege-test", "pdf"]))
    xlsx = client.get(reverse("genderscan:plan_download", args=["techniekcollege-test", "xlsx"]))
    assert pdf.content.startswith(b"%PDF")
    assert xlsx.content.startswith(b"PK")
    assert (
        client.get(
            reverse("genderscan:plan_download", args=["techniekcollege-test", "exe"])
        ).status_code
        == 404
    )


def test_reminders_go_to_the_members_once_a_week(alice: object, school: Organisation) -> None:
    make_action(school, remind_by_email=True, due_date=TODAY + datetime.timedelta(days=2))
    make_action(school, title="Zonder herinnering", due_date=TODAY)
    assert send_reminders(TODAY) == 1
    assert mail.outbox[0].to == ["alice@school.example"]
    assert "Training onbewuste vooroordelen" in mail.outbox[0].body
    assert "Zonder herinnering" not in mail.outbox[0].body
    assert send_reminders(TODAY) == 0
