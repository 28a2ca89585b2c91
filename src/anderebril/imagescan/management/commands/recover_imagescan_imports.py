"""Queue again beeldscan imports left running by a worker that stopped (run from cron)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from anderebril.imagescan.tasks import requeue_stalled


class Command(BaseCommand):
    help = "Queue again beeldscan imports left running by a worker that stopped."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--minutes",
            type=float,
            default=30,
            help="An import started longer ago than this counts as abandoned (default: 30).",
        )

    def handle(self, *args: Any, minutes: float, **options: Any) -> None:
        count = requeue_stalled(older_than=timedelta(minutes=minutes))
        self.stdout.write(f"{count} import(s) queued again")
