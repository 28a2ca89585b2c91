"""Over-broad cases an independent review found in the rules made from real L and M, before
they were narrowed. Each must keep (or not gain) the finding named."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalised word at a sentence start is not yet a name (the subject of a wish).
        ("Kinderen willen vaak brandweerman worden.", ["brandweerman"]),
        ("Studenten kunnen na deze opleiding timmerman worden.", ["timmerman"]),
        ("Meisjes kunnen ook timmerman worden.", ["timmerman"]),
        # A company or country before "als" is no person, and the noun must follow "als".
        ("Daarom zoekt Heijmans als werkgever een ervaren vakman.", ["vakman"]),
        ("In 2030 heeft Nederland als land duizenden extra vakmannen nodig.", ["vakmannen"]),
        ("Dit jaar leidt Bouwmensen als leerbedrijf tien timmermannen op.", ["timmermannen"]),
        # A generic "Hij" is no one person whose training it is.
        (
            "Een leerling kiest zelf zijn richting. Hij volgt bijvoorbeeld een opleiding tot "
            "timmerman of metselaar.",
            ["timmerman"],
        ),
        # A company or region over a title line is no profile.
        ("Bouwbedrijf Jansen\nTimmerman\nWij zoeken een collega.", ["Timmerman"]),
        ("Regio Utrecht\nKlusjesman gezocht\nReageer snel.", ["Klusjesman"]),
        # Different roles that share a beginning are no pair.
        ("De voorman stuurt een mail naar de gemeente en de voorlichter.", ["voorman"]),
        ("Elke werkman weet dat het huis schoon moet.", ["werkman"]),
    ],
)
def test_gendered_terms_stay(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De monteur controleert de installatie. Techniek Nederland biedt daarvoor een "
            "cursus aan, waarna hij zijn certificaat krijgt.",
            ["hij", "zijn"],
        ),
        (
            "De student schrijft een verslag. Hoofdstuk (15) beschrijft hoe hij zijn "
            "portfolio opbouwt.",
            ["hij", "zijn"],
        ),
        ("Ben jij iemand die zijn handen uit de mouwen steekt?", ["zijn"]),
        # After a copula, degene/zo iemand says what one person is.
        ("Pieter is degene die zijn collega's altijd helpt.", []),
        ("Mijn vader was diegene die zijn gereedschap altijd opruimde.", []),
        ("Mijn opa was echt zo iemand, hij hielp iedereen.", []),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wij zoeken een mannelijke pedagogisch medewerker.", 1),
        ("Gezocht: vrouwelijke oppas voor drie middagen.", 1),
        ("Voor dit team zoeken wij een vrouwelijke POH.", 1),
        ("Een laag zelfvertrouwen geeft een voorkeur voor vrouwelijke kenmerken.", 0),
    ],
)
def test_requests_for_one_sex_by_adjective(text: str, expected: int) -> None:
    found = [t for t in texts(text, "gendered-term") if "lijk" in t]
    assert len(found) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De politie doorzocht het terrein van de man in Zwolle.",
        "Bij mannen en mogelijk ook vrouwen verhoogt roken het risico.",
        "De bekkenbodemspieren zijn bij veel vrouwen niet sterk genoeg na de bevalling.",
        "Iedereen kan kleurenblind zijn, dus ook vrouwen.",
        "Op dinsdagavond is er in het zwembad een baan voor alleen vrouwen.",
    ],
)
def test_no_stereotype_in_these(text: str) -> None:
    assert texts(text, "stereotype") == []
