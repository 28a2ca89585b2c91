"""Genderscan report speed — figures, not tests.

    .venv/bin/python benchmarks/bench_genderscan.py            # 60 timed runs per page
    .venv/bin/python benchmarks/bench_genderscan.py --runs 20

Builds a throw-away SQLite database with one school that has 3 rounds (two closed, the latest
open), 6 themes and 200 responses per round, its figures and a plan van aanpak, plus six other
schools with a closed round for the peer benchmark. It then renders, as a signed-in member, the
report page of the latest closed round — the heaviest: scores, comparison with the round before,
peer benchmark — (target: p95 under 300 ms) and its PDF (target: under 3 s), and the report of
the open round, which shows responses per group only. The baseline from the same run is the home
page, a page with no genderscan work at all.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    fn()  # warm up caches (questionnaire YAML, templates)
    times = []
    for _i in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="bench-genderscan-")
    os.environ.update(
        ANDEREBRIL_DATA_DIR=data_dir, DJANGO_SETTINGS_MODULE="anderebril.web.settings",
        ANDEREBRIL_DEBUG="false", ANDEREBRIL_SECRET_KEY="bench-" + "x" * 50,
        ANDEREBRIL_ALLOWED_HOSTS="testserver", ANDEREBRIL_SSL_REDIRECT="false",
    )  # fmt: skip
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client, override_settings
    from django.test.utils import setup_test_environment

    from anderebril.accounts.models import User
    from anderebril.genderscan.demo import _answers, _figures, _plan
    from anderebril.genderscan.models import Response
    from anderebril.genderscan.rounds import close_round, open_round, questionnaire_of
    from anderebril.organisations.constants import Kind
    from anderebril.organisations.models import Membership, Organisation

    setup_test_environment()
    # no collectstatic here: serve static files from the apps, unhashed (as the tests do)
    plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    override_settings(STORAGES={**settings.STORAGES, "staticfiles": plain}).enable()
    call_command("migrate", verbosity=0)
    rng = random.Random(7)
    user = User.objects.create_user("bench@school.example", "x")
    schools = []
    for index in range(7):
        school = Organisation.objects.create(
            name=f"Benchschool {index}", slug=f"bench-{index}", kind=Kind.MBO_SCHOOL
        )
        schools.append(school)
        rounds = 3 if index == 0 else 1
        for number in range(rounds):
            scan_round = open_round(school, title=f"Ronde {number}", school_year=2022 + number)
            questionnaire = questionnaire_of(scan_round)
            groups = list(questionnaire.groups)
            Response.objects.bulk_create(
                Response(round=scan_round, group=(group := rng.choice(groups)),
                         answers=_answers(questionnaire, group, 0.5, rng))
                for _n in range(200)
            )  # fmt: skip
            if index or number < rounds - 1:
                scan_round = close_round(scan_round)
                if index == 0:
                    _plan(school, scan_round, None)
    school = schools[0]
    _figures(school, rng, 0.1)
    Membership.objects.create(user=user, organisation=school)
    first, closed, latest = school.genderscan_rounds.order_by("opened_at", "pk")
    assert not first.is_open and not closed.is_open and latest.is_open

    client = Client()
    client.force_login(user)
    report_url = f"/genderscan/{school.slug}/rondes/{closed.pk}/rapport/"
    open_url = f"/genderscan/{school.slug}/rondes/{latest.pk}/rapport/"
    assert client.get(report_url).status_code == 200 and client.get(open_url).status_code == 200

    baseline = timed(lambda: client.get("/"), args.runs)
    report = timed(lambda: client.get(report_url), args.runs)
    open_report = timed(lambda: client.get(open_url), args.runs)
    pdf = timed(
        lambda: client.get(report_url.replace("rapport/", "rapport.pdf")), max(5, args.runs // 4)
    )
    print(f"school: 3 rounds x 200 responses, 6 themes; {args.runs} runs per page")
    for name, values in (
        ("home page (baseline)", baseline),
        ("report page (closed)", report),
        ("report page (open)", open_report),
        ("report PDF (closed)", pdf),
    ):
        median, p95 = statistics.median(values), percentile(values, 0.95)
        ratio = median / statistics.median(baseline)
        print(f"{name:<22} median {median:7.1f} ms   p95 {p95:7.1f} ms   ({ratio:4.1f}x baseline)")
    ok = percentile(report, 0.95) < 300 and max(pdf) < 3000
    print("targets (report p95 < 300 ms, PDF < 3 s):", "met" if ok else "NOT met")


if __name__ == "__main__":
    main()
