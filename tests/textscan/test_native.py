"""The compiled engine (mypyc) is used only when it was built from exactly these sources."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

import anderebril.textscan.terms
from anderebril.textscan import native, scan_text


@pytest.fixture
def native_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A build folder of our own, with a file for every module the build would make."""
    folder = tmp_path / "_native"
    folder.mkdir()
    monkeypatch.setattr(native, "NATIVE_DIR", folder)
    monkeypatch.setattr(native, "_status", native.status())  # activate() below sets it
    monkeypatch.delenv("ANDEREBRIL_NATIVE", raising=False)
    for name in [*native.compiled_modules(), "rules__mypyc"]:
        (folder / f"{name}{native.abi_tag()}").write_bytes(b"")
    native.write_manifest(folder, native.source_digests())
    return folder


def test_a_build_of_these_sources_is_used(native_dir: Path) -> None:
    assert native.check() is None
    path = ["/the/package"]
    native.activate(path)
    assert path == [str(native_dir), "/the/package"]


def test_an_edited_source_makes_the_build_stale(native_dir: Path) -> None:
    manifest = json.loads((native_dir / native.MANIFEST).read_text())
    manifest["sources"]["terms"] = "0" * 64  # as if terms.py changed after the build
    (native_dir / native.MANIFEST).write_text(json.dumps(manifest))
    assert native.check() == "verouderd: de broncode is gewijzigd na de laatste build"
    path = ["/the/package"]
    native.activate(path)
    assert path == ["/the/package"]  # plain Python, never stale compiled code


def test_an_edited_plain_python_module_makes_it_stale_too(native_dir: Path) -> None:
    # mypyc builds the constants of the modules it does not compile into those it does
    manifest = json.loads((native_dir / native.MANIFEST).read_text())
    assert "model" in manifest["sources"] and "model" not in native.compiled_modules()
    manifest["sources"]["model"] = "0" * 64
    (native_dir / native.MANIFEST).write_text(json.dumps(manifest))
    assert native.check() == "verouderd: de broncode is gewijzigd na de laatste build"


def test_a_new_module_without_a_build_makes_it_stale(native_dir: Path) -> None:
    manifest = json.loads((native_dir / native.MANIFEST).read_text())
    del manifest["sources"]["terms"]
    (native_dir / native.MANIFEST).write_text(json.dumps(manifest))
    assert native.check() is not None


def test_a_build_for_another_python_is_not_used(native_dir: Path) -> None:
    manifest = json.loads((native_dir / native.MANIFEST).read_text())
    manifest["abi"] = ".cpython-312-x86_64-linux-gnu.so"
    (native_dir / native.MANIFEST).write_text(json.dumps(manifest))
    assert native.check() == "gebouwd voor een andere Python"


def test_a_missing_extension_is_reported(native_dir: Path) -> None:
    (native_dir / f"rules__mypyc{native.abi_tag()}").unlink()
    assert native.check() == "onvolledig: rules__mypyc ontbreekt"


def test_no_build_and_a_broken_manifest_are_reported(
    native_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (native_dir / native.MANIFEST).write_text("{not json")
    assert (native.check() or "").startswith("manifest onleesbaar")
    (native_dir / native.MANIFEST).unlink()
    assert (native.check() or "").startswith("niet gebouwd")


def test_the_switch_turns_it_off(native_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANDEREBRIL_NATIVE", "0")
    assert native.check() == "uitgezet met ANDEREBRIL_NATIVE=0"
    assert native.check(switch=False) is None  # the build asks whether it is current


def test_the_facade_and_the_readers_stay_plain_python() -> None:
    modules = native.compiled_modules()
    assert "terms" in modules and "tokenize" in modules
    assert not native.PURE & set(modules)


@pytest.mark.skipif(
    os.environ.get("ANDEREBRIL_REQUIRE_NATIVE") != "1"
    or os.environ.get("ANDEREBRIL_NATIVE") == "0",
    reason="only where the compiled engine is required (CI)",
)
def test_the_compiled_engine_runs_where_it_is_required() -> None:
    assert native.status() == "gecompileerd (mypyc)"
    assert not anderebril.textscan.terms.__file__.endswith(".py")
    assert [f.text for f in scan_text("Wij zoeken een vakman (m/v).").findings] == [
        "vakman",
        "(m/v)",
    ]


def _build_tool() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "tools" / "build_native.py"
    spec = importlib.util.spec_from_file_location("build_native", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_failed_build_says_why_and_leaves_plain_python(
    native_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tool = _build_tool()
    (native_dir / native.MANIFEST).unlink()  # nothing built yet

    def no_compiler(jobs: int) -> None:  # what setuptools does without gcc
        raise SystemExit("error: command 'gcc' failed: No such file or directory")

    monkeypatch.setattr(tool, "build", no_compiler)
    monkeypatch.delenv("ANDEREBRIL_REQUIRE_NATIVE", raising=False)
    monkeypatch.setattr(sys, "argv", ["build_native.py"])
    assert tool.main() == 0  # make run goes on, with the engine as plain Python
    assert "compileren mislukt (SystemExit: error: command 'gcc' failed" in capsys.readouterr().err
    monkeypatch.setattr(sys, "argv", ["build_native.py", "--required"])
    assert tool.main() == 1
    monkeypatch.setattr(sys, "argv", ["build_native.py"])
    monkeypatch.setenv("ANDEREBRIL_REQUIRE_NATIVE", "1")
    assert tool.main() == 1  # CI
    assert not (native_dir / native.MANIFEST).exists()
