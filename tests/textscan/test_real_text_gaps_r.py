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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A counted plural is people who are there (real P: "Twee jongedames werken hier
        # vast"), unless the sentence asks for them or speaks to the reader.
        ("Twee jongedames werken hier vast.", []),
        ("Drie verpleegsters gingen met pensioen.", []),
        ("Beide verpleegsters kregen een prijs.", []),
        ("Wij zoeken twee kapsters.", ["kapsters"]),
        ("Twee kapsters gezocht!", ["kapsters"]),
        ("Er is plaats voor twee kapsters.", ["kapsters"]),
        ("Heb jij zin om met twee kapsters te werken?", ["kapsters"]),
        ("Wij hebben twee vacatures voor kapsters.", ["kapsters"]),
        ("Kapsters werken hier vast.", ["Kapsters"]),
        ("Twee vakmannen werken aan uw dak.", ["vakmannen"]),
    ],
)
def test_counted_groups(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare feminine noun after a woman named with her age is that woman (real P: "de
        # 18-jarige Michèle … De studente zit in het derde jaar"); the trade "van nu", an
        # ad's own noun and a masculine bare noun (as often the trade) are still reported.
        ("De 18-jarige Sanne loopt stage. De studente leert veel.", []),
        (
            "De zomer is top voor de 18-jarige Michèle van de Water. Ze won een baan.\n\n"
            "De studente zit in het derde jaar.",
            [],
        ),
        ("De 46-jarige Anje werkt thuis. De secretaresse van nu plant vooral.", ["secretaresse"]),
        ("Wij zoeken een studente. De studente werkt tien uur.", ["studente", "studente"]),
        ("De 19-jarige Miguel Heus is blij. De timmerman begrijpt het.", ["timmerman"]),
    ],
)
def test_a_bare_feminine_noun_in_a_profile(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected
