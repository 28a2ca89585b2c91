"""The `anderebril` command: taalscan on the command line, and running the platform."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from anderebril import __version__
from anderebril.monitor import cli as monitor_cli
from anderebril.textscan import cli as textscan_cli
from anderebril.textscan import native


def _django_setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "anderebril.web.settings")
    import django

    django.setup()


def _manage(args: argparse.Namespace) -> int:
    from django.core.management import execute_from_command_line

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "anderebril.web.settings")
    execute_from_command_line(["anderebril manage", *args.arguments])
    return 0


def _serve(args: argparse.Namespace) -> int:
    """Run the production server (gunicorn) with the app serving its own static files."""
    from anderebril.web.serve import run_gunicorn

    return run_gunicorn(bind=args.bind, workers=args.workers)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="anderebril",
        description="Andere Bril: taalscan voor genderbewuste teksten, en het platform.",
    )
    version = f"anderebril {__version__} (taalscan: {native.status()})"
    parser.add_argument("--version", action="version", version=version)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = commands.add_parser("serve", help="start het platform in productie (gunicorn)")
    serve.add_argument("--bind", default=os.environ.get("ANDEREBRIL_BIND", "127.0.0.1:8000"))
    serve.add_argument(
        "--workers", type=int, default=int(os.environ.get("ANDEREBRIL_WORKERS", "2"))
    )
    serve.set_defaults(handler=_serve)

    manage = commands.add_parser(
        "manage", help="Django-beheeropdrachten (migrate, createsuperuser…)"
    )
    manage.add_argument("arguments", nargs=argparse.REMAINDER)
    manage.set_defaults(handler=_manage)

    textscan_cli.register(commands)
    monitor_cli.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        result: int = handler(args)
    except BrokenPipeError:
        # "anderebril scan … | head": the reader stopped reading; stop quietly, as a tool
        # killed by SIGPIPE does, instead of a traceback (and a second one when Python
        # flushes standard output on its way out).
        _silence_stdout()
        return 128 + 13
    return result


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file behind stdout (tests)
        pass


if __name__ == "__main__":
    sys.exit(main())
