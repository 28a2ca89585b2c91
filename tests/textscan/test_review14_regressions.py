"""Look-alikes from a second read-only review (166 sentences) of the rules from real W:
each case is one where a new rule first went too far."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare capital is a name only for job words that are common surnames, and never in
        # a recruiting sentence
        ("Wij hebben dringend Vakman nodig.", ["Vakman"]),
        ("Vacatures voor Vakman en Timmerman.", ["Vakman", "Timmerman"]),
        ("Wij zoeken nog steeds Timmerman.", ["Timmerman"]),
        ("Word ook Timmerman bij ons.", ["Timmerman"]),
        ("Daarna sprak Timmerman de zaal toe.", []),
        # a caption is a person's, not a firm's, a place's or a salutation
        ("Bouwbedrijf Jansen,\ntimmerman gezocht voor 40 uur.", ["timmerman"]),
        ("Regio Zwolle,\nvakman (m/v)", ["vakman"]),
        ("Beste Sollicitant,\nvakman of niet, je bent welkom.", ["vakman"]),
        ("Anja de Vries,\nkapster bij Salon X", []),
        # "schrijfster" asked for or offered, with the entry's own suggestions
        ("Ben jij een creatieve schrijfster?", ["schrijfster"]),
        ("Vacature: schrijfster (parttime)", ["schrijfster"]),
        ("De schrijfster van dit boek woont in Utrecht.", []),
        # "en oud-" in a list of one person's titles only
        ("Kapsalon zoekt ervaren kapster en oud-kapster.", ["kapster", "oud-kapster"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pronouns talked about are a list, not a sentence's pronouns
        ("De student kan ziek zijn, hij meldt zich.", ["hij"]),
        ("De student vraagt hoe hij, zijn begeleider en de school samenwerken.", ["hij", "zijn"]),
        ("Om naar een persoon te verwijzen, gebruiken we hij, hem en zijn.", []),
        # "hij die" about someone just named, or in a question, is that man
        ("Ik zag Peter lopen. Hij die altijd te laat is, was nu vroeg.", []),
        ("Toen kwam Kees binnen, hij die nooit klaagt.", []),
        ("Hij die wint, krijgt een prijs?", []),
        # an office in the news is its holder
        ("De minister kondigde gisteren aan dat hij stopt.", []),
        ("De wethouder wil dat zijn plan doorgaat, zei hij gisteren.", []),
        ("De rechter kijkt eerst naar de feiten. Daarna doet hij uitspraak.", ["hij"]),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


def test_a_bracketed_compound_keeps_its_first_part() -> None:
    assert texts("Sous-chef(fin) gezocht.", "binary-notation") == ["Sous-chef(fin)"]


@pytest.mark.parametrize(
    "text",
    ["De vrouwen zijn veel te zwak, vond de trainer.", "Dames te zwak voor de titel."],
)
def test_sport_is_no_stereotype(text: str) -> None:
    assert texts(text, "stereotype") == []
