"""Rules from the errors of an eighteenth blind set of real Dutch text (real R: news,
opinion, school pages and dossiers with many stereotype claims), each with look-alikes it
must leave alone."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A field presented as women's is a stereotype like a field presented as men's.
        ("Terug in de harde vrouwenwereld? Nooit!", ["vrouwenwereld"]),
        ("Zorg is geen vrouwendomein meer.", ["vrouwendomein"]),
        # A male image, a domain of men, a field that is "for men".
        ("ICT heeft een sterk mannelijk imago.", ["mannelijk imago"]),
        ("Het is traditioneel het domein van mannen.", ["domein van mannen"]),
        ("Techniek is voor mannen met grote handen.", ["Techniek is voor mannen"]),
        ("Techniek is voor jongens en meisjes.", []),
        ("De bouw is voor mannen en vrouwen.", []),
        ("Techniek is voor iedereen.", []),
        ("Het domein van mannen en vrouwen in de zorg.", []),
        # Saying it does not belong with or suit girls; preferring something else.
        ("Velen vinden dat techniek niet bij meisjes hoort.", ["niet bij meisjes hoort"]),
        ("Dat hoort niet bij vrouwen.", ["hoort niet bij vrouwen"]),
        (
            "Meisjes kiezen toch liever niet voor de bouw.",
            ["Meisjes kiezen toch liever niet voor de bouw"],
        ),
        ("Meisjes kiezen vaker voor de zorg.", []),
        # How colleagues treat a woman is not a claim about who the work is for.
        ("Ze behandelen je echt gewoon als een vent.", []),
        ("Je moet werken als een vent.", ["als een vent"]),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected
