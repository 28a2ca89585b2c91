"""Rules from the errors of a nineteenth blind set of real Dutch text (real S: job ads,
internship pages, dossiers, regulations and news), each with look-alikes it must leave
alone."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "zijn" before "zoal" or an infinitive's "blijven/gaan/komen" is the verb.
        ("Wat is een chef-kok? Wat zijn zoal de werkzaamheden van een chef-kok?", []),
        ("De monteur pakt taken op die te lang zijn blijven liggen.", []),
        # the possessive stays
        ("De monteur laat zien hoe zijn werk eruitziet.", ["zijn"]),
        ("De student vertelt over zijn komst.", ["zijn"]),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Om te laten zien dat bouw en infra ook interessant is voor meiden, maakten we "
            "filmpjes.",
            ["ook interessant is voor meiden"],
        ),
        ("Dit werk is ook zeer geschikt voor vrouwen.", ["ook zeer geschikt voor vrouwen"]),
        ("Dit werk is interessant voor iedereen.", []),
        # A phrase whose last words may be left out ends at a full stop too, not only at the
        # end of the text.
        (
            "Meisjes kiezen toch liever niet voor de bouw. Het heeft een imago.",
            ["Meisjes kiezen toch liever niet voor de bouw"],
        ),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected
