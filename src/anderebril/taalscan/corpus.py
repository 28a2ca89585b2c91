"""The corpus overview of a batch: findings per document and category, frequent terms, and the
difference between two versions of a document. Plain data, shared by the page and the exports.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from anderebril.taalscan.constants import Category
from anderebril.taalscan.models import Batch, BatchItem, ItemStatus

CATEGORIES = [category.value for category in Category]


@dataclass(frozen=True)
class DocumentRow:
    position: int
    name: str
    status: str
    status_label: str
    error: str
    counts: dict[str, int]
    total: int
    masculine: int
    feminine: int

    @property
    def category_counts(self) -> list[int]:
        return [self.counts.get(category, 0) for category in CATEGORIES]


@dataclass(frozen=True)
class Term:
    text: str
    category: str
    count: int
    documents: int

    @property
    def category_label(self) -> str:
        return str(Category(self.category).label)


@dataclass(frozen=True)
class DiffRow:
    category: str
    rule: str
    text: str
    count_a: int
    count_b: int

    @property
    def category_label(self) -> str:
        return str(Category(self.category).label)


@dataclass
class Comparison:
    a: BatchItem
    b: BatchItem
    only_a: list[DiffRow] = field(default_factory=list)
    only_b: list[DiffRow] = field(default_factory=list)
    both: list[DiffRow] = field(default_factory=list)


def _items(batch: Batch) -> Iterator[Any]:
    yield from batch.items.order_by("position").values(
        "pk", "position", "name", "status", "error", "report"
    )


def document_rows(batch: Batch) -> list[DocumentRow]:
    rows = []
    for item in _items(batch):
        report = item["report"] or {}
        counts = Counter(str(f.get("category")) for f in report.get("findings", []))
        score = report.get("score") or {}
        rows.append(
            DocumentRow(
                position=item["position"],
                name=item["name"],
                status=item["status"],
                status_label=str(ItemStatus(item["status"]).label),
                error=item["error"],
                counts=dict(counts),
                total=sum(counts.values()),
                masculine=int(score.get("masculine") or 0),
                feminine=int(score.get("feminine") or 0),
            )
        )
    return rows


def category_totals(rows: list[DocumentRow]) -> list[int]:
    return [sum(row.counts.get(category, 0) for row in rows) for category in CATEGORIES]


def normalise_term(text: str) -> str:
    """Findings counted as one term: case, soft hyphens and white space do not matter."""
    return " ".join(text.replace("\u00ad", "").split()).lower()


def frequent_terms(batch: Batch, limit: int = 25) -> list[Term]:
    """The terms found most often across the corpus, with the number of documents they are in."""
    occurrences: Counter[tuple[str, str]] = Counter()
    documents: Counter[tuple[str, str]] = Counter()
    for item in _items(batch):
        keys = [
            (normalise_term(str(f.get("text", ""))), str(f.get("category")))
            for f in (item["report"] or {}).get("findings", [])
        ]
        occurrences.update(keys)
        documents.update(set(keys))
    ranked = sorted(occurrences.items(), key=lambda pair: (-pair[1], pair[0]))
    return [
        Term(text=text, category=category, count=count, documents=documents[(text, category)])
        for (text, category), count in ranked[:limit]
    ]


def _finding_keys(item: BatchItem) -> tuple[Counter[tuple[str, str]], dict[tuple[str, str], str]]:
    counts: Counter[tuple[str, str]] = Counter()
    categories: dict[tuple[str, str], str] = {}
    for finding in item.findings:
        key = (str(finding.get("rule", "")), normalise_term(str(finding.get("text", ""))))
        counts[key] += 1
        categories[key] = str(finding.get("category", ""))
    return counts, categories


def compare(a: BatchItem, b: BatchItem) -> Comparison:
    """Findings only in A, only in B and in both, matched by rule and (normalised) text."""
    counts_a, categories_a = _finding_keys(a)
    counts_b, categories_b = _finding_keys(b)
    categories = {**categories_b, **categories_a}
    comparison = Comparison(a=a, b=b)
    for key in sorted(set(counts_a) | set(counts_b), key=lambda k: (categories[k], k[1], k[0])):
        rule, text = key
        row = DiffRow(categories[key], rule, text, counts_a.get(key, 0), counts_b.get(key, 0))
        if row.count_a and row.count_b:
            comparison.both.append(row)
        elif row.count_a:
            comparison.only_a.append(row)
        else:
            comparison.only_b.append(row)
    return comparison


def category_labels() -> list[str]:
    return [str(category.label) for category in Category]
