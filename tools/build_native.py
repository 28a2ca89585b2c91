"""Compile the taalscan's rule modules with mypyc into ``src/anderebril/textscan/_native/``.

    .venv/bin/python tools/build_native.py          # what ``make bootstrap`` runs
    .venv/bin/python tools/build_native.py --check  # exit 0 if the build is current, else 1

Without a compiler the build fails with a message and exit status 0, so that ``make run`` still
works (the engine then runs as plain Python); ``--required`` or ``ANDEREBRIL_REQUIRE_NATIVE=1``
(set by ``.ci/run``) make the failure an error.

The modules are those of :func:`anderebril.textscan.native.compiled_modules`; the package uses
the result only while every source still matches the manifest written here (see
``anderebril/textscan/native.py``). The build needs a C compiler and the headers of this
Python (Debian: ``gcc`` and ``python3-dev``; a pyenv or uv Python brings its headers). It
compiles in a temporary folder and replaces ``_native/`` only when everything succeeded, so a
failed build leaves the last good one (or none) in place, and the engine runs as plain Python.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))

from anderebril.textscan import native  # noqa: E402
from anderebril.textscan.parallel import available_cores  # noqa: E402

#: mypy settings for the compiled modules (not the project's configuration, whose Django
#: plugin has nothing to do with the engine and would load Django's settings).
MYPY_CONFIG = """\
[mypy]
python_version = 3.11
cache_dir = {cache}
check_untyped_defs = True
disallow_untyped_defs = True
[mypy-ahocorasick.*]
ignore_missing_imports = True
"""


def build(jobs: int) -> None:
    """Compile into a fresh folder, write its manifest there, then swap it in for
    ``_native/``. One build at a time (a lock file), so two terminals cannot mix builds."""
    with (native.PACKAGE_DIR / ".native.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if native.check(switch=False) is None:
            return  # another build finished while this one waited
        sources = native.source_digests()  # what is compiled, before anything else can change
        fresh = Path(tempfile.mkdtemp(prefix="_native.new-", dir=native.PACKAGE_DIR))
        try:
            _compile(native.compiled_modules(), fresh, jobs)
            if native.source_digests() != sources:
                raise RuntimeError("de broncode veranderde tijdens de build; probeer opnieuw")
            native.write_manifest(fresh, sources)
            old = native.NATIVE_DIR.with_name(f"_native.old-{os.getpid()}")
            if native.NATIVE_DIR.exists():
                native.NATIVE_DIR.rename(old)  # from here until the next line no manifest is
            fresh.rename(native.NATIVE_DIR)  # found: a process starting then runs plain Python
            shutil.rmtree(old, ignore_errors=True)
        finally:
            shutil.rmtree(fresh, ignore_errors=True)


def _compile(modules: list[str], target: Path, jobs: int) -> None:
    # Imported here: --check needs neither mypy nor setuptools.
    from mypyc.build import mypycify
    from setuptools import setup

    with tempfile.TemporaryDirectory(prefix="anderebril-native-") as tmp:
        config = Path(tmp) / "mypy.ini"
        config.write_text(MYPY_CONFIG.format(cache=Path(tmp) / "mypy-cache"), encoding="utf-8")
        stage, temp = Path(tmp) / "lib", Path(tmp) / "temp"
        paths = [f"anderebril/textscan/{name}.py" for name in modules]
        cwd = Path.cwd()
        os.chdir(SRC)  # mypyc names each module after its path from here
        try:
            extensions = mypycify(
                ["--config-file", str(config), *paths],
                opt_level="3",
                multi_file=True,  # one C file per module, so the compiler can run in parallel
                group_name=native.GROUP,
                target_dir=str(Path(tmp) / "c"),
            )
            # With a dotted group name and one C file per module, mypyc writes the group's
            # headers into a folder after the group name that the modules' C files include
            # without it (mypy 2.4): let the compiler look there too.
            for extension in extensions:
                extension.include_dirs.append(str(Path(tmp) / "c" / "anderebril" / "textscan"))
            where = ["--build-lib", str(stage), "--build-temp", str(temp)]
            setup(
                name="anderebril-native",
                ext_modules=extensions,
                script_args=["--quiet", "build_ext", "--parallel", str(jobs), *where],
            )
        finally:
            os.chdir(cwd)
        built = sorted((stage / "anderebril" / "textscan").glob("*.so"))
        if len(built) != len(modules) + 1:  # each module, and the shared library
            raise RuntimeError(f"{len(built)} extensies gebouwd voor {len(modules)} modules")
        for path in built:
            shutil.copy2(path, target / path.name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    parser.add_argument("--jobs", type=int, default=available_cores())
    parser.add_argument(
        "--required",
        action="store_true",
        help="fail when the build fails (also ANDEREBRIL_REQUIRE_NATIVE=1; CI sets it)",
    )
    args = parser.parse_args()
    reason = native.check(switch=False)
    if args.check:
        print(f"taalscan: {'gecompileerd, actueel' if reason is None else reason}")
        return 0 if reason is None else 1
    if reason is None:
        print("taalscan: gecompileerde modules zijn actueel")
        return 0
    started = time.monotonic()
    print(f"taalscan: modules compileren met mypyc ({reason}) …", flush=True)
    try:
        build(args.jobs)
        problem = native.check(switch=False)
    except (Exception, SystemExit) as error:  # setuptools and mypyc exit on their errors
        problem = f"{type(error).__name__}: {error}"  # (a missing compiler or header, a type
        # error mypyc rejects); that must not stop make run
    if problem is not None:
        print(
            f"taalscan: compileren mislukt ({problem}).\n"
            "  De taalscan draait nu als gewoon Python: dezelfde uitkomsten, ongeveer een derde\n"
            "  trager. Compileren vraagt een C-compiler en de headers van deze Python\n"
            "  (Debian: apt install gcc python3-dev).",
            file=sys.stderr,
        )
        return 1 if args.required or os.environ.get("ANDEREBRIL_REQUIRE_NATIVE") == "1" else 0
    print(f"taalscan: gecompileerd in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
