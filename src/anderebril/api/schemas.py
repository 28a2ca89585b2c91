"""The request and response bodies of the API; the responses are the CLI's JSON contract."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

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


#: The error responses every endpoint may give.
COMMON_ERRORS: dict[int, Any] = {401: ErrorOut, 422: ValidationErrorOut, 429: ErrorOut}


# --- paging -------------------------------------------------------------------------------


class PageOut(Schema):
    count: int = Field(description="Aantal in totaal, over alle pagina's.")
    page: int
    per_page: int
    pages: int
    next: str | None = Field(description="Adres van de volgende pagina, of null.")
    previous: str | None = Field(description="Adres van de vorige pagina, of null.")


# --- batches ------------------------------------------------------------------------------


class BatchCountsOut(Schema):
    queued: int
    running: int
    done: int
    failed: int
    skipped: int


class BatchFailureOut(Schema):
    position: int
    name: str
    status: Literal["failed", "skipped"]
    error: str = Field(description="Waarom dit bestand niet gescand is, in het Nederlands.")


class BatchOut(Schema):
    id: int
    title: str
    created_at: datetime
    strategy: str
    language: str
    total: int = Field(description="Documenten in de batch, overgeslagen bestanden meegeteld.")
    finished: int = Field(description="Documenten die klaar, mislukt of overgeslagen zijn.")
    is_finished: bool
    percent: int = Field(description="Voortgang, 0 tot en met 100.")
    counts: BatchCountsOut
    url: str = Field(description="Adres van deze status.")
    results_url: str


class BatchDetailOut(BatchOut):
    failures: list[BatchFailureOut] = Field(
        description="Mislukte en overgeslagen bestanden, met de reden."
    )


class BatchPageOut(PageOut):
    items: list[BatchOut]


class BatchResultOut(Schema):
    position: int
    name: str
    status: Literal["queued", "running", "done", "failed", "skipped"]
    error: str
    findings_count: int
    report: FileOut | None = Field(
        description="Het rapport van dit document (een ‘files’-item van het JSON-contract), "
        "zodra het gescand is."
    )


class BatchResultPageOut(PageOut):
    batch: BatchOut
    items: list[BatchResultOut]


# --- saved scans --------------------------------------------------------------------------


class SavedScanOut(Schema):
    id: int
    title: str
    created_at: datetime
    source_name: str
    is_document: bool
    strategy: str
    language: str
    findings_count: int
    url: str


class SavedScanDetailOut(SavedScanOut):
    report: ReportOut = Field(description="Het bewaarde rapport, het JSON-contract.")


class SavedScanPageOut(PageOut):
    items: list[SavedScanOut]


class SaveScanIn(ScanIn):
    title: str = Field("", max_length=200, description="Titel; leeg: de naam van de bron.")
