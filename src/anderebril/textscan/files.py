"""Scanning files and folders: reading them (through :mod:`anderebril.documents`), mapping
findings back to page, paragraph and section, and fanning out over processes.

UTF-8 ``.txt`` and ``.md`` files are read here directly, so their text is the file exactly as
it is (the JSON contract); big ones are streamed in chunks and never held whole. Everything else
goes through ``anderebril.documents.extract``.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Final

from anderebril.textscan.config import Config
from anderebril.textscan.engine import CHUNK_SIZE, Scanner, Tally, cut_point, split_chunks
from anderebril.textscan.language import detect_language
from anderebril.textscan.model import Finding, Report, Score, make_location

SUPPORTED: Final = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".odt", ".pdf"})
PLAIN: Final = frozenset({".txt", ".md", ".markdown"})
BOM: Final = "\ufeff"  # stripped, as anderebril.documents does: offsets start after it
#: Plain files above this size are streamed and their text is not kept in the report.
STREAM_BYTES: Final = 16_000_000
#: With ``jobs > 1``, a text at least this long is scanned in several processes (below it,
#: starting them costs more than they save). The chunks are the same whatever ``jobs``.
PARALLEL_MIN_CHARS: Final = 2_000_000


@dataclass(slots=True)
class FileScan:
    """A file being scanned: ``findings`` is an iterator (consume it once, in order); the score
    is complete once it is exhausted. ``error`` is set when the file cannot be read."""

    path: str
    language: str
    findings: Iterator[Finding]
    tally: Tally = field(default_factory=Tally)
    error: str | None = None
    text: str | None = None

    def score(self) -> Score:
        return self.tally.score()

    def report(self, strategy: str) -> Report:
        findings = list(self.findings)
        return Report(
            path=self.path,
            language=self.language,
            findings=findings,
            score=self.score() if self.error is None else Score(),
            error=self.error,
            text=self.text,
            strategy=strategy,
        )


def resolve(language: str | None, strategy: str | None, config: Config | None) -> tuple[str, str]:
    config = config or Config()
    return (
        language or config.language or "auto",
        strategy or config.strategy or "overkoepelend",
    )


def _choose_language(language: str, sample: str) -> str:
    return detect_language(sample) if language == "auto" else language


def _failed(path: str, language: str, message: str) -> FileScan:
    return FileScan(path, "nl" if language == "auto" else language, iter(()), error=message)


def open_scan(
    path: str | os.PathLike[str],
    *,
    language: str | None = None,
    strategy: str | None = None,
    config: Config | None = None,
    jobs: int = 1,
) -> FileScan:
    """Start scanning one file; never raises for a bad file (``FileScan.error`` is set).
    ``jobs > 1`` scans a long text in that many processes, chunk by chunk."""
    name = os.fspath(path)
    language, strategy = resolve(language, strategy, config)
    file = Path(name)
    if not file.is_file():
        return _failed(name, language, "Bestand niet gevonden of geen gewoon bestand.")
    suffix = file.suffix.lower()
    if suffix in PLAIN:
        try:
            if file.stat().st_size > STREAM_BYTES:
                return _stream_plain(name, file, language, strategy, config, jobs)
            text = file.read_bytes().decode("utf-8").removeprefix(BOM)
        except UnicodeDecodeError:
            pass  # not UTF-8: let the documents package find the encoding
        except OSError as error:
            return _failed(name, language, f"Bestand kan niet gelezen worden: {error.strerror}.")
        else:
            if not text.strip():
                return _failed(name, language, "Het bestand is leeg.")
            return _scan_whole(name, text, None, language, strategy, config, jobs)
    return _scan_document(name, file, language, strategy, config, jobs)


def _scan_whole(
    name: str,
    text: str,
    document: Any,
    language: str,
    strategy: str,
    config: Config | None,
    jobs: int = 1,
) -> FileScan:
    language = _choose_language(language, text)
    scanner = Scanner(language, strategy, config)
    tally = Tally()
    chunks = split_chunks(text, CHUNK_SIZE)
    # no more processes than chunks: -j 8 on a 2 MB text starts three
    jobs = 1 if len(text) < PARALLEL_MIN_CHARS else min(jobs, len(text) // CHUNK_SIZE + 1)
    # A document places findings itself (page, paragraph, section), so the scanner need not.
    findings: Iterator[Finding] = scanner.stream(chunks, tally, lines=document is None, jobs=jobs)
    if document is not None:
        findings = _locate(findings, document)
    return FileScan(name, language, findings, tally, text=text)


def _locate(findings: Iterable[Finding], document: Any) -> Iterator[Finding]:
    """Point findings back into the document (page, paragraph, section; line and column per
    page for PDFs) and drop those switched off by markers the extraction removed."""
    ignored = bool(document.ignored_ranges)
    locate = document.locator()
    for finding in findings:
        if ignored and document.is_ignored(finding.start, finding.end):
            continue
        where = locate(finding.start)
        finding.location = make_location(
            where.page, where.line, where.column, where.paragraph, where.section
        )
        yield finding


def _stream_plain(
    name: str, file: Path, language: str, strategy: str, config: Config | None, jobs: int = 1
) -> FileScan:
    with file.open("rb") as handle:
        head = handle.read(65536)
    sample = head.decode("utf-8", errors="ignore")
    language = _choose_language(language, sample)
    scanner = Scanner(language, strategy, config)
    tally = Tally()
    chunks = _read_chunks(file, CHUNK_SIZE)
    return FileScan(name, language, scanner.stream(chunks, tally, jobs=jobs), tally)


def _read_chunks(file: Path, size: int) -> Iterator[str]:
    """Decode the file as UTF-8 in pieces of about ``size`` characters, cut where
    :func:`engine.cut_point` says (no newline translation)."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    carry = ""
    with file.open("rb") as handle:
        while True:
            block = handle.read(size)
            text = carry + decoder.decode(block, final=not block)
            if not block:
                if text:
                    yield text
                return
            cut = cut_point(text, len(text) // 2, len(text))
            if cut is None or cut <= 0:
                carry = text
                continue
            yield text[:cut]
            carry = text[cut:]


def _scan_document(
    name: str, file: Path, language: str, strategy: str, config: Config | None, jobs: int = 1
) -> FileScan:
    try:
        from anderebril.documents import DocumentError, extract
    except ImportError:
        return _failed(name, language, "Dit bestandstype kan (nog) niet gelezen worden.")
    try:
        document = extract(file)
    except DocumentError as error:
        return _failed(name, language, str(error))
    except Exception as error:  # a reader library failing on a broken file
        return _failed(name, language, f"Bestand kan niet gelezen worden ({type(error).__name__}).")
    if not document.text.strip():
        return _failed(name, language, "Er staat geen tekst in dit bestand.")
    return _scan_whole(name, document.text, document, language, strategy, config, jobs)


def scan_one(
    path: str | os.PathLike[str],
    *,
    language: str | None = None,
    strategy: str | None = None,
    config: Config | None = None,
    keep_text: bool = True,
    jobs: int = 1,
) -> Report:
    """Scan one file into a :class:`Report` (the facade's ``scan_file``)."""
    _, chosen = resolve(language, strategy, config)
    scan = open_scan(path, language=language, strategy=strategy, config=config, jobs=jobs)
    report = scan.report(chosen)
    if not keep_text:
        report.text = None
    return report


def walk(paths: Iterable[str | os.PathLike[str]], config: Config | None = None) -> Iterator[str]:
    """Files to scan: given files as they are, folders recursively (supported types only,
    sorted, hidden folders and configured skip paths left out)."""
    config = config or Config()
    for path in paths:
        name = os.fspath(path)
        if not Path(name).is_dir():
            yield name
            continue
        found: list[str] = []
        for folder, dirs, files in os.walk(name):
            relative = Path(os.path.relpath(folder, name))
            dirs[:] = sorted(
                d for d in dirs if not d.startswith(".") and not config.skips(relative / d)
            )
            for file in files:
                if Path(file).suffix.lower() in SUPPORTED and not config.skips(relative / file):
                    found.append(str(Path(folder) / file))
        yield from sorted(found)


def scan_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    language: str | None = None,
    strategy: str | None = None,
    config: Config | None = None,
    keep_text: bool = True,
) -> Iterator[Report]:
    """Reports for every file under ``paths``, in order; ``jobs > 1`` uses processes (one
    file each, or for a single file, chunks of its text)."""
    from anderebril.textscan.parallel import map_files

    files = list(walk(paths, config))
    work = partial(
        scan_one, language=language, strategy=strategy, config=config, keep_text=keep_text
    )
    if len(files) == 1:
        yield work(files[0], jobs=jobs)
        return
    if jobs > 1 and len(files) > 1:
        chosen_language, chosen = resolve(language, strategy, config)
        # Load the lexicon once, before the workers start, so that they share it.
        Scanner("nl" if chosen_language == "auto" else chosen_language, chosen, config)
    yield from map_files(work, files, jobs)
