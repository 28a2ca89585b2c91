"""Taalscan: finds gendered wording in Dutch (and English) text. Imports no Django.

The public API is this module::

    >>> from anderebril.textscan import scan_text
    >>> report = scan_text("Wij zoeken een ervaren vakman (m/v).")
    >>> [(f.category, f.text) for f in report.findings]  # doctest: +SKIP
    [('gendered-term', 'vakman'), ('binary-notation', '(m/v)')]
"""
# ruff: noqa: E402 - the compiled modules must be found before the first rule module is imported

from __future__ import annotations

from anderebril.textscan import native

native.activate(__path__)

import os
from collections.abc import Iterable, Iterator

from anderebril.textscan.config import Config, ConfigError, load_config
from anderebril.textscan.engine import ScanError, scanner_for
from anderebril.textscan.files import scan_many, scan_one
from anderebril.textscan.language import detect_language
from anderebril.textscan.model import (
    CATEGORIES,
    SEVERITIES,
    STRATEGIES,
    Finding,
    Location,
    Report,
    Score,
)
from anderebril.textscan.rewrite import rewrite_text

__all__ = [
    "CATEGORIES",
    "SEVERITIES",
    "STRATEGIES",
    "Config",
    "ConfigError",
    "Finding",
    "Location",
    "Report",
    "ScanError",
    "Score",
    "load_config",
    "rewrite_text",
    "scan_file",
    "scan_paths",
    "scan_text",
]


def scan_text(
    text: str,
    *,
    language: str = "nl",
    strategy: str = "overkoepelend",
    config: Config | None = None,
) -> Report:
    """Scan a text. ``language`` may be ``"auto"``. Raises :class:`ScanError` for an unknown
    strategy or language."""
    if language == "auto":
        language = detect_language(text)
    findings, score = scanner_for(language, strategy, config).scan(text)
    return Report(
        path=None,
        language=language,
        findings=findings,
        score=score,
        text=text,
        strategy=strategy,
    )


def scan_file(
    path: str | os.PathLike[str],
    *,
    language: str | None = None,
    strategy: str | None = None,
    config: Config | None = None,
) -> Report:
    """Scan one file (txt, md, html, docx, odt, pdf). A file that cannot be read gives a
    report with ``error`` set; nothing is raised. ``language``/``strategy`` default to the
    configuration's, then ``auto``/``overkoepelend``."""
    return scan_one(path, language=language, strategy=strategy, config=config)


def scan_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    language: str | None = None,
    strategy: str | None = None,
    config: Config | None = None,
) -> Iterator[Report]:
    """Scan files and folders (recursively), yielding one report per file in order; with
    ``jobs > 1`` the files are scanned in that many processes (a single long file in chunks)."""
    return scan_many(paths, jobs=jobs, language=language, strategy=strategy, config=config)
