"""Alice uploads a zip of dossiers as a batch, follows it, and reads the corpus overview."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from anderebril.accounts.models import User
from anderebril.taalscan.tasks import drain_queue
from tests.browser.conftest import Page
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)

EDITION_2023 = "De vakman werkt veilig. Hij controleert zijn gereedschap. Monteur (m/v)."
EDITION_2025 = "De vakman werkt veilig. Je controleert je gereedschap. Stoere jongens gezocht."


def log_in(page: Page, user: User) -> None:
    page.goto("/account/inloggen/")
    page.page.get_by_label("E-mailadres").fill(user.email)
    page.page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.page.get_by_role("button", name="Inloggen").click()
    page.page.wait_for_url("**/account/")


def test_a_zip_becomes_a_batch_with_progress_and_a_corpus_overview_that_pass_axe(
    page: Page, alice: User, tmp_path: Path
) -> None:
    archive = tmp_path / "dossiers.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("2023/dossier.txt", EDITION_2023)
        zipped.writestr("2025/dossier.txt", EDITION_2025)
        zipped.writestr("bijlagen.zip", io.BytesIO(b"PK").getvalue())
    log_in(page, alice)

    page.goto("/taalscan/batches/nieuw/")
    assert page.axe_violations() == []
    page.page.get_by_label("Titel").fill("Dossiers 2023 en 2025")
    page.page.get_by_label("Bestanden of een zip-bestand").set_input_files(str(archive))
    page.page.get_by_role("button", name="Start de batch").click()

    page.page.get_by_role("heading", level=1, name="Dossiers 2023 en 2025").wait_for()
    assert "1 van 3 documenten verwerkt" in page.page.locator("#batch-voortgang").inner_text()
    assert "bijlagen.zip" in page.page.locator(".ts-failures").inner_text()
    assert page.axe_violations() == []

    drain_queue()  # the worker, in this process
    # htmx polls the progress block; without waiting for it, the refresh link works too.
    page.page.get_by_text("De batch is klaar.").wait_for(timeout=10_000)
    assert "3 van 3 documenten verwerkt" in page.page.locator("#batch-voortgang").inner_text()
    assert page.axe_violations() == []

    page.page.get_by_role("link", name="Bekijk het overzicht van het corpus").click()
    page.page.get_by_role("heading", name="Vondsten per document en soort").wait_for()
    assert page.axe_violations() == []
    page.page.get_by_label("Versie A").select_option(label="2023/dossier.txt")
    page.page.get_by_label("Versie B").select_option(label="2025/dossier.txt")
    page.page.get_by_role("button", name="Vergelijk").click()
    page.page.locator("#alleen-b").wait_for()
    assert "stoere jongens" in page.page.locator("#alleen-b + div").inner_text().lower()
    assert page.axe_violations() == []
