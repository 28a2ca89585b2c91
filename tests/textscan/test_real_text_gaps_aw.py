"""Rules from the errors of a blind set of real Dutch text (real AW: school pages, dossiers and
regulations, occupation pages, internship texts and hard negatives, measured once before these
rules). Each rule comes with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # one person given by age
        ("Dit keer spreken we een 26-jarige barman die in de horeca werkt.", "gendered-term", []),
        ("De 57-jarige timmerman werkt al lang bij Smit.", "gendered-term", []),
        ("Wij zoeken een timmerman van minimaal 18 jaar.", "gendered-term", ["timmerman"]),
        (
            "We spraken een 26-jarige barman. Hij werkt vier jaar in de horeca.",
            "generic-masculine",
            [],
        ),
        # a rule or a request for an age is no person
        (
            "Voor de zaterdagen zoeken wij een 16-jarige hulpkapster.",
            "gendered-term",
            ["hulpkapster"],
        ),
        (
            "Voor de 16-jarige leerling-timmerman telt de werkweek maximaal 40 uur.",
            "gendered-term",
            ["leerling-timmerman"],
        ),
        # a first name that ends in -man
        ("Herman (16) heeft een passie voor metaaltechniek.", "gendered-term", []),
    ],
)
def test_real_aw(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
