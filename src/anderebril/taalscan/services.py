"""The taalscan for the web: scan a pasted text or an extracted document, keep nothing.

The view calls ``scan_submission`` and renders the ``ScanResult``. The result travels to the
download views as a signed, compressed token in the page (``encode_report``/``decode_report``):
the server stores neither the text nor the report. Only the public facades of
``anderebril.textscan`` and ``anderebril.documents`` are used here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext

from anderebril.documents import Document, Location
from anderebril.taalscan.constants import (
    CATEGORY_HELP,
    CATEGORY_MARKERS,
    CONTEXT_CHARACTERS,
    MAX_REWRITE_CHARACTERS,
    Category,
    Severity,
)
from anderebril.textscan import rewrite_text, scan_text

TOKEN_SALT = "taalscan-report"
TOKEN_VERSION = 1
#: The contract's ``path`` for a pasted text, which has no file name.
PASTED_TEXT_PATH = "geplakte-tekst.txt"


class BadToken(Exception):
    """A report token that was tampered with, truncated or is not ours."""


@dataclass(frozen=True)
class FindingView:
    """One finding as the page and the downloads show it, numbered in reading order."""

    number: int
    category: str
    rule: str
    severity: str
    start: int
    end: int
    text: str
    message: str
    explanation: str
    source: str
    suggestions: list[str]
    page: int | None
    line: int | None
    column: int | None
    paragraph: int | None
    section: str | None
    before: str = ""
    after: str = ""

    @property
    def category_label(self) -> str:
        return str(_label(Category, self.category))

    @property
    def marker(self) -> str:
        return CATEGORY_MARKERS.get(self.category, "?")  # type: ignore[call-overload]

    @property
    def severity_label(self) -> str:
        return str(_label(Severity, self.severity))

    @property
    def where(self) -> str:
        """Where the finding is, in words: page, paragraph and section when known, and line."""
        parts = []
        if self.page is not None:
            parts.append(gettext("pagina %(page)s") % {"page": self.page})
        if self.paragraph is not None:
            parts.append(gettext("alinea %(paragraph)s") % {"paragraph": self.paragraph})
        if self.section:
            parts.append(gettext("onderdeel %(section)s") % {"section": self.section})
        if self.line is not None:
            parts.append(gettext("regel %(line)s") % {"line": self.line})
        text = ", ".join(parts)
        return text[:1].upper() + text[1:]

    @property
    def anchor(self) -> str:
        return f"markering-{self.number}"

    @property
    def item_id(self) -> str:
        return f"vondst-{self.number}"

    def to_dict(self) -> dict[str, Any]:
        """The finding as the JSON contract has it."""
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
            "location": {
                "page": self.page,
                "line": self.line,
                "column": self.column,
                "paragraph": self.paragraph,
                "section": self.section,
            },
        }


@dataclass(frozen=True)
class CategoryGroup:
    category: str
    label: str
    help: str
    marker: str
    count: int
    findings: list[FindingView]


@dataclass
class ScanResult:
    """Everything the result page, the JSON and the PDF need; text only when it is shown."""

    path: str
    is_document: bool
    language: str
    strategy: str
    findings: list[FindingView]
    score: dict[str, Any]
    created: datetime
    text: str = ""
    #: The text with the unambiguous fixes; None when the text is too long to show it again.
    rewritten: str | None = None
    pages: int | None = None
    counts: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.counts:
            self.counts = dict(Counter(finding.category for finding in self.findings))

    @property
    def total(self) -> int:
        return len(self.findings)

    def groups(self, findings: list[FindingView] | None = None) -> list[CategoryGroup]:
        """The findings per category, in the order of ``Category``, empty categories left out."""
        chosen = self.findings if findings is None else findings
        groups = []
        for category in Category:
            members = [f for f in chosen if f.category == category.value]
            count = self.counts.get(category.value, 0)
            if count:
                groups.append(
                    CategoryGroup(
                        category=category.value,
                        label=str(category.label),
                        help=str(CATEGORY_HELP[category]),
                        marker=CATEGORY_MARKERS[category],
                        count=count,
                        findings=members,
                    )
                )
        return groups

    def contract(self) -> dict[str, Any]:
        """The JSON contract of ``TAALSCAN.md``: one file, no errors."""
        return {
            "version": 1,
            "files": [
                {
                    "path": self.path,
                    "language": self.language,
                    "findings": [finding.to_dict() for finding in self.findings],
                    "score": dict(self.score),
                }
            ],
            "errors": [],
        }


def _label(choices: Any, value: str) -> Any:
    try:
        return choices(value).label
    except ValueError:
        return value


def scan_submission(
    *, text: str | None, document: Document | None, strategy: str, language: str
) -> ScanResult:
    """Scan a pasted text or an extracted document; nothing is stored."""
    if document is not None:
        scanned = document.text
        path = document.path or "bestand"
    else:
        scanned = text or ""
        path = PASTED_TEXT_PATH
    report = scan_text(scanned, language=language, strategy=strategy)
    findings: list[FindingView] = []
    locate = document.locator() if document is not None else None
    for engine_finding in sorted(report.findings, key=lambda f: (f.start, f.end)):
        if document is not None and document.is_ignored(engine_finding.start, engine_finding.end):
            continue
        findings.append(_view(len(findings) + 1, engine_finding, scanned, locate))
    rewritten = rewrite_text(scanned, report) if len(scanned) <= MAX_REWRITE_CHARACTERS else None
    return ScanResult(
        path=path,
        is_document=document is not None,
        language=report.language,
        strategy=strategy,
        findings=findings,
        score=report.score.to_dict(),
        created=timezone.now(),
        text=scanned,
        rewritten=rewritten,
        pages=document.pages if document is not None else None,
    )


def _view(
    number: int, finding: Any, text: str, locate: Callable[[int], Location] | None
) -> FindingView:
    location = finding.location if locate is None else locate(finding.start)
    page, line, column = location.page, location.line, location.column
    paragraph, section = location.paragraph, location.section
    return FindingView(
        number=number,
        category=finding.category,
        rule=finding.rule,
        severity=finding.severity,
        start=finding.start,
        end=finding.end,
        text=finding.text,
        message=finding.message,
        explanation=finding.explanation,
        source=finding.source,
        suggestions=list(finding.suggestions),
        page=page,
        line=line,
        column=column,
        paragraph=paragraph,
        section=section,
        before=_squash(text[max(finding.start - CONTEXT_CHARACTERS, 0) : finding.start]),
        after=_squash(text[finding.end : finding.end + CONTEXT_CHARACTERS]),
    )


def _squash(fragment: str) -> str:
    """Context on one line: runs of white space (newlines included) become one space."""
    return " ".join(fragment.split()) if fragment.strip() else ""


# --- the token that carries a report to the download views ---------------------------------


def encode_report(result: ScanResult) -> str:
    """A signed, compressed token with the report; the text itself is left out."""
    payload = {
        "v": TOKEN_VERSION,
        "created": result.created.isoformat(),
        "strategy": result.strategy,
        "document": result.is_document,
        "pages": result.pages,
        "file": result.contract()["files"][0],
        "context": [[f.before, f.after] for f in result.findings],
    }
    return signing.dumps(payload, compress=True, salt=TOKEN_SALT)


def decode_report(token: str) -> ScanResult:
    """The report of ``encode_report``; raises ``BadToken`` for anything else."""
    try:
        payload = signing.loads(token, salt=TOKEN_SALT)
        if payload.get("v") != TOKEN_VERSION:
            raise BadToken("unknown version")
        file = payload["file"]
        contexts = payload["context"]
        findings = [
            _finding_from_dict(number, item, context)
            for number, (item, context) in enumerate(
                zip(file["findings"], contexts, strict=True), start=1
            )
        ]
        return ScanResult(
            path=str(file["path"]),
            is_document=bool(payload["document"]),
            language=str(file["language"]),
            strategy=str(payload["strategy"]),
            findings=findings,
            score=dict(file["score"]),
            created=datetime.fromisoformat(payload["created"]),
            pages=payload.get("pages"),
        )
    except BadToken:
        raise
    except (signing.BadSignature, KeyError, TypeError, ValueError, AttributeError) as error:
        raise BadToken(str(error)) from error


def _finding_from_dict(number: int, item: dict[str, Any], context: list[str]) -> FindingView:
    location = item.get("location") or {}
    before, after = context
    return FindingView(
        number=number,
        category=str(item["category"]),
        rule=str(item["rule"]),
        severity=str(item["severity"]),
        start=int(item["start"]),
        end=int(item["end"]),
        text=str(item["text"]),
        message=str(item["message"]),
        explanation=str(item["explanation"]),
        source=str(item["source"]),
        suggestions=[str(s) for s in item["suggestions"]],
        page=location.get("page"),
        line=location.get("line"),
        column=location.get("column"),
        paragraph=location.get("paragraph"),
        section=location.get("section"),
        before=str(before),
        after=str(after),
    )
