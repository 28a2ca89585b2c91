"""How much the taalscan adds to reading a PDF — a figure, not a test.

    .venv/bin/python benchmarks/bench_textscan_pdf.py [--rounds 9]

Builds two 100-page PDFs (fpdf2) — general Dutch prose with now and then a vacancy passage,
and dense vacancy and school text where one sentence in twelve has a finding — then times, in
the same run, text extraction alone (``anderebril.documents.extract``) against extraction plus
scanning (``anderebril.textscan.scan_file``). Target: scanning adds at most 25% to extraction.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).parent))
from anderebril.documents import extract
from anderebril.textscan import native, scan_file
from bench_textscan import generate

PAGES = 100
ROUNDS = 9


def build_pdf(path: Path, *, dense: bool) -> None:
    pdf = FPDF()
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_font("Helvetica", size=10)
    text = generate(PAGES * 6000, seed=11, dense=dense)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    for paragraph in paragraphs:
        if pdf.page_no() >= PAGES and pdf.get_y() > 250:
            break
        if pdf.page_no() == 0:
            pdf.add_page()
        safe = paragraph.encode("latin-1", "replace").decode("latin-1")
        pdf.multi_cell(0, 5, safe)
        pdf.ln(3)
    pdf.output(str(path))


def timed(action: object) -> tuple[float, float]:
    """Wall-clock and CPU time (this process) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()  # type: ignore[operator]
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(path: Path, label: str, rounds: int) -> None:
    document = extract(path)
    report = scan_file(path)
    assert report.error is None, report.error
    print(
        f"== {label}: {document.pages} pages, {len(document.text):,} characters, "
        f"{len(report.findings)} findings; load {os.getloadavg()[0]:.1f}"
    )
    extraction, scanning = [], []
    for _ in range(rounds):  # interleaved, so both see the same machine load
        extraction.append(timed(lambda: extract(path)))
        scanning.append(timed(lambda: scan_file(path)))
    # On a shared machine the wall clock also counts waiting for a core; CPU time does not,
    # and the fastest round is the one least disturbed. All four are printed.
    for kind, index in (("wall", 0), ("CPU", 1)):
        alone = [t[index] for t in extraction]
        both = [t[index] for t in scanning]
        for name, pick in (("median", statistics.median), ("best", min)):
            a, b = pick(alone), pick(both)
            print(
                f"{kind:4s} {name:6s}  extraction {a:6.3f} s, extraction + scanning {b:6.3f} s"
                f"  = +{(b / a - 1) * 100:.0f}% (target <= +25%)"
            )
    # What scanning itself costs, per interleaved pair of rounds (the spread shows the noise).
    added = sorted(
        (both[1] - alone[1]) * 1000 for alone, both in zip(extraction, scanning, strict=True)
    )
    print(
        f"CPU added by scanning per round: median {statistics.median(added):.0f} ms, "
        f"from {added[0]:.0f} to {added[-1]:.0f} ms (+25% of the best extraction is "
        f"{min(t[1] for t in extraction) * 250:.0f} ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="timed rounds per PDF")
    args = parser.parse_args()
    print(f"taalscan engine: {native.status()}")
    with tempfile.TemporaryDirectory() as folder:
        for dense, label in ((False, "general text"), (True, "dense vacancy text")):
            path = Path(folder) / f"honderd-paginas-{label.split()[0]}.pdf"
            build_pdf(path, dense=dense)
            measure(path, label, args.rounds)


if __name__ == "__main__":
    main()
