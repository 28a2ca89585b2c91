"""Access rules: members see their own organisation, advisors their assigned ones, admins all."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from anderebril.accounts.models import User
from anderebril.genderscan.access import scannable_organisations
from anderebril.genderscan.models import Action, ProgrammeFigures, ScanRound
from anderebril.organisations.models import Organisation


@pytest.fixture
def urls(scan_round: ScanRound, school: Organisation) -> list[str]:
    slug, pk = school.slug, scan_round.pk
    action = Action.objects.create(
        organisation=school, title="Actie", owner="Team", due_date="2030-01-01"
    )
    row = ProgrammeFigures.objects.create(organisation=school, crebo="25604", school_year=2024)
    return [
        reverse("genderscan:organisation", args=[slug]),
        reverse("genderscan:round_new", args=[slug]),
        reverse("genderscan:round", args=[slug, pk]),
        reverse("genderscan:report", args=[slug, pk]),
        reverse("genderscan:report_pdf", args=[slug, pk]),
        reverse("genderscan:advice", args=[slug, pk]),
        reverse("genderscan:figures", args=[slug]),
        reverse("genderscan:figures_edit", args=[slug, row.pk]),
        reverse("genderscan:figures_template", args=[slug, "csv"]),
        reverse("genderscan:texts", args=[slug]),
        reverse("genderscan:plan", args=[slug]),
        reverse("genderscan:action_edit", args=[slug, action.pk]),
        reverse("genderscan:plan_download", args=[slug, "xlsx"]),
    ]


def test_a_member_of_another_school_gets_404_everywhere(
    client: Client, mallory: User, urls: list[str]
) -> None:
    client.force_login(mallory)
    for url in urls:
        assert client.get(url).status_code == 404, url


def test_another_schools_member_cannot_close_a_round_or_delete_an_action(
    client: Client, mallory: User, scan_round: ScanRound, urls: list[str]
) -> None:
    client.force_login(mallory)
    assert (
        client.post(
            reverse("genderscan:round_close", args=["techniekcollege-test", scan_round.pk])
        ).status_code
        == 404
    )
    action = Action.objects.get()
    assert (
        client.post(
            reverse("genderscan:action_delete", args=["techniekcollege-test", action.pk])
        ).status_code
        == 404
    )
    assert ScanRound.objects.get().is_open and Action.objects.exists()


def test_alice_sees_her_own_school(client: Client, alice: User, urls: list[str]) -> None:
    client.force_login(alice)
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_an_advisor_sees_only_the_schools_assigned_to_her(
    client: Client, bob: User, school: Organisation, urls: list[str]
) -> None:
    client.force_login(bob)
    assert client.get(urls[0]).status_code == 404
    bob.genderscan_assignments.create(organisation=school)
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_a_platform_admin_sees_every_school(
    client: Client, carol: User, other_school: Organisation, urls: list[str]
) -> None:
    client.force_login(carol)
    for url in urls:
        assert client.get(url).status_code == 200, url
    assert set(scannable_organisations(carol)) >= {other_school}


def test_visitors_without_an_account_are_sent_to_the_login_page(
    client: Client, urls: list[str]
) -> None:
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and "/account/" in response["Location"], url


def test_the_dashboard_lists_only_what_the_user_may_open(
    client: Client, assigned_bob: User, other_school: Organisation, school: Organisation
) -> None:
    client.force_login(assigned_bob)
    page = client.get(reverse("genderscan:dashboard")).content.decode()
    assert school.name in page and other_school.name not in page


def test_a_single_school_member_lands_on_her_school(client: Client, alice: User) -> None:
    client.force_login(alice)
    response = client.get(reverse("genderscan:dashboard"))
    assert response["Location"] == reverse("genderscan:organisation", args=["techniekcollege-test"])
