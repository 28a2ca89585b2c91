"""Small helpers shared by the taalscan tests."""

from __future__ import annotations

import pytest

from anderebril.textscan import Report, native, scan_text

#: For a test that replaces a function inside the engine to compare with and without a fast
#: path: compiled modules call each other directly, so the replacement would not be seen and
#: the test would compare the engine with itself. CI runs these on plain Python.
patches_engine_internals = pytest.mark.skipif(
    native.status().startswith("gecompileerd"),
    reason="vervangt een functie binnen de engine; gecompileerd ziet de engine die niet",
)


def found(text: str, **options: str) -> list[tuple[str, str, str]]:
    """(category, rule, text) of every finding, in order."""
    report = scan_text(text, **options)
    return [(f.category, f.rule, f.text) for f in report.findings]


def spans(report: Report) -> list[tuple[str, int, int, str]]:
    return [(f.category, f.start, f.end, f.text) for f in report.findings]


def texts(text: str, category: str | None = None, **options: str) -> list[str]:
    return [t for c, _, t in found(text, **options) if category is None or c == category]
