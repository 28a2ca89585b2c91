"""Applying the unambiguous fixes: word-level findings with exactly one suggestion under the
strategy (see ``REPLACEABLE``)."""

from __future__ import annotations

from typing import Final

from anderebril.textscan.model import Finding, Report

#: Categories whose suggestions replace the words one for one. Stereotype and coded-word
#: suggestions rephrase a whole idea, so they are advice and never applied automatically.
REPLACEABLE: Final = frozenset({"gendered-term", "binary-notation", "generic-masculine"})


def fixable(findings: list[Finding], text: str) -> list[tuple[int, int, str]]:
    """Edits ``(start, end, replacement)`` for findings with exactly one suggestion that still
    match the text, without overlaps, in text order."""
    edits: list[tuple[int, int, str]] = []
    last_end = -1
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.category not in REPLACEABLE or finding.start < last_end:
            continue
        if len(finding.suggestions) != 1:
            continue
        if text[finding.start : finding.end] != finding.text:
            continue
        replacement = finding.suggestions[0]
        if replacement != finding.text:
            edits.append((finding.start, finding.end, replacement))
            last_end = finding.end
    return edits


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    parts: list[str] = []
    pos = 0
    for start, end, replacement in edits:
        parts.append(text[pos:start])
        parts.append(replacement)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def rewrite_text(text: str, report: Report) -> str:
    """``text`` with every unambiguous fix of ``report`` applied.

    >>> from anderebril.textscan import scan_text
    >>> text = "Monteur (m/v) gezocht"
    >>> rewrite_text(text, scan_text(text))
    'Monteur (m/v/x) gezocht'
    """
    return apply_edits(text, fixable(report.findings, text))
