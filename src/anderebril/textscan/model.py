"""The engine's result types: findings, their location, the coded-word score and the report.

Everything here is plain data with a ``to_dict`` that follows the JSON contract in
``TAALSCAN.md``; no behaviour beyond ordering and serialisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

CATEGORIES: Final = (
    "gendered-term",
    "generic-masculine",
    "binary-notation",
    "stereotype",
    "coded-word",
)
SEVERITIES: Final = ("must-fix", "should-fix", "consider")
STRATEGIES: Final = ("overkoepelend", "paarvorm", "direct")
LANGUAGES: Final = ("nl", "en")

#: Higher number = more serious; used for ``--fail-on`` and for choosing between overlaps.
SEVERITY_RANK: Final = {"consider": 1, "should-fix": 2, "must-fix": 3}


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding sits: line/column (1-based) in the text, page/paragraph/section in
    the source document when it has them (paragraph is 1-based, section is e.g. ``B1-K1-W2``)."""

    page: int | None = None
    line: int | None = None
    column: int | None = None
    paragraph: int | None = None
    section: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "line": self.line,
            "column": self.column,
            "paragraph": self.paragraph,
            "section": self.section,
        }


_new_object: Final = object.__new__
_SETTERS: Final = tuple(
    Location.__dict__[name].__set__ for name in ("page", "line", "column", "paragraph", "section")
)


def make_location(
    page: int | None,
    line: int | None,
    column: int | None,
    paragraph: int | None,
    section: str | None,
) -> Location:
    """``Location(page, line, column, paragraph, section)``, made about twice as fast (a
    frozen dataclass sets each field through ``object.__setattr__``): one per finding."""
    location: Location = _new_object(Location)
    set_page, set_line, set_column, set_paragraph, set_section = _SETTERS
    set_page(location, page)
    set_line(location, line)
    set_column(location, column)
    set_paragraph(location, paragraph)
    set_section(location, section)
    return location


@dataclass(slots=True)
class Finding:
    """One piece of wording worth a second look. ``text == scanned_text[start:end]``."""

    category: str
    rule: str
    severity: str
    start: int
    end: int
    text: str
    message: str
    explanation: str
    source: str
    suggestions: list[str] = field(default_factory=list)
    location: Location = field(default=Location())  # immutable, so one shared default

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "rule": self.rule,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "explanation": self.explanation,
            "source": self.source,
            "suggestions": list(self.suggestions),
            "location": self.location.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Score:
    """Coded words in the text, normalised per 1,000 words. A risk signal, not a verdict."""

    masculine: int = 0
    feminine: int = 0
    words: int = 0
    per_1000_words: float = 0.0
    verdict: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "masculine": self.masculine,
            "feminine": self.feminine,
            "words": self.words,
            "per_1000_words": self.per_1000_words,
            "verdict": self.verdict,
        }


@dataclass(slots=True)
class Report:
    """The result of scanning one text or file.

    ``text`` is the scanned text (``None`` for very large files scanned in chunks, which are
    never held in memory as a whole). ``error`` is set, with a Dutch message, when the file
    could not be read; ``findings`` is then empty.
    """

    path: str | None
    language: str
    findings: list[Finding] = field(default_factory=list)
    score: Score = field(default_factory=Score)
    error: str | None = None
    text: str | None = None
    strategy: str = "overkoepelend"

    def to_dict(self) -> dict[str, Any]:
        """One entry of the contract's ``files`` list (errors go to ``errors`` instead)."""
        return {
            "path": self.path,
            "language": self.language,
            "findings": [finding.to_dict() for finding in self.findings],
            "score": self.score.to_dict(),
        }

    def at_or_above(self, severity: str) -> bool:
        """Whether any finding is at least as serious as ``severity``."""
        threshold = SEVERITY_RANK[severity]
        return any(SEVERITY_RANK[f.severity] >= threshold for f in self.findings)
