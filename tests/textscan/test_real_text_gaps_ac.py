"""Rules from the errors of a twenty-ninth blind set of real Dutch text (real AC: vacancies,
HR rules, occupation pages and news from less common sectors, Flemish sources too). Each rule
comes with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lexicon: styliste (also in compounds), kassierster
        ("Nagelstyliste is een vrij beroep.", ["Nagelstyliste"]),
        ("Wij zoeken een haarstylist.", []),
        (
            "Een kassière, ook wel een kassierster genoemd, werkt aan de kassa.",
            ["kassière", "kassierster"],
        ),
        # a feminine compound capitalised in a job description is no surname
        (
            "Vervangt in voorkomende gevallen de Directiesecretaresse bij ziekte.",
            ["Directiesecretaresse"],
        ),
        ("Mevrouw Hoffman werkt hier.", []),
        ("Gisteren sprak Brinkman met de pers.", []),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zorgt ervoor dat de beoefenaar zijn oefeningen veilig kan uitvoeren.", ["zijn"]),
        # wie after a connector that opens the sentence
        ("Dus wie overdag buiten zijn woonplaats werkt, kan daar ook terecht.", ["zijn"]),
        ("En wie solliciteert, stuurt zijn cv mee.", ["zijn"]),
        ("Ik weet niet wie zijn jas heeft.", []),
        # a blank line still ends the reach
        ("De student komt.\n\nZijn fiets staat buiten.", []),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading that opens with M/V above a paragraph of figures: a monitor, no job
        (
            "M/V Voorbereidend middelbaar beroepsonderwijs (vmbo)\n\nIn de Monitor "
            "Techniekpact gaat het om de verhoudingen in de klas.",
            [],
        ),
        ("Monteur M/V\n\nWij zoeken een monteur voor 32 uur.", ["M/V"]),
        ("M/V gezocht: monteur\n\nJe krijgt een goed salaris.", ["M/V"]),
    ],
)
def test_binary_notation(text: str, expected: list[str]) -> None:
    assert texts(text, "binary-notation") == expected
