"""Kennisbank search over 10,000 items — a figure, not a test.

    .venv/bin/python benchmarks/bench_knowledge.py                 # SQLite (FTS5)
    DATABASE_URL=postgres://… .venv/bin/python benchmarks/bench_knowledge.py   # PostgreSQL

Fills a fresh database (a temporary SQLite file unless DATABASE_URL is set) with 10,000
generated Dutch items, then times ``knowledge.services.search`` for a mix of one- and
two-word queries against a baseline in the same run: fetching the same number of newest items
without a query. Target: search p95 under 100 ms.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ITEMS = 10_000
QUERIES = [
    "rolmodellen", "meisjes techniek", "stage", "docenten training", "ouders",
    "vooroordelen", "energietransitie", "praktijkopleider", "werving vmbo", "collage",
]  # fmt: skip
WORDS = (  # noqa: SIM905 - a sentence of words reads better than a list literal
    "meisjes techniek rolmodellen docenten stage praktijkopleider ouders werving vmbo mbo "
    "energietransitie zorgtechniek vooroordelen training netwerk ambassadeur school bedrijf "
    "regio voorlichting lessen beroepen vrouwen uitval diploma instroom begeleiding veiligheid "
    "cultuur grappen leerbedrijf excursie gastles open dag brochure beeldbank taal"
).split()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="bench-knowledge-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ["ANDEREBRIL_DATA_DIR"] = str(workdir)
    os.environ["ANDEREBRIL_DEBUG"] = "true"
    os.environ["DJANGO_SETTINGS_MODULE"] = "anderebril.web.settings"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from anderebril.knowledge.constants import ItemKind, Theme
    from anderebril.knowledge.models import Item
    from anderebril.knowledge.services import create_item, search

    call_command("migrate", verbosity=0)
    Item.objects.all().delete()
    rng = random.Random(5)
    started = time.perf_counter()
    for i in range(ITEMS):
        words = rng.sample(WORDS, 12)
        create_item(
            title=f"{' '.join(words[:4]).capitalize()} {i}",
            kind=rng.choice(ItemKind.values),
            theme=rng.choice(Theme.values),
            summary=" ".join(rng.choices(WORDS, k=30)),
            body=" ".join(rng.choices(WORDS, k=120)),
            source="benchmark",
        )
    print(f"{connection.vendor}: {ITEMS:,} items created in {time.perf_counter() - started:.1f} s")

    def timed(action: object) -> float:
        start = time.perf_counter()
        action()  # type: ignore[operator]
        return (time.perf_counter() - start) * 1000

    baseline, searches = [], []
    for round_ in range(20):
        for query in QUERIES:
            baseline.append(timed(lambda: list(Item.objects.order_by("-created_at")[:20])))
            searches.append(timed(lambda q=query: search(q)))
        if round_ == 0:
            baseline.clear()
            searches.clear()  # the first round warms caches
    print(
        f"baseline (20 newest)  p50 {statistics.median(baseline):6.1f} ms  "
        f"p95 {percentile(baseline, 0.95):6.1f} ms"
    )
    print(
        f"search                p50 {statistics.median(searches):6.1f} ms  "
        f"p95 {percentile(searches, 0.95):6.1f} ms  (target p95 < 100 ms)"
    )
    example = search("rolmodellen")
    print(f"'rolmodellen' finds {len(example)} items (at most the page limit)")


if __name__ == "__main__":
    sys.exit(main())
