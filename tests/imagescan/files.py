"""Images for the beeldscan tests, drawn with Pillow, with IPTC and XMP written into them."""

from __future__ import annotations

import io
import struct
import zipfile
from xml.sax.saxutils import escape

from PIL import Image


def iptc_segment(keywords: list[str] = (), caption: str = "", title: str = "") -> bytes:  # type: ignore[assignment]
    """A JPEG APP13 (Photoshop IRB) segment holding IPTC-IIM record 2 datasets."""
    iptc = b""
    for dataset, value in [(5, title), (120, caption), *[(25, k) for k in keywords]]:
        if value:
            data = value.encode()
            iptc += b"\x1c\x02" + bytes([dataset]) + struct.pack(">H", len(data)) + data
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iptc))
    resource += iptc + (b"\x00" if len(iptc) % 2 else b"")
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def xmp_packet(subjects: list[str] = (), description: str = "") -> bytes:  # type: ignore[assignment]
    items = "".join(f"<rdf:li>{escape(s)}</rdf:li>" for s in subjects)
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description rdf:about="">'
        f"<dc:subject><rdf:Bag>{items}</rdf:Bag></dc:subject>"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(description)}</rdf:li>'
        "</rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>"
    ).encode()


def jpeg(
    size: tuple[int, int] = (64, 48),
    *,
    colour: tuple[int, int, int] = (40, 90, 160),
    keywords: list[str] = (),  # type: ignore[assignment]
    caption: str = "",
    title: str = "",
    xmp_subjects: list[str] = (),  # type: ignore[assignment]
    xmp_description: str = "",
    quality: int = 85,
) -> bytes:
    buffer = io.BytesIO()
    options = {}
    if xmp_subjects or xmp_description:
        options["xmp"] = xmp_packet(xmp_subjects, xmp_description)
    Image.new("RGB", size, colour).save(buffer, "JPEG", quality=quality, **options)
    data = buffer.getvalue()
    if keywords or caption or title:
        data = data[:2] + iptc_segment(list(keywords), caption, title) + data[2:]
    return data


def png(size: tuple[int, int] = (40, 30), mode: str = "RGBA") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, "PNG")
    return buffer.getvalue()


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def bomb_png() -> bytes:
    """A tiny PNG whose header claims far more pixels than the limit."""
    buffer = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(buffer, "PNG")
    return buffer.getvalue()


def deep_xmp_jpeg(depth: int = 600) -> bytes:
    """A small JPEG whose XMP title nests ``depth`` elements deep, as a hostile file might."""
    inner = "<dc:x>" * depth + "diep" + "</dc:x>" * depth
    packet = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description rdf:about="">'
        f"<dc:title>{inner}</dc:title></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "JPEG", xmp=packet.encode())
    return buffer.getvalue()


def rotated_jpeg(size: tuple[int, int] = (1200, 600), orientation: int = 6) -> bytes:
    """A landscape JPEG, left half red and right half blue, whose EXIF says: turn me upright
    (orientation 6 = turn 90° clockwise to show it, so it stands as a portrait)."""
    image = Image.new("RGB", size, (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()
