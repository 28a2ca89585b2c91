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
            default=10,
            help=(
                "An import whose worker has given no sign of life for this long counts as "
                "abandoned (default: 10). After three attempts it fails instead."
            ),
        )

    def handle(self, *args: Any, minutes: float, **options: Any) -> None:
        count = requeue_stalled(older_than=timedelta(minutes=minutes))
        self.stdout.write(f"{count} import(s) queued again")
