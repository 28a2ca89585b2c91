"""Rules from the errors of a thirty-third blind set of real Dutch text (real AG: mostly news,
portraits and stories about people at work, measured at the session's code before these
rules). Each rule comes with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one noun beside a past verb, in a sentence told all in the past: one person
        ("Een brandweerman stapte erop en viel erdoor.", []),
        ("Toen belde de monteur aan en vroeg hij om koffie.", []),
        ("Mijn tante keek de serveerster aan.", []),
        # not the topic of a past conversation, a rule, or how things went then
        ("Het gesprek ging over de vakman en zijn gereedschap.", ["vakman"]),
        ("Vroeger werkte de vakman met de hand.", ["vakman"]),
        ("Een brandweerman stapt op het dak.", ["brandweerman"]),
        ("Een brandweerman die een fout maakte, meldt dat.", ["brandweerman"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Een monteur stapte erop en viel erdoor. Hij maakte een val van drie meter.",
            [],
        ),
        # the present tense is any monteur again; a question opening with its verb is a rule
        ("Een monteur stapt erop en valt. Hij maakt een val van drie meter.", ["Hij"]),
        ("Weigerde de werknemer het werk, dan verloor hij zijn loon.", ["hij", "zijn"]),
        ("Een vakman kent zijn gereedschap.", ["zijn"]),
        # the writer of real AA's look-alike told of one new owner in the past tense
        (
            "Er kwam een nieuwe eigenaar die andere plannen had. Daarna gooide hij het roer om.",
            [],
        ),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected
