"""The taalscan subcommands of ``anderebril``: ``scan``, ``fix``, ``eval`` and ``rules-doc``.

Exit codes follow linter convention: 0 clean, 1 a finding at or above ``--fail-on`` (or a file
that could not be read), 2 a usage error.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from anderebril.textscan.config import Config, ConfigError, load_config
from anderebril.textscan.engine import ScanError, Scanner
from anderebril.textscan.files import open_scan, resolve, scan_many, walk
from anderebril.textscan.formats import (
    FORMATS,
    Formatter,
    Piecewise,
    Rendered,
    Result,
    Summary,
    make_formatter,
)
from anderebril.textscan.model import SEVERITIES, SEVERITY_RANK, STRATEGIES
from anderebril.textscan.parallel import available_cores, map_files

PROGRESS_MIN_FILES = 20
#: ``--jobs auto`` scans several files in parallel once they hold this much together.
AUTO_PARALLEL_BYTES = 1_000_000


def register(subparsers: Any) -> None:
    """Add the taalscan commands to the ``anderebril`` parser."""
    scan = subparsers.add_parser(
        "scan",
        help="zoek gendergebonden taal in bestanden of mappen",
        description="Zoek gendergebonden taal in teksten. Mappen worden doorzocht; - leest stdin.",
    )
    scan.add_argument("paths", nargs="+", metavar="PAD", help="bestand, map of - (stdin)")
    scan.add_argument("--format", choices=FORMATS, default="text", help="uitvoerformaat")
    _common_options(scan)
    scan.add_argument(
        "--fail-on",
        choices=[*SEVERITIES, "never"],
        default="must-fix",
        help="eindig met code 1 bij een bevinding van deze ernst of hoger (standaard must-fix)",
    )
    scan.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=None,
        metavar="N",
        help="aantal processen, of auto (standaard): alle kernen zodra er genoeg tekst is",
    )
    scan.add_argument("--output", "-o", metavar="BESTAND", help="schrijf naar dit bestand")
    scan.set_defaults(handler=run_scan)

    fix = subparsers.add_parser(
        "fix",
        help="schrijf een verbeterde kopie (txt, md, docx) met de eenduidige alternatieven",
    )
    fix.add_argument("paths", nargs="+", metavar="PAD")
    _common_options(fix)
    fix.add_argument("--in-place", action="store_true", help="overschrijf het origineel")
    fix.add_argument("--output", "-o", metavar="BESTAND", help="kopie (alleen bij één bestand)")
    fix.set_defaults(handler=run_fix)

    evaluate = subparsers.add_parser("eval", help="precisie/recall per categorie op een corpus")
    evaluate.add_argument("corpus", metavar="CORPUS.jsonl")
    evaluate.add_argument("--strategy", choices=STRATEGIES, default="overkoepelend")
    evaluate.set_defaults(handler=run_eval)

    rules = subparsers.add_parser("rules-doc", help="schrijf docs/rules.md uit het lexicon")
    rules.add_argument("--output", "-o", default="docs/rules.md", metavar="BESTAND")
    rules.add_argument("--check", action="store_true", help="alleen controleren of het klopt")
    rules.set_defaults(handler=run_rules_doc)


def _common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--language", "--taal", choices=["nl", "en", "auto"], default=None)
    parser.add_argument("--strategy", "--strategie", choices=STRATEGIES, default=None)
    parser.add_argument("--config", metavar="BESTAND", help="anderebril.toml of pyproject.toml")


def _jobs(value: str) -> int | None:
    """A number of processes, or ``None`` for ``auto``."""
    if value.strip().lower() == "auto":
        return None
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError("geef een getal of auto") from None
    if number < 1:
        raise argparse.ArgumentTypeError("moet 1 of meer zijn")
    return number


def _job_count(asked: int | None, files: list[str]) -> int:
    """How many processes to use. ``auto`` takes every core, but for several files only when
    they hold enough text to pay for starting the processes (a single file decides by its
    own length: see ``files.PARALLEL_MIN_CHARS``)."""
    if asked is not None:
        return asked
    cores = available_cores()
    if len(files) < 2:
        return cores
    total = 0
    for path in files:
        try:
            total += Path(path).stat().st_size
        except OSError:
            continue
        if total >= AUTO_PARALLEL_BYTES:
            return cores
    return 1


def _usage_error(message: str) -> int:
    print(f"anderebril: fout: {message}", file=sys.stderr)  # noqa: T201
    return 2


def _config(args: argparse.Namespace) -> Config:
    return load_config(args.config)


@dataclass(frozen=True, slots=True)
class RenderFile:
    """What a ``--jobs`` worker does with one file: scan it and format its output, so that
    the parent process only writes (and pickles a string, not the findings)."""

    format: str
    color: bool
    language: str
    strategy: str
    config: Config

    def __call__(self, path: str) -> Rendered:
        scan = open_scan(path, language=self.language, strategy=self.strategy, config=self.config)
        counts = Summary(files=1, errors=int(scan.error is not None))
        result = Result(
            scan.path, scan.language, counts.count(scan.findings), scan.score, scan.error
        )
        formatter = make_formatter(self.format, io.StringIO(), color=self.color)
        assert isinstance(formatter, Piecewise), self.format
        return Rendered(scan.path, scan.error, formatter.render(result), counts)


def _results(
    args: argparse.Namespace, config: Config, formatter: Formatter, color: bool
) -> Iterator[Result | Rendered]:
    language, strategy = resolve(args.language, args.strategy, config)
    stdin = [p for p in args.paths if p == "-"]
    files = [p for p in args.paths if p != "-"]
    if stdin:
        from anderebril.textscan import scan_text

        report = scan_text(sys.stdin.read(), language=language, strategy=strategy, config=config)
        report.path = "-"
        yield Result.of(report)
    files = list(walk(files, config))
    jobs = _job_count(args.jobs, files)
    if jobs > 1 and len(files) > 1:
        if isinstance(formatter, Piecewise):
            # Load the lexicon before the workers start, so that they share it.
            Scanner("nl" if language == "auto" else language, strategy, config)
            task = RenderFile(args.format, color, language, strategy, config)
            yield from map_files(task, files, jobs)
            return
        reports = scan_many(
            files,
            jobs=jobs,
            language=language,
            strategy=strategy,
            config=config,
            keep_text=False,
        )
        yield from (Result.of(r) for r in reports)
        return
    for path in files:  # one at a time, streaming: memory stays bounded for huge files
        scan = open_scan(path, language=language, strategy=strategy, config=config, jobs=jobs)
        yield Result(scan.path, scan.language, scan.findings, scan.score, scan.error)


class Progress:
    """A one-line progress counter on stderr, only on a terminal and for many files."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.active = total >= PROGRESS_MIN_FILES and stream.isatty()
        self.done = 0

    def step(self) -> None:
        self.done += 1
        if self.active:
            width = 30
            filled = width * self.done // self.total
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total}")
            if self.done == self.total:
                self.stream.write("\n")
            self.stream.flush()


def run_scan(args: argparse.Namespace) -> int:
    try:
        config = _config(args)
        resolve(args.language, args.strategy, config)
    except (ConfigError, ScanError) as error:
        return _usage_error(str(error))
    if not args.paths:
        return _usage_error("geef een bestand, map of -")
    summary = Summary()
    with ExitStack() as stack:
        if args.output:
            out: TextIO = stack.enter_context(
                Path(args.output).open("w", encoding="utf-8", newline="")
            )
        else:
            out = sys.stdout
        color = (
            args.format == "text"
            and not args.output
            and out.isatty()
            and "NO_COLOR" not in os.environ
        )
        formatter = make_formatter(args.format, out, color=color)
        total = sum(1 for _ in walk([p for p in args.paths if p != "-"], config))
        progress = Progress(total + args.paths.count("-"), sys.stderr)
        formatter.begin()
        try:
            for result in _results(args, config, formatter, color):
                if isinstance(result, Rendered):
                    summary.merge(result.counts)
                    assert isinstance(formatter, Piecewise)
                    formatter.add_rendered(result)
                else:
                    summary.files += 1
                    if result.error is not None:
                        summary.errors += 1
                    result.findings = summary.count(result.findings)
                    formatter.add(result)
                progress.step()
        except ScanError as error:
            return _usage_error(str(error))
        except BrokenProcessPool:
            return _usage_error(
                "een werkproces stopte onverwacht (te weinig geheugen?); de uitvoer is "
                "onvolledig. Probeer het opnieuw met --jobs 1."
            )
        formatter.end(summary)
    if args.format != "text" and (args.output or not sys.stdout.isatty()):
        print(summary.line(), file=sys.stderr)  # noqa: T201
    failed = args.fail_on != "never" and summary.worst >= SEVERITY_RANK[args.fail_on]
    return 1 if failed or summary.errors else 0


def run_fix(args: argparse.Namespace) -> int:
    from anderebril.textscan.fixing import fix_file

    try:
        config = _config(args)
    except ConfigError as error:
        return _usage_error(str(error))
    files = list(walk(args.paths, config))
    if args.output and len(files) != 1:
        return _usage_error("--output kan alleen bij één bestand")
    if args.output and args.in_place:
        return _usage_error("kies --output of --in-place, niet allebei")
    language, strategy = resolve(args.language, args.strategy, config)
    status = 0
    for path in files:
        target = Path(args.output) if args.output else None
        outcome = fix_file(
            Path(path),
            target,
            in_place=args.in_place,
            language=language,
            strategy=strategy,
            config=config,
        )
        print(outcome.line())  # noqa: T201
        if outcome.error is not None:
            status = 1
    return status


def run_eval(args: argparse.Namespace) -> int:
    try:
        from anderebril.textscan.evaluation import evaluate
    except ImportError:
        return _usage_error("de evaluatiemodule (anderebril.textscan.evaluation) ontbreekt")
    if not Path(args.corpus).is_file():
        return _usage_error(f"corpus niet gevonden: {args.corpus}")
    from functools import partial

    from anderebril.textscan import scan_text

    result = evaluate(args.corpus, scan=partial(scan_text, strategy=args.strategy))
    print(result.format_table())  # noqa: T201
    return 0


def run_rules_doc(args: argparse.Namespace) -> int:
    from anderebril.textscan.rulesdoc import render_rules

    text = render_rules()
    target = Path(args.output)
    if args.check:
        current = target.read_text(encoding="utf-8") if target.is_file() else ""
        if current != text:
            print(f"{target} is verouderd: draai 'anderebril rules-doc'", file=sys.stderr)  # noqa: T201
            return 1
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"{target} geschreven")  # noqa: T201
    return 0
