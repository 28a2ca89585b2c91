from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from anderebril.genderscan.demo import load_genderscan_demo


class Command(BaseCommand):
    help = "Laad verzonnen genderscan-demogegevens: zeven scholen met twee rondes, en een zelfscan."

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEMO_MODE:
            raise CommandError(
                "Demogegevens alleen in demomodus: zet ANDEREBRIL_DEMO=true (make run doet dat)."
            )
        added = load_genderscan_demo()
        self.stdout.write(
            f"Genderscan-demo: {added['organisations']} organisaties "
            f"en {added['rounds']} rondes toegevoegd."
        )
