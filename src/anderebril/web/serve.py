"""Production serving: gunicorn running the WSGI app; whitenoise serves the static files."""

from __future__ import annotations

import os
import subprocess
import sys


def run_gunicorn(bind: str, workers: int) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "anderebril.web.settings")
    manage = [sys.executable, "-m", "anderebril.manage"]
    subprocess.run([*manage, "collectstatic", "--noinput", "--verbosity", "0"], check=True)
    subprocess.run([*manage, "migrate", "--noinput"], check=True)
    command = [
        sys.executable, "-m", "gunicorn", "anderebril.web.wsgi:application",
        "--bind", bind, "--workers", str(workers), "--access-logfile", "-",
        "--forwarded-allow-ips", os.environ.get("ANDEREBRIL_FORWARDED_ALLOW_IPS", "127.0.0.1"),
    ]  # fmt: skip
    os.execv(sys.executable, command)
    return 0  # pragma: no cover - execv does not return
