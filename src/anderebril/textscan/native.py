"""The compiled engine: the rule modules built with mypyc, used when they match the sources.

``tools/build_native.py`` (run by ``make bootstrap``) compiles every module of this package
except :data:`PURE` into C extensions in ``_native/``, next to a manifest with a digest of each
module's source (the plain-Python ones too: mypyc builds their constants and return types into
the compiled code). When the package is imported, :func:`activate` puts ``_native/`` first on
the package's ``__path__`` — but only if the manifest was written for this Python and every
digest still matches its ``.py`` file. An edited source therefore never runs as stale compiled
code: the whole package falls back to plain Python (same findings, about a third slower) until
the next build. ``ANDEREBRIL_NATIVE=0`` turns the compiled modules off.

The compiled modules are the same source: mypyc turns the type-annotated functions into C, and
the test suite, the evaluation corpus and the benchmarks run against them.
"""

from __future__ import annotations

import hashlib
import json
import os
import sysconfig
from pathlib import Path
from typing import Final

PACKAGE_DIR: Final = Path(__file__).resolve().parent
NATIVE_DIR: Final = PACKAGE_DIR / "_native"
MANIFEST: Final = "manifest.json"
#: mypyc's group name: the compiled code of all modules is one shared library,
#: ``anderebril.textscan.rules__mypyc``, which each module's small extension loads.
GROUP: Final = "anderebril.textscan.rules"
#: Modules that stay plain Python: this one and the package's facade (they run before the
#: compiled modules can be found), file and format readers, the command line, the lexicon loader
#: and other code that runs once per file or process rather than per word, and ``model``
#: (its dataclasses use class internals mypyc does not compile).
PURE: Final = frozenset(
    {
        "__init__",
        "native",
        "cli",
        "config",
        "evaluation",
        "files",
        "fixing",
        "language",
        "lexicon",
        "model",
        "parallel",
        "rewrite",
        "rulesdoc",
    }
)

#: Why the compiled modules are or are not in use, set by :func:`activate`.
_status = "niet geladen"


def compiled_modules() -> list[str]:
    """The names of the modules the build compiles: every module of the package but
    :data:`PURE`."""
    return sorted(p.stem for p in PACKAGE_DIR.glob("*.py") if p.stem not in PURE)


def source_digests() -> dict[str, str]:
    """The SHA-256 of each module's source, by module name: of the plain-Python modules too,
    since mypyc builds their ``Final`` constants and return types into the compiled code."""
    return {
        path.stem: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(PACKAGE_DIR.glob("*.py"))
    }


def abi_tag() -> str:
    """The extension suffix of this Python (version, ABI and platform): a build for another
    interpreter cannot be loaded."""
    return str(sysconfig.get_config_var("EXT_SUFFIX"))


def write_manifest(folder: Path, sources: dict[str, str]) -> None:
    """Record in a finished build's ``folder`` the sources it was built from (their digests
    taken before the build began)."""
    manifest = {"abi": abi_tag(), "sources": sources}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")


def check(*, switch: bool = True) -> str | None:
    """``None`` when the compiled modules in ``_native/`` may be used, else the reason not.
    ``switch=False`` ignores ``ANDEREBRIL_NATIVE`` (the build asks whether it is current)."""
    if switch and os.environ.get("ANDEREBRIL_NATIVE", "1") == "0":
        return "uitgezet met ANDEREBRIL_NATIVE=0"
    try:
        manifest = json.loads((NATIVE_DIR / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return "niet gebouwd (make native of tools/build_native.py)"
    except (OSError, ValueError) as error:
        return f"manifest onleesbaar: {error}"
    if not isinstance(manifest, dict) or manifest.get("abi") != abi_tag():
        return "gebouwd voor een andere Python"
    if manifest.get("sources") != source_digests():
        return "verouderd: de broncode is gewijzigd na de laatste build"
    names = [*compiled_modules(), GROUP.rsplit(".", 1)[1] + "__mypyc"]
    missing = [name for name in names if not _extension(name).exists()]
    if missing:
        return f"onvolledig: {', '.join(missing)} ontbreekt"
    return None


def activate(package_path: list[str]) -> None:
    """Put the compiled modules first on the package's ``__path__`` if :func:`check` allows."""
    global _status
    reason = check()
    if reason is None:
        package_path.insert(0, str(NATIVE_DIR))
        _status = "gecompileerd (mypyc)"
    else:
        _status = f"Python ({reason})"


def status() -> str:
    """Which engine runs, for benchmarks and ``anderebril --version``: *gecompileerd (mypyc)*
    or *Python (reason)*."""
    return _status


def _extension(name: str) -> Path:
    return NATIVE_DIR / f"{name}{abi_tag()}"
