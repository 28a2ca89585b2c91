"""Profile photos: JPEG or PNG, capped, re-encoded without metadata, shown only with consent
to network members, and gone with the consent or the account."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from anderebril.accounts.models import User
from anderebril.network import services
from anderebril.network.constants import ConsentField, ConsentPurpose
from anderebril.network.models import Person
from tests.conftest import PASSWORD

UPLOAD = "/netwerk/mijn-profiel/foto/"


@pytest.fixture(autouse=True)
def _media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def _image(fmt: str = "JPEG", size: tuple[int, int] = (1600, 1200), mode: str = "RGB") -> bytes:
    image = Image.new(mode, size, (200, 30, 90) if mode == "RGB" else (200, 30, 90, 128))
    output = io.BytesIO()
    if fmt == "JPEG":
        exif = Image.Exif()
        exif[0x010F] = "Telefoonmerk"  # Make
        exif[0x8825] = {2: (52.0, 5.0, 0.0)}  # GPS: a latitude
        image.save(output, format=fmt, exif=exif, comment=b"geheim")
    else:
        image.save(output, format=fmt)
    return output.getvalue()


def _upload(client: Client, data: bytes, name: str = "foto.jpg", consent: bool = True) -> Any:
    fields: dict[str, Any] = {"photo": SimpleUploadedFile(name, data, "image/jpeg")}
    if consent:
        fields["consent_photo_contact"] = "on"
    return client.post(UPLOAD, fields)


def _stored(media: Path) -> list[Path]:
    return [path for path in media.rglob("*") if path.is_file()]


def test_a_photo_is_re_encoded_small_and_without_metadata(
    client: Client, alice: User, _media: Path
) -> None:
    client.force_login(alice)
    assert _upload(client, _image()).status_code == 302
    person = services.person_for(alice)
    [stored] = _stored(_media)
    with Image.open(stored) as image:
        assert image.format == "JPEG" and max(image.size) == 800
        assert not image.getexif() and "comment" not in image.info and "exif" not in image.info
    assert b"Telefoonmerk" not in stored.read_bytes() and b"geheim" not in stored.read_bytes()
    assert services.has_consent(person, ConsentField.PHOTO, ConsentPurpose.CONTACT_LIST)


def test_a_png_with_transparency_becomes_a_jpeg(client: Client, alice: User, _media: Path) -> None:
    client.force_login(alice)
    assert _upload(client, _image("PNG", (300, 200), "RGBA"), "foto.png").status_code == 302
    [stored] = _stored(_media)
    with Image.open(stored) as image:
        assert image.format == "JPEG" and image.size == (300, 200)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_image("GIF", (50, 50)), "geen JPEG- of PNG-foto"),
        (b"dit is geen foto", "geen JPEG- of PNG-foto"),
        (_image()[:400], "beschadigd"),
        (b"\xff\xd8\xff" + b"0" * (5 * 1024 * 1024), "groter dan 5 MB"),
        (_image("PNG", (8000, 6000)), "te veel pixels"),
        (_image("PNG", (8000, 5000)), "te veel pixels"),  # 165 KB, ~650 MB to decode
        (_image("PNG", (4000, 3001)), "te veel pixels"),
    ],
    ids=["gif", "text", "truncated", "too-large", "too-many-pixels", "png-bomb", "png-12mp"],
)
def test_bad_files_are_refused_with_a_dutch_message_and_nothing_is_stored(
    client: Client, alice: User, _media: Path, data: bytes, message: str
) -> None:
    client.force_login(alice)
    response = _upload(client, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert _stored(_media) == []
    assert not services.person_for(alice).photo


def test_a_transparent_palette_png_is_scaled_onto_white(
    client: Client, alice: User, _media: Path
) -> None:
    image = Image.new("P", (1600, 1200), 0)
    image.putpalette([0, 0, 0, 200, 30, 90] + [0] * 762)
    image.paste(1, (400, 300, 1200, 900))
    output = io.BytesIO()
    image.save(output, format="PNG", transparency=0)
    client.force_login(alice)
    assert _upload(client, output.getvalue(), "foto.png").status_code == 302
    [stored] = _stored(_media)
    with Image.open(stored) as result:
        assert result.size == (800, 600)
        assert min(result.convert("RGB").getpixel((5, 5))) > 240  # transparent: white
        red, green, _blue = result.convert("RGB").getpixel((400, 300))
        assert red > 150 and green < 80


def test_a_large_camera_jpeg_is_accepted_as_it_decodes_small(
    client: Client, alice: User, _media: Path
) -> None:
    # 20 megapixels: more than a PNG may have, but a JPEG is decoded at a fraction of its size.
    client.force_login(alice)
    assert _upload(client, _image(size=(5000, 4000))).status_code == 302
    [stored] = _stored(_media)
    with Image.open(stored) as image:
        assert image.size == (800, 640)


def test_no_photo_is_kept_without_consent(client: Client, alice: User, _media: Path) -> None:
    client.force_login(alice)
    response = _upload(client, _image(), consent=False)
    assert response.status_code == 400 and "Zonder deze toestemming" in response.content.decode()
    assert _stored(_media) == []


def test_only_network_members_see_a_photo_and_only_with_consent(
    client: Client, alice: User, bob: User
) -> None:
    client.force_login(alice)
    _upload(client, _image())
    person = services.person_for(alice)
    person.listed = True
    person.save()
    url = f"/netwerk/mensen/{person.pk}/foto/"
    assert client.get("/netwerk/mijn-profiel/foto/bekijken/")["Content-Type"] == "image/jpeg"
    assert client.get(url).status_code == 200  # her own, as the others see it

    client.logout()
    assert client.get(url).status_code == 302  # to the login page
    outsider = User.objects.create_user("eva@elders.example", PASSWORD)
    client.force_login(outsider)
    assert client.get(url).status_code == 403
    client.force_login(bob)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert "no-store" in response["Cache-Control"]

    assert f'src="{url}"' in client.get(f"/netwerk/mensen/{person.pk}/").content.decode()


def test_withdrawing_the_consent_deletes_the_photo(
    client: Client, alice: User, bob: User, _media: Path, django_capture_on_commit_callbacks: Any
) -> None:
    client.force_login(alice)
    _upload(client, _image())
    person = services.person_for(alice)
    assert len(_stored(_media)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/netwerk/mijn-gegevens/intrekken/",
            {"person": person.pk, "field": "photo", "purpose": "contact_list"},
        )
    person.refresh_from_db()
    assert not person.photo and _stored(_media) == []
    client.force_login(bob)
    assert client.get(f"/netwerk/mensen/{person.pk}/foto/").status_code == 404


def test_a_new_photo_replaces_the_old_file_and_removing_it_deletes_it(
    client: Client, alice: User, _media: Path, django_capture_on_commit_callbacks: Any
) -> None:
    client.force_login(alice)
    _upload(client, _image())
    with django_capture_on_commit_callbacks(execute=True):
        _upload(client, _image(size=(400, 400)))
    assert len(_stored(_media)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/netwerk/mijn-profiel/foto/verwijderen/")
    assert _stored(_media) == [] and not services.person_for(alice).photo


def test_deleting_the_account_deletes_the_photo(
    client: Client, alice: User, _media: Path, django_capture_on_commit_callbacks: Any
) -> None:
    client.force_login(alice)
    _upload(client, _image())
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/netwerk/mijn-gegevens/account-verwijderen/", {"password": PASSWORD})
    assert not Person.objects.exists() and _stored(_media) == []


def test_the_file_stays_until_the_deletion_is_committed(
    alice: User, _media: Path, django_capture_on_commit_callbacks: Any
) -> None:
    person = services.person_for(alice)
    services.set_photo(person, io.BytesIO(_image()), len(_image()))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.remove_photo(person)
    assert len(_stored(_media)) == 1 and len(callbacks) == 1  # rolled back: still there
    callbacks[0]()
    assert _stored(_media) == []


@pytest.mark.parametrize("how", ["queryset", "user"])
def test_a_person_deleted_elsewhere_takes_her_photo_file_along(
    alice: User, _media: Path, django_capture_on_commit_callbacks: Any, how: str
) -> None:
    # The admin deletes people with a queryset (the bulk action) or the account itself.
    person = services.person_for(alice)
    services.set_photo(person, io.BytesIO(_image()), len(_image()))
    assert len(_stored(_media)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        if how == "queryset":
            Person.objects.filter(pk=person.pk).delete()
        else:
            alice.delete()
    assert _stored(_media) == []


def test_the_admin_cannot_replace_or_clear_a_photo(client: Client, carol: User) -> None:
    person = Person.objects.create(name="Dana", email="dana@x.example")
    client.force_login(carol)
    page = client.get(f"/beheer/network/person/{person.pk}/change/").content.decode()
    assert 'name="name"' in page and 'name="photo"' not in page and 'name="photo-clear"' not in page


def test_a_photo_of_someone_not_in_the_directory_is_not_served(
    client: Client, alice: User, bob: User
) -> None:
    # Consent for the photo, but neither listed nor on the contact list: not in the directory.
    client.force_login(alice)
    _upload(client, _image())
    person = services.person_for(alice)
    assert not person.listed
    client.force_login(bob)
    assert client.get(f"/netwerk/mensen/{person.pk}/foto/").status_code == 404
    services.record_consent(
        person, "email", "contact_list", granted=True, wording="t", source="t"
    )  # on the contact list: in the directory
    assert client.get(f"/netwerk/mensen/{person.pk}/foto/").status_code == 200
