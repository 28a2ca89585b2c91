"""``--jobs N``: workers format their own files; the output is the same as with one job."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from anderebril.cli import main
from anderebril.textscan.formats import Summary
from anderebril.textscan.parallel import chunk_size, map_files

pytestmark = pytest.mark.usefixtures("fixture_lexicon")


@pytest.fixture
def many(tmp_path: Path) -> Path:
    folder = tmp_path / "map"
    folder.mkdir()
    for i in range(12):
        text = f"Tekst {i}. Wij zoeken een vakman (m/v).\nDe student regelt zelf zijn stage.\n"
        (folder / f"tekst-{i:02d}.txt").write_text(text * (i + 1), encoding="utf-8")
    (folder / "kapot.pdf").write_bytes(b"%PDF kapot")
    (folder / "leeg.txt").write_text("  \n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("form", ["json", "text", "csv", "html", "sarif"])
def test_two_jobs_write_exactly_what_one_job_writes(
    many: Path, tmp_path: Path, form: str, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = tmp_path / "een.out", tmp_path / "twee.out"
    code_one = main(["scan", "--format", form, "-j", "1", "-o", str(one), str(many)])
    summary_one = capsys.readouterr().err
    code_two = main(["scan", "--format", form, "-j", "2", "-o", str(two), str(many)])
    summary_two = capsys.readouterr().err
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
    assert (code_one, summary_one) == (code_two, summary_two)
    assert code_two == 1  # two files cannot be read
    if form != "text":
        assert "14 bestanden gescand" in summary_two
        assert "2 niet te lezen" in summary_two


def _slow_name(path: str) -> str:
    """Earlier files take longer, so later ones finish first."""
    name = Path(path).name
    if name.startswith("tekst-"):
        time.sleep((12 - int(name[6:8])) / 200)
    return name


def test_files_come_out_in_input_order_whatever_finishes_first(many: Path) -> None:
    files = sorted(str(p) for p in many.iterdir())
    assert list(map_files(_slow_name, files, 3)) == [Path(f).name for f in files]


def test_each_worker_is_a_separate_process(many: Path) -> None:
    files = sorted(str(p) for p in many.iterdir())
    pids = set(map_files(_pid, files, 2))
    assert os.getpid() not in pids


def _pid(_path: str) -> int:
    return os.getpid()


def test_one_job_or_one_file_stays_in_this_process(many: Path) -> None:
    files = sorted(str(p) for p in many.iterdir())
    assert set(map_files(_pid, files, 1)) == {os.getpid()}
    assert set(map_files(_pid, files[:1], 4)) == {os.getpid()}


def test_chunks_stay_small_enough_to_keep_both_processes_busy() -> None:
    assert chunk_size(10, 2) == 1
    assert chunk_size(200, 2) == 6
    assert chunk_size(100_000, 2) == 32


def test_summaries_of_workers_add_up() -> None:
    total, part = Summary(files=1), Summary(files=2, errors=1, findings=3, worst=2)
    part.by_severity = {"should-fix": 3}
    part.by_category = {"gendered-term": 2, "binary-notation": 1}
    total.merge(part)
    total.merge(part)
    assert (total.files, total.errors, total.findings, total.worst) == (5, 2, 6, 2)
    assert total.by_severity == {"should-fix": 6}
    assert total.by_category == {"gendered-term": 4, "binary-notation": 2}
