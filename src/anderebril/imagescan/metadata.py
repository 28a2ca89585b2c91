"""Open an uploaded image safely, read what it says about itself and make its thumbnail.

Pillow reads the header first; the pixel count is checked before anything is decoded, so a small
file that unpacks to a huge picture (a decompression bomb) is refused cheaply. Broken, truncated
or unknown files raise ``ImageError`` with a Dutch reason; the rest of the upload goes on.

What the file says: IPTC (object name, caption, keywords, by-line, credit, copyright), XMP
(Dublin Core title, description, subject, creator, rights; parsed by Pillow with defusedxml) and
EXIF (ImageDescription, Artist, Copyright).
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from django.utils.translation import gettext as _
from PIL import Image, ImageOps, IptcImagePlugin, UnidentifiedImageError

from anderebril.imagescan.constants import MAX_PIXELS, PILLOW_FORMATS, THUMBNAIL_SIZE

_CONTENT_TYPES = {
    "JPEG": "image/jpeg",
    "MPO": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "TIFF": "image/tiff",
}
# IPTC-IIM record 2 datasets.
_IPTC_TITLE = (2, 5)
_IPTC_KEYWORDS = (2, 25)
_IPTC_BYLINE = (2, 80)
_IPTC_CREDIT = (2, 110)
_IPTC_COPYRIGHT = (2, 116)
_IPTC_CAPTION = (2, 120)
# EXIF tags.
_EXIF_DESCRIPTION = 0x010E
_EXIF_ARTIST = 0x013B
_EXIF_COPYRIGHT = 0x8298
_MAX_TEXT = 2000
#: How deep an XMP value is followed, and how many texts are taken from it: real ones are a few
#: levels deep (``Alt``/``Bag``/``Seq`` of language items); a hostile one may nest thousands.
_MAX_XMP_DEPTH = 16
_MAX_XMP_TEXTS = 200

logger = logging.getLogger(__name__)


class ImageError(Exception):
    """An image that cannot be imported; ``message`` is Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class ImageInfo:
    width: int
    height: int
    content_type: str
    thumbnail: bytes
    title: str = ""
    caption: str = ""
    keywords: list[str] = field(default_factory=list)
    credit: str = ""


def read_image(data: bytes) -> ImageInfo:
    """Check, describe and shrink one image; raises ``ImageError``."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(BytesIO(data)) as image:
                return _read(image)
    except ImageError:
        raise
    except Image.DecompressionBombError as error:
        raise ImageError(too_many_pixels_message()) from error
    except UnidentifiedImageError as error:
        raise ImageError(
            _("Dit bestand is geen afbeelding die we kunnen lezen (JPEG, PNG, WebP of TIFF).")
        ) from error
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError) as error:
        raise ImageError(
            _("De afbeelding is beschadigd of onvolledig en is overgeslagen.")
        ) from error


def too_many_pixels_message() -> str:
    return _(
        "De afbeelding heeft meer dan %(limit)s miljoen pixels. Zo groot lezen we niet in, "
        "om de server te beschermen; verklein haar eerst."
    ) % {"limit": MAX_PIXELS // 1_000_000}


def _read(image: Image.Image) -> ImageInfo:
    if image.format not in PILLOW_FORMATS:
        raise ImageError(_("Alleen JPEG, PNG, WebP en TIFF lezen we in."))
    width, height = image.size
    if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
        raise ImageError(too_many_pixels_message())
    info = ImageInfo(
        width=width,
        height=height,
        content_type=_CONTENT_TYPES[image.format],
        thumbnail=b"",
    )
    try:
        _describe(image, info)
    except Exception:  # metadata that cannot be read only means: no metadata
        logger.warning("imagescan: unreadable metadata skipped", exc_info=True)
        info.title = info.caption = info.credit = ""
        info.keywords = []
    info.thumbnail = _thumbnail(image)
    return info


def _thumbnail(image: Image.Image) -> bytes:
    # Shrink first, then turn upright: ``thumbnail`` lets libjpeg decode JPEGs at a fraction of
    # their size (``draft``) and reduces in place, so the full-size picture is never copied;
    # turning the small image by its EXIF orientation afterwards costs next to nothing.
    image.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
    small = ImageOps.exif_transpose(image)
    if small.mode not in ("RGB", "L"):
        background = Image.new("RGB", small.size, (255, 255, 255))
        rgba = small.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        small = background
    buffer = BytesIO()
    small.save(buffer, "JPEG", quality=80, optimize=False)
    return buffer.getvalue()


def _describe(image: Image.Image, info: ImageInfo) -> None:
    iptc = _iptc(image)
    xmp = _xmp(image)
    exif = _exif(image)
    info.title = _first(iptc.get("title"), xmp.get("title"))
    info.caption = _first(iptc.get("caption"), xmp.get("description"), exif.get("description"))
    keywords = [*iptc.get("keywords", []), *xmp.get("subject", [])]
    info.keywords = list(dict.fromkeys(k for k in keywords if k))[:50]
    credits = [
        _first(iptc.get("byline"), xmp.get("creator"), exif.get("artist")),
        _first(iptc.get("credit")),
        _first(iptc.get("copyright"), xmp.get("rights"), exif.get("copyright")),
    ]
    info.credit = " · ".join(dict.fromkeys(c for c in credits if c))[:500]


def _first(*values: Any) -> str:
    for value in values:
        if isinstance(value, list):
            value = ", ".join(value)
        if value:
            return str(value).strip()[:_MAX_TEXT]
    return ""


def _decode(value: bytes) -> str:
    try:
        return value.decode("utf-8").strip()
    except UnicodeDecodeError:
        return value.decode("latin-1").strip()


def _iptc(image: Image.Image) -> dict[str, list[str]]:
    try:
        raw = IptcImagePlugin.getiptcinfo(image)  # type: ignore[arg-type]
    except (OSError, SyntaxError, ValueError, IndexError, TypeError):
        return {}
    if not raw:
        return {}
    names = {
        _IPTC_TITLE: "title",
        _IPTC_KEYWORDS: "keywords",
        _IPTC_BYLINE: "byline",
        _IPTC_CREDIT: "credit",
        _IPTC_COPYRIGHT: "copyright",
        _IPTC_CAPTION: "caption",
    }
    found: dict[str, list[str]] = {}
    for dataset, name in names.items():
        value = raw.get(dataset)
        values = value if isinstance(value, list) else [value] if value else []
        found[name] = [_decode(v) for v in values if isinstance(v, bytes)]
    return found


def _xmp(image: Image.Image) -> dict[str, list[str]]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = image.getxmp()
    except Exception:  # a broken XMP packet only means: no XMP
        return {}
    found: dict[str, list[str]] = {}
    for description in _descriptions(tree):
        for name in ("title", "description", "subject", "creator", "rights"):
            if name in description:
                found.setdefault(name, []).extend(_strings(description[name]))
    return found


def _descriptions(tree: Any) -> list[dict[str, Any]]:
    rdf = tree.get("xmpmeta", {}).get("RDF", {}) if isinstance(tree, dict) else {}
    descriptions = rdf.get("Description", []) if isinstance(rdf, dict) else []
    if isinstance(descriptions, dict):
        descriptions = [descriptions]
    return [d for d in descriptions if isinstance(d, dict)]


def _strings(node: Any) -> list[str]:
    """Every text inside an XMP value: plain, ``Alt``/``Bag``/``Seq`` lists, language items.

    Walked with a stack, not by recursion, and only ``_MAX_XMP_DEPTH`` levels deep: a file that
    nests its XMP hundreds of levels cannot exhaust Python's stack.
    """
    found: list[str] = []
    stack: list[tuple[Any, int]] = [(node, 0)]
    while stack and len(found) < _MAX_XMP_TEXTS:
        item, depth = stack.pop()
        if isinstance(item, str):
            if item.strip():
                found.append(item.strip())
            continue
        if depth >= _MAX_XMP_DEPTH:
            continue
        if isinstance(item, list):
            children = item
        elif isinstance(item, dict):
            children = (
                [item["text"]]
                if "text" in item
                else [value for name, value in item.items() if name != "lang"]
            )
        else:
            continue
        stack.extend((child, depth + 1) for child in reversed(children))
    return found


def _exif(image: Image.Image) -> dict[str, str]:
    try:
        exif = image.getexif()
    except (OSError, SyntaxError, ValueError, TypeError):
        return {}
    found = {}
    for tag, name in (
        (_EXIF_DESCRIPTION, "description"),
        (_EXIF_ARTIST, "artist"),
        (_EXIF_COPYRIGHT, "copyright"),
    ):
        value = exif.get(tag)
        if isinstance(value, bytes):
            value = _decode(value)
        if isinstance(value, str) and value.strip().strip("\x00"):
            found[name] = value.strip().strip("\x00")
    return found
