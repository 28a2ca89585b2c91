"""The command line: `anderebril monitor import FILE…` and the management command."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from anderebril.monitor import cli
from anderebril.monitor.models import DatasetYear, ImportRecord
from tests.monitor.files import build

pytestmark = pytest.mark.django_db


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="anderebril")
    cli.register(main.add_subparsers(dest="command"))
    return main


def test_the_cli_imports_files_newest_edition_last(tmp_path: Path) -> None:
    newer = tmp_path / "2026.csv"
    newer.write_bytes(build(years=(2022, 2023, 2024, 2025, 2026), bump=100))
    older = tmp_path / "2025.csv"
    older.write_bytes(build())
    args = parser().parse_args(["monitor", "import", str(newer), str(older)])
    assert args.handler is cli.run_import
    out, err = io.StringIO(), io.StringIO()
    assert cli.import_paths(args.files, out, err) == 0
    assert "2026.csv" in out.getvalue()
    supplied = DatasetYear.objects.get(dataset="studenten", year=2025)
    assert supplied.source.file_name == "2026.csv"


def test_the_cli_reports_a_bad_file_and_fails(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.csv"
    bad.write_bytes(build().replace(b"NIVEAU", b"NIVO", 1))
    out, err = io.StringIO(), io.StringIO()
    assert cli.import_paths([str(bad), str(tmp_path / "bestaat-niet.csv")], out, err) == 1
    assert "Regel 1, kolom NIVEAU" in err.getvalue()
    assert "kan het bestand niet lezen" in err.getvalue()
    assert not ImportRecord.objects.exists()


def test_the_management_command_imports(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes(build())
    out = io.StringIO()
    call_command("monitor_import", str(path), stdout=out)
    assert "30 cijfers opgeslagen" in out.getvalue()
    path.write_bytes(b"geen csv")
    with pytest.raises(CommandError):
        call_command("monitor_import", str(path), stdout=out, stderr=io.StringIO())
