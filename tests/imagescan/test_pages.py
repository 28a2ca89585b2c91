"""Members upload, follow the import, tag with the quick code, read and download the report;
anyone else gets a 404 on every page and every POST."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from anderebril.accounts.models import User
from anderebril.imagescan import storage
from anderebril.imagescan.models import Audit, Image, Tagging
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Membership, Organisation
from anderebril.taalscan.tasks import drain_queue
from tests.conftest import PASSWORD
from tests.imagescan.conftest import bank_zip, imported
from tests.imagescan.files import jpeg, zipped


def first_image(audit: Audit) -> Image:
    return audit.images.exclude(file="").order_by("position").first()  # type: ignore[return-value]


@pytest.fixture
def outsider(db: None) -> User:
    other = Organisation.objects.create(
        name="Ander College", slug="ander-college", kind=Kind.MBO_SCHOOL, brin_code="97YY"
    )
    user = User.objects.create_user("dave@ander.example", PASSWORD)
    Membership.objects.create(user=user, organisation=other)
    return user


def test_uploading_a_zip_starts_an_import_with_progress_visible_without_javascript(
    member: Client, school: Organisation
) -> None:
    response = member.post(
        reverse("imagescan:audit-new"),
        {
            "title": "Website 2026",
            "uploads": [SimpleUploadedFile("site.zip", bank_zip())],
            "organisation": school.pk,
            "target": 40,
        },
    )
    audit = Audit.objects.get()
    assert response.status_code == 302 and response["Location"] == audit.get_absolute_url()
    assert audit.target_women_technical == 40
    page = member.get(audit.get_absolute_url()).content.decode()
    assert "0 van 7 bestanden verwerkt" in page
    assert "Vernieuwen" in page
    drain_queue()
    page = member.get(audit.get_absolute_url()).content.decode()
    assert "De beelden zijn ingelezen." in page
    assert "kapot.jpg" in page and "beschadigd" in page
    assert "Beelden taggen" in page


def test_htmx_polling_gets_the_progress_block_and_a_full_refresh_when_done(
    member: Client, school: Organisation, alice: User
) -> None:
    audit = Audit.objects.create(organisation=school, title="x", import_total=3)
    url = audit.get_absolute_url()
    partial = member.get(url, headers={"HX-Request": "true"})
    assert partial.content.decode().startswith('<div id="import-voortgang"')
    audit.import_status = "done"
    audit.save()
    assert member.get(url, headers={"HX-Request": "true"})["HX-Refresh"] == "true"


def test_a_bad_zip_gets_a_dutch_message_on_the_form(member: Client, school: Organisation) -> None:
    response = member.post(
        reverse("imagescan:audit-new"),
        {
            "uploads": [SimpleUploadedFile("site.zip", zipped({"../x.jpg": jpeg()}))],
            "organisation": school.pk,
            "target": 50,
        },
    )
    assert response.status_code == 200
    assert "onveilige bestandsnaam" in response.content.decode()
    assert not Audit.objects.exists()


@pytest.mark.parametrize("csrf_checks", [False, True])
def test_more_loose_files_than_allowed_get_a_dutch_message_suggesting_a_zip(
    alice: User, school: Organisation, csrf_checks: bool
) -> None:
    client = Client(enforce_csrf_checks=csrf_checks)
    client.force_login(alice)
    files = [SimpleUploadedFile(f"{n}.jpg", jpeg()) for n in range(101)]
    response = client.post(
        reverse("imagescan:audit-new"),
        {"uploads": files, "organisation": school.pk, "target": 50},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "meer dan 100 losse bestanden" in page and "zip-bestand" in page
    assert 'name="uploads"' in page  # the form, to try again
    assert not Audit.objects.exists()


def test_an_empty_upload_asks_for_files(member: Client, school: Organisation) -> None:
    response = member.post(
        reverse("imagescan:audit-new"), {"organisation": school.pk, "target": 50}
    )
    assert "Kies één of meer afbeeldingen" in response.content.decode()


def test_an_oversized_image_is_dropped_and_named(
    member: Client, school: Organisation, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("anderebril.imagescan.forms.MAX_IMAGE_SIZE", 1000)
    response = member.post(
        reverse("imagescan:audit-new"),
        {
            "uploads": [
                SimpleUploadedFile("groot.jpg", jpeg(size=(800, 600))),
                SimpleUploadedFile("klein.jpg", jpeg(size=(8, 6), quality=10)),
            ],
            "organisation": school.pk,
            "target": 50,
        },
        follow=True,
    )
    assert "Te groot en overgeslagen: groot.jpg" in response.content.decode()
    assert Audit.objects.get().uploads[0]["name"] == "klein.jpg"


def test_files_beyond_the_upload_total_are_dropped_and_named(
    member: Client, school: Organisation, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = jpeg(size=(300, 200)), jpeg(size=(300, 200), colour=(1, 1, 1))
    monkeypatch.setattr("anderebril.imagescan.forms.MAX_UPLOAD_TOTAL", len(first) + 100)
    response = member.post(
        reverse("imagescan:audit-new"),
        {
            "uploads": [
                SimpleUploadedFile("een.jpg", first),
                SimpleUploadedFile("twee.jpg", second),
            ],
            "organisation": school.pk,
            "target": 50,
        },
        follow=True,
    )
    assert "Te groot en overgeslagen: twee.jpg" in response.content.decode()
    assert [u["name"] for u in Audit.objects.get().uploads] == ["een.jpg"]


def test_tagging_with_a_code_saves_and_opens_the_next_untagged_image(
    member: Client, audit: Audit, alice: User
) -> None:
    image = first_image(audit)
    url = reverse("imagescan:image-tag", args=[audit.pk, image.position])
    page = member.get(url).content.decode()
    assert "autofocus" in page and "Opslaan en volgende" in page
    assert "Suggestie uit de trefwoorden en bijschriften" in page
    assert 'value="vt"' in page  # from the keywords "vrouw" and "lassen"
    response = member.post(url, {"code": "vt 3mt", "setting": "workshop"})
    tagging = Tagging.objects.get()
    assert tagging.counts == {"woman/technical": 1, "man/technical": 3}
    assert tagging.reviewer == alice and tagging.setting == "workshop"
    following = audit.images.exclude(file="").exclude(pk=image.pk).order_by("position").first()
    assert response["Location"] == reverse(
        "imagescan:image-tag", args=[audit.pk, following.position]
    )
    # The next image starts from the setting chosen last.
    assert (
        'value="workshop" id="id_setting_0" required checked'
        in member.get(response["Location"]).content.decode()
    )


def test_an_unreadable_code_is_explained_and_nothing_is_saved(member: Client, audit: Audit) -> None:
    url = reverse("imagescan:image-tag", args=[audit.pk, first_image(audit).position])
    response = member.post(url, {"code": "vx", "setting": "lab"})
    assert response.status_code == 200
    assert "‘vx’ kunnen we niet lezen" in response.content.decode()
    assert not Tagging.objects.exists()


def test_the_table_of_counts_works_when_the_code_is_empty(member: Client, audit: Audit) -> None:
    url = reverse("imagescan:image-tag", args=[audit.pk, first_image(audit).position])
    member.post(url, {"code": "", "setting": "lab", "n_unclear_student": "4"})
    assert Tagging.objects.get().counts == {"unclear/student": 4}


def test_thumbnails_and_originals_are_served_to_members_only(
    client: Client, member: Client, audit: Audit, outsider: User
) -> None:
    image = first_image(audit)
    thumb = reverse("imagescan:image-thumbnail", args=[audit.pk, image.position])
    original = reverse("imagescan:image-original", args=[audit.pk, image.position])
    response = member.get(thumb)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert "private" in response["Cache-Control"]
    assert b"".join(member.get(original).streaming_content).startswith(b"\xff\xd8")
    client.logout()
    assert client.get(thumb).status_code == 302  # to the login page
    client.force_login(outsider)
    assert client.get(thumb).status_code == 404
    assert client.get(original).status_code == 404


def test_another_organisations_member_gets_404_on_every_page_and_post(
    client: Client, audit: Audit, outsider: User
) -> None:
    client.force_login(outsider)
    position = first_image(audit).position
    gets = [
        reverse("imagescan:audit-detail", args=[audit.pk]),
        reverse("imagescan:audit-delete", args=[audit.pk]),
        reverse("imagescan:audit-report", args=[audit.pk]),
        reverse("imagescan:audit-pdf", args=[audit.pk]),
        reverse("imagescan:audit-csv", args=[audit.pk]),
        reverse("imagescan:image-tag", args=[audit.pk, position]),
    ]
    for url in gets:
        assert client.get(url).status_code == 404, url
    assert client.post(gets[1]).status_code == 404
    assert client.post(gets[-1], {"code": "vt", "setting": "lab"}).status_code == 404
    assert Audit.objects.filter(pk=audit.pk).exists()
    assert not Tagging.objects.exists()
    assert "Bank" not in client.get(reverse("imagescan:audit-list")).content.decode()
    # Nor can she pick it as the audit hers is a re-audit of.
    response = client.post(
        reverse("imagescan:audit-new"),
        {"uploads": [SimpleUploadedFile("a.jpg", jpeg())], "target": 50, "previous": audit.pk,
         "organisation": outsider.memberships.get().organisation_id},
    )  # fmt: skip
    assert response.status_code == 200 and not Audit.objects.exclude(pk=audit.pk).exists()


def test_platform_admins_see_audits_and_anonymous_visitors_are_sent_to_log_in(
    client: Client, audit: Audit, carol: User
) -> None:
    assert client.get(audit.get_absolute_url()).status_code == 302
    client.force_login(carol)
    assert client.get(audit.get_absolute_url()).status_code == 200


def test_deleting_an_audit_on_its_page_removes_rows_and_files(
    member: Client, audit: Audit, django_capture_on_commit_callbacks: Any
) -> None:
    folder = storage.audit_folder(audit.folder)
    with django_capture_on_commit_callbacks(execute=True):
        response = member.post(reverse("imagescan:audit-delete", args=[audit.pk]))
    assert response.status_code == 302
    assert not Audit.objects.exists() and not Image.objects.exists()
    assert not folder.exists()


def tag(audit: Audit, user: User, codes: dict[str, str], setting: str = "workshop") -> None:
    from anderebril.imagescan.codes import parse_code

    for image in audit.images.exclude(file=""):
        code = codes.get(image.name.rsplit("/", 1)[-1])
        if code is not None:
            Tagging.objects.create(
                image=image, reviewer=user, setting=setting, counts=parse_code(code)
            )


def test_the_report_shows_shares_patterns_target_alt_texts_and_agreement(
    member: Client, audit: Audit, alice: User, bob: User
) -> None:
    tag(audit, alice, {"lasser.jpg": "vt 3mt", "receptie.jpg": "vn", "portret.jpg": "2mt"})
    tag(audit, bob, {"lasser.jpg": "vt 3mt", "receptie.jpg": "vn", "portret.jpg": "mt"})
    page = member.get(reverse("imagescan:audit-report", args=[audit.pk])).content.decode()
    # Technical work: 1 woman, 5 men -> 17%, below the target of 50%.
    assert "Niet gehaald: 17%." in page
    assert "één vrouw tussen 3 of meer mannen" in page
    assert "lasser.jpg" in page
    # Posing: nobody, so no share but "te weinig".
    assert "te weinig" in page
    # Four <img> on the page (the one on another site too): receptie has no alt, weg an empty one.
    assert "2 van de 4 beelden op webpagina" in page
    assert "Cohens kappa" in page
    assert "Precies dezelfde tags" in page


def test_the_pdf_and_csv_downloads(member: Client, audit: Audit, alice: User) -> None:
    tag(audit, alice, {"lasser.jpg": "vt"})
    pdf = member.get(reverse("imagescan:audit-pdf", args=[audit.pk]))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    response = member.get(reverse("imagescan:audit-csv", args=[audit.pk]))
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][1] == "Bestand"
    lasser = next(row for row in rows if row[1].endswith("lasser.jpg"))
    assert lasser[10] == "ja" and "1" in lasser


def test_csv_cells_cannot_run_as_formulas(
    member: Client, school: Organisation, alice: User
) -> None:
    audit = imported(school, alice, zipped({"=HYPERLINK(1).jpg": jpeg()}))
    text = member.get(reverse("imagescan:audit-csv", args=[audit.pk])).content.decode()
    assert "'=HYPERLINK(1).jpg" in text


def test_a_reaudit_compares_figures_and_suggests_the_earlier_tags_of_the_same_image(
    member: Client, audit: Audit, alice: User, school: Organisation
) -> None:
    tag(audit, alice, {"lasser.jpg": "vt 3mt", "portret.jpg": "2mt"})
    form = member.get(reverse("imagescan:audit-new") + f"?heraudit={audit.pk}").content.decode()
    assert f'<option value="{audit.pk}" selected>' in form
    again = create_again(school, alice, audit)
    image = again.images.get(name="site/beelden/portret.jpg")
    page = member.get(reverse("imagescan:image-tag", args=[again.pk, image.position]))
    assert "Suggestie uit de vorige audit van hetzelfde beeld" in page.content.decode()
    assert 'value="2mt"' in page.content.decode()
    report = member.get(reverse("imagescan:audit-report", args=[again.pk])).content.decode()
    assert "Vergeleken met de vorige audit" in report
    assert "Getagde beelden" in report


def create_again(school: Organisation, alice: User, previous: Audit) -> Audit:
    from anderebril.imagescan.services import create_audit

    audit = create_audit(school, alice, [("bank.zip", bank_zip())], previous=previous)
    drain_queue()
    audit.refresh_from_db()
    return audit


def test_someone_without_an_organisation_cannot_start_an_audit(client: Client, bob: User) -> None:
    client.force_login(bob)
    assert "nog geen lid" in client.get(reverse("imagescan:audit-list")).content.decode()
    response = client.post(
        reverse("imagescan:audit-new"), {"uploads": [SimpleUploadedFile("a.jpg", jpeg())]}
    )
    assert response.status_code == 403
    assert not Audit.objects.exists()


@pytest.mark.parametrize("value", ["²", "١", "99999999999999999999999", "-1", "x"])
def test_an_odd_reaudit_parameter_shows_the_plain_form(
    member: Client, audit: Audit, value: str
) -> None:
    response = member.get(reverse("imagescan:audit-new") + f"?heraudit={value}")
    assert response.status_code == 200
    assert f"Heraudit van {audit.title}" not in response.content.decode()
