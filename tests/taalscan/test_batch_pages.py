"""Members start a batch by uploading files or a zip, and follow its progress without JavaScript."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from anderebril.accounts.models import User
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Membership, Organisation
from anderebril.taalscan import tasks
from anderebril.taalscan.models import Batch, ItemStatus

TEXT = b"Wij zoeken een vakman (m/v). De monteur regelt zelf zijn rooster."


def zip_upload(members: dict[str, bytes], name: str = "vacatures.zip") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/zip")


def start(client: Client, organisation: Organisation, *uploads: SimpleUploadedFile) -> Batch:
    response = client.post(
        reverse("taalscan:batch-new"),
        {
            "title": "Vacatures",
            "uploads": list(uploads),
            "organisation": organisation.pk,
            "strategy": "overkoepelend",
            "language": "nl",
        },
    )
    assert response.status_code == 302, response.content.decode()
    batch = Batch.objects.get()
    assert response["Location"] == batch.get_absolute_url()
    return batch


@pytest.fixture
def member(client: Client, alice: User) -> Client:
    client.force_login(alice)
    return client


def test_uploading_files_and_a_zip_starts_a_batch_with_one_item_per_document(
    member: Client, school: Organisation
) -> None:
    batch = start(
        member,
        school,
        SimpleUploadedFile("los.txt", TEXT),
        zip_upload({"2023/dossier.txt": TEXT, "2025/dossier.txt": TEXT, "binnen.zip": b"PK"}),
    )
    names = list(batch.items.order_by("position").values_list("name", "status"))
    assert names == [
        ("los.txt", ItemStatus.QUEUED),
        ("2023/dossier.txt", ItemStatus.QUEUED),
        ("2025/dossier.txt", ItemStatus.QUEUED),
        ("binnen.zip", ItemStatus.SKIPPED),
    ]
    assert batch.organisation == school and batch.title == "Vacatures"


def test_the_batch_page_shows_progress_and_a_refresh_link_until_it_is_done(
    member: Client, school: Organisation
) -> None:
    batch = start(
        member,
        school,
        SimpleUploadedFile("a.txt", TEXT),
        SimpleUploadedFile("kapot.pdf", b"geen pdf"),
    )
    html = member.get(batch.get_absolute_url()).content.decode()
    assert "0 van 2 documenten verwerkt" in html
    assert ">Vernieuwen</a>" in html
    assert 'hx-trigger="every 3s"' in html
    assert "http-equiv" not in html  # no meta refresh: it fails WCAG 2.2.1
    tasks.drain_queue()
    html = member.get(batch.get_absolute_url()).content.decode()
    assert "De batch is klaar." in html and "2 van 2 documenten verwerkt" in html
    assert "Vernieuwen" not in html and "hx-trigger" not in html
    # The failure is listed per file, in Dutch.
    failures = html.split('id="mislukt"')[1]
    assert "kapot.pdf" in failures
    assert "Bekijk het overzicht van het corpus" in html


def test_htmx_polling_gets_only_the_progress_block(member: Client, school: Organisation) -> None:
    batch = start(member, school, SimpleUploadedFile("a.txt", TEXT))
    html = member.get(batch.get_absolute_url(), headers={"HX-Request": "true"}).content.decode()
    assert html.startswith('<div id="batch-voortgang"')
    assert "<html" not in html


def test_an_unsafe_zip_is_refused_on_the_form_and_starts_nothing(
    member: Client, school: Organisation
) -> None:
    response = member.post(
        reverse("taalscan:batch-new"),
        {
            "uploads": [zip_upload({"../../etc/cron.txt": TEXT})],
            "organisation": school.pk,
            "strategy": "overkoepelend",
            "language": "nl",
        },
    )
    assert response.status_code == 200
    assert "onveilige bestandsnaam" in response.content.decode()
    assert not Batch.objects.exists()


def test_a_file_above_twenty_megabytes_is_listed_as_skipped(
    member: Client, school: Organisation
) -> None:
    large = SimpleUploadedFile("groot.txt", b"x" * (20 * 1024 * 1024 + 1))
    batch = start(member, school, large, SimpleUploadedFile("klein.txt", TEXT))
    skipped = batch.items.get(name="groot.txt")
    assert skipped.status == ItemStatus.SKIPPED
    assert "groter dan 20 MB" in skipped.error


def test_someone_without_an_organisation_cannot_start_a_batch(client: Client, bob: User) -> None:
    client.force_login(bob)
    response = client.get(reverse("taalscan:batch-new"))
    assert response.status_code == 403
    assert "Batches zijn er voor leden van een organisatie" in response.content.decode()


def test_a_member_of_another_organisation_gets_a_404_for_a_batch_and_its_exports(
    member: Client, school: Organisation
) -> None:
    batch = start(member, school, SimpleUploadedFile("a.txt", TEXT))
    company = Organisation.objects.create(name="Bedrijf", slug="bedrijf", kind=Kind.COMPANY)
    dave = User.objects.create_user("dave@bedrijf.example", "een-lang-wachtwoord-42")
    Membership.objects.create(user=dave, organisation=company)
    member.force_login(dave)
    for name in ("batch-detail", "batch-corpus", "batch-csv", "batch-xlsx"):
        assert member.get(reverse(f"taalscan:{name}", args=[batch.pk])).status_code == 404
    assert "Vacatures" not in member.get(reverse("taalscan:batch-list")).content.decode()


def test_the_batch_list_shows_the_progress_of_each_batch(
    member: Client, school: Organisation
) -> None:
    start(member, school, SimpleUploadedFile("a.txt", TEXT))
    html = member.get(reverse("taalscan:batch-list")).content.decode()
    assert "Vacatures" in html and "0 van 1 klaar" in html


@pytest.mark.parametrize("csrf_checks", [False, True])
def test_more_loose_files_than_allowed_get_a_dutch_message_suggesting_a_zip(
    alice: User, school: Organisation, csrf_checks: bool
) -> None:
    client = Client(enforce_csrf_checks=csrf_checks)
    client.force_login(alice)
    files = [SimpleUploadedFile(f"{n}.txt", TEXT) for n in range(101)]
    response = client.post(
        reverse("taalscan:batch-new"),
        {"uploads": files, "organisation": school.pk, "strategy": "overkoepelend"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "meer dan 100 losse bestanden" in page and "zip-bestand" in page
    assert 'name="uploads"' in page  # the form, to try again
    assert not Batch.objects.exists()
