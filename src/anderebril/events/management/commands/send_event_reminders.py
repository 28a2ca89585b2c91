from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from anderebril.events import emails, services


class Command(BaseCommand):
    help = "Stuur deelnemers een herinnering, een dag voor het evenement. Elk uur draaien."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--base-url",
            default=getattr(settings, "SITE_URL", "") or "http://127.0.0.1:8000",
            help="Adres van de site voor de links in de mail, zoals https://anderebril.nl",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        base_url = str(options["base_url"]).rstrip("/")
        sent = 0
        for registration in services.due_reminders():
            emails.send_reminder(registration, base_url)
            sent += 1
        self.stdout.write(f"{sent} herinneringen verstuurd.")
