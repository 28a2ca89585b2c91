"""Following up signals: who may read and act, status history, notes, and 404 for others."""

from __future__ import annotations

import pytest
from django.test import Client
from pytest_django import DjangoAssertNumQueries

from anderebril.accounts.models import User
from anderebril.bpv import services
from anderebril.bpv.access import follow_up_addresses, readable_schools
from anderebril.bpv.constants import Status
from anderebril.bpv.models import Coordinator, Note, Signal, StatusChange
from anderebril.genderscan.models import AdvisorAssignment
from anderebril.organisations.models import Membership, Organisation
from tests.bpv.conftest import make_signal
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _login(client: Client, user: User) -> Client:
    assert client.login(username=user.email, password=PASSWORD)
    return client


def _urls(school: Organisation, signal: Signal) -> dict[str, str]:
    base = f"/bpv/signalen/{school.slug}/"
    return {
        "list": base,
        "detail": f"{base}{signal.pk}/",
        "status": f"{base}{signal.pk}/status/",
        "note": f"{base}{signal.pk}/notitie/",
    }


def test_a_manager_of_the_school_sees_its_signals_and_their_contact_details(
    client: Client, school: Organisation, alice: User
) -> None:
    signal, _code = make_signal(
        school, contact=services.Contact("Fatima", "fatima@voorbeeld.example", "tekst")
    )
    urls = _urls(school, signal)
    _login(client, alice)
    assert "Alleen receptiewerk" not in client.get(urls["list"]).content.decode()
    html = client.get(urls["detail"]).content.decode()
    assert "Alleen receptiewerk" in html
    assert "fatima@voorbeeld.example" in html
    assert "Status opslaan" in html


def test_with_one_school_the_overview_goes_straight_to_it(
    client: Client, school: Organisation, alice: User
) -> None:
    response = _login(client, alice).get("/bpv/signalen/")
    assert response.status_code == 302
    assert response.url == f"/bpv/signalen/{school.slug}/"


def test_a_coordinator_without_manager_rights_may_follow_up(
    client: Client, school: Organisation, signal: Signal, erik: User
) -> None:
    Coordinator.objects.create(user=erik, organisation=school)
    urls = _urls(school, signal)
    response = _login(client, erik).post(urls["status"], {"status": Status.IN_PROGRESS})
    assert response.status_code == 302
    signal.refresh_from_db()
    assert signal.status == Status.IN_PROGRESS


def test_a_status_change_is_logged_with_author_and_closing_time(
    client: Client, school: Organisation, signal: Signal, alice: User
) -> None:
    urls = _urls(school, signal)
    _login(client, alice)
    client.post(urls["status"], {"status": Status.IN_PROGRESS, "public_update": "We kijken."})
    client.post(urls["status"], {"status": Status.RESOLVED, "public_update": "Opgelost."})
    signal.refresh_from_db()
    assert signal.status == Status.RESOLVED
    assert signal.public_update == "Opgelost."
    assert signal.closed_at is not None
    changes = list(
        StatusChange.objects.filter(signal=signal).values_list("old_status", "new_status", "author")
    )
    assert changes == [
        (Status.NEW, Status.IN_PROGRESS, alice.pk),
        (Status.IN_PROGRESS, Status.RESOLVED, alice.pk),
    ]
    html = client.get(urls["detail"]).content.decode()
    assert "Van In behandeling naar Opgelost" in html
    client.post(urls["status"], {"status": Status.IN_PROGRESS})
    signal.refresh_from_db()
    assert signal.closed_at is None  # reopened: the retention clock stops


def test_saving_the_same_status_logs_nothing(
    client: Client, school: Organisation, signal: Signal, alice: User
) -> None:
    _login(client, alice).post(_urls(school, signal)["status"], {"status": Status.NEW})
    assert not StatusChange.objects.exists()


def test_a_note_is_stored_with_author_and_time(
    client: Client, school: Organisation, signal: Signal, alice: User
) -> None:
    urls = _urls(school, signal)
    _login(client, alice).post(urls["note"], {"text": "Praktijkopleider gebeld."})
    note = Note.objects.get()
    assert (note.signal, note.author, note.text) == (signal, alice, "Praktijkopleider gebeld.")
    assert "Praktijkopleider gebeld." in client.get(urls["detail"]).content.decode()


def test_an_invalid_status_or_empty_note_gets_a_message_and_changes_nothing(
    client: Client, school: Organisation, signal: Signal, alice: User
) -> None:
    urls = _urls(school, signal)
    _login(client, alice)
    response = client.post(urls["status"], {"status": "weg"})
    assert response.status_code == 400
    assert "Selecteer een geldige keuze" in response.content.decode()
    response = client.post(urls["note"], {"text": "x" * 5000})
    assert response.status_code == 400
    assert "niet meer dan 4000 tekens" in response.content.decode()
    signal.refresh_from_db()
    assert signal.status == Status.NEW and not Note.objects.exists()


@pytest.mark.parametrize("who", ["dana", "erik", "bob"])
def test_everyone_else_gets_a_404_on_every_page_and_post(
    client: Client, school: Organisation, signal: Signal, who: str, request: pytest.FixtureRequest
) -> None:
    user = request.getfixturevalue(who)
    urls = _urls(school, signal)
    _login(client, user)
    assert client.get(urls["list"]).status_code == 404
    assert client.get(urls["detail"]).status_code == 404
    assert client.post(urls["status"], {"status": Status.CLOSED}).status_code == 404
    assert client.post(urls["note"], {"text": "Ingebroken"}).status_code == 404
    signal.refresh_from_db()
    assert signal.status == Status.NEW and not Note.objects.exists()


def test_a_signal_of_another_school_is_not_found_under_ones_own_school(
    client: Client, school: Organisation, other_school: Organisation, alice: User
) -> None:
    foreign, _code = make_signal(other_school)
    _login(client, alice)
    assert client.get(f"/bpv/signalen/{school.slug}/{foreign.pk}/").status_code == 404
    assert client.get(f"/bpv/signalen/{other_school.slug}/{foreign.pk}/").status_code == 404
    assert (
        client.post(f"/bpv/signalen/{school.slug}/{foreign.pk}/notitie/", {"text": "x"}).status_code
        == 404
    )


def test_an_assigned_advisor_reads_but_cannot_change(
    client: Client, school: Organisation, bob: User
) -> None:
    signal, _code = make_signal(
        school, contact=services.Contact("Fatima", "fatima@voorbeeld.example", "tekst")
    )
    AdvisorAssignment.objects.create(advisor=bob, organisation=school)
    urls = _urls(school, signal)
    _login(client, bob)
    html = client.get(urls["detail"]).content.decode()
    assert "Alleen receptiewerk" in html and "Status opslaan" not in html
    assert "fatima@voorbeeld.example" not in html and "Fatima" not in html  # the school only
    assert client.post(urls["status"], {"status": Status.CLOSED}).status_code == 403
    assert client.post(urls["note"], {"text": "x"}).status_code == 403
    signal.refresh_from_db()
    assert signal.status == Status.NEW


def test_a_platform_admin_sees_every_school(
    client: Client, school: Organisation, other_school: Organisation, carol: User
) -> None:
    foreign, _code = make_signal(other_school)
    _login(client, carol)
    html = client.get("/bpv/signalen/").content.decode()
    assert school.name in html and other_school.name in html
    assert client.get(f"/bpv/signalen/{other_school.slug}/{foreign.pk}/").status_code == 200


def test_the_follow_up_pages_need_a_login(
    client: Client, school: Organisation, signal: Signal
) -> None:
    for url in _urls(school, signal).values():
        response = client.get(url)
        assert response.status_code == 302 and "/account/inloggen/" in response.url


def test_the_list_filters_by_status_and_sector(
    client: Client, school: Organisation, alice: User
) -> None:
    make_signal(school, description="Eerste", company_name="Bedrijf Een")
    second, _code = make_signal(school, sector="zorg", company_name="Bedrijf Twee")
    services.change_status(second, Status.CLOSED, alice)
    _login(client, alice)
    html = client.get(f"/bpv/signalen/{school.slug}/?status=gesloten").content.decode()
    assert "Bedrijf Twee" in html and "Bedrijf Een" not in html
    html = client.get(f"/bpv/signalen/{school.slug}/?sector=techniek").content.decode()
    assert "Bedrijf Een" in html and "Bedrijf Twee" not in html
    response = client.get(f"/bpv/signalen/{school.slug}/?status=<script>")
    assert response.status_code == 200  # a bad filter shows everything, no error


# --- coordinators and the notice of a new signal -----------------------------------------------


def test_a_manager_appoints_and_dismisses_a_coordinator_among_the_members(
    client: Client, school: Organisation, alice: User, erik: User, dana: User, signal: Signal
) -> None:
    url = f"/bpv/signalen/{school.slug}/coordinatoren/"
    _login(client, alice)
    html = client.get(url).content.decode()
    assert erik.email in html and dana.email not in html  # only members of the school
    assert client.post(url, {"user": dana.pk}).status_code == 400
    assert client.post(url, {"user": erik.pk}).status_code == 302
    assert Coordinator.objects.filter(user=erik, organisation=school).exists()
    client.logout()
    assert _login(client, erik).get(_urls(school, signal)["detail"]).status_code == 200
    assert client.get(url).status_code == 404  # a coordinator does not appoint others
    client.logout()
    _login(client, alice).post(url, {"dismiss": str(erik.pk)})
    assert not Coordinator.objects.exists()
    assert client.post(url, {"dismiss": "x"}).status_code == 302  # nonsense changes nothing


ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize("dismiss", ["²", "١", "9999999999999999999999", "-1", "0", " ", "arabic"])
def test_a_hostile_dismiss_changes_nothing_and_never_errs(
    client: Client, school: Organisation, alice: User, erik: User, dismiss: str
) -> None:
    Coordinator.objects.create(user=erik, organisation=school)
    if dismiss == "arabic":  # erik's own id in other digits: int() would read it
        dismiss = str(erik.pk).translate(ARABIC_INDIC)
    url = f"/bpv/signalen/{school.slug}/coordinatoren/"
    response = _login(client, alice).post(url, {"dismiss": dismiss})
    assert response.status_code in (302, 400)
    assert Coordinator.objects.filter(user=erik, organisation=school).exists()


def test_a_coordinator_who_leaves_the_school_loses_access_and_notices(
    client: Client, school: Organisation, signal: Signal, erik: User, alice: User, mailoutbox: list
) -> None:
    from tests.bpv.conftest import form_data

    Coordinator.objects.create(user=erik, organisation=school)
    urls = _urls(school, signal)
    _login(client, erik)
    assert client.get(urls["detail"]).status_code == 200
    # leaving the school: the row goes with the membership; a row left behind (say, made in
    # the admin) gives nothing either
    Membership.objects.filter(user=erik, organisation=school).delete()
    assert not Coordinator.objects.filter(user=erik).exists()
    Coordinator.objects.create(user=erik, organisation=school)
    assert client.get(urls["list"]).status_code == 404
    assert client.get(urls["detail"]).status_code == 404
    assert client.post(urls["status"], {"status": Status.CLOSED}).status_code == 404
    assert client.post(urls["note"], {"text": "Nog even"}).status_code == 404
    assert readable_schools(erik) == []
    assert follow_up_addresses(school) == [alice.email]
    client.logout()
    coordinators_page = _login(client, alice).get(f"/bpv/signalen/{school.slug}/coordinatoren/")
    assert erik.email not in coordinators_page.content.decode()
    Client().post("/bpv/", form_data(school))
    assert [m.to[0] for m in mailoutbox] == [alice.email]
    signal.refresh_from_db()
    assert signal.status == Status.NEW and not Note.objects.exists()


def test_the_follow_up_pages_are_never_cached(
    client: Client, school: Organisation, signal: Signal, alice: User
) -> None:
    _login(client, alice)
    base = f"/bpv/signalen/{school.slug}/"
    for url in (base, f"{base}{signal.pk}/", f"{base}coordinatoren/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"], url


def test_an_advisors_schools_are_found_in_one_query(
    school: Organisation,
    other_school: Organisation,
    bob: User,
    django_assert_max_num_queries: DjangoAssertNumQueries,
) -> None:
    for number in range(5):
        Organisation.objects.create(
            name=f"School {number}", slug=f"school-{number}", kind="mbo_school"
        )
    AdvisorAssignment.objects.create(advisor=bob, organisation=school)
    AdvisorAssignment.objects.create(advisor=bob, organisation=other_school)
    with django_assert_max_num_queries(1):
        schools = readable_schools(bob)
    assert schools == [school, other_school]  # by name


def test_another_schools_manager_cannot_appoint(
    client: Client, school: Organisation, dana: User, erik: User
) -> None:
    url = f"/bpv/signalen/{school.slug}/coordinatoren/"
    _login(client, dana)
    assert client.get(url).status_code == 404
    assert client.post(url, {"user": erik.pk}).status_code == 404
    assert not Coordinator.objects.exists()


def test_a_new_signal_mails_coordinators_and_managers_a_link_without_its_content(
    client: Client, school: Organisation, alice: User, erik: User, dana: User, mailoutbox: list
) -> None:
    from tests.bpv.conftest import form_data

    Coordinator.objects.create(user=erik, organisation=school)
    assert client.post("/bpv/", form_data(school, description="Geheim verhaal")).status_code == 200
    assert sorted(m.to[0] for m in mailoutbox) == sorted([alice.email, erik.email])
    body = mailoutbox[0].body
    signal = Signal.objects.get()
    assert f"/bpv/signalen/{school.slug}/" in body
    assert f"/{signal.pk}/" not in body  # the notice names no single signal
    assert "Geheim verhaal" not in body and "Geheim" not in mailoutbox[0].subject


def test_a_failing_mail_server_does_not_cost_the_reporter_her_receipt(
    client: Client, school: Organisation, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.bpv.conftest import form_data

    def broken(*args: object, **kwargs: object) -> None:
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr("anderebril.bpv.emails.send_mail", broken)
    response = client.post("/bpv/", form_data(school))
    assert "Je ontvangstcode" in response.content.decode()
    assert Signal.objects.count() == 1


def test_platform_admins_see_signals_in_the_admin_without_the_receipt_hash(
    client: Client, school: Organisation, signal: Signal, carol: User
) -> None:
    _login(client, carol)
    assert client.get("/beheer/bpv/signal/").status_code == 200
    html = client.get(f"/beheer/bpv/signal/{signal.pk}/change/").content.decode()
    assert "Alleen receptiewerk" in html
    assert signal.receipt_hash not in html
    assert client.get("/beheer/bpv/coordinator/add/").status_code == 200
