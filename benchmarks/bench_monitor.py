"""Monitor: importing a 20,000-row DUO file, and dashboard response times — figures, not tests.

    .venv/bin/python benchmarks/bench_monitor.py               # 20,400 rows, 50 requests a page
    .venv/bin/python benchmarks/bench_monitor.py --rows 5000 --requests 20
    DATABASE_URL=postgres://… .venv/bin/python benchmarks/bench_monitor.py   # another database

The file is generated deterministically with the real DUO headers (INSTELLINGSCODE …
HOOFDGROEP NAAM, MAN2021 … VROUW2025), 55 institutions, about 600 programmes over the real
sectorkamers and hoofdgroepen, all four leerwegen and levels, and about 3% of -1 cells. It runs
against a fresh SQLite database in a temporary folder (unless DATABASE_URL is set).

Targets: import under 10 s; every dashboard under 200 ms at the 95th percentile. The baseline in
the same run is reading the same file with the ``csv`` module alone.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

SECTORS = {
    "Techniek en gebouwde omgeving": [
        "Techniek en procesindustrie",
        "Bouw en infra",
        "Afbouw, hout en onderhoud",
    ],
    "Mobiliteit, transport, logistiek en maritiem": [
        "Mobiliteit en voertuigen",
        "Transport, scheepvaart en logistiek",
    ],
    "Ict en creatieve industrie": ["Informatie en communicatietechnologie", "Media en vormgeving"],
    "Handel": ["Handel en ondernemerschap"],
    "Zorg, welzijn en sport": ["Zorg en welzijn", "Sport en bewegen"],
    "Voedsel, groen en gastvrijheid": ["Voedsel, natuur en leefomgeving", "Horeca en bakkerij"],
    "Zakelijke dienstverlening en veiligheid": ["Economie en administratie", "Veiligheid"],
    "Specialistisch vakmanschap": ["Ambacht, laboratorium en gezondheidstechniek"],
    "Entree": ["Entree"],
}
LEERWEGEN = ["BOLVT", "BBL", "BOLDT", "EX"]
YEARS = [2021, 2022, 2023, 2024, 2025]
HEADER = [
    "INSTELLINGSCODE",
    "INSTELLINGSNAAM",
    "SOORT INSTELLING",
    "PLAATSNAAM INSTELLING",
    "LEERWEG",
    "NIVEAU",
    "ERKENDE OPLEIDING CODE",
    "ERKENDE OPLEIDING NAAM",
    "SECTORKAMER NAAM",
    "HOOFDGROEP NAAM",
] + [f"{sex}{year}" for year in YEARS for sex in ("MAN", "VROUW")]


def generate(rows: int, seed: int = 6) -> bytes:
    rng = random.Random(seed)
    institutions = [
        (f"{10 + i:02d}{chr(65 + i % 26)}{chr(65 + (i * 7) % 26)}", f"ROC Voorbeeld {i}", "Plaats")
        for i in range(55)
    ]
    groups = [(sector, group) for sector, groups in SECTORS.items() for group in groups]
    programmes = []
    for number in range(600):
        sector, group = groups[number % len(groups)]
        technical = "techniek" in sector.lower() or "Ict" in sector or "Mobiliteit" in group
        programmes.append((str(25000 + number), f"Opleiding {number} ({group})", sector, group,
                           rng.randint(1, 4), 0.08 if technical else 0.6))  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    seen: set[tuple[int, int, str]] = set()
    while len(seen) < rows:
        i, p, leerweg = rng.randrange(55), rng.randrange(600), rng.choice(LEERWEGEN)
        if (i, p, leerweg) in seen:
            continue
        seen.add((i, p, leerweg))
        brin, name, town = institutions[i]
        crebo, title, sector, group, niveau, women_share = programmes[p]
        size = rng.randint(0, 120)
        cells = [brin, name, "Agrarische opleidingscentra" if i % 9 == 0 else "roc", town, leerweg,
                 niveau, crebo, title, sector, group]  # fmt: skip
        for _year in YEARS:
            total = max(0, size + rng.randint(-10, 10))
            women = round(total * women_share * rng.uniform(0.5, 1.5))
            men = max(0, total - women)
            cells += [-1 if rng.random() < 0.03 else men, -1 if rng.random() < 0.03 else women]
        writer.writerow(cells)
    return out.getvalue().encode("utf-8")


def timed(function, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - started, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_400)
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="bench-monitor-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ["ANDEREBRIL_DATA_DIR"] = str(workdir)
    os.environ["ANDEREBRIL_DEBUG"] = "true"
    os.environ["ANDEREBRIL_ALLOWED_HOSTS"] = "testserver"
    os.environ["DJANGO_SETTINGS_MODULE"] = "anderebril.web.settings"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from anderebril.monitor.importer import import_file
    from anderebril.monitor.models import Institution
    from anderebril.monitor.parsing import parse
    from anderebril.monitor.sections import forget_national_cube
    from anderebril.organisations.constants import Kind
    from anderebril.organisations.models import Organisation

    call_command("migrate", verbosity=0)
    data = generate(args.rows)
    print(f"file: {args.rows:,} rows, {len(data) / 1e6:.1f} MB, years {YEARS[0]}–{YEARS[-1]}")

    baseline, _ = timed(lambda: list(csv.reader(io.StringIO(data.decode()), delimiter=";")))
    parsing, _ = timed(parse, data)
    importing, result = timed(import_file, data, "bench.csv")
    again, _ = timed(import_file, data, "bench.csv")
    print(f"baseline csv.reader only        {baseline:7.3f} s")
    print(f"parse and validate              {parsing:7.3f} s  ({parsing / baseline:.1f}x baseline)")
    print(
        f"import (parse + store)          {importing:7.3f} s  ({importing / baseline:.1f}x "
        f"baseline; {result.record.figures:,} figures)   target < 10 s"
    )
    print(f"re-import of the same file      {again:7.3f} s  (no-op)")

    region = Organisation.objects.create(name="STO-regio Bench", slug="bench", kind=Kind.STO_REGION)
    schools = list(Institution.objects.order_by("brin")[:8])
    Institution.objects.filter(pk__in=[s.pk for s in schools]).update(sto_region=region)
    school = schools[0]
    client = Client()
    client.get("/")  # Django's own first-request work, so "cold" below is the monitor's
    pages = {
        "national": "/monitor/",
        "national, IT, 2023": "/monitor/?gegevens=studenten&definitie=it&jaar=2023",
        "school": f"/monitor/school/{school.brin}/",
        "sectorkamer": "/monitor/sectorkamer/techniek-en-gebouwde-omgeving/",
        "hoofdgroep": "/monitor/hoofdgroep/bouw-en-infra/",
        "STO region": "/monitor/regio/bench/",
        "programme": "/monitor/opleiding/25000/",
        "schools list": "/monitor/scholen/",
        "export xlsx": "/monitor/?tabel=sectorkamer&formaat=xlsx",
    }
    print(f"\ndashboards, {args.requests} requests each (Django test client)   target p95 < 200 ms")
    for name, url in pages.items():
        forget_national_cube()
        cold, response = timed(client.get, url)
        assert response.status_code == 200, (url, response.status_code)
        times = [timed(client.get, url)[0] for _ in range(args.requests)]
        p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
        print(
            f"  {name:26s} p50 {statistics.median(times) * 1000:6.1f} ms   "
            f"p95 {p95 * 1000:6.1f} ms   first (cold) {cold * 1000:6.1f} ms"
        )
    uncached = []
    for _ in range(max(5, args.requests // 5)):
        forget_national_cube()
        uncached.append(timed(client.get, "/monitor/")[0])
    print(f"  national, cache cleared each time: max {max(uncached) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
