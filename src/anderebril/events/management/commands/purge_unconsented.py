from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from anderebril.events import services


class Command(BaseCommand):
    help = (
        "Wis aanmeldingen van mensen zonder enige toestemming, een bewaartermijn na afloop van "
        "het evenement (EVENT_REGISTRATION_RETENTION_DAYS, standaard 30 dagen). Dagelijks draaien."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=None, help="Bewaartermijn in dagen.")

    def handle(self, *args: Any, **options: Any) -> None:
        removed = services.purge_unconsented(days=options["days"])
        self.stdout.write(f"{removed} aanmeldingen zonder toestemming gewist.")
