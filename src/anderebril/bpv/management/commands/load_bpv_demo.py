from typing import Any

from django.core.management.base import BaseCommand, CommandError

from anderebril.bpv.demo import DEMO_SCHOOL, load_bpv_demo
from anderebril.organisations.models import Organisation


class Command(BaseCommand):
    help = "Laad een paar fictieve BPV-signalen voor de demoschool (opnieuw draaien kan)."

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            created = load_bpv_demo()
        except Organisation.DoesNotExist as missing:
            raise CommandError(
                f"De demoschool '{DEMO_SCHOOL}' ontbreekt: draai eerst `load_demo`."
            ) from missing
        self.stdout.write(f"{created} fictieve BPV-signalen aangemaakt.")
