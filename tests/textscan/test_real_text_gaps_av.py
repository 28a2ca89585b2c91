"""Rules from the errors of a blind set of real Dutch text (real AV: job ads, volunteer and
internship calls, school pages and hard negatives, measured once before these rules). Each
rule comes with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # a slash pair in a capitalised heading, and with a hyphen before the slash
        ("Gastvrouw/gastheer Centrale Hal", "binary-notation", ["Gastvrouw/gastheer"]),
        (
            " • Gastvrouw-/heer. Hij/zij ontvangt bezoekers.",
            "binary-notation",
            ["Gastvrouw-/heer", "Hij/zij"],
        ),
        (" • Gastvrouw-/heer. Hij/zij ontvangt bezoekers.", "gendered-term", []),
        # an inflected adjective opening a sentence is no name
        ("- Aantoonbare ervaring als timmerman", "gendered-term", ["timmerman"]),
        ("Relevante werkervaring als kapster is een pré.", "gendered-term", ["kapster"]),
        ("Lotte werkt als kapster.", "gendered-term", []),
        # a surname
        ("Bouman is ingesteld op het werkritme.", "gendered-term", []),
        # said to the students at the end of a quoted sentence
        (
            "'Wel drie keer schillen, jongens', zegt de chefkok tegen zijn leerlingkoks.",
            "gendered-term",
            ["jongens"],
        ),
        ("Hij speelde met 'de jongens'.", "gendered-term", []),
    ],
)
def test_real_av(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
