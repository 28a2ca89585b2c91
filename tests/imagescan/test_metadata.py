"""Images are read safely, and what their files say about them is kept."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageOps

from anderebril.imagescan import metadata
from anderebril.imagescan.constants import THUMBNAIL_SIZE
from anderebril.imagescan.metadata import ImageError, read_image
from tests.imagescan.files import bomb_png, deep_xmp_jpeg, jpeg, png, rotated_jpeg


def test_iptc_title_caption_and_keywords_and_xmp_subjects_are_read() -> None:
    info = read_image(
        jpeg(
            keywords=["lasser", "vrouw"],
            caption="Een lasser aan het werk",
            title="Lassen",
            xmp_subjects=["techniek"],
        )
    )
    assert info.title == "Lassen"
    assert info.caption == "Een lasser aan het werk"
    assert info.keywords == ["lasser", "vrouw", "techniek"]
    assert info.content_type == "image/jpeg"


def test_xmp_description_is_the_caption_when_iptc_has_none() -> None:
    info = read_image(jpeg(xmp_description="Monteur in de werkplaats"))
    assert info.caption == "Monteur in de werkplaats"


def test_a_thumbnail_is_small_and_a_transparent_png_becomes_a_jpeg() -> None:
    big = read_image(jpeg(size=(1600, 1067)))
    assert big.thumbnail.startswith(b"\xff\xd8")
    assert (big.width, big.height) == (1600, 1067)
    assert len(big.thumbnail) < len(jpeg(size=(1600, 1067)))
    assert read_image(png()).thumbnail.startswith(b"\xff\xd8")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (bomb_png(), "miljoen pixels"),
        (jpeg(size=(400, 300))[:400], "beschadigd of onvolledig"),
        (b"dit is tekst", "geen afbeelding"),
        (b"GIF89a" + b"\x00" * 20, "afbeelding"),
    ],
)
def test_bombs_broken_and_unknown_files_get_a_dutch_reason(data: bytes, message: str) -> None:
    with pytest.raises(ImageError) as caught:
        read_image(data)
    assert message in caught.value.message


def test_webp_and_tiff_are_read_and_exif_gives_caption_and_credit() -> None:
    exif = Image.Exif()
    exif[0x010E] = "Docent legt een schakeling uit"
    exif[0x013B] = "Fotograaf Fictief"
    exif[0x8298] = "Techniekcollege"
    buffer = io.BytesIO()
    Image.new("RGB", (50, 40), (1, 2, 3)).save(buffer, "WEBP", exif=exif)
    webp = read_image(buffer.getvalue())
    assert webp.content_type == "image/webp"
    assert webp.caption == "Docent legt een schakeling uit"
    assert webp.credit == "Fotograaf Fictief · Techniekcollege"
    buffer = io.BytesIO()
    Image.new("CMYK", (50, 40)).save(buffer, "TIFF")
    tiff = read_image(buffer.getvalue())
    assert tiff.content_type == "image/tiff" and tiff.thumbnail.startswith(b"\xff\xd8")


def test_a_gif_is_refused_even_though_pillow_can_read_it() -> None:
    buffer = io.BytesIO()
    Image.new("P", (10, 10)).save(buffer, "GIF")
    with pytest.raises(ImageError) as caught:
        read_image(buffer.getvalue())
    assert "JPEG, PNG, WebP en TIFF" in caught.value.message


def test_xmp_nested_hundreds_of_levels_deep_is_read_without_exhausting_the_stack() -> None:
    info = read_image(deep_xmp_jpeg(depth=600))
    assert (info.width, info.height) == (8, 8)
    assert info.thumbnail.startswith(b"\xff\xd8")
    assert info.title == ""  # too deep to be a real title: ignored


def test_xmp_values_are_read_in_order_up_to_a_sane_depth() -> None:
    value = {"Alt": {"li": [{"lang": "x-default", "text": "Lasser"}, "Monteur"]}}
    assert metadata._strings(value) == ["Lasser", "Monteur"]
    nested: object = "te diep"
    for _level in range(100):
        nested = [nested]
    assert metadata._strings(nested) == []


def test_metadata_that_cannot_be_read_leaves_the_image_without_metadata(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(image: Image.Image) -> dict[str, list[str]]:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(metadata, "_xmp", broken)
    info = read_image(jpeg(keywords=["lasser"], caption="Een lasser"))
    assert (info.caption, info.keywords, info.title) == ("", [], "")
    assert info.thumbnail.startswith(b"\xff\xd8")


def test_a_thumbnail_stands_upright_as_the_exif_orientation_says() -> None:
    info = read_image(rotated_jpeg())
    assert (info.width, info.height) == (1200, 600)  # as stored
    with Image.open(io.BytesIO(info.thumbnail)) as thumbnail:
        assert thumbnail.height > thumbnail.width  # shown as a portrait
        assert max(thumbnail.size) <= THUMBNAIL_SIZE
        red, _green, blue = thumbnail.convert("RGB").getpixel((thumbnail.width // 2, 5))
        assert red > 200 and blue < 60  # the left (red) half is now on top


def test_the_thumbnail_is_turned_upright_after_shrinking_not_at_full_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sizes = []
    real = ImageOps.exif_transpose

    def recording(image: Image.Image) -> Image.Image:
        sizes.append(image.size)
        return real(image)

    monkeypatch.setattr(metadata.ImageOps, "exif_transpose", recording)
    read_image(rotated_jpeg())
    assert sizes and all(max(size) <= THUMBNAIL_SIZE for size in sizes)
