"""Rules from the errors of a blind set of real Dutch text (real AX: job ads and volunteer
calls, internship and school pages, dossiers and hard negatives, measured once before these
rules). Each rule comes with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # more role nouns: a corrector, a youth leader
        (
            "Als de corrector van mening is dat het voorschrift niet klopt, neemt hij contact op.",
            "generic-masculine",
            ["hij"],
        ),
        (
            "Ook de jeugdleider moet vaardig zijn. Hij heeft inzicht in het spel.",
            "generic-masculine",
            ["Hij"],
        ),
        ("De geleider voert zijn stroom af.", "generic-masculine", []),
        # a passive after two participles, before a verb
        (
            "De leerling kan vaardigheden die op school geleerd en geoefend zijn gaan uitproberen.",
            "generic-masculine",
            [],
        ),
        # the writer as the noun, ik one word later
        ("Als vakman stucadoor ben ik werkzaam in een oud ambacht.", "gendered-term", []),
        ("Als vakman ben je altijd bezig.", "gendered-term", ["vakman"]),
        # a counted group in view, not in a request
        ("Bij de drie nagelstylistes komen ook veel klanten.", "gendered-term", []),
        ("Wij zoeken de twee beste kapsters van Utrecht.", "gendered-term", ["kapsters"]),
        # the fire service's rank in the singular is no finding; the plural is
        ("Hij volgt de opleiding manschap.", "gendered-term", []),
        (
            "De rekrutering voor de eerste 200 manschappen is volop aan de gang.",
            "gendered-term",
            ["manschappen"],
        ),
    ],
)
def test_real_ax(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
