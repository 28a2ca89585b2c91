"""A small demo audit for the demo school: drawn pictures, a saved page, and some tags.

The pictures are drawn with Pillow (coloured shapes with a label), so nothing real is shown;
their IPTC keywords and the page's alt texts make the suggestions and the alt-text check work.
"""

from __future__ import annotations

import io
import struct
import zipfile

from django.db import transaction
from PIL import Image, ImageDraw

from anderebril.accounts.models import User
from anderebril.imagescan.codes import parse_code
from anderebril.imagescan.importer import claim, run_import
from anderebril.imagescan.models import Audit, Tagging
from anderebril.imagescan.services import create_audit
from anderebril.organisations.models import Organisation

DEMO_SCHOOL = "techniekcollege-noord"
DEMO_TITLE = "Demo: wervingsbeelden open dag"

#: (file name, label drawn on it, IPTC keywords, code the demo reviewer gave, setting)
PICTURES = [
    ("lassen.jpg", "lassen", ["man", "lassen"], "mt", "workshop"),
    ("monteurs.jpg", "monteurs", ["mannen", "monteur"], "3mt", "workshop"),
    ("receptie.jpg", "receptie", ["vrouw", "receptie"], "vn", "office"),
    ("team.jpg", "team", ["team"], "vt 4mt", "workshop"),
    ("les.jpg", "les", ["studente", "les"], "vs 2ms", "classroom"),
    ("portret.jpg", "portret", ["vrouw", "portret"], "vp", "lab"),
    ("machine.jpg", "machine", ["machine"], "0", "workshop"),
]

PAGE = """<!doctype html><html lang="nl"><head><title>Open dag</title></head><body>
<h1>Open dag techniek</h1><p>Kom kijken in onze werkplaatsen.</p>
<figure><img src="beelden/lassen.jpg" alt="Een vakman last een frame">
<figcaption>Stoere jongens aan het werk</figcaption></figure>
<img src="beelden/receptie.jpg">
<img src="beelden/team.jpg" alt="Het team van de werkplaats">
</body></html>"""


def _iptc(keywords: list[str]) -> bytes:
    iptc = b"".join(
        b"\x1c\x02\x19" + struct.pack(">H", len(word.encode())) + word.encode() for word in keywords
    )
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iptc))
    payload = b"Photoshop 3.0\x00" + resource + iptc + (b"\x00" if len(iptc) % 2 else b"")
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def _picture(label: str, number: int, keywords: list[str]) -> bytes:
    image = Image.new("RGB", (640, 427), (230 - 20 * number, 220, 200 + 7 * number))
    draw = ImageDraw.Draw(image)
    draw.rectangle((60, 80, 580, 350), outline=(40, 40, 60), width=6)
    draw.ellipse((260 - 10 * number, 120, 380, 240), fill=(91, 42, 134))
    draw.text((80, 370), f"Demo: {label}", fill=(20, 20, 30))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    data = buffer.getvalue()
    return data[:2] + _iptc(keywords) + data[2:]


def demo_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("open-dag/index.html", PAGE)
        for number, (name, label, keywords, _code, _setting) in enumerate(PICTURES):
            archive.writestr(f"open-dag/beelden/{name}", _picture(label, number, keywords))
    return buffer.getvalue()


def load_imagescan_demo() -> Audit | None:
    """Create the demo audit (imported at once, no worker needed); None when it exists."""
    school = Organisation.objects.filter(slug=DEMO_SCHOOL).first()
    if school is None or Audit.objects.filter(organisation=school, title=DEMO_TITLE).exists():
        return None
    reviewer = User.objects.filter(memberships__organisation=school).order_by("pk").first()
    with transaction.atomic():
        audit = create_audit(
            school, reviewer, [("open-dag.zip", demo_zip())], title=DEMO_TITLE, target=40
        )
    token = claim(audit.pk)
    if token is not None:
        run_import(audit.pk, token)
    if reviewer is not None:
        codes = {name: (code, setting) for name, _l, _k, code, setting in PICTURES}
        for image in audit.images.exclude(file=""):
            code, setting = codes[image.name.rsplit("/", 1)[-1]]
            Tagging.objects.create(
                image=image, reviewer=reviewer, setting=setting, counts=parse_code(code)
            )
    return audit
