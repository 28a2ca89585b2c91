from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from anderebril.monitor.cli import import_paths


class Command(BaseCommand):
    help = "Importeer DUO-bestanden (studenten of gediplomeerden per instelling) in de monitor."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", metavar="BESTAND")

    def handle(self, *args: Any, **options: Any) -> None:
        if import_paths(options["files"], self.stdout, self.stderr) != 0:
            raise CommandError("Niet alle bestanden zijn geïmporteerd.")
