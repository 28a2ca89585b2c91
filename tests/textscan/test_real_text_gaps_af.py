"""Rules from the errors of a thirty-second blind set of real Dutch text (real AF: a broad mix,
measured at the session's final code before these rules). Each rule comes with look-alikes
that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "je" followed by a verb in -ft/-kt/-pt/-dt is the reader, not "your"
        (
            "Dat heet: je hoeft geen diploma te tonen om als slager, bakker, "
            "schoonheidsspecialiste of kapper aan de slag te gaan.",
            ["schoonheidsspecialiste"],
        ),
        ("Je echtgenoot is timmerman.", []),
        ("Je vader was timmerman.", []),
        # lexicon
        ("Een herintreedster is in het bezit van een diploma.", ["herintreedster"]),
        # a list of job titles with both sexes' forms
        ("• hulpbarman, hulpbarmeisje / -meid, commis barman (Code 212)", ["barman"]),
        ("Wij zoeken een barman, een kok en een afwasser.", ["barman"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ict lijkt wel een mannensport.", ["mannensport"]),
        (
            "De opvatting dat meisjes nu eenmaal niet goed zijn in wiskunde is hardnekkig.",
            ["meisjes nu eenmaal niet goed zijn in wiskunde"],
        ),
        ("Wetenschap is voor jongens, strijken jij!", ["Wetenschap is voor jongens"]),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "een andere X" in a story may be one person, as "de X" may
        (
            "Vorig jaar raakte ze in gesprek met een andere bezoeker. Hij legde haar alles uit.",
            [],
        ),
        ("Een andere monteur neemt zijn taken over.", ["zijn"]),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected
