"""``anderebril fix``: a rewritten copy of a .txt, .md or .docx file with the unambiguous fixes.

The original is never overwritten unless ``in_place`` is asked for. Plain UTF-8 text is
rewritten here; everything else goes through ``anderebril.documents.rewrite``, with edits given
as offsets into the extracted text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from anderebril.textscan.config import Config
from anderebril.textscan.engine import scanner_for
from anderebril.textscan.language import detect_language
from anderebril.textscan.model import Finding
from anderebril.textscan.rewrite import apply_edits, fixable

FIXABLE: Final = frozenset({".txt", ".md", ".markdown", ".docx"})
COPY_SUFFIX: Final = ".herschreven"
BOM: Final = "\ufeff"


@dataclass(frozen=True, slots=True)
class FixOutcome:
    source: Path
    target: Path | None
    fixed: int
    left: int
    error: str | None = None

    def line(self) -> str:
        if self.error is not None:
            return f"{self.source}: fout: {self.error}"
        if self.target is None:
            return f"{self.source}: niets eenduidig te verbeteren ({self.left} om zelf te bekijken)"
        return (
            f"{self.source} -> {self.target}: {self.fixed} verbeterd, "
            f"{self.left} om zelf te bekijken"
        )


def copy_path(source: Path) -> Path:
    """``vacature.txt`` -> ``vacature.herschreven.txt``."""
    return source.with_name(source.stem + COPY_SUFFIX + source.suffix)


def _scan(text: str, language: str, strategy: str, config: Config | None) -> list[Finding]:
    if language == "auto":
        language = detect_language(text)
    return scanner_for(language, strategy, config).scan(text)[0]


def fix_file(
    source: Path,
    target: Path | None,
    *,
    in_place: bool = False,
    language: str = "auto",
    strategy: str = "overkoepelend",
    config: Config | None = None,
) -> FixOutcome:
    suffix = source.suffix.lower()
    if suffix not in FIXABLE:
        return FixOutcome(source, None, 0, 0, "alleen .txt, .md en .docx kunnen herschreven worden")
    destination = source if in_place else (target or copy_path(source))
    if not in_place and _same_file(source, destination):
        return FixOutcome(
            source, None, 0, 0, "dit is het origineel; overschrijven kan alleen met --in-place"
        )
    if suffix != ".docx":
        try:
            raw = source.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            raw = None
        except OSError as error:
            return FixOutcome(source, None, 0, 0, f"kan het bestand niet lezen ({error.strerror})")
        if raw is not None:
            bom = BOM if raw.startswith(BOM) else ""
            text = raw.removeprefix(BOM)
            findings = _scan(text, language, strategy, config)
            edits = fixable(findings, text)
            if not edits:
                return FixOutcome(source, None, 0, len(findings))
            with destination.open("w", encoding="utf-8", newline="") as handle:
                handle.write(bom + apply_edits(text, edits))
            return FixOutcome(source, destination, len(edits), len(findings) - len(edits))
    return _fix_document(source, destination, language, strategy, config)


def _same_file(source: Path, destination: Path) -> bool:
    try:
        return destination.exists() and destination.resolve() == source.resolve()
    except OSError:
        return False


def _fix_document(
    source: Path, destination: Path, language: str, strategy: str, config: Config | None
) -> FixOutcome:
    try:
        from anderebril.documents import DocumentError, extract, rewrite
    except ImportError:
        return FixOutcome(source, None, 0, 0, "documenten lezen is (nog) niet beschikbaar")
    try:
        document = extract(source)
        findings = _scan(document.text, language, strategy, config)
        edits = fixable(findings, document.text)
        if not edits:
            return FixOutcome(source, None, 0, len(findings))
        rewrite(source, destination, edits)
    except DocumentError as error:
        return FixOutcome(source, None, 0, 0, str(error))
    return FixOutcome(source, destination, len(edits), len(findings) - len(edits))
