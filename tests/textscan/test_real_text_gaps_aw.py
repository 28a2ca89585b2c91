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
        # a first name that ends in -man
        ("Herman (16) heeft een passie voor metaaltechniek.", "gendered-term", []),
        # "Dit kan zijn schade …": the verb cluster, inverted
        (
            "Het kan voorkomen dat de stagiair schade veroorzaakt. Dit kan zijn schade aan het "
            "bedrijf.",
            "generic-masculine",
            [],
        ),
        ("De stagiair komt. Dat moet zijn begeleider regelen.", "generic-masculine", ["zijn"]),
    ],
)
def test_real_aw(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
