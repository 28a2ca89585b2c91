"""The engine is pure: importing it and every submodule loads no Django."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import importlib, pkgutil, sys
import anderebril.textscan as package
for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(module.name)
from anderebril.textscan import scan_text
scan_text("De student regelt zijn stage.")
loaded = sorted(m for m in sys.modules if m == "django" or m.startswith("django."))
print(",".join(loaded))
"""


def test_importing_the_engine_loads_no_django() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
