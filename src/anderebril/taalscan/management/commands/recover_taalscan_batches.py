"""Re-queue batch documents whose worker died or whose task was lost (run from cron)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from anderebril.taalscan.tasks import STALE_AFTER, recover_stalled_items


class Command(BaseCommand):
    help = "Re-queue taalscan batch documents left running by a worker that stopped."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--minutes",
            type=float,
            default=STALE_AFTER.total_seconds() / 60,
            help="A document running longer than this counts as abandoned (default: %(default)s).",
        )

    def handle(self, *args: Any, minutes: float, **options: Any) -> None:
        recovered = recover_stalled_items(older_than=timedelta(minutes=minutes))
        self.stdout.write(f"{recovered} document(s) queued again")
