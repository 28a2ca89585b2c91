"""The network pages pass axe-core for a member (kennisbank and events have their own files)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from anderebril.accounts.models import User
from anderebril.network.models import Person
from tests.browser.conftest import Page
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_network_pages_pass_axe_for_a_member(page: Page, alice: User) -> None:
    Person.objects.create(name="Fenna Visser", listed=True, what_you_do="Docent")
    page.goto("/account/inloggen/?next=/netwerk/")
    page.page.get_by_label("E-mailadres").fill(alice.email)
    page.page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.page.get_by_role("button", name="Inloggen").click()
    page.page.wait_for_url("**/netwerk/")
    assert "Fenna Visser" in page.page.content()
    assert page.axe_violations() == []
    for path in ("/netwerk/mijn-profiel/", "/netwerk/mijn-gegevens/", "/netwerk/regios/"):
        page.goto(path)
        assert page.axe_violations() == [], path


def test_a_member_uploads_a_profile_photo_and_the_page_passes_axe(
    page: Page, alice: User, settings: Any, tmp_path: Path
) -> None:
    settings.MEDIA_ROOT = tmp_path
    photo = tmp_path / "upload.png"
    Image.new("RGB", (640, 480), (90, 40, 130)).save(photo)
    page.goto("/account/inloggen/?next=/netwerk/mijn-profiel/")
    page.page.get_by_label("E-mailadres").fill(alice.email)
    page.page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.page.get_by_role("button", name="Inloggen").click()
    page.page.wait_for_url("**/netwerk/mijn-profiel/")
    page.page.get_by_label("Foto (JPEG of PNG, hoogstens 5 MB)").set_input_files(str(photo))
    photo_form = page.page.locator("form[enctype='multipart/form-data']")
    photo_form.get_by_label("Mijn foto mag bij mijn naam staan", exact=False).check()
    assert page.page.locator("#id_consent_photo_contact").is_checked() is False
    page.page.get_by_role("button", name="Foto opslaan").click()
    page.page.wait_for_url("**/netwerk/mijn-profiel/")
    assert "Je foto is opgeslagen." in page.page.content()
    image = page.page.get_by_role("img", name="Foto van Alice")
    assert image.evaluate("img => img.naturalWidth") == 640
    assert page.axe_violations() == []
