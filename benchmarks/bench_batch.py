"""Taalscan batch throughput on the database queue — figures, not tests.

    .venv/bin/python benchmarks/bench_batch.py                 # 1,000 documents, 2 workers
    .venv/bin/python benchmarks/bench_batch.py --documents 200 --workers 4

Builds a throw-away SQLite database (WAL, as in production), creates one batch of short Dutch
vacancy texts through ``create_batch`` (one task per document on django-tasks' database
backend) and starts ``db_worker`` processes in batch mode, which exit when the queue is empty.
It reports the wall time from starting the workers until every document is done (target: under
a minute for 1,000 documents with two workers), against the baseline of the same run: scanning
the same texts in this process with ``scan_text``, with no queue, database or extraction.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

OPENINGS = [
    "Wij zoeken een ervaren vakman voor ons team in {town}.",
    "Voor onze vestiging in {town} zoeken wij een monteur (m/v).",
    "Ben jij een echte teamspeler? Kom werken in {town}!",
    "Het installatiebedrijf in {town} zoekt een leerling-monteur.",
]
MIDDLES = [
    "De kandidaat regelt zelf zijn planning en overlegt met de klant.",
    "Je werkt aan installaties in woningen en kantoren.",
    "Stoere jongens die van aanpakken houden, voelen zich hier thuis.",
    "Je bent competitief, ambitieus en zorgzaam voor collega's.",
    "Onze timmerman leidt je op in de werkplaats.",
]
CLOSINGS = [
    "Solliciteer voor {day} mei via onze website.",
    "Vragen? Bel de leermeester; hij helpt je graag.",
    "Wij bieden een goed salaris en ruimte om te leren.",
]
TOWNS = ["Tiel", "Zwolle", "Breda", "Delft", "Leeuwarden", "Venlo"]


def documents(count: int) -> list[tuple[str, bytes]]:
    rng = random.Random(42)
    texts = []
    for number in range(count):
        town = rng.choice(TOWNS)
        parts = [
            rng.choice(OPENINGS).format(town=town),
            *rng.sample(MIDDLES, 2),
            rng.choice(CLOSINGS).format(day=rng.randint(1, 31)),
        ]
        texts.append((f"vacature-{number:04d}.txt", " ".join(parts).encode()))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="bench-batch-")
    os.environ.update(
        ANDEREBRIL_DATA_DIR=data_dir, DJANGO_SETTINGS_MODULE="anderebril.web.settings",
        ANDEREBRIL_DEBUG="false", ANDEREBRIL_SECRET_KEY="bench-" + "x" * 50,
        ANDEREBRIL_SSL_REDIRECT="false", ANDEREBRIL_TASKS_BACKEND="database",
    )  # fmt: skip
    os.environ.pop("DATABASE_URL", None)  # always the embedded default: SQLite
    import django

    django.setup()
    from django.core.management import call_command

    from anderebril.accounts.models import User
    from anderebril.organisations.constants import Kind
    from anderebril.organisations.models import Membership, Organisation
    from anderebril.taalscan.batches import batch_status, create_batch
    from anderebril.textscan import scan_text

    call_command("migrate", verbosity=0)
    school = Organisation.objects.create(
        name="Bench", slug="bench", kind=Kind.MBO_SCHOOL, brin_code="99ZZ"
    )
    user = User.objects.create_user("bench@example.test", "bench-wachtwoord-123")
    Membership.objects.create(user=user, organisation=school)
    files = documents(args.documents)

    scan_text("Wij zoeken een vakman.")  # load the lexicon before timing
    start = time.perf_counter()
    findings = sum(len(scan_text(data.decode()).findings) for _name, data in files)
    baseline = time.perf_counter() - start

    start = time.perf_counter()
    batch = create_batch(school, user, files, title="Benchmark")
    enqueue = time.perf_counter() - start

    command = [
        sys.executable, "-m", "anderebril.manage", "db_worker", "--batch", "--no-reload",
        "--no-startup-delay", "--interval", "0.05", "--verbosity", "0",
    ]  # fmt: skip
    start = time.perf_counter()
    workers = [subprocess.Popen(command, cwd=ROOT) for _ in range(args.workers)]
    codes = [worker.wait() for worker in workers]
    wall = time.perf_counter() - start

    status = batch_status(batch, include_items=False)
    print(f"documents:            {args.documents} ({findings} findings in the baseline)")
    print(f"baseline, in-process: {baseline:6.2f} s  (scan_text only, one process)")
    print(f"enqueue (1 request):  {enqueue:6.2f} s  (create_batch: rows and tasks)")
    print(
        f"queue, {args.workers} workers:     {wall:6.2f} s  (db_worker processes, start to empty)"
    )
    print(f"ratio queue/baseline: {wall / baseline:6.1f}x")
    print(f"done {status['done']}, failed {status['failed']}, worker exit codes {codes}")
    target = "met" if wall < 60 and status["done"] == args.documents else "MISSED"
    print(f"target (all done in under 60 s): {target}")


if __name__ == "__main__":
    main()
