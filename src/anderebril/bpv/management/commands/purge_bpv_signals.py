from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from anderebril.bpv import services
from anderebril.bpv.constants import RETENTION_MONTHS


class Command(BaseCommand):
    help = (
        "Wis notities, contactgegevens en vrije tekst van BPV-signalen die langer dan de "
        f"bewaartermijn ({RETENTION_MONTHS} maanden) afgesloten zijn. Dagelijks draaien."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--months", type=int, default=None, help="Bewaartermijn in maanden.")

    def handle(self, *args: Any, **options: Any) -> None:
        purged = services.purge_closed(months=options["months"])
        self.stdout.write(f"{purged} afgesloten BPV-signalen opgeschoond.")
