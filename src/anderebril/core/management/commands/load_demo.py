from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from anderebril.core.demo import ACCOUNTS, DEMO_PASSWORD, load_demo_data


class Command(BaseCommand):
    help = "Laad verzonnen demogegevens (scholen, een bedrijf, een STO-regio, een account per rol)."

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEMO_MODE:
            raise CommandError(
                "Demogegevens alleen in demomodus: zet ANDEREBRIL_DEMO=true (make run doet dat)."
            )
        organisations, users = load_demo_data()
        if organisations or users:
            self.stdout.write(
                f"Demogegevens geladen: {organisations} organisaties, {users} accounts."
            )
        else:
            self.stdout.write("Demogegevens waren er al; niets gewijzigd.")
        self.stdout.write(f"Demo-accounts (wachtwoord: {DEMO_PASSWORD}):")
        for account in ACCOUNTS:
            self.stdout.write(f"  {account.email:<36} {account.role}")
