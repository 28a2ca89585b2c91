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
        # a first name and its verb, not an adjective
        ("Dante werkt sinds maart als leerling-timmerman bij ons.", "gendered-term", []),
        ("Wende is sinds 2019 lerares Engels op onze school.", "gendered-term", []),
        # a slash pair after a hyphen is no request for men
        ("Gastvrouw-/heer gezocht voor ons restaurant.", "binary-notation", ["Gastvrouw-/heer"]),
        ("Gastvrouw-/heer gezocht voor ons restaurant.", "gendered-term", []),
    ],
)
def test_real_av(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
