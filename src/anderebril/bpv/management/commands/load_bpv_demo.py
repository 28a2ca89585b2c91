from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from anderebril.bpv.demo import DEMO_SCHOOL, load_bpv_demo
from anderebril.organisations.models import Organisation


class Command(BaseCommand):
    help = "Laad een paar fictieve BPV-signalen voor de demoschool (opnieuw draaien kan)."

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEMO_MODE:  # fictional signals would end up in the monitor's counts
            raise CommandError(
                "Demogegevens alleen in demomodus: zet ANDEREBRIL_DEMO=true (make run doet dat)."
            )
        try:
            created = load_bpv_demo()
        except Organisation.DoesNotExist as missing:
            raise CommandError(
                f"De demoschool '{DEMO_SCHOOL}' ontbreekt: draai eerst `load_demo`."
            ) from missing
        self.stdout.write(f"{created} fictieve BPV-signalen aangemaakt.")
