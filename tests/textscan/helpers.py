"""Small helpers shared by the taalscan tests."""

from __future__ import annotations

from anderebril.textscan import Report, scan_text


def found(text: str, **options: str) -> list[tuple[str, str, str]]:
    """(category, rule, text) of every finding, in order."""
    report = scan_text(text, **options)
    return [(f.category, f.rule, f.text) for f in report.findings]


def spans(report: Report) -> list[tuple[str, int, int, str]]:
    return [(f.category, f.start, f.end, f.text) for f in report.findings]


def texts(text: str, category: str | None = None, **options: str) -> list[str]:
    return [t for c, _, t in found(text, **options) if category is None or c == category]
