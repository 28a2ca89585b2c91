"""The corpus overview of a batch: per document and category, frequent terms, two versions
compared, and CSV/XLSX exports that a spreadsheet cannot be tricked into running."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from anderebril.accounts.models import User
from anderebril.organisations.models import Organisation
from anderebril.taalscan import tasks
from anderebril.taalscan.batches import create_batch
from anderebril.taalscan.corpus import compare, document_rows, frequent_terms
from anderebril.taalscan.exports import safe_cell
from anderebril.taalscan.models import Batch

EDITION_2023 = (
    b"De vakman werkt veilig. Hij controleert zijn gereedschap. Wij zoeken een monteur (m/v)."
)
EDITION_2025 = b"De vakman werkt veilig. Je controleert je gereedschap. Stoere jongens gezocht."


@pytest.fixture
def batch(school: Organisation, alice: User) -> Batch:
    created = create_batch(
        school,
        alice,
        [
            ("dossier-2023.txt", EDITION_2023),
            ("dossier-2025.txt", EDITION_2025),
            ("=HYPERLINK(1).txt", b"Een vakman."),
        ],
        title="Dossiers",
    )
    tasks.drain_queue()
    return created


def test_findings_are_counted_per_document_and_category(batch: Batch) -> None:
    rows = {row.name: row for row in document_rows(batch)}
    assert rows["dossier-2023.txt"].counts["gendered-term"] == 1
    assert rows["dossier-2023.txt"].counts["binary-notation"] == 1
    assert rows["dossier-2023.txt"].counts.get("generic-masculine", 0) >= 1
    assert rows["dossier-2025.txt"].counts["stereotype"] == 1
    assert rows["dossier-2025.txt"].total == sum(rows["dossier-2025.txt"].counts.values())


def test_the_most_frequent_term_counts_occurrences_and_documents(batch: Batch) -> None:
    top = frequent_terms(batch)[0]
    assert (top.text, top.category, top.count, top.documents) == ("vakman", "gendered-term", 3, 3)


def test_two_versions_compare_into_only_a_only_b_and_both(batch: Batch) -> None:
    a = batch.items.get(name="dossier-2023.txt")
    b = batch.items.get(name="dossier-2025.txt")
    comparison = compare(a, b)
    assert [row.text for row in comparison.both] == ["vakman"]
    only_a = {row.category for row in comparison.only_a}
    assert {"binary-notation", "generic-masculine"} <= only_a
    assert [row.category for row in comparison.only_b] == ["stereotype"]
    assert all(row.count_b == 0 for row in comparison.only_a)


def test_the_corpus_page_shows_the_table_terms_and_a_comparison(
    client: Client, alice: User, batch: Batch
) -> None:
    client.force_login(alice)
    a = batch.items.get(name="dossier-2023.txt")
    b = batch.items.get(name="dossier-2025.txt")
    url = reverse("taalscan:batch-corpus", args=[batch.pk])
    html = client.get(url, {"a": a.pk, "b": b.pk}).content.decode()
    assert "Vondsten per document en soort" in html
    assert "Meest gevonden termen" in html
    assert "Alleen in A (dossier-2023.txt)" in html
    assert "Alleen in B (dossier-2025.txt)" in html
    assert "stoere jongens" in html.split('id="alleen-b"')[1].lower()


def test_the_csv_export_guards_against_formula_injection(
    client: Client, alice: User, batch: Batch
) -> None:
    client.force_login(alice)
    response = client.get(reverse("taalscan:batch-csv", args=[batch.pk]))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Nr.", "Document"]
    names = [row[1] for row in rows[1:]]
    assert "'=HYPERLINK(1).txt" in names
    assert not any(name.startswith("=") for name in names)


def test_the_xlsx_export_has_three_sheets_and_no_formulas(
    client: Client, alice: User, batch: Batch
) -> None:
    client.force_login(alice)
    response = client.get(reverse("taalscan:batch-xlsx", args=[batch.pk]))
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Per document", "Termen", "Vondsten"]
    cells = [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert "'=HYPERLINK(1).txt" in [cell.value for cell in cells]


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_cells_that_a_spreadsheet_would_run_get_a_leading_apostrophe(value: str) -> None:
    assert safe_cell(value) == "'" + value


def test_ordinary_cells_and_numbers_are_left_alone() -> None:
    assert safe_cell("vakman") == "vakman"
    assert safe_cell(-3) == -3
