"""Measure taalscan against a labelled corpus: precision, recall and F1 per category.

The corpus is JSON Lines, one passage per line::

    {"id": "vacature-001", "kind": "vacature", "language": "nl", "text": "...",
     "labels": [{"category": "gendered-term", "start": 12, "end": 18, "text": "vakman"}]}

A prediction matches a gold label of the same category when their spans overlap; matching is
one-to-one, greedily by largest overlap. The scan function is a parameter so the measurement
does not depend on the engine being importable (default: ``anderebril.textscan.scan_text``).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol, cast

CATEGORIES = ("gendered-term", "generic-masculine", "binary-notation", "stereotype")
KNOWN_CATEGORIES = frozenset({*CATEGORIES, "coded-word"})


class FindingLike(Protocol):
    @property
    def category(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


class ReportLike(Protocol):
    @property
    def findings(self) -> Sequence[FindingLike]: ...


class ScanFunction(Protocol):
    def __call__(self, text: str, *, language: str) -> ReportLike: ...


class CorpusError(ValueError):
    """A corpus line is not valid JSON or does not follow the passage schema."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line


@dataclass(frozen=True)
class Span:
    category: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Passage:
    id: str
    kind: str
    language: str
    text: str
    labels: tuple[Span, ...]


@dataclass(frozen=True)
class ErrorCase:
    """A false positive (predicted, not in gold) or false negative (gold, not predicted)."""

    type: Literal["false-positive", "false-negative"]
    passage_id: str
    category: str
    start: int
    end: int
    text: str
    context: str

    def __str__(self) -> str:
        return f"{self.type} {self.passage_id} {self.category} {self.text!r} in …{self.context}…"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of predictions that are right; 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold labels found; 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class EvaluationResult:
    categories: tuple[str, ...]
    passages: int
    per_category: dict[str, Score]
    cases: list[ErrorCase] = field(default_factory=list)

    @property
    def micro(self) -> Score:
        scores = [self.per_category[c] for c in self.categories]
        return Score(
            sum(s.tp for s in scores), sum(s.fp for s in scores), sum(s.fn for s in scores)
        )

    def errors(self, limit: int | None = 20) -> list[ErrorCase]:
        """False positives and false negatives, in corpus order, at most ``limit``."""
        return list(self.cases if limit is None else self.cases[:limit])

    def format_table(self) -> str:
        """An aligned plain-text table: one row per category plus the micro-average."""
        rows = [(c, self.per_category[c]) for c in self.categories]
        rows.append(("micro-average", self.micro))
        width = max(len("category"), *(len(name) for name, _ in rows))

        def row(name: str, *cells: object) -> str:
            widths = (5, 5, 5, 9, 7, 6)
            return f"{name:<{width}}  " + " ".join(
                f"{cell:>{w}}" for cell, w in zip(cells, widths, strict=True)
            )

        lines = [row("category", "tp", "fp", "fn", "precision", "recall", "f1")]
        lines.append("-" * len(lines[0]))
        for name, s in rows:
            scores = (f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
            lines.append(row(name, s.tp, s.fp, s.fn, *scores))
        lines.append(f"({self.passages} passages)")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "passages": self.passages,
            "categories": {c: self.per_category[c].to_dict() for c in self.categories},
            "micro": self.micro.to_dict(),
            "errors": [asdict(case) for case in self.cases],
        }


def _require(obj: dict[str, Any], key: str, kind: type, where: str, path: Path, line: int) -> Any:
    value = obj.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise CorpusError(path, line, f"{where}: '{key}' must be {kind.__name__}, got {value!r}")
    return value


def _parse_label(raw: object, index: int, text: str, path: Path, line: int) -> Span:
    where = f"label {index}"
    if not isinstance(raw, dict):
        raise CorpusError(path, line, f"{where}: must be an object, got {raw!r}")
    category = _require(raw, "category", str, where, path, line)
    if category not in KNOWN_CATEGORIES:
        raise CorpusError(path, line, f"{where}: unknown category {category!r}")
    start = _require(raw, "start", int, where, path, line)
    end = _require(raw, "end", int, where, path, line)
    label_text = _require(raw, "text", str, where, path, line)
    if not 0 <= start < end <= len(text):
        raise CorpusError(path, line, f"{where}: span {start}..{end} outside text of {len(text)}")
    if text[start:end] != label_text:
        raise CorpusError(
            path,
            line,
            f"{where}: text[{start}:{end}] is {text[start:end]!r}, label says {label_text!r}",
        )
    return Span(category, start, end, label_text)


def load_corpus(path: str | Path) -> list[Passage]:
    """Read and validate a JSONL corpus; raise ``CorpusError`` naming the line on any problem."""
    path = Path(path)
    passages: list[Passage] = []
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(path, line_no, f"invalid JSON: {exc.msg}") from exc
            if not isinstance(obj, dict):
                raise CorpusError(path, line_no, "a passage must be a JSON object")
            pid = _require(obj, "id", str, "passage", path, line_no)
            if pid in seen:
                raise CorpusError(path, line_no, f"duplicate id {pid!r} (line {seen[pid]})")
            seen[pid] = line_no
            text = _require(obj, "text", str, "passage", path, line_no)
            raw_labels = _require(obj, "labels", list, "passage", path, line_no)
            labels = tuple(
                _parse_label(raw, i, text, path, line_no) for i, raw in enumerate(raw_labels)
            )
            kind = _require(obj, "kind", str, "passage", path, line_no)
            obj.setdefault("language", "nl")
            language = _require(obj, "language", str, "passage", path, line_no)
            passages.append(Passage(pid, kind, language, text, labels))
    return passages


def _match(gold: Sequence[Span], predicted: Sequence[Span]) -> tuple[set[int], set[int]]:
    """Pair gold and predicted spans one-to-one, largest overlap first; return matched indices."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                pairs.append((-overlap, gi, pi))
    pairs.sort()
    matched_gold: set[int] = set()
    matched_pred: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in matched_gold and pi not in matched_pred:
            matched_gold.add(gi)
            matched_pred.add(pi)
    return matched_gold, matched_pred


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    return " ".join(text[max(0, start - width) : end + width].split())


def _default_scan() -> ScanFunction:
    module = importlib.import_module("anderebril.textscan")
    if not callable(scan := getattr(module, "scan_text", None)):
        raise RuntimeError("anderebril.textscan.scan_text is not available; pass scan=...")
    return cast(ScanFunction, scan)


def evaluate_passages(
    passages: Iterable[Passage],
    scan: ScanFunction | None = None,
    categories: Sequence[str] = CATEGORIES,
) -> EvaluationResult:
    """Scan every passage and score the findings against its gold labels."""
    scan_fn = scan if scan is not None else _default_scan()
    cats = tuple(categories)
    result = EvaluationResult(cats, 0, {c: Score() for c in cats})
    for passage in passages:
        result.passages += 1
        report = scan_fn(passage.text, language=passage.language)
        predicted = [
            Span(f.category, f.start, f.end, f.text) for f in report.findings if f.category in cats
        ]
        for category in cats:
            gold = [g for g in passage.labels if g.category == category]
            pred = [p for p in predicted if p.category == category]
            matched_gold, matched_pred = _match(gold, pred)
            score = result.per_category[category]
            score.tp += len(matched_gold)
            score.fn += len(gold) - len(matched_gold)
            score.fp += len(pred) - len(matched_pred)
            cases: list[tuple[Literal["false-positive", "false-negative"], Span]] = [
                *(("false-negative", g) for i, g in enumerate(gold) if i not in matched_gold),
                *(("false-positive", p) for i, p in enumerate(pred) if i not in matched_pred),
            ]
            for case_type, span in cases:
                context = _context(passage.text, span.start, span.end)
                where = (passage.id, category, span.start, span.end, span.text, context)
                result.cases.append(ErrorCase(case_type, *where))
    return result


def evaluate(
    corpus_path: str | Path,
    scan: ScanFunction | None = None,
    categories: Sequence[str] = CATEGORIES,
) -> EvaluationResult:
    """Load the corpus at ``corpus_path`` and evaluate ``scan`` (default: the taalscan engine)."""
    return evaluate_passages(load_corpus(corpus_path), scan=scan, categories=categories)
