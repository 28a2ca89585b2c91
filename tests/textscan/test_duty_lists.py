"""A job title alone on a line over a list of its duties is the subject of every item (real
AI: a referee's duties with *naar zijn oordeel* in the sixth item). Look-alikes: a CV in the
past tense, a team page under a name, a heading over items that are no duties."""

from __future__ import annotations

import pytest

from anderebril.textscan.duty_lists import duty_list_end
from tests.textscan.helpers import texts

REFEREE = (
    "Scheidsrechter\n\n"
    "  • Geeft leiding aan de wedstrijd.\n"
    "  • Ziet erop toe dat de uitrusting van de spelers voldoet aan de eisen.\n"
    "  • Treedt op als tijdwaarnemer en maakt aantekeningen van de wedstrijd.\n"
    "  • Onderbreekt de wedstrijd naar zijn oordeel.\n"
    "  • Neemt maatregelen. Hij is niet verplicht dit onmiddellijk te doen.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (REFEREE, ["zijn", "Hij"]),
        # a label between the heading and the list, and the title after "Functie:"
        (
            "Functie: Monteur\n\nTaken:\n• Voert onderhoud uit.\n• Houdt zijn werkplek schoon.",
            ["zijn"],
        ),
        ("Monteur\n1. Controleert de storing.\n2. Vervangt zijn filters.\n", ["zijn"]),
        # an occupation page: the title over a paragraph that opens with "Hij" and a verb
        (
            "Monteur\n\nHij verwerkt vlakke platen. Gaat het om vervanging, dan worden eerst "
            "afgietsels gemaakt.\n\nNa het tekenen verwijdert hij het materiaal.\n\n"
            "De opleiding duurt drie jaar. Hij is niet van ons.",
            ["Hij", "hij"],
        ),
        ("Monteur\n\nHij werkte dertig jaar bij ons.", []),
        # a CV in the past tense: what one man did
        ("Monteur\n• Onderhield installaties.\n• Hield zijn werkplek schoon.", []),
        # a team page: the line above opens with a first name
        ("Jan de Vries\nMonteur\n• Werkt bij ons sinds 2010.\n• Is trots op zijn werk.", []),
        # items that are no duties: a list of things, one verb among them
        ("Monteur\n• Auto van de zaak\n• Laptop\n• Telefoon\n• Past zijn rooster aan.", []),
    ],
)
def test_heading_over_duties(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


def test_the_list_ends_where_its_items_end() -> None:
    text = REFEREE + "\nDe club zoekt vrijwilligers. Hij die wil, meldt zich.\n"
    start = text.index("Scheidsrechter")
    assert duty_list_end(text, start, start + len("Scheidsrechter")) == len(REFEREE) - 1
    # not a heading: a word follows on its line
    assert duty_list_end("Scheidsrechter gezocht\n• Fluit.\n• Leidt.", 0, 14) == -1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs that look like a participle or end in -st are verbs after a bullet
        (
            "Scheidsrechter\n• Past de spelregels toe.\n• Onderbreekt de wedstrijd naar zijn "
            "oordeel.\n• Geeft een speler zo nodig een kaart.\n",
            ["zijn"],
        ),
        (
            "Monteur\n• Gebruikt zijn eigen gereedschap\n• Geeft advies\n• Test de installatie\n",
            ["zijn"],
        ),
        # a firm that starts with a first name and recruits is no person above the heading
        (
            "Jan Bakker Installatietechniek zoekt:\n\nServicemonteur\n• Voert onderhoud uit aan "
            "cv-ketels\n• Plant zijn eigen ritten\n",
            ["zijn"],
        ),
        # one person above the heading: a form of address, a name, a CV, a team page
        (
            "Dhr. J. Bakker\nMonteur\n• Werkt al twintig jaar bij ons\n"
            "• Rijdt in zijn vrije tijd motor",
            [],
        ),
        (
            "Yusuf Demir\nMonteur\n• Werkt sinds 2015 bij ons\n"
            "• Traint in zijn vrije tijd een team",
            [],
        ),
        (
            "Naam: Mark Jansen\nHuidige functie: Servicemonteur\n• Onderhoudt installaties\n"
            "• Begeleidt in zijn team twee leerlingen",
            [],
        ),
        (
            "Even voorstellen: onze nieuwe collega!\n\nMonteur\n\nHij is 34 jaar en woont met "
            "zijn gezin in Zwolle.",
            [],
        ),
        # a paragraph about who someone is, not what the trade does
        ("Monteur\n\nHij werkt al dertig jaar bij ons. In zijn vrije tijd bouwt hij boten.", []),
        # without blank lines the description ends with the lines that go on with hij
        (
            "Metselaar\nHij verwerkt stenen tot muren.\nOnze werkplaats bestaat sinds 1950. Toen "
            "de oprichter in 1985 stopte, nam zijn zoon het bedrijf over.\n",
            ["Hij"],
        ),
    ],
)
def test_heading_over_one_person_or_not(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected
