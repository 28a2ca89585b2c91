"""Profile photos: checked, re-encoded and stored without what the camera wrote into them.

Only JPEG and PNG are accepted, up to ``MAX_BYTES`` and ``MAX_PIXELS`` (per format). Pillow
decodes the image and writes a fresh JPEG of at most ``SIZE`` pixels square, so EXIF (location,
camera), XMP, ICC profiles and comments are gone and a crafted file never reaches a visitor as
it was. A stored file is deleted only once the deletion of its row is committed.
"""

from __future__ import annotations

import io
import warnings
from typing import IO

from django.core.files.storage import Storage
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
# Decoded pixels, against decompression bombs. A JPEG is decoded at 1/2, 1/4 or 1/8 of its size
# straight away (``draft``), so a camera photo of 40 megapixels costs about 50 MB. A PNG is
# decoded whole, and scaling RGBA copies it once: 12 megapixels cost about 110 MB.
MAX_PIXELS = {"JPEG": 40_000_000, "PNG": 12_000_000}
SIZE = 800
FORMATS = set(MAX_PIXELS)
TOO_MANY_PIXELS = _("De foto heeft te veel pixels. Kies een kleinere foto.")


class PhotoError(Exception):
    """A photo that cannot be used; the message (Dutch) is shown to the person."""


def clean_photo(upload: IO[bytes], size: int) -> bytes:
    """The photo as a new JPEG without metadata, or :class:`PhotoError`."""
    if size > MAX_BYTES:
        raise PhotoError(_("De foto is groter dan 5 MB. Kies een kleinere foto."))
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise PhotoError(_("De foto is groter dan 5 MB. Kies een kleinere foto."))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=sorted(FORMATS)) as image:
                width, height = image.size
                if width * height > MAX_PIXELS.get(image.format or "", 0):
                    raise PhotoError(TOO_MANY_PIXELS)
                # Small first (a JPEG decodes small, see ``draft``), then turned and converted:
                # every later step works on at most SIZE x SIZE pixels.
                work: Image.Image = image
                if image.mode in ("1", "P"):  # scaled as they are, only by dropping pixels
                    work = image.convert("RGBA")
                work.thumbnail((SIZE, SIZE))
                picture = ImageOps.exif_transpose(work)
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as bomb:
        raise PhotoError(TOO_MANY_PIXELS) from bomb
    except UnidentifiedImageError as unknown:
        raise PhotoError(
            _("Dit is geen JPEG- of PNG-foto. Kies een foto in een van die formaten.")
        ) from unknown
    except (OSError, SyntaxError, ValueError) as error:
        raise PhotoError(_("De foto is beschadigd en kan niet worden gelezen.")) from error
    if picture.mode != "RGB":
        background = Image.new("RGB", picture.size, "white")
        rgba = picture.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        picture = background
    # A new image from the pixels alone: nothing of ``info`` (EXIF, comment, ICC) comes along.
    picture = Image.frombytes("RGB", picture.size, picture.tobytes())
    output = io.BytesIO()
    picture.save(output, format="JPEG", quality=85, optimize=True)
    return output.getvalue()


def delete_file_after_commit(storage: Storage, name: str | None) -> None:
    """Delete a stored photo once the transaction that dropped it is committed.

    Rolled back, the row still points at the file, so it must still be there.
    """
    if name:
        transaction.on_commit(lambda: storage.delete(name))
