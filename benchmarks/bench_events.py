"""The event report of an event with 300 participants, as a PDF — a figure, not a test.

    .venv/bin/python benchmarks/bench_events.py

Fills a temporary SQLite database (or DATABASE_URL) with one event: 300 registrations with
consents, 300 network-moment entries naming 60 heroines (approved), 25 take-aways, 10 shared
links and 6 speakers. Then times, for a signed-in network member (who sees the contact list):

- baseline: an empty fpdf2 document, and the report page as HTML;
- the report data (``events.services.report``) with its number of queries;
- the whole PDF: the report data plus ``events.pdf.render_report_pdf``.

Target: the PDF in under 5 s.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

PARTICIPANTS = 300
HEROINES = 60
ROUNDS = 5


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="bench-events-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ["ANDEREBRIL_DATA_DIR"] = str(workdir)
    os.environ["ANDEREBRIL_DEBUG"] = "true"
    os.environ["DJANGO_SETTINGS_MODULE"] = "anderebril.web.settings"
    import django

    django.setup()
    from datetime import timedelta

    from django.core.management import call_command
    from django.db import connection
    from django.template.loader import render_to_string
    from django.test import RequestFactory
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone
    from fpdf import FPDF

    from anderebril.accounts.constants import Role
    from anderebril.accounts.models import User
    from anderebril.events import collage, services
    from anderebril.events.constants import EventFormat, EventKind
    from anderebril.events.models import Event, Speaker
    from anderebril.events.pdf import render_report_pdf
    from anderebril.knowledge import services as knowledge
    from anderebril.knowledge.constants import Theme
    from anderebril.network.consent_texts import ALL_QUESTIONS

    call_command("migrate", verbosity=0)
    rng = random.Random(7)
    soon = timezone.now() + timedelta(days=1)  # open for registration; moved back afterwards
    event = Event.objects.create(
        title="Kennisconferentie Techniek zonder vooroordeel", slug=f"bench-{rng.randrange(10**6)}",
        kind=EventKind.CONFERENCE, format=EventFormat.HYBRID, starts_at=soon,
        ends_at=soon + timedelta(hours=8), summary="Een dag over meer vrouwen in techniek en ICT.",
    )  # fmt: skip
    for number in range(6):
        Speaker.objects.create(
            event=event, name=f"Spreker {number}", organisation="Techniekcollege",
            topic="Inclusieve stages en rolmodellen in de klas", order=number,
        )  # fmt: skip
    themes = Theme.values
    for number in range(25):
        knowledge.create_item(
            title=f"Take-away {number}: verander de omgeving", kind="takeaway",
            theme=themes[number % len(themes)], event=event,
            summary="Niet de meisjes moeten veranderen, maar de werkplek en de school. " * 3,
        )  # fmt: skip
    for number in range(10):
        knowledge.create_item(
            title=f"Handreiking {number}", kind="guide", theme=themes[0], event=event,
            summary="Een praktische wijzer.", url=f"https://www.voorbeeld.example/wijzer/{number}",
        )  # fmt: skip
    started = time.perf_counter()
    names = [f"Heldin {number}" for number in range(HEROINES)]
    for number in range(PARTICIPANTS):
        answers = [
            services.ConsentAnswer(q.field, q.purpose, rng.random() < 0.6, str(q.wording))
            for q in ALL_QUESTIONS
        ]
        registration = services.register(
            event, name=f"Deelnemer {number}", email=f"d{number}@voorbeeld.example",
            details={"phone": "06 12345678", "organisation_name": f"Organisatie {number % 40}"},
            consents=answers,
        )  # fmt: skip
        services.save_network_moment(
            registration, what_you_do="Docent installatietechniek",
            superhero_name=rng.choice(names),
            superhero_why="Zij liet zien dat het kan, en deed het gewoon. " * 2,
        )  # fmt: skip
    collage.approve_all(event)
    past = timezone.now() - timedelta(days=3)
    Event.objects.filter(pk=event.pk).update(starts_at=past, ends_at=past + timedelta(hours=8))
    event.refresh_from_db()
    member = User.objects.create_user("bench@advies.example", "x" * 20, role=Role.ADVISOR)
    print(
        f"{connection.vendor}: event with {PARTICIPANTS} participants created in "
        f"{time.perf_counter() - started:.1f} s"
    )

    def timed(action: object) -> float:
        begin = time.perf_counter()
        action()  # type: ignore[operator]
        return (time.perf_counter() - begin) * 1000

    def empty_pdf() -> bytes:
        pdf = FPDF()
        pdf.add_page()
        return bytes(pdf.output())

    request = RequestFactory().get(f"/evenementen/{event.slug}/verslag/")
    request.user = member

    def page_html() -> str:
        report = services.report(event, member)
        context = {"report": report, "event": event}
        return render_to_string("events/report.html", context, request=request)

    def whole_pdf() -> bytes:
        return render_report_pdf(services.report(event, member))

    figures: dict[str, list[float]] = {"empty": [], "html": [], "data": [], "pdf": []}
    for _round in range(ROUNDS):
        figures["empty"].append(timed(empty_pdf))
        figures["html"].append(timed(page_html))
        figures["data"].append(timed(lambda: services.report(event, member)))
        figures["pdf"].append(timed(whole_pdf))
    with CaptureQueriesContext(connection) as queries:
        report = services.report(event, member)
    pdf = render_report_pdf(report)
    labels = {
        "empty": "baseline: empty fpdf2 document",
        "html": "baseline: report page as HTML",
        "data": "report data (services.report)",
        "pdf": "report as PDF (data + PDF)",
    }
    for key, label in labels.items():
        values = figures[key]
        print(f"{label:34} median {statistics.median(values):7.1f} ms  max {max(values):7.1f} ms")
    print(
        f"report data: {len(queries.captured_queries)} queries; {len(report.collage)} heroine "
        f"tiles, {len(report.contacts or [])} contacts; PDF {len(pdf) / 1024:.0f} KiB, "
        f"{pdf.count(b'/Type /Page') - pdf.count(b'/Type /Pages')} pages"
    )
    worst = max(figures["pdf"]) / 1000
    print(f"PDF worst of {ROUNDS}: {worst:.2f} s (target < 5 s)")


if __name__ == "__main__":
    sys.exit(main())
