"""The worker imports a zip of a saved site: images, metadata, alt texts, thumbnails, errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from anderebril.accounts.models import User
from anderebril.imagescan import archives, importer, storage
from anderebril.imagescan.archives import ArchiveError
from anderebril.imagescan.constants import MB, AltStatus, ImportStatus
from anderebril.imagescan.metadata import ImageInfo
from anderebril.imagescan.models import Audit, Image
from anderebril.imagescan.services import create_audit
from anderebril.imagescan.tasks import import_audit
from anderebril.organisations.models import Organisation
from anderebril.taalscan.tasks import drain_queue
from tests.imagescan.conftest import imported
from tests.imagescan.files import deep_xmp_jpeg, jpeg, zipped
from tests.taalscan.files import zip_claiming


def by_name(audit: Audit) -> dict[str, object]:
    return {image.name: image for image in audit.images.all()}


def test_a_zip_of_a_saved_site_imports_images_with_what_pages_and_files_say(
    audit: Audit,
) -> None:
    assert audit.import_status == ImportStatus.DONE
    assert audit.import_done == audit.import_total == 7
    images = by_name(audit)
    lasser = images["site/beelden/lasser.jpg"]
    assert lasser.alt_status == AltStatus.PRESENT
    assert lasser.alt_text == "Een vrouw last een frame"
    assert lasser.figcaption.startswith("Sanne")
    assert lasser.keywords == ["vrouw", "lassen"]
    assert lasser.page == "site/index.html"
    assert images["site/beelden/receptie.jpg"].alt_status == AltStatus.MISSING
    assert images["site/beelden/portret.jpg"].keywords == ["man", "monteur"]
    assert images["site/beelden/portret.jpg"].alt_status == AltStatus.NOT_APPLICABLE
    # Shown on the page but not in the upload: no file, but its empty alt still counts.
    missing = images["site/beelden/weg.jpg"]
    assert not missing.has_file and missing.alt_status == AltStatus.EMPTY
    assert "niet in de upload" in missing.error
    assert "beschadigd" in images["site/kapot.jpg"].error
    assert "Dit soort bestand" in images["site/notities.txt"].error
    assert "archief in een archief" in images["site/binnen.zip"].error
    assert "https://cdn.example/extern.jpg" not in images  # never fetched


def test_files_and_thumbnails_are_stored_privately_and_the_upload_is_removed(
    audit: Audit,
) -> None:
    folder = storage.audit_folder(audit.folder)
    assert folder.is_relative_to(Path(settings.MEDIA_ROOT))
    names = sorted(p.name for p in folder.iterdir())
    assert "img-1.jpg" in names and "thumb-1.jpg" in names
    assert not [n for n in names if n.startswith("upload-")]
    assert audit.uploads == []


def test_captions_and_alt_texts_go_through_the_taalscan(school: Organisation, alice: User) -> None:
    page = b'<img src="a.jpg" alt="Onze vakman aan het werk">'
    audit = create_audit(
        school, alice, [("p.html", page), ("a.jpg", jpeg(caption="Stoere jongens gezocht"))]
    )
    drain_queue()
    image = audit.images.get(name="a.jpg")
    found = {(f["field"], f["text"].lower()) for f in image.text_findings}
    assert ("alt", "vakman") in found
    assert any(field == "caption" for field, _ in found)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"geen zip", "beschadigd of geen zip-bestand"),
        (zipped({"../buiten.jpg": jpeg()}), "onveilige bestandsnaam"),
        (zipped({"bom.jpg": b"\x00" * (3 * 1024 * 1024)}), "zip-bom"),
    ],
)
def test_a_broken_or_hostile_zip_is_refused_and_nothing_is_kept(
    school: Organisation, alice: User, data: bytes, message: str
) -> None:
    with pytest.raises(ArchiveError) as caught:
        create_audit(school, alice, [("bank.zip", data)])
    assert message in caught.value.message
    assert not Audit.objects.exists()
    assert not (Path(settings.MEDIA_ROOT) / "imagescan").exists() or not any(
        (Path(settings.MEDIA_ROOT) / "imagescan").iterdir()
    )


def test_an_import_queued_twice_runs_once(school: Organisation, alice: User) -> None:
    audit = create_audit(school, alice, [("bank.zip", zipped({"a.jpg": jpeg(), "b.jpg": jpeg()}))])
    import_audit.enqueue(audit.pk)  # a second task for the same audit, while it is queued
    drain_queue()
    audit.refresh_from_db()
    assert audit.import_status == ImportStatus.DONE
    assert audit.import_attempts == 1  # claimed once; the other task found it running
    assert sorted(audit.images.values_list("name", flat=True)) == ["a.jpg", "b.jpg"]
    assert import_audit.call(audit.pk) == "not-queued"


def test_deleting_an_audit_leaves_no_file_behind(
    audit: Audit, django_capture_on_commit_callbacks: Any
) -> None:
    folder = storage.audit_folder(audit.folder)
    assert any(folder.iterdir())
    with django_capture_on_commit_callbacks(execute=True):
        audit.delete()
    assert not folder.exists()


def test_deleting_an_audit_during_its_import_stops_it_and_leaves_no_file(
    school: Organisation,
    alice: User,
    monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks: Any,
) -> None:
    real = importer.read_image
    calls = []

    def deleting_meanwhile(data: bytes) -> ImageInfo:
        calls.append(data)
        if len(calls) == 2:  # a member presses "verwijderen" while the worker reads
            with django_capture_on_commit_callbacks(execute=True):
                Audit.objects.get().delete()
        return real(data)

    monkeypatch.setattr(importer, "read_image", deleting_meanwhile)
    data = zipped({"a.jpg": jpeg(), "b.jpg": jpeg(), "c.jpg": jpeg()})
    audit = create_audit(school, alice, [("bank.zip", data)])
    folder = storage.audit_folder(audit.folder)
    drain_queue()
    assert len(calls) == 2  # stopped at once, not after reading every file
    assert not Audit.objects.exists() and not Image.objects.exists()
    assert not folder.exists()


def test_the_worker_never_recreates_a_deleted_folder(audit: Audit) -> None:
    storage.delete_folder(audit.folder)
    with pytest.raises(FileNotFoundError):
        storage.write(audit.folder, "img-99.jpg", jpeg())
    assert not storage.audit_folder(audit.folder).exists()


def test_a_write_error_fails_the_import_with_a_dutch_message(
    school: Organisation, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(folder: str, name: str, data: bytes) -> None:
        raise OSError("No space left on device")

    monkeypatch.setattr(storage, "write", disk_full)
    audit = create_audit(school, alice, [("a.jpg", jpeg())])
    drain_queue()
    audit.refresh_from_db()
    assert audit.import_status == ImportStatus.FAILED
    assert "Er ging iets mis bij het inlezen" in audit.import_error


def test_one_file_that_breaks_the_reader_is_skipped_and_the_rest_is_imported(
    school: Organisation, alice: User
) -> None:
    data = zipped({"a.jpg": deep_xmp_jpeg(), "b.jpg": jpeg(), "c.jpg": jpeg()})
    audit = imported(school, alice, data)
    assert audit.import_status == ImportStatus.DONE
    assert audit.images.exclude(file="").count() == 3


def test_an_unexpected_error_in_one_file_is_named_and_the_audit_finishes(
    school: Organisation, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importer.read_image

    def broken_for_b(data: bytes) -> ImageInfo:
        if data == bad:
            raise RecursionError("maximum recursion depth exceeded")
        return real(data)

    bad = jpeg(colour=(1, 1, 1))
    monkeypatch.setattr(importer, "read_image", broken_for_b)
    audit = imported(school, alice, zipped({"a.jpg": jpeg(), "b.jpg": bad}))
    assert audit.import_status == ImportStatus.DONE
    images = by_name(audit)
    assert images["a.jpg"].has_file
    assert not images["b.jpg"].has_file
    assert "onverwachte fout" in images["b.jpg"].error


def test_each_audit_has_its_own_unguessable_folder(audit: Audit, school: Organisation) -> None:
    other = Audit.objects.create(organisation=school, title="ander")
    assert audit.folder != other.folder
    assert audit.folder.startswith("audit-") and len(audit.folder) == len("audit-") + 32
    with pytest.raises(ValueError):
        storage.path_in(audit.folder, "../../geheim.jpg")
    with pytest.raises(ValueError):
        storage.audit_folder("../audit-1")


def test_a_web_page_over_two_megabytes_is_skipped_and_named(
    school: Organisation, alice: User
) -> None:
    page = b"<p>" + b"lassen " * (2 * MB // 7 + 1) + b'<img src="a.jpg">'
    audit = create_audit(school, alice, [("groot.html", page), ("a.jpg", jpeg())])
    drain_queue()
    images = by_name(audit)
    assert "groter dan 2 MB" in images["groot.html"].error
    assert images["a.jpg"].has_file and images["a.jpg"].page == ""


@pytest.mark.parametrize(
    "data",
    [zip_claiming(0xFFFF), zip_claiming(5_000_000, zip64=True)],
    ids=["zip", "zip64"],
)
def test_a_zip_declaring_too_many_entries_is_refused_before_it_is_opened(
    school: Organisation, alice: User, monkeypatch: pytest.MonkeyPatch, data: bytes
) -> None:
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the central directory must not be read")

    monkeypatch.setattr(archives.zipfile, "ZipFile", never)
    with pytest.raises(ArchiveError) as caught:
        create_audit(school, alice, [("bank.zip", data)])
    assert "meer dan 4000 bestanden" in caught.value.message
    assert not Audit.objects.exists()


def test_the_declared_entries_of_a_real_zip_are_its_files(tmp_path: Path) -> None:
    path = tmp_path / "bank.zip"
    path.write_bytes(zipped({"a.jpg": jpeg(), "b.jpg": jpeg(), "c/d.html": b"<p>"}))
    with path.open("rb") as handle:
        assert archives.declared_entries(handle) == 3
    path.write_bytes(b"geen zip")
    with path.open("rb") as handle:
        assert archives.declared_entries(handle) is None
