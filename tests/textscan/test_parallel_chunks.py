"""One long text scanned in chunks by several processes (``--jobs``, ``auto`` by default):
the findings, their places and the score are exactly those of one process."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from anderebril.cli import main
from anderebril.textscan import Report, files, parallel, scan_text
from anderebril.textscan import cli as scan_cli
from anderebril.textscan.engine import Scanner, Tally, cut_point, split_chunks
from anderebril.textscan.parallel import map_chunks

pytestmark = pytest.mark.usefixtures("fixture_lexicon")

PARAGRAPHS = [
    "Wij zoeken een ervaren vakman (m/v) voor onze vestiging in Zwolle.",
    "De student regelt zelf zijn stage en meldt zich bij de coördinator.",
    "<!-- anderebril-disable -->",
    "Deze vakman en deze timmerman worden hier niet gemeld.",
    "Ook de monteur met zijn gereedschap niet.",
    "<!-- anderebril-enable -->",
    "Anna is lerares en Jan, onze monteur, doet zijn werk met vakmanschap.",
    "Techniek is geen mannenwereld meer.\nOnze medewerk(st)ers zijn betrokken.",
]


def _text(repeat: int) -> str:
    return "\n\n".join(PARAGRAPHS * repeat) + "\n"


def _facts(scanner: Scanner, text: str, size: int, jobs: int) -> tuple[list[tuple], tuple]:
    tally = Tally()
    found = [
        (f.start, f.end, f.rule, f.text, f.location.line, f.location.column, f.location.paragraph)
        for f in scanner.stream(split_chunks(text, size), tally, jobs=jobs)
    ]
    return found, (tally.words, tally.masculine, tally.feminine, tally.line, tally.offset)


def test_chunks_in_two_processes_give_what_one_process_gives() -> None:
    text = _text(40)
    scanner = Scanner("nl")
    one = _facts(scanner, text, 700, 1)
    two = _facts(scanner, text, 700, 2)
    assert two == one
    assert len(one[0]) > 100
    # the disable marker, open over many chunk borders, silences in both
    assert not any(f[3] == "timmerman" for f in two[0])


def test_a_disable_left_open_at_a_chunk_border_carries_into_the_next_chunk() -> None:
    text = "Een vakman.\n\n<!-- anderebril-disable -->\n\n" + "Een vakman.\n\n" * 50
    scanner = Scanner("nl")
    found, _ = _facts(scanner, text, 60, 2)
    assert [f[3] for f in found] == ["vakman"]  # only the one before the marker


def _pid(chunk: str) -> tuple[int, int]:
    return os.getpid(), len(chunk)


def test_chunks_run_in_other_processes_and_come_back_in_order() -> None:
    chunks = [f"stuk {i} " * (i + 1) for i in range(9)]
    out = list(map_chunks(_pid, chunks, 2))
    assert [chunk for chunk, _ in out] == chunks
    assert [size for _, (_, size) in out] == [len(c) for c in chunks]
    assert os.getpid() not in {pid for _, (pid, _) in out}


def test_a_single_chunk_is_scanned_here_without_starting_processes() -> None:
    assert [pid for _, (pid, _) in map_chunks(_pid, ["alleen"], 4)] == [os.getpid()]
    assert list(map_chunks(_pid, [], 4)) == []


def test_chunks_are_read_only_as_workers_become_free() -> None:
    pulled: list[int] = []

    def chunks() -> Iterator[str]:
        for i in range(30):
            pulled.append(i)
            yield f"stuk {i}"

    results = map_chunks(_pid, chunks(), 2)
    next(results)
    assert len(pulled) <= 3  # jobs + 1 on their way at most: a huge file stays bounded
    assert len(list(results)) == 29


@pytest.fixture
def long_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A text that counts as long: the thresholds are lowered, so the test stays fast."""
    monkeypatch.setattr(files, "PARALLEL_MIN_CHARS", 2_000)
    monkeypatch.setattr(files, "CHUNK_SIZE", 900)
    path = tmp_path / "lang.txt"
    path.write_text(_text(30), encoding="utf-8")
    return path


def _json(path: Path, *options: str) -> dict:
    out = path.parent / f"uit{'-'.join(options)}.json"
    main(["scan", "--format", "json", *options, "-o", str(out), str(path)])
    return json.loads(out.read_text(encoding="utf-8"))


def test_the_cli_writes_the_same_report_for_one_long_file_with_any_jobs(
    long_file: Path,
) -> None:
    one = _json(long_file, "-j", "1")
    assert one["files"][0]["findings"]
    assert _json(long_file, "-j", "2") == one
    assert _json(long_file) == one  # auto


def test_a_streamed_file_is_scanned_in_parallel_chunks_too(
    long_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _json(long_file, "-j", "1")
    monkeypatch.setattr(files, "STREAM_BYTES", 1_000)  # read in blocks, never whole
    streamed = _json(long_file, "-j", "2")
    assert streamed["files"][0]["findings"] == one["files"][0]["findings"]
    assert streamed["files"][0]["score"] == one["files"][0]["score"]


def test_jobs_takes_a_number_or_auto() -> None:
    assert scan_cli._jobs("auto") is None
    assert scan_cli._jobs("AUTO") is None
    assert scan_cli._jobs("3") == 3
    for bad in ("0", "-1", "veel"):
        with pytest.raises(argparse.ArgumentTypeError):
            scan_cli._jobs(bad)


def test_auto_uses_every_core_only_when_there_is_enough_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scan_cli, "available_cores", lambda: 4)
    small = [tmp_path / f"klein-{i}.txt" for i in range(3)]
    for path in small:
        path.write_text("Een korte tekst.\n", encoding="utf-8")
    names = [str(p) for p in small]
    assert scan_cli._job_count(None, names) == 1  # starting processes would cost more
    assert scan_cli._job_count(2, names) == 2  # asked for: done
    big = tmp_path / "groot.txt"
    big.write_bytes(b"x" * scan_cli.AUTO_PARALLEL_BYTES)
    assert scan_cli._job_count(None, [*names, str(big)]) == 4
    # one file decides by the length of its own text (files.PARALLEL_MIN_CHARS)
    assert scan_cli._job_count(None, names[:1]) == 4


def test_a_short_file_with_many_jobs_stays_in_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("no processes for a short text")

    monkeypatch.setattr("anderebril.textscan.parallel.map_chunks", fail)
    path = tmp_path / "kort.txt"
    path.write_text(_text(2), encoding="utf-8")
    report = files.scan_one(path, jobs=4)
    assert report.error is None and report.findings


def test_chunks_are_cut_at_a_paragraph_then_a_sentence_then_a_line() -> None:
    crlf = "Een zin.\r\n\r\nNog een zin die\r\ndoorloopt. En verder"
    assert crlf[: cut_point(crlf, 0, len(crlf))].endswith("\r\n\r\n")
    wrapped = "De student regelt zelf\nzijn stage. De monteur neemt\nzijn gereedschap"
    assert wrapped[: cut_point(wrapped, 0, len(wrapped))].endswith("stage. ")
    lines = "een regel\nnog een regel zonder punt"
    assert lines[: cut_point(lines, 0, len(lines))] == "een regel\n"
    assert cut_point("geenspatie", 0, 10) is None


def test_a_hard_wrapped_crlf_text_loses_nothing_at_chunk_borders() -> None:
    """No blank line anywhere (CRLF files, PDFs): a cut inside a sentence would part a
    pronoun from its noun, so chunks end at sentence ends."""
    sentence = "De student regelt zelf\r\nzijn stage en meldt\r\nzich bij de coördinator. "
    text = sentence * 60
    scanner = Scanner("nl")
    whole, _ = _facts(scanner, text, len(text) + 1, 1)
    assert len(whole) == 60
    assert _facts(scanner, text, 500, 1)[0] == whole
    assert _facts(scanner, text, 500, 2)[0] == whole


def test_a_disable_next_line_at_the_end_of_a_chunk_silences_the_next_chunks_first_line() -> None:
    chunks = [
        "Een vakman.\n<!-- anderebril-disable-next-line -->\n",
        "Een vakman hier.\nEen vakman daar.\n",
    ]
    found = list(Scanner("nl").stream(chunks, Tally()))
    assert [(f.text, f.location.line) for f in found] == [("vakman", 1), ("vakman", 4)]
    # the marker's own line going on in the next chunk: the line after it is silenced
    chunks = [
        "Een vakman.\n<!-- anderebril-disable-next-line --> ",
        "en meer\nEen vakman.\nEen vakman.\n",
    ]
    found = list(Scanner("nl").stream(chunks, Tally()))
    assert [f.location.line for f in found] == [1, 4]


def test_a_worker_that_dies_raises_instead_of_hanging() -> None:
    parent = os.getpid()

    def dies_on_the_third(chunk: str) -> int:
        if os.getpid() != parent and chunk == "derde":
            os._exit(9)  # as the out-of-memory killer would end it
        return len(chunk)

    with pytest.raises(BrokenProcessPool):
        list(map_chunks(dies_on_the_third, ["een", "twee", "derde", "vier", "vijf"], 2))


def test_the_cli_says_so_when_a_worker_dies(
    long_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    parent = os.getpid()
    scan_chunk = Scanner.scan_chunk

    def dies(self: Scanner, chunk: str) -> object:
        if os.getpid() != parent:
            os._exit(9)
        return scan_chunk(self, chunk)

    monkeypatch.setattr(Scanner, "scan_chunk", dies)
    code = main(["scan", "-j", "2", "--format", "json", "-o", "/dev/null", str(long_file)])
    assert code == 2
    assert "werkproces stopte onverwacht" in capsys.readouterr().err


def test_cores_follow_a_containers_cpu_quota(tmp_path: Path) -> None:
    limit = tmp_path / "cpu.max"
    limit.write_text("150000 100000\n", encoding="ascii")
    assert parallel._cpu_quota(str(limit)) == 1
    limit.write_text("400000 100000\n", encoding="ascii")
    assert parallel._cpu_quota(str(limit)) == 4
    limit.write_text("max 100000\n", encoding="ascii")
    assert parallel._cpu_quota(str(limit)) is None
    assert parallel._cpu_quota(str(tmp_path / "ontbreekt")) is None


def test_a_crlf_text_gets_the_findings_and_places_of_the_same_text_with_lf() -> None:
    """Windows line ends (a CRLF file, a pasted form field) are no other text: a blank line
    still ends a paragraph, for the pronoun rules and for the paragraph numbers."""
    lf = (
        "Elke leerling neemt een laptop mee.\n\nDe monteur komt morgen.\n"
        "Hij neemt zijn gereedschap mee.\n\nWij zoeken stoere\njongens (m/v).\n"
    ) * 3
    crlf = lf.replace("\n", "\r\n")
    one, two = scan_text(lf), scan_text(crlf)

    def places(report: Report) -> list[tuple[str, str, int | None, int | None, int | None]]:
        return [
            (f.rule, f.text.replace("\r", ""), f.location.line, f.location.column,
             f.location.paragraph)
            for f in report.findings
        ]  # fmt: skip

    assert places(two) == places(one)
    assert max(f.location.paragraph or 0 for f in two.findings) == 7  # not 1 throughout
    assert all(crlf[f.start : f.end] == f.text for f in two.findings)
    assert any("\r\n" in f.text for f in two.findings)  # stoere\r\njongens, as written


@pytest.mark.parametrize("blank", ["\n\n", "\n \n", "\n\t \n", "\r\n \r\n", "\n\r\n"])
def test_a_line_of_spaces_is_a_blank_line_as_readers_see_it(blank: str) -> None:
    """Text copied from web pages has blank lines with spaces in them: the rules and the
    paragraph numbers see a new paragraph there, as with an empty line."""
    text = f"De productiemanager plant de orders.{blank}Bij afwijkingen treedt hij op. De vakman"
    report = scan_text(text)
    assert [(f.text, f.location.line, f.location.paragraph) for f in report.findings] == [
        ("vakman", 3, 2)
    ]  # no "hij": the reach of "de productiemanager" ends at the blank line
