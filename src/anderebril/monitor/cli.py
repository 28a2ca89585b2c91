"""``anderebril monitor import FILE…``: import DUO files from the command line.

Files are imported newest edition last, whatever their order on the command line, so the newest
figures win. Each file is imported on its own, all or nothing; the exit code is 1 when any file
was rejected.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol


class Writer(Protocol):
    def write(self, text: str, /) -> Any: ...


def register(subparsers: Any) -> None:
    """Add ``monitor`` (with ``import``) to the ``anderebril`` parser."""
    monitor = subparsers.add_parser("monitor", help="DUO-cijfers voor de monitor")
    commands = monitor.add_subparsers(dest="monitor_command", metavar="OPDRACHT", required=True)
    do_import = commands.add_parser(
        "import",
        help="importeer DUO-bestanden (studenten of gediplomeerden per instelling, CSV)",
    )
    do_import.add_argument("files", nargs="+", metavar="BESTAND")
    do_import.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "anderebril.web.settings")
    import django

    django.setup()
    return import_paths(args.files, sys.stdout, sys.stderr)


def _edition(data: bytes) -> int:
    """The last year in the header, to import older editions first (0 when unreadable)."""
    from anderebril.monitor.parsing import COUNT_COLUMN, decode

    try:
        header = decode(data[:4096].rsplit(b"\n", 1)[0] or data[:4096])[0].split("\n", 1)[0]
    except Exception:
        return 0
    years = [
        int(match.group(2))
        for name in header.replace(",", ";").split(";")
        if (match := COUNT_COLUMN.match(" ".join(name.strip().strip('"').upper().split())))
    ]
    return max(years, default=0)


def import_paths(paths: Sequence[str], out: Writer, err: Writer) -> int:
    """Import the files at ``paths``; print one line per file; return the exit code."""
    from anderebril.monitor.importer import FileRejected, import_file

    loaded: list[tuple[int, str, bytes]] = []
    status = 0
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            err.write(f"{path}: kan het bestand niet lezen ({error.strerror}).\n")
            status = 1
            continue
        loaded.append((_edition(data), path, data))
    for _edition_year, path, data in sorted(loaded, key=lambda item: item[0]):
        try:
            result = import_file(data, Path(path).name)
        except FileRejected as rejected:
            status = 1
            lines = [f"{path}: niet geïmporteerd.", *(f"  {issue}" for issue in rejected.issues)]
            err.write("\n".join(lines) + "\n")
            continue
        timing = f" ({result.seconds:.1f} s)" if result.created else ""
        out.write(f"{result.summary()}{timing}\n")
    return status
