"""BPV signals in the browser: report with the keyboard, follow up as coordinator, axe-clean."""

from __future__ import annotations

from datetime import date

import pytest

from anderebril.accounts.models import User
from anderebril.bpv.constants import Status
from anderebril.bpv.models import Signal
from anderebril.organisations.models import Organisation
from tests.browser.conftest import Page
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_student_reports_and_the_coordinator_follows_up(
    page: Page, school: Organisation, alice: User
) -> None:
    page.goto("/bpv/")
    assert page.axe_violations() == []
    p = page.page
    # an empty form first: the errors are shown and pass axe as well
    p.get_by_role("button", name="Melding versturen").press("Enter")
    p.wait_for_load_state()
    assert "Dit veld is verplicht" in p.content()
    assert page.axe_violations() == []

    p.get_by_label("School", exact=True).select_option(label=school.name)
    p.get_by_label("Ik ben").select_option(label="Student")
    p.get_by_label("Sector van de opleiding").select_option(label="Techniek en gebouwde omgeving")
    p.get_by_label("Wat voor signaal is het?").select_option(value="taken")
    p.get_by_label("Wat is er gebeurd?").fill("Ik mocht alleen de telefoon aannemen.")
    p.get_by_label("In welke maand?").select_option(value="3")
    p.get_by_label("In welk jaar?").select_option(value=str(date.today().year - 1))
    p.get_by_role("button", name="Melding versturen").press("Enter")
    # the receipt is the answer to the POST itself (no redirect, never cached)
    p.get_by_role("heading", name="Je melding is ontvangen").wait_for()
    assert p.url.endswith("/bpv/")
    assert page.axe_violations() == []
    code = p.locator(".bpv-code").inner_text()
    assert Signal.objects.count() == 1

    p.get_by_role("link", name="Naar de statuspagina").click()
    assert page.axe_violations() == []
    p.get_by_label("Je ontvangstcode").fill(code)
    p.get_by_role("button", name="Bekijk de status").press("Enter")
    p.wait_for_load_state()
    assert "Nieuw" in p.locator("dl").inner_text()
    assert page.axe_violations() == []

    page.goto("/account/inloggen/?next=/bpv/signalen/")
    p.get_by_label("E-mailadres").fill(alice.email)
    p.get_by_label("Wachtwoord").fill(PASSWORD)
    p.get_by_label("Wachtwoord").press("Enter")
    p.wait_for_url(f"**/bpv/signalen/{school.slug}/")
    assert page.axe_violations() == []
    p.locator("table a").first.click()
    assert page.axe_violations() == []
    p.get_by_label("Status", exact=True).select_option(value=Status.IN_PROGRESS)
    p.get_by_label("Bericht voor de melder").fill("We nemen contact op met het bedrijf.")
    p.get_by_role("button", name="Status opslaan").press("Enter")
    p.wait_for_load_state()
    assert "De status is bijgewerkt." in p.content()
    p.get_by_label("Notitie", exact=True).fill("Praktijkopleider gebeld.")
    p.get_by_role("button", name="Notitie toevoegen").press("Enter")
    p.wait_for_load_state()
    assert "Praktijkopleider gebeld." in p.content()
    assert page.axe_violations() == []
    assert Signal.objects.get().status == Status.IN_PROGRESS
    page.goto(f"/bpv/signalen/{school.slug}/coordinatoren/")
    assert page.axe_violations() == []


def test_the_monitor_page_of_signals_passes_axe(page: Page) -> None:
    page.goto("/monitor/stagesignalen/")
    assert page.page.get_by_role("heading", level=1).inner_text().startswith("Monitor")
    assert page.axe_violations() == []
