"""Zip files in a batch are unpacked in memory, and refused when they look dangerous."""

from __future__ import annotations

import io
import zipfile

import pytest

from anderebril.taalscan import archives
from anderebril.taalscan.archives import ArchiveError, entries_for, unpack_zip
from tests.taalscan.files import zip_claiming

TEXT = b"Wij zoeken een vakman (m/v)."


def make_zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_zip_is_unpacked_into_documents_named_by_their_path_inside_it() -> None:
    data = make_zip({"2023/dossier.txt": TEXT, "2025/dossier.txt": TEXT, "map/": b""})
    entries = unpack_zip("dossiers.zip", data)
    assert [(e.name, e.data, e.error) for e in entries] == [
        ("2023/dossier.txt", TEXT, ""),
        ("2025/dossier.txt", TEXT, ""),
    ]


def test_a_zip_inside_a_zip_is_skipped_with_a_dutch_reason() -> None:
    inner = make_zip({"a.txt": TEXT})
    entries = unpack_zip("buiten.zip", make_zip({"binnen.zip": inner, "a.txt": TEXT}))
    nested = next(e for e in entries if e.name == "binnen.zip")
    assert nested.data == b""
    assert "archief in een archief" in nested.error


def test_unsupported_files_and_system_clutter_are_skipped_or_ignored() -> None:
    data = make_zip({"foto.jpg": b"x", "__MACOSX/._a.txt": b"x", ".DS_Store": b"x", "a.txt": TEXT})
    entries = unpack_zip("map.zip", data)
    assert [e.name for e in entries] == ["foto.jpg", "a.txt"]
    assert "kunnen we niet lezen" in entries[0].error


@pytest.mark.parametrize(
    "name", ["../buiten.txt", "/etc/passwd.txt", "map/../../x.txt", "C:/x.txt", "map\\..\\x.txt"]
)
def test_a_zip_with_a_name_that_climbs_out_of_its_folder_is_refused(name: str) -> None:
    with pytest.raises(ArchiveError, match="onveilige bestandsnaam"):
        unpack_zip("kwaad.zip", make_zip({name: TEXT}))


def test_a_member_far_larger_unpacked_than_packed_is_refused_as_a_zip_bomb() -> None:
    bomb = make_zip({"nullen.txt": b"0" * (5 * 1024 * 1024)})
    assert len(bomb) < 50_000
    with pytest.raises(ArchiveError, match="zip-bom"):
        unpack_zip("bom.zip", bomb)


def test_a_zip_whose_members_together_unpack_too_large_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(archives, "MAX_UNPACKED_TOTAL", 100)
    data = make_zip({"a.txt": TEXT * 3, "b.txt": TEXT * 3}, compression=zipfile.ZIP_STORED)
    with pytest.raises(ArchiveError, match="zip-bom"):
        unpack_zip("groot.zip", data)


def test_a_zip_with_too_many_entries_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archives, "MAX_ZIP_ENTRIES", 3)
    data = make_zip({f"{n}.txt": TEXT for n in range(4)})
    with pytest.raises(ArchiveError, match="meer dan 3 bestanden"):
        unpack_zip("veel.zip", data)


@pytest.mark.parametrize(
    "data",
    [zip_claiming(0xFFFF), zip_claiming(5_000_000, zip64=True)],
    ids=["zip", "zip64"],
)
def test_a_zip_declaring_too_many_entries_is_refused_before_it_is_opened(
    monkeypatch: pytest.MonkeyPatch, data: bytes
) -> None:
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the central directory must not be read")

    monkeypatch.setattr(archives.zipfile, "ZipFile", never)
    with pytest.raises(ArchiveError, match="meer dan 2000 bestanden"):
        unpack_zip("veel.zip", data)


def test_a_broken_zip_is_refused_with_a_dutch_message() -> None:
    with pytest.raises(ArchiveError, match="beschadigd of geen zip-bestand"):
        unpack_zip("kapot.zip", b"PK\x03\x04 dit is geen zip")


def test_a_member_above_twenty_megabytes_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archives, "MAX_UPLOAD_SIZE", 10)
    (entry,) = unpack_zip("a.zip", make_zip({"lang.txt": TEXT}))
    assert entry.data == b""
    assert "groter dan 20 MB" in entry.error


def test_loose_files_are_checked_by_kind_and_zips_among_them_unpacked() -> None:
    entries = entries_for(
        [("a.txt", TEXT), ("b.tar.gz", b"x"), ("c.zip", make_zip({"d.md": TEXT}))]
    )
    assert [(e.name, bool(e.error)) for e in entries] == [
        ("a.txt", False),
        ("b.tar.gz", True),
        ("d.md", False),
    ]
