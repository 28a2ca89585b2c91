from typing import Any

from django.core.management.base import BaseCommand

from anderebril.knowledge import seed


class Command(BaseCommand):
    help = "Laad de take-aways en gedeelde links uit het programmaverslag in de kennisbank."

    def handle(self, *args: Any, **options: Any) -> None:
        created, event_created = seed.load()
        self.stdout.write(
            f"Kennisbank: {created} nieuwe items van {len(seed.ALL)}"
            + (", evenement aangemaakt." if event_created else ".")
        )
