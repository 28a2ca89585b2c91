"""Create a small demo audit for the demo school (run after ``load_demo``)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from anderebril.imagescan.demo import load_imagescan_demo


class Command(BaseCommand):
    help = "Laad een verzonnen beeldscan-audit met getekende beelden voor de demoschool."

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEMO_MODE:
            raise CommandError(
                "Demogegevens alleen in demomodus: zet ANDEREBRIL_DEMO=true (make run doet dat)."
            )
        audit = load_imagescan_demo()
        if audit is None:
            self.stdout.write("Beeldscan-demo: al aanwezig, of de demoschool ontbreekt.")
        else:
            count = audit.images.count()
            self.stdout.write(f"Beeldscan-demo: audit {audit.pk} met {count} beelden.")
