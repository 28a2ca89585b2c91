"""Rules from the errors of a small blind set of real Dutch text (real AZ: 30 passages of the
acceptance kinds, measured once at the session's last rules). Each rule comes with
look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # "Maar die zijn …": the verb after a demonstrative opening the sentence
        ("Ze zoeken werkvoorbereiders. Maar die zijn onvindbaar.", "generic-masculine", []),
        (
            "De werkvoorbereider plant. Maar hij kent zijn planning.",
            "generic-masculine",
            ["hij", "zijn"],
        ),
        # "Hij is een …" after someone named says what that person is
        (
            "Jan werkt hier al jaren. Hij is een topverkoper die de merken kent. Bovendien "
            "zorgt hij voor de klanten.",
            "generic-masculine",
            [],
        ),
        (
            "De verkoper staat in de winkel. Hij is een aanspreekpunt en kent zijn producten.",
            "generic-masculine",
            ["Hij", "zijn"],
        ),
        # a grade letter in a list of function titles is no initial of a name
        (
            "Telefonist B Secretaresse A Secretaresse B Secretaresse C Telefonist",
            "gendered-term",
            ["Secretaresse", "Secretaresse", "Secretaresse"],
        ),
        ("Dat zei Marie Timmerman gisteren.", "gendered-term", []),
        # the speaker's own future, a few words on
        ("Ik denk dat ik timmerman of kapper in het leger word.", "gendered-term", []),
        ("Wij zoeken een timmerman of kapper voor het leger.", "gendered-term", ["timmerman"]),
    ],
)
def test_real_az(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
