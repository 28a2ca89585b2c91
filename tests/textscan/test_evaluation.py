"""The evaluation harness scores a scan function against a labelled corpus, and the corpus holds."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from anderebril.textscan.evaluation import (
    CATEGORIES,
    CorpusError,
    Passage,
    evaluate,
    evaluate_passages,
    load_corpus,
)

DEV_CORPUS = Path(__file__).parent / "corpus" / "dev.jsonl"


@dataclass(frozen=True)
class FakeFinding:
    category: str
    start: int
    end: int
    text: str
    rule: str = "test.rule"
    severity: str = "should-fix"


@dataclass
class FakeReport:
    findings: list[FakeFinding] = field(default_factory=list)


def finding(text: str, word: str, category: str, occurrence: int = 0) -> FakeFinding:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return FakeFinding(category, start, start + len(word), word)


def label(text: str, word: str, category: str) -> dict[str, object]:
    start = text.index(word)
    return {"category": category, "start": start, "end": start + len(word), "text": word}


VACATURE = "Wij zoeken een vakman (m/v). De monteur regelt zelf zijn bus."
STAGE = "De student regelt zelf zijn stage. Stoere jongens gezocht!"
PROFIEL = "Jan is monteur; hij werkt al tien jaar bij ons."


def write_corpus(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(
        tmp_path,
        [
            {"id": "v-1", "kind": "vacature", "language": "nl", "text": VACATURE, "labels": [
                label(VACATURE, "vakman", "gendered-term"),
                label(VACATURE, "(m/v)", "binary-notation"),
                label(VACATURE, "zijn", "generic-masculine"),
            ]},
            {"id": "s-1", "kind": "stage", "language": "nl", "text": STAGE, "labels": [
                label(STAGE, "zijn", "generic-masculine"),
                label(STAGE, "Stoere jongens", "stereotype"),
            ]},
            {"id": "p-1", "kind": "profiel", "language": "nl", "text": PROFIEL, "labels": []},
        ],
    )  # fmt: skip


def gold_scanner(path: Path, *, drop: tuple[str, str] | None = None) -> Callable[..., FakeReport]:
    """A scanner that returns the gold labels, optionally without one (passage id, label text)."""
    passages = {p.text: p for p in load_corpus(path)}

    def scan(text: str, *, language: str) -> FakeReport:
        passage = passages[text]
        return FakeReport([
            FakeFinding(g.category, g.start, g.end, g.text)
            for g in passage.labels
            if drop != (passage.id, g.text)
        ])  # fmt: skip

    return scan


def test_a_perfect_scanner_scores_one_in_every_category(corpus: Path) -> None:
    result = evaluate(corpus, scan=gold_scanner(corpus))

    for category in CATEGORIES:
        score = result.per_category[category]
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert (result.micro.tp, result.micro.fp, result.micro.fn) == (5, 0, 0)
    assert result.errors() == []


def test_a_scanner_missing_one_label_loses_recall_in_that_category_only(corpus: Path) -> None:
    result = evaluate(corpus, scan=gold_scanner(corpus, drop=("s-1", "zijn")))

    masculine = result.per_category["generic-masculine"]
    assert (masculine.tp, masculine.fp, masculine.fn) == (1, 0, 1)
    assert masculine.recall == 0.5
    assert masculine.precision == 1.0
    assert masculine.f1 == pytest.approx(2 / 3)
    assert result.per_category["gendered-term"].recall == 1.0
    assert result.micro.recall == pytest.approx(4 / 5)
    [miss] = result.errors()
    assert (miss.type, miss.passage_id, miss.category, miss.text) == (
        "false-negative", "s-1", "generic-masculine", "zijn",
    )  # fmt: skip


def test_a_finding_that_overlaps_a_gold_span_counts_as_a_match(tmp_path: Path) -> None:
    text = "Wij zoeken een installatievakman."
    path = write_corpus(tmp_path, [{"id": "a", "kind": "vacature", "language": "nl",
        "text": text, "labels": [label(text, "installatievakman", "gendered-term")]}])  # fmt: skip

    result = evaluate(path, scan=lambda t, *, language: FakeReport([
        finding(t, "vakman", "gendered-term")]))  # fmt: skip

    assert result.per_category["gendered-term"].tp == 1
    assert result.micro.fp == result.micro.fn == 0


def test_overlap_matching_is_one_to_one_and_prefers_the_largest_overlap(tmp_path: Path) -> None:
    text = "De student neemt zijn eigen laptop mee."
    path = write_corpus(tmp_path, [{"id": "a", "kind": "regeling", "language": "nl",
        "text": text, "labels": [label(text, "zijn", "generic-masculine")]}])  # fmt: skip
    # two predictions overlap the one gold span: the better one matches, the other is a fp
    predictions = [
        FakeFinding(
            "generic-masculine", text.index("neemt zijn") + 4, text.index("zijn") + 1, "t z"
        ),
        FakeFinding("generic-masculine", text.index("zijn"), text.index("zijn") + 4, "zijn"),
    ]

    result = evaluate(path, scan=lambda t, *, language: FakeReport(predictions))

    score = result.per_category["generic-masculine"]
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)
    [extra] = result.errors()
    assert extra.type == "false-positive"
    assert extra.text == "t z"


def test_a_finding_in_the_wrong_category_is_both_a_false_positive_and_a_miss(
    tmp_path: Path,
) -> None:
    text = "Stoere jongens gezocht."
    path = write_corpus(tmp_path, [{"id": "a", "kind": "vacature", "language": "nl",
        "text": text, "labels": [label(text, "Stoere jongens", "stereotype")]}])  # fmt: skip

    result = evaluate(path, scan=lambda t, *, language: FakeReport([
        finding(t, "jongens", "gendered-term")]))  # fmt: skip

    assert result.per_category["stereotype"].fn == 1
    assert result.per_category["gendered-term"].fp == 1
    assert {e.type for e in result.errors()} == {"false-positive", "false-negative"}


def test_findings_outside_the_measured_categories_are_ignored(corpus: Path) -> None:
    def scan(text: str, *, language: str) -> FakeReport:
        report = gold_scanner(corpus)(text, language=language)
        report.findings.append(FakeFinding("coded-word", 0, 3, text[:3]))
        return report

    result = evaluate(corpus, scan=scan)

    assert result.micro.fp == 0


def test_the_passage_language_is_passed_to_the_scan_function(tmp_path: Path) -> None:
    path = write_corpus(tmp_path, [
        {"id": "nl", "kind": "nieuws", "language": "nl", "text": "Hallo.", "labels": []},
        {"id": "en", "kind": "nieuws", "language": "en", "text": "Hello.", "labels": []},
    ])  # fmt: skip
    seen: list[tuple[str, str]] = []

    def scan(text: str, *, language: str) -> FakeReport:
        seen.append((text, language))
        return FakeReport()

    evaluate(path, scan=scan)

    assert seen == [("Hallo.", "nl"), ("Hello.", "en")]


def test_a_malformed_corpus_line_is_reported_with_its_line_number(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    good = json.dumps({"id": "a", "kind": "vacature", "language": "nl", "text": "x", "labels": []})
    path.write_text(f"{good}\n\n{{'id': 'b', kapot\n", "utf-8")

    with pytest.raises(CorpusError, match=r"corpus\.jsonl:3: invalid JSON") as excinfo:
        load_corpus(path)
    assert excinfo.value.line == 3


def test_a_label_whose_offsets_do_not_match_the_text_is_rejected(tmp_path: Path) -> None:
    text = "Wij zoeken een vakman."
    bad = {"category": "gendered-term", "start": 14, "end": 20, "text": "vakman"}
    path = write_corpus(tmp_path, [
        {"id": "a", "kind": "vacature", "language": "nl", "text": text, "labels": []},
        {"id": "b", "kind": "vacature", "language": "nl", "text": text, "labels": [bad]},
    ])  # fmt: skip

    with pytest.raises(CorpusError, match=r":2: label 0: text\[14:20\] is ' vakma'"):
        load_corpus(path)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"kind": "x", "text": "t", "labels": []}, "'id' must be str"),
        ({"id": "a", "kind": "x", "text": "t"}, "'labels' must be list"),
        ({"id": "a", "kind": "x", "text": "t", "labels": [
            {"category": "vakman", "start": 0, "end": 1, "text": "t"}]}, "unknown category"),
        ({"id": "a", "kind": "x", "text": "t", "labels": [
            {"category": "stereotype", "start": 0, "end": 9, "text": "t"}]}, "outside text"),
        ({"id": "a", "kind": "x", "text": "t", "labels": [
            {"category": "stereotype", "start": True, "end": 1, "text": "t"}]},
         "'start' must be int"),
    ],
)  # fmt: skip
def test_a_passage_that_breaks_the_schema_is_rejected_with_a_reason(
    tmp_path: Path, row: dict[str, object], message: str
) -> None:
    with pytest.raises(CorpusError, match=message):
        load_corpus(write_corpus(tmp_path, [row]))


def test_duplicate_passage_ids_are_rejected(tmp_path: Path) -> None:
    row: dict[str, object] = {"id": "a", "kind": "x", "language": "nl", "text": "t", "labels": []}

    with pytest.raises(CorpusError, match=r":2: duplicate id 'a' \(line 1\)"):
        load_corpus(write_corpus(tmp_path, [row, row]))


def test_the_table_and_dict_report_every_category_and_the_micro_average(corpus: Path) -> None:
    result = evaluate(corpus, scan=gold_scanner(corpus, drop=("v-1", "vakman")))

    table = result.format_table()
    lines = table.splitlines()
    assert [line.split()[0] for line in lines[2:7]] == [*CATEGORIES, "micro-average"]
    assert len({len(line) for line in lines[:7]}) == 1  # aligned columns
    data = result.to_dict()
    assert data["categories"]["gendered-term"]["recall"] == 0.0
    assert data["micro"]["tp"] == 4
    assert data["errors"][0]["text"] == "vakman"
    json.dumps(data)


def test_errors_are_limited_and_carry_the_passage_context(corpus: Path) -> None:
    result = evaluate(corpus, scan=lambda text, *, language: FakeReport())

    assert len(result.errors()) == 5
    assert len(result.errors(limit=2)) == 2
    first = result.errors(limit=1)[0]
    assert first.passage_id == "v-1"
    assert "vakman" in first.context
    assert "false-negative v-1 gendered-term 'vakman'" in str(first)


def test_evaluate_passages_accepts_passages_already_in_memory() -> None:
    passages = [Passage("a", "vacature", "nl", "Jan is vakman.", ())]

    result = evaluate_passages(passages, scan=lambda text, *, language: FakeReport())

    assert result.passages == 1
    assert result.micro.f1 == 1.0


def test_the_development_corpus_is_valid_and_balanced() -> None:
    passages = load_corpus(DEV_CORPUS)  # validates JSON, offsets and unique ids

    assert len(passages) >= 80
    assert len({p.id for p in passages}) == len(passages)
    for passage in passages:
        assert passage.language == "nl"
        for gold in passage.labels:
            assert gold.category in CATEGORIES, passage.id
            assert passage.text[gold.start : gold.end] == gold.text
    per_category = Counter(g.category for p in passages for g in p.labels)
    for category in CATEGORIES:
        assert per_category[category] >= 15, category
    assert sum(1 for p in passages if not p.labels) >= 25
    kinds = {p.kind for p in passages}
    assert kinds == {"vacature", "stage", "werving", "kwalificatiedossier", "regeling",
                     "profiel", "statistiek", "lookalike", "nieuws"}  # fmt: skip
