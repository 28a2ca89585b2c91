"""The ``anderebril scan``, ``fix``, ``eval`` and ``rules-doc`` commands."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from anderebril.cli import main
from anderebril.textscan.formats import Result, Summary
from anderebril.textscan.formats.text import TextFormatter
from anderebril.textscan.model import Finding, Location, Score

pytestmark = pytest.mark.usefixtures("fixture_lexicon")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "vacature.txt").write_text("Wij zoeken een vakman (m/v).\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "schoon.md").write_text("Wij zoeken een vakkracht.\n", encoding="utf-8")
    (tmp_path / "kapot.pdf").write_bytes(b"%PDF kapot")
    return tmp_path


def test_json_output_follows_the_contract(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["scan", "--format", "json", str(folder)])
    document = json.loads(capsys.readouterr().out)
    assert code == 1  # the broken file
    assert document["version"] == 1
    files = {Path(f["path"]).name: f for f in document["files"]}
    assert set(files) == {"vacature.txt", "schoon.md"}
    finding = files["vacature.txt"]["findings"][0]
    assert finding["rule"] == "nl.gendered-term.vakman"
    assert (finding["start"], finding["end"], finding["text"]) == (15, 21, "vakman")
    assert finding["location"]["line"] == 1
    assert set(files["vacature.txt"]["score"]) >= {"masculine", "feminine", "per_1000_words"}
    assert [Path(e["path"]).name for e in document["errors"]] == ["kapot.pdf"]


def test_text_output_is_one_line_per_finding_and_a_summary(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["scan", str(folder / "vacature.txt")])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{folder / 'vacature.txt'}:1:16: should-fix gendered-term")
    assert "→ vakkracht" in lines[0]
    assert "\033[" not in lines[0]
    assert lines[-1] == "1 bestand gescand, 2 bevindingen (2 should-fix)."


def test_fail_on_sets_the_exit_code(folder: Path) -> None:
    file = str(folder / "vacature.txt")
    assert main(["scan", "--fail-on", "must-fix", file]) == 0
    assert main(["scan", "--fail-on", "should-fix", file]) == 1
    assert main(["scan", "--fail-on", "never", str(folder / "sub")]) == 0


def test_a_usage_error_exits_with_2(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["scan", "--format", "xml", str(folder)])
    assert exit_info.value.code == 2
    bad = folder / "kapot.toml"
    bad.write_text("strategie = 1", encoding="utf-8")
    assert main(["scan", "--config", str(bad), str(folder)]) == 2
    assert "onbekende instelling" in capsys.readouterr().err


def test_standard_input_is_scanned_with_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("De kandidaat stuurt zijn cv."))
    main(["scan", "--format", "json", "-"])
    document = json.loads(capsys.readouterr().out)
    assert document["files"][0]["path"] == "-"
    assert document["files"][0]["findings"][0]["text"] == "zijn"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_output_can_go_to_a_file_with_any_number_of_jobs(folder: Path, jobs: str) -> None:
    out = folder / "uit.json"
    main(["scan", "--format", "json", "--jobs", jobs, "--output", str(out), str(folder)])
    document = json.loads(out.read_text(encoding="utf-8"))
    assert len(document["files"]) == 2


def test_sarif_csv_and_html_are_written(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = str(folder / "vacature.txt")
    main(["scan", "--format", "sarif", file])
    sarif = json.loads(capsys.readouterr().out)
    result = sarif["runs"][0]["results"][0]
    assert sarif["version"] == "2.1.0"
    assert result["ruleId"] == "nl.gendered-term.vakman"
    assert result["locations"][0]["physicalLocation"]["region"]["startColumn"] == 16
    main(["scan", "--format", "csv", file])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["text"] for r in rows] == ["vakman", "(m/v)"]
    main(["scan", "--format", "html", file])
    html = capsys.readouterr().out
    assert html.startswith("<!DOCTYPE html>") and "<mark>vakman</mark>" in html


def test_colour_is_used_only_when_asked() -> None:
    finding = Finding(
        "gendered-term", "nl.gendered-term.vakman", "should-fix", 0, 6, "vakman", "m", "e", "s",
        ["vakkracht"], Location(line=1, column=1),
    )  # fmt: skip
    result = Result("a.txt", "nl", [finding], Score)
    plain, coloured = io.StringIO(), io.StringIO()
    TextFormatter(plain).add(result)
    TextFormatter(coloured, color=True).add(result)
    assert "\033[" not in plain.getvalue()
    assert "\033[33mshould-fix" in coloured.getvalue()
    assert Summary().line() == "0 bestanden gescand, 0 bevindingen."


def test_fix_writes_a_rewritten_copy_and_keeps_the_original(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = folder / "vacature.txt"
    assert main(["fix", str(source)]) == 0
    copy = folder / "vacature.herschreven.txt"
    assert copy.read_text(encoding="utf-8") == "Wij zoeken een vakkracht (m/v/x).\n"
    assert source.read_text(encoding="utf-8") == "Wij zoeken een vakman (m/v).\n"
    assert "2 verbeterd" in capsys.readouterr().out


def test_fix_in_place_and_with_a_strategy(folder: Path) -> None:
    source = folder / "vacature.txt"
    main(["fix", "--in-place", "--strategy", "paarvorm", str(source)])
    assert source.read_text(encoding="utf-8") == "Wij zoeken een vakman of vakvrouw (m/v/x).\n"


def test_fix_rewrites_a_docx_copy(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Wij zoeken een vakman.")
    source = tmp_path / "vacature.docx"
    document.save(str(source))
    assert main(["fix", str(source)]) == 0
    copy = docx.Document(str(tmp_path / "vacature.herschreven.docx"))
    assert copy.paragraphs[0].text == "Wij zoeken een vakkracht."


def test_eval_prints_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "mini.jsonl"
    record = {
        "id": "a", "kind": "vacature", "language": "nl", "text": "Wij zoeken een vakman.",
        "labels": [{"category": "gendered-term", "start": 15, "end": 21, "text": "vakman"}],
    }  # fmt: skip
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main(["eval", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "gendered-term" in out and "1.000" in out


def test_rules_doc_check_fails_when_stale(tmp_path: Path) -> None:
    target = tmp_path / "rules.md"
    assert main(["rules-doc", "--output", str(target)]) == 0
    assert main(["rules-doc", "--check", "--output", str(target)]) == 0
    target.write_text("oud", encoding="utf-8")
    assert main(["rules-doc", "--check", "--output", str(target)]) == 1


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_colour_unless_no_color_is_set(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = str(folder / "vacature.txt")
    terminal = FakeTerminal()
    monkeypatch.setattr("sys.stdout", terminal)
    monkeypatch.delenv("NO_COLOR", raising=False)
    main(["scan", file])
    assert "\033[33m" in terminal.getvalue()
    plain = FakeTerminal()
    monkeypatch.setattr("sys.stdout", plain)
    monkeypatch.setenv("NO_COLOR", "1")
    main(["scan", file])
    assert "\033[" not in plain.getvalue()


def test_a_progress_bar_shows_on_a_terminal_for_many_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(25):
        (tmp_path / f"t{i:02d}.txt").write_text("Vakman", encoding="utf-8")
    stderr = FakeTerminal()
    monkeypatch.setattr("sys.stderr", stderr)
    main(["scan", "--format", "json", "-o", str(tmp_path / "uit.json"), str(tmp_path)])
    assert "[##############################] 25/25" in stderr.getvalue()


def test_a_reader_that_stops_reading_ends_the_scan_quietly(tmp_path: Path) -> None:
    """``anderebril scan … | head``: no traceback when the pipe closes, and the exit status
    of a tool stopped by SIGPIPE."""
    import subprocess
    import sys

    path = tmp_path / "lang.txt"
    path.write_text("Wij zoeken een vakman (m/v) en een timmerman.\n" * 3000, encoding="utf-8")
    code = "import sys; from anderebril.cli import main; sys.exit(main(sys.argv[1:]))"
    process = subprocess.Popen(
        [sys.executable, "-c", code, "scan", "-j", "1", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(100)
    process.stdout.close()  # the reader is done: every later write fails with EPIPE
    errors = process.stderr.read().decode()
    assert process.wait(timeout=60) == 141
    assert "Traceback" not in errors and "BrokenPipe" not in errors


def test_fix_never_writes_over_the_original_without_in_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "vacature.txt"
    source.write_text("Wij zoeken een monteur (m/v).\n", encoding="utf-8")
    assert main(["fix", str(source), "-o", str(source)]) == 1
    assert "--in-place" in capsys.readouterr().out
    assert source.read_text(encoding="utf-8") == "Wij zoeken een monteur (m/v).\n"
    assert main(["fix", str(source), "--in-place"]) == 0
    assert source.read_text(encoding="utf-8") == "Wij zoeken een monteur (m/v/x).\n"
