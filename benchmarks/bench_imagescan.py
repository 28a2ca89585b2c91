"""Beeldscan import of a zip of 500 photos — figures, not tests.

    .venv/bin/python benchmarks/bench_imagescan.py                  # 500 images, 1600×1067
    .venv/bin/python benchmarks/bench_imagescan.py --images 100
    .venv/bin/python benchmarks/bench_imagescan.py --pages          # page parser only

Builds a throw-away SQLite database and media folder, generates JPEGs of 1600×1067 pixels with
noise (so they compress like photos, about 300–500 kB each; every fifth carries IPTC keywords and
a caption, every seventh XMP), zips them, creates an audit through ``create_audit`` (checking the
zip, queuing the task) and runs the real ``db_worker`` in batch mode, as in production. It
reports the wall time from starting the worker until the import is done (target: under a minute
for 500 images), against the baseline of the same run: opening and fully decoding every image
with Pillow in this process, with no metadata, thumbnails, database or zip.

``--pages`` measures the web-page parser instead: ``images_on_page`` (lxml) on a normal saved
page and on the hostile input of CVE-2025-6069 (``"<a" * n``), against the baseline of the
standard library's ``html.parser`` on the same input in the same run. A doubled ``n`` doubles a
linear parser's time and quadruples a quadratic one's.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

KEYWORDS = [["vrouw", "lassen"], ["man", "monteur"], ["studente", "les"], ["docent"], []]


def _iptc(keywords: list[str], caption: str) -> bytes:
    iptc = b""
    for dataset, value in [(120, caption), *[(25, k) for k in keywords]]:
        data = value.encode()
        iptc += b"\x1c\x02" + bytes([dataset]) + struct.pack(">H", len(data)) + data
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iptc))
    resource += iptc + (b"\x00" if len(iptc) % 2 else b"")
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def photos(count: int) -> list[tuple[str, bytes]]:
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(42)
    base = Image.effect_noise((1600, 1067), 60).convert("RGB").filter(ImageFilter.GaussianBlur(1))
    made = []
    for number in range(count):
        image = base.copy()
        draw = ImageDraw.Draw(image)
        for _ in range(12):
            x, y = rng.randrange(1500), rng.randrange(1000)
            colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
            draw.rectangle((x, y, x + rng.randrange(40, 400), y + rng.randrange(40, 300)), colour)
        buffer = io.BytesIO()
        options = {}
        if number % 7 == 0:
            options["xmp"] = (
                b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
                b'02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:'
                b'Description rdf:about=""><dc:subject><rdf:Bag><rdf:li>techniek</rdf:li>'
                b"</rdf:Bag></dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>"
            )
        image.save(buffer, "JPEG", quality=85, **options)
        data = buffer.getvalue()
        if number % 5 == 0:
            caption = f"Foto {number}: de vakman aan het werk"
            data = data[:2] + _iptc(KEYWORDS[number % len(KEYWORDS)], caption) + data[2:]
        made.append((f"beeldbank/foto-{number:04d}.jpg", data))
    return made


def baseline(files: list[tuple[str, bytes]]) -> float:
    from PIL import Image

    started = time.perf_counter()
    for _, data in files:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
    return time.perf_counter() - started


def _timed(function: object, html: str) -> float:
    started = time.perf_counter()
    function(html)  # type: ignore[operator]
    return time.perf_counter() - started


def pages() -> None:
    from html.parser import HTMLParser

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "anderebril.web.settings")
    os.environ.setdefault("ANDEREBRIL_DEBUG", "true")
    import django

    django.setup()
    from anderebril.imagescan.webpages import images_on_page

    def stdlib(html: str) -> None:
        parser = HTMLParser()
        parser.feed(html)
        parser.close()

    figure = (
        '<figure><img src="b/{n}.jpg" alt="Een lasser"><figcaption>Lassen</figcaption></figure>'
    )
    normal = (
        "<html><body>"
        + "".join(
            f"<p>Opleiding {n} in de werkplaats.</p>" + figure.format(n=n) for n in range(2000)
        )
        + "</body></html>"
    )
    print(f"normal page ({len(normal) / 1e3:.0f} kB, 2000 images):")
    print(f"  html.parser (baseline): {_timed(stdlib, normal) * 1000:8.1f} ms")
    print(f"  images_on_page (lxml):  {_timed(images_on_page, normal) * 1000:8.1f} ms")
    print('hostile page "<a" * n:')
    print(f"  {'n':>8}  {'html.parser':>12}  {'lxml':>10}")
    for n in (5_000, 10_000, 20_000, 40_000):
        hostile = "<a" * n
        print(
            f"  {n:>8}  {_timed(stdlib, hostile):10.2f} s  "
            f"{_timed(images_on_page, hostile) * 1000:7.1f} ms"
        )
    for n in (200_000, 1_000_000):
        print(f"  {n:>8}  {'(skipped)':>12}  {_timed(images_on_page, '<a' * n) * 1000:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=500)
    parser.add_argument("--pages", action="store_true", help="measure the page parser only")
    args = parser.parse_args()
    if args.pages:
        pages()
        return

    workdir = Path(tempfile.mkdtemp(prefix="bench-imagescan-"))
    os.environ.update(
        ANDEREBRIL_DEBUG="true",
        ANDEREBRIL_DATA_DIR=str(workdir),
        ANDEREBRIL_MEDIA_ROOT=str(workdir / "media"),
        DATABASE_URL=f"sqlite:///{workdir / 'bench.sqlite3'}",
        DJANGO_SETTINGS_MODULE="anderebril.web.settings",
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from anderebril.imagescan.models import Audit
    from anderebril.imagescan.services import create_audit
    from anderebril.organisations.constants import Kind
    from anderebril.organisations.models import Organisation

    print(f"Generating {args.images} JPEGs of 1600×1067 …", flush=True)
    files = photos(args.images)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in files:
            archive.writestr(name, data)
    data = buffer.getvalue()
    print(f"zip: {len(data) / 1e6:.0f} MB, {len(data) / len(files) / 1e3:.0f} kB per image")

    base = baseline(files)
    organisation = Organisation.objects.create(
        name="Bench", slug="bench", kind=Kind.MBO_SCHOOL, brin_code="99ZZ"
    )
    started = time.perf_counter()
    audit = create_audit(organisation, None, [("beeldbank.zip", data)], title="Bench")
    upload = time.perf_counter() - started

    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "anderebril.manage", "db_worker", "--batch", "--no-reload",
         "--no-startup-delay", "--interval", "0.05", "--verbosity", "0"],
        check=True, env=os.environ, cwd=ROOT,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    audit = Audit.objects.get(pk=audit.pk)
    done = audit.images.exclude(file="").count()
    with_keywords = sum(1 for k in audit.images.values_list("keywords", flat=True) if k)
    print(f"status: {audit.import_status}; {done} images imported, {with_keywords} with keywords")
    print(f"baseline (Pillow full decode only): {base:6.1f} s  {len(files) / base:6.1f} images/s")
    print(f"upload (store + check zip):         {upload:6.1f} s")
    print(f"import (worker, incl. startup):     {elapsed:6.1f} s  {done / elapsed:6.1f} images/s")
    print(f"import / baseline:                  {elapsed / base:6.2f}x")
    print(f"target: under 60 s for 500 images -> {'met' if elapsed < 60 else 'NOT met'}")
    load = os.getloadavg()
    print(f"load average during the run: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} (2 cores)")


if __name__ == "__main__":
    main()
