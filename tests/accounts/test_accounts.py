from __future__ import annotations

import re

from django.core import mail
from django.test import Client, override_settings

from anderebril.accounts.constants import Role
from anderebril.accounts.models import User
from anderebril.core.demo import DEMO_PASSWORD, load_demo_data
from tests.conftest import PASSWORD


def test_alice_logs_in_with_her_email_address_in_any_case(client: Client, alice: User) -> None:
    response = client.post(
        "/account/inloggen/", {"username": "ALICE@school.example", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/account/"
    assert "Alice" in client.get("/account/").content.decode()


def test_a_wrong_password_gets_a_dutch_message(client: Client, alice: User) -> None:
    response = client.post("/account/inloggen/", {"username": alice.email, "password": "fout"})
    assert response.status_code == 200
    assert "Voer een juiste e-mailadres en wachtwoord in" in response.content.decode()


def test_the_account_page_needs_a_login(client: Client, db: None) -> None:
    response = client.get("/account/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/inloggen/")


def test_alice_sees_her_school_and_can_change_her_name(client: Client, alice: User) -> None:
    client.force_login(alice)
    html = client.get("/account/").content.decode()
    assert "Techniekcollege Test" in html
    response = client.post("/account/", {"first_name": "Alice", "last_name": "de Wit"})
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.last_name == "de Wit"


def test_logout_is_a_post(client: Client, alice: User) -> None:
    client.force_login(alice)
    assert client.get("/account/uitloggen/").status_code == 405
    assert client.post("/account/uitloggen/").status_code == 302
    assert client.get("/account/").status_code == 302


def test_password_reset_mails_a_link_that_sets_a_new_password(client: Client, alice: User) -> None:
    client.post("/account/wachtwoord-vergeten/", {"email": alice.email})
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/account/wachtwoord-herstellen/\S+)", mail.outbox[0].body)
    assert link, mail.outbox[0].body
    form_page = client.get(link.group(1), follow=True)
    new = "nog-een-lang-wachtwoord-77"
    response = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
    )
    assert response.status_code == 302
    assert client.login(username=alice.email, password=new)


def test_password_reset_tells_nothing_about_unknown_addresses(client: Client, db: None) -> None:
    response = client.post("/account/wachtwoord-vergeten/", {"email": "niemand@example.nl"})
    assert response.status_code == 302
    assert len(mail.outbox) == 0


def test_only_platform_admins_get_into_the_admin_site(
    client: Client, alice: User, bob: User, carol: User
) -> None:
    for user in (alice, bob):
        client.force_login(user)
        assert client.get("/beheer/").status_code == 302
    client.force_login(carol)
    assert client.get("/beheer/").status_code == 200
    assert client.get("/beheer/organisations/organisation/").status_code == 200


def test_the_role_decides_staff_rights(db: None) -> None:
    user = User.objects.create_user("dave@example.nl", PASSWORD, role=Role.PLATFORM_ADMIN)
    assert user.is_staff and user.is_superuser
    user.role = Role.ADVISOR
    user.save()
    assert not user.is_staff and not user.is_superuser
    assert user.is_advisor


@override_settings(DEMO_MODE=True)
def test_demo_accounts_log_in_in_demo_mode(client: Client, db: None) -> None:
    load_demo_data()
    assert client.login(username="school@demo.anderebril.test", password=DEMO_PASSWORD)


@override_settings(DEMO_MODE=False)
def test_demo_passwords_do_not_work_outside_demo_mode(client: Client, db: None) -> None:
    load_demo_data()
    assert not client.login(username="school@demo.anderebril.test", password=DEMO_PASSWORD)
