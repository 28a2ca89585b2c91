from typing import Any

from django.core.management.base import BaseCommand

from anderebril.genderscan.actions import send_reminders


class Command(BaseCommand):
    help = "Stuur herinneringen voor acties uit het plan van aanpak die bijna of te laat zijn."

    def handle(self, *args: Any, **options: Any) -> None:
        sent = send_reminders()
        self.stdout.write(f"{sent} herinnering(en) verstuurd.")
