"""Scanning files and folders, with locations, errors and parallel processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from anderebril.textscan import Config, scan_file, scan_paths, scan_text
from anderebril.textscan import files as files_module
from tests.textscan.helpers import spans

pytestmark = pytest.mark.usefixtures("fixture_lexicon")


def test_a_text_file_is_scanned_exactly_as_it_is(tmp_path: Path) -> None:
    text = "Regel een\r\nWij zoeken een vakman.\r\n"
    file = tmp_path / "vacature.txt"
    file.write_bytes(text.encode())
    report = scan_file(file)
    assert report.error is None
    assert report.text == text
    finding = report.findings[0]
    assert text[finding.start : finding.end] == "vakman"
    assert (finding.location.line, finding.location.column) == (2, 16)


def test_a_utf8_bom_is_left_out_like_the_documents_package_does(tmp_path: Path) -> None:
    file = tmp_path / "bom.txt"
    file.write_bytes("\ufeffvakman".encode())
    report = scan_file(file)
    assert spans(report) == [("gendered-term", 0, 6, "vakman")]


def test_a_broken_or_empty_file_gives_an_error_and_others_are_still_scanned(
    tmp_path: Path,
) -> None:
    (tmp_path / "a-kapot.pdf").write_bytes(b"%PDF-1.4 kapot")
    (tmp_path / "b-leeg.txt").write_text("", encoding="utf-8")
    (tmp_path / "c-goed.txt").write_text("Vakman gezocht.", encoding="utf-8")
    reports = list(scan_paths([tmp_path]))
    assert [Path(r.path or "").name for r in reports] == ["a-kapot.pdf", "b-leeg.txt", "c-goed.txt"]
    assert reports[0].error and reports[1].error
    assert reports[2].error is None
    assert [f.text for f in reports[2].findings] == ["Vakman"]


def test_a_missing_file_is_an_error_not_an_exception() -> None:
    report = scan_file("bestaat-niet.txt")
    assert report.error is not None
    assert report.findings == []


def test_folders_are_walked_recursively_for_supported_files_only(tmp_path: Path) -> None:
    (tmp_path / "sub" / "diep").mkdir(parents=True)
    (tmp_path / "sub" / "diep" / "a.md").write_text("vakman", encoding="utf-8")
    (tmp_path / "b.txt").write_text("vakman", encoding="utf-8")
    (tmp_path / "plaatje.png").write_bytes(b"\x89PNG")
    (tmp_path / "archief").mkdir()
    (tmp_path / "archief" / "oud.txt").write_text("vakman", encoding="utf-8")
    config = Config(skip_paths=("archief",))
    names = [Path(r.path or "").name for r in scan_paths([tmp_path], config=config)]
    assert names == ["b.txt", "a.md"]


def test_two_processes_give_the_same_reports_as_one(tmp_path: Path) -> None:
    for i in range(6):
        (tmp_path / f"t{i}.txt").write_text(f"Bericht {i}: vakman (m/v)", encoding="utf-8")
    one = [r.to_dict() for r in scan_paths([tmp_path], jobs=1)]
    two = [r.to_dict() for r in scan_paths([tmp_path], jobs=2)]
    assert one == two
    assert len(one) == 6


def test_a_big_file_is_streamed_in_chunks_with_correct_offsets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paragraph = "Wij zoeken een vakman.\nDe student regelt zijn stage.\n\n"
    text = paragraph * 500
    file = tmp_path / "groot.txt"
    file.write_text(text, encoding="utf-8")
    monkeypatch.setattr(files_module, "STREAM_BYTES", 1000)
    monkeypatch.setattr(files_module, "CHUNK_SIZE", 700)
    streamed = scan_file(file)
    whole = scan_text(text)
    assert streamed.text is None
    assert [(f.start, f.end, f.location.line) for f in streamed.findings] == [
        (f.start, f.end, f.location.line) for f in whole.findings
    ]
    assert all(text[f.start : f.end] == f.text for f in streamed.findings)
    assert streamed.score == whole.score


def test_chunked_scanning_of_a_long_text_matches_offsets() -> None:
    from anderebril.textscan.engine import Scanner, Tally, split_chunks

    text = "Vakman\n\nDe kandidaat stuurt zijn cv.\n" * 300
    scanner = Scanner("nl")
    pieces = list(split_chunks(text, 500))
    assert "".join(pieces) == text
    chunked = list(scanner.stream(pieces, Tally()))
    assert [(f.start, f.location.line, f.location.column) for f in chunked] == [
        (f.start, f.location.line, f.location.column) for f in scan_text(text).findings
    ]


def test_docx_findings_point_back_to_paragraph_and_section(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("B1-K1-W2: Installeert systemen")
    document.add_paragraph("De beginnend beroepsbeoefenaar is een echte vakman.")
    path = tmp_path / "dossier.docx"
    document.save(str(path))
    report = scan_file(path)
    assert report.error is None
    finding = next(f for f in report.findings if f.text == "vakman")
    assert finding.location.paragraph == 2
    assert finding.location.section == "B1-K1-W2"


def test_pdf_findings_point_back_to_page_and_section_across_a_hyphenated_line(
    tmp_path: Path,
) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    pdf.set_xy(10, 10)
    pdf.cell(text="Eerste pagina zonder bevindingen.")
    pdf.add_page()
    lines = ["B1-K1-W2: Installeert systemen", "Wij zoeken een installatie-", "vakman voor later."]
    for i, line in enumerate(lines):
        pdf.set_xy(10, 10 + 8 * i)
        pdf.cell(text=line)
    path = tmp_path / "dossier.pdf"
    pdf.output(str(path))
    report = scan_file(path)
    assert report.error is None
    [finding] = report.findings
    assert finding.text == "installatie-\nvakman"
    assert (finding.location.page, finding.location.section) == (2, "B1-K1-W2")
    assert finding.suggestions == ["installatievakkracht"]
