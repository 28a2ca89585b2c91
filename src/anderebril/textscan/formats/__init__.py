"""Output formats of ``anderebril scan``: text, json, sarif, csv, html.

Every formatter gets results one file at a time and writes as it goes, so output for huge
inputs streams; :class:`Summary` counts what passed through for the closing line and the exit
code. Formatters whose output for one file stands on its own (all but SARIF) can also
``render`` it apart, so that ``--jobs N`` workers format their own files and the parent only
writes the :class:`Rendered` pieces.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol, TextIO, runtime_checkable

from anderebril.textscan.model import SEVERITY_RANK, Finding, Report, Score


@dataclass(slots=True)
class Result:
    """One file's results as they stream: ``findings`` may be a one-shot iterator."""

    path: str
    language: str
    findings: Iterable[Finding]
    score: Callable[[], Score]
    error: str | None = None

    @classmethod
    def of(cls, report: Report) -> Result:
        score = report.score
        return cls(
            report.path or "-", report.language, report.findings, lambda: score, report.error
        )


@dataclass(slots=True)
class Summary:
    files: int = 0
    errors: int = 0
    findings: int = 0
    by_severity: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    worst: int = 0

    def count(self, findings: Iterable[Finding]) -> Iterator[Finding]:
        """Pass findings through, counting them."""
        for finding in findings:
            self.findings += 1
            self.by_severity[finding.severity] = self.by_severity.get(finding.severity, 0) + 1
            self.by_category[finding.category] = self.by_category.get(finding.category, 0) + 1
            self.worst = max(self.worst, SEVERITY_RANK[finding.severity])
            yield finding

    def merge(self, other: Summary) -> None:
        """Add the counts of ``other`` (a worker's, for one file) to these."""
        self.files += other.files
        self.errors += other.errors
        self.findings += other.findings
        for severity, count in other.by_severity.items():
            self.by_severity[severity] = self.by_severity.get(severity, 0) + count
        for category, count in other.by_category.items():
            self.by_category[category] = self.by_category.get(category, 0) + count
        self.worst = max(self.worst, other.worst)

    def line(self) -> str:
        """A Dutch closing line: ``3 bestanden, 5 bevindingen (1 must-fix, 4 should-fix)``."""
        files = f"{self.files} bestand" + ("en" if self.files != 1 else "")
        found = f"{self.findings} bevinding" + ("en" if self.findings != 1 else "")
        parts = [f"{self.by_severity[s]} {s}" for s in SEVERITY_RANK if s in self.by_severity]
        parts.sort(key=lambda p: -SEVERITY_RANK[p.split(" ")[1]])
        detail = f" ({', '.join(parts)})" if parts else ""
        errors = f", {self.errors} niet te lezen" if self.errors else ""
        return f"{files} gescand, {found}{detail}{errors}."


@dataclass(slots=True)
class Rendered:
    """One file formatted by a worker: its output and its counts for the summary."""

    path: str
    error: str | None
    body: str
    counts: Summary


class Formatter(Protocol):
    def begin(self) -> None: ...

    def add(self, result: Result) -> None: ...

    def end(self, summary: Summary) -> None: ...


@runtime_checkable
class Piecewise(Protocol):
    """A formatter that can format one file apart and later write it in its place."""

    def render(self, result: Result) -> str: ...

    def add_rendered(self, rendered: Rendered) -> None: ...


def make_formatter(name: str, out: TextIO, *, color: bool = False) -> Formatter:
    from anderebril.textscan.formats.csv import CsvFormatter
    from anderebril.textscan.formats.html import HtmlFormatter
    from anderebril.textscan.formats.json import JsonFormatter
    from anderebril.textscan.formats.sarif import SarifFormatter
    from anderebril.textscan.formats.text import TextFormatter

    formatters: dict[str, Callable[[], Formatter]] = {
        "text": lambda: TextFormatter(out, color=color),
        "json": lambda: JsonFormatter(out),
        "sarif": lambda: SarifFormatter(out),
        "csv": lambda: CsvFormatter(out),
        "html": lambda: HtmlFormatter(out),
    }
    return formatters[name]()


FORMATS = ("text", "json", "sarif", "csv", "html")
