"""The request and response bodies of the API; the responses are the CLI's JSON contract."""

from __future__ import annotations

from typing import Literal

from ninja import Field, Schema

from anderebril.taalscan.constants import MAX_TEXT_LENGTH

Language = Literal["nl", "en", "auto"]
Strategy = Literal["overkoepelend", "paarvorm", "direct"]
LANGUAGES: tuple[str, ...] = ("nl", "en", "auto")
STRATEGIES: tuple[str, ...] = ("overkoepelend", "paarvorm", "direct")


class ScanIn(Schema):
    text: str = Field(
        min_length=1,
        max_length=MAX_TEXT_LENGTH,
        description="De tekst die gescand wordt, precies zoals hij is (UTF-8).",
    )
    language: Language = Field("nl", description="Taal van de tekst; auto herkent hem zelf.")
    strategy: Strategy = Field("overkoepelend", description="Soort alternatieven.")


class LocationOut(Schema):
    page: int | None
    line: int | None
    column: int | None
    paragraph: int | None
    section: str | None


class FindingOut(Schema):
    category: str
    rule: str
    severity: str
    start: int = Field(description="Begin in de tekst, in tekens (code points).")
    end: int
    text: str
    message: str
    explanation: str
    source: str
    suggestions: list[str]
    location: LocationOut


class ScoreOut(Schema):
    masculine: int
    feminine: int
    words: int
    per_1000_words: float
    verdict: str


class FileOut(Schema):
    path: str
    language: str
    findings: list[FindingOut]
    score: ScoreOut


class FileErrorOut(Schema):
    path: str
    error: str


class ReportOut(Schema):
    version: Literal[1]
    files: list[FileOut]
    errors: list[FileErrorOut]


class ErrorOut(Schema):
    detail: str = Field(description="Wat er mis is, in het Nederlands.")


class FieldErrorOut(Schema):
    loc: list[str | int]
    message: str
    type: str


class ValidationErrorOut(Schema):
    detail: str
    errors: list[FieldErrorOut] = []
