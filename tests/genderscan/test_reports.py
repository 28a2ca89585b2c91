from __future__ import annotations

from django.test import Client
from django.urls import reverse

from anderebril.genderscan.benchmark import benchmark
from anderebril.genderscan.models import Response, ScanRound
from anderebril.genderscan.rounds import close_round, open_round, results_of
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Organisation
from tests.genderscan.conftest import Answer


def closed_school_round(name: str, level: int, region: Organisation | None = None) -> ScanRound:
    school = Organisation.objects.create(
        name=name, slug=name.lower(), kind=Kind.MBO_SCHOOL, sto_region=region
    )
    scan_round = open_round(school, title="0-meting", school_year=2024)
    Response.objects.bulk_create(
        Response(round=scan_round, group="staff", answers={"beleid-doelen": level})
        for _i in range(5)
    )
    return close_round(scan_round)


def test_the_benchmark_appears_only_from_five_other_schools(
    scan_round: ScanRound, answer: Answer
) -> None:
    answer(scan_round, "staff", 5, beleid_doelen=3)
    scan_round = close_round(scan_round)
    for index in range(4):
        closed_school_round(f"School{index}", 5)
    row = next(
        r for r in benchmark(scan_round, results_of(scan_round)["themes"]) if r.theme == "beleid"
    )
    assert not row.national.shown and row.national.organisations == 4
    closed_school_round("School4", 1)
    row = next(
        r for r in benchmark(scan_round, results_of(scan_round)["themes"]) if r.theme == "beleid"
    )
    assert row.national.shown and row.national.average == 80.0  # (4 × 100 + 0) / 5
    assert row.own == 50.0


def test_the_report_compares_with_the_previous_round_and_downloads_as_pdf(
    client: Client, alice: object, school: Organisation, answer: Answer
) -> None:
    first = open_round(school, title="0-meting 2023", school_year=2023)
    answer(first, "staff", 5, beleid_doelen=2)
    close_round(first)
    second = open_round(school, title="Meting 2024", school_year=2024)
    answer(second, "staff", 5, beleid_doelen=4)
    close_round(second)
    client.force_login(alice)  # type: ignore[arg-type]
    page = client.get(reverse("genderscan:report", args=[school.slug, second.pk])).content.decode()
    assert "Vergeleken met 0-meting 2023" in page
    assert "+50" in page  # beleid 25 → 75
    assert "<svg" in page and "<table" in page
    assert "style=" not in page and "<script" not in page
    pdf = client.get(reverse("genderscan:report_pdf", args=[school.slug, second.pk]))
    assert pdf.content.startswith(b"%PDF")


def test_a_company_runs_the_self_scan_with_its_own_questionnaire(db: None) -> None:
    company = Organisation.objects.create(
        name="Bedrijf Test", slug="bedrijf-test", kind=Kind.COMPANY
    )
    scan_round = open_round(company, title="Zelfscan 2024", school_year=2024)
    assert scan_round.questionnaire_key == "company"
    assert set(scan_round.links.values_list("group", flat=True)) == {
        "management",
        "practice_trainers",
        "interns",
    }


def test_a_recruitment_text_is_scanned_and_only_its_counts_are_kept(
    client: Client, alice: object, school: Organisation
) -> None:
    client.force_login(alice)  # type: ignore[arg-type]
    text = "Wij zoeken een stoere vakman (m/v) voor onze werkplaats."
    client.post(
        reverse("genderscan:texts", args=[school.slug]), {"title": "Brochure", "text": text}
    )
    scan = school.genderscan_text_scans.get()
    assert scan.findings >= 2
    assert "vakman" not in str(scan.__dict__)
