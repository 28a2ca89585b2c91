"""Where the rules from real AD and AE went too far, found by a read-only review (122 probes,
old code against new; wrong by the labelling rules: 51 before the rules, 27 after narrowing)."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # a past-tense relative clause makes a story only in a sentence that is all past
        ("Ben jij de kapster die altijd al een eigen salon wilde?", "gendered-term", ["kapster"]),
        (
            "De verkoopster die het examen aflegde, ontvangt het diploma.",
            "gendered-term",
            ["verkoopster"],
        ),
        (
            "Vroeger was de timmerman die elke kast met de hand maakte onmisbaar.",
            "gendered-term",
            ["timmerman"],
        ),
        (
            "De kapster die werkt met biologische producten, heeft een voordeel.",
            "gendered-term",
            ["kapster"],
        ),
        (
            "Wij zoeken de schoonmaakster die houdt van flexibele werktijden.",
            "gendered-term",
            ["schoonmaakster"],
        ),
        # an age beside the noun takes only "Hij en …", a pair of people
        (
            "Volgens Lisa de Vries (24) moet een monteur luisteren. Hij komt bij mensen thuis.",
            "generic-masculine",
            ["Hij"],
        ),
        # a capitalised job word after De is a surname after a title, a firm or a first name
        (
            "Met de zaak van Peter de Kok loopt het goed. De Kok ziet zijn omzet stijgen.",
            "generic-masculine",
            [],
        ),
        ("Volgens wethouder De Vriend legt zijn partij de nadruk.", "generic-masculine", []),
        ("In Emmen breidt garage De Monteur zijn werkplaats uit.", "generic-masculine", []),
        # only a capitalised Er opens "Er zijn"
        (
            "De student vult het formulier in en zet\ner zijn handtekening onder.",
            "generic-masculine",
            ["zijn"],
        ),
        # a dash without of/en pairs only when the phrase ends there
        (
            "Gezocht: ervaren vakman – vrouwen worden nadrukkelijk uitgenodigd.",
            "gendered-term",
            ["vakman"],
        ),
        ("Wij zoeken een allround vakman - of vrouw voor onderhoud.", "gendered-term", []),
        # the other sex joined just before the phrase
        (
            "Zowel meisjes als jongens zijn beter in wiskunde gaan presteren.",
            "stereotype",
            [],
        ),
        (
            "Dat maakt het pensioen voor mannen en ook voor vrouwen aantrekkelijker.",
            "stereotype",
            [],
        ),
    ],
)
def test_narrowed(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
