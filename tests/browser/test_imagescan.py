"""Alice uploads a zip of a saved site, follows the import, tags with the keyboard only, and
reads the report; axe-core finds no serious or critical violations on any of these pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.urls import reverse

from anderebril.accounts.models import User
from anderebril.imagescan.models import Audit, Tagging
from anderebril.taalscan.tasks import drain_queue
from tests.browser.conftest import Page
from tests.conftest import PASSWORD
from tests.imagescan.files import jpeg, zipped

pytestmark = pytest.mark.django_db(transaction=True)

PAGE = b"""<html><body><p>Kom techniek studeren.</p>
<figure><img src="img/monteur.jpg" alt="Een monteur aan het werk"><figcaption>De vakman</figcaption>
</figure><img src="img/les.jpg"></body></html>"""


@pytest.fixture(autouse=True)
def _media(settings: Any, tmp_path: Path) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _worker_keeps_the_test_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )


def log_in(page: Page, user: User) -> None:
    page.goto("/account/inloggen/")
    page.page.get_by_label("E-mailadres").fill(user.email)
    page.page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.page.get_by_role("button", name="Inloggen").click()
    page.page.wait_for_url("**/account/")


def test_upload_keyboard_tagging_and_report_pass_axe(
    page: Page, alice: User, tmp_path: Path
) -> None:
    archive = tmp_path / "site.zip"
    archive.write_bytes(
        zipped(
            {
                "site/index.html": PAGE,
                "site/img/monteur.jpg": jpeg(keywords=["man", "monteur"]),
                "site/img/les.jpg": jpeg(keywords=["studente", "les"], colour=(200, 120, 0)),
                "site/img/kapot.png": b"\x89PNG kapot",
                "site/img/zaal.jpg": jpeg(colour=(10, 160, 60)),
            }
        )
    )
    log_in(page, alice)

    # Upload.
    page.goto("/beeldscan/nieuw/")
    assert page.axe_violations() == []
    page.page.get_by_label("Titel").fill("Website techniek")
    page.page.get_by_label("Afbeeldingen, webpagina's of een zip-bestand").set_input_files(
        str(archive)
    )
    page.page.get_by_role("button", name="Start de audit").click()
    page.page.get_by_role("heading", level=1, name="Website techniek").wait_for()
    assert "0 van 5 bestanden verwerkt" in page.page.locator("#import-voortgang").inner_text()
    assert page.axe_violations() == []

    drain_queue()  # the worker, in this process; htmx notices and reloads the page
    page.page.get_by_text("De beelden zijn ingelezen.").wait_for(timeout=10_000)
    page.page.get_by_role("link", name="Beelden taggen").wait_for()
    assert "kapot.png" in page.page.locator(".ib-problems").inner_text()
    assert page.axe_violations() == []

    # Tagging, keyboard only: the code field has the focus with the suggestion selected.
    audit = Audit.objects.get()
    first = audit.images.exclude(file="").order_by("position").first()
    assert first is not None and first.name == "site/img/monteur.jpg"
    page.goto(reverse("imagescan:image-tag", args=[audit.pk, first.position]))
    assert page.page.get_by_label("Wie staan er op het beeld? (code)").input_value() == "mt"
    assert page.axe_violations() == []
    page.page.keyboard.type("vt")  # replaces the suggestion "mt": keystrokes 1 and 2
    with page.page.expect_navigation():
        page.page.keyboard.press("Enter")  # keystroke 3: "Opslaan en volgende"
    page.page.get_by_role("heading", level=1, name="Beeld 2 van 3").wait_for()
    assert Tagging.objects.get(image=first).counts == {"woman/technical": 1}

    # The suggestion from the keywords is right: one keystroke.
    assert page.page.get_by_label("Wie staan er op het beeld? (code)").input_value() == "vs"
    with page.page.expect_navigation():
        page.page.keyboard.press("Enter")
    page.page.get_by_role("heading", level=1, name="Beeld 3 van 3").wait_for()
    second = audit.images.get(name="site/img/les.jpg")
    assert Tagging.objects.get(image=second).counts == {"woman/student": 1}
    assert page.axe_violations() == []

    # No suggestion, another setting: type the code, Tab to the settings, an arrow key, Enter.
    assert page.page.get_by_label("Wie staan er op het beeld? (code)").input_value() == ""
    page.page.keyboard.type("2mt")
    page.page.keyboard.press("Tab")
    page.page.keyboard.press("ArrowDown")  # from "anders of onbekend" round to "werkplaats"
    with page.page.expect_navigation():
        page.page.keyboard.press("Enter")
    page.page.get_by_text("Je hebt alle beelden van deze audit getagd.").wait_for()
    third = Tagging.objects.get(image__name="site/img/zaal.jpg")
    assert third.counts == {"man/technical": 2} and third.setting == "workshop"

    # The report.
    page.goto(reverse("imagescan:audit-report", args=[audit.pk]))
    page.page.get_by_role("heading", level=2, name="Alt-teksten", exact=True).wait_for()
    text = page.page.locator("main").inner_text()
    assert "1 van de 2 beelden op webpagina's heeft geen alt-tekst" in text
    assert "vakman" in text  # the figcaption went through the taalscan
    assert page.axe_violations() == []
