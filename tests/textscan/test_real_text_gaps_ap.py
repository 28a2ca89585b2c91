"""Rules from the errors of a forty-second blind set of real Dutch text (real AP: school,
internship and dossier texts and a few job ads, Dutch and Flemish, measured at the session's
final rules). Each rule comes with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts

HOSTESS_PAGE = (
    "Dus je wilt misschien wel werken als Hostess?\n"
    "Informatie over omscholing, wat je gaat doen als Hostess, wat je gaat verdienen.\n"
    "Vacatures Hostess\n"
    "Wat is een Hostess?\n"
    "De hostess is het aanspreekpunt voor mensen op beurzen. De hostess ontvangt gasten."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reader before "als" is its subject, and a heading's noun is no first name: no
        # mention is one person's, so "de hostess" after them is the job again
        (HOSTESS_PAGE, ["Hostess", "Hostess", "Hostess", "Hostess", "hostess", "hostess"]),
        ("Opleiding Kapster bij het ROC.", ["Kapster"]),
        ("Anna is lerares.", []),
        ("Dat zei Jan Timmerman gisteren.", []),
        # two job titles side by side name both: a pair
        ("Transcript of BP hostess gastheer - Cevora voor bedrijven", []),
        (
            "Het is niet gebruikelijk dat een meisje timmerkracht wordt en een jongen "
            "crècheleidster.",
            ["crècheleidster"],
        ),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beroepsprofiel Host/-ess Sector Toerisme", ["Host/-ess"]),
        ("Wij zoeken een steward/-ess.", ["steward/-ess"]),
        ("Zie proc/-ess voor meer.", []),
        # a noun pair with a slash is a notation of two genders
        ("Beroepsprofiel Gastheer/-vrouw", ["Gastheer/-vrouw"]),
    ],
)
def test_binary_notation(text: str, expected: list[str]) -> None:
    assert texts(text, "binary-notation") == expected
