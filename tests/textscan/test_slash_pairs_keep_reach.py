"""The feminine half of a pronoun pair (*hij/zij*, *zijn/haar*, *zij of hij*) stands for the
same generic person as the masculine half, so a later bare *hij* still points back to the
role (a miss in blind real T: *… met welke technologieën hij/zij zal werken tijdens de stage
zodat hij zich kan voorbereiden*)."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De kandidaat moet zijn/haar cv sturen. Daarna wordt hij uitgenodigd.", ["hij"]),
        (
            "Vertel de student met welke machines hij/zij werkt, zodat hij zich voorbereidt.",
            ["hij"],
        ),
        ("De student meldt zich bij zijn of haar mentor. Hij neemt contact op.", ["Hij"]),
        ("De monteur overlegt; zij/hij kiest het materiaal.", []),
        # a woman named in the reach still ends it
        ("De student belt zijn/haar mentor. Zij antwoordt snel en hij is blij.", []),
        ("De student belt de mentor. Haar antwoord komt snel; hij is blij.", []),
    ],
)
def test_a_pronoun_pair_keeps_the_reach(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected
