"""Rules from the errors of a forty-first blind set of real Dutch text (real AO: vacancies,
employer and school pages about people in jobs, named employees' stories, and news that
criticises discriminating vacancies; measured at the session's final rules). Each rule comes
with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request for one sex that the text reports or criticises is labelled as one
        (
            "Het College oordeelde dat een werkgever had gediscrimineerd door een "
            "‘enthousiaste jongen voor de woensdagmarkt’ te werven.",
            ["jongen"],
        ),
        ("‘Enthousiaste jongen’ werven is vorm van discriminatie", ["jongen"]),
        (
            "Een organisatie kreeg een tik op de vingers omdat zij om een enthousiaste "
            "jongen vroeg.",
            ["jongen"],
        ),
        ("De organisatie maakte onderscheid door om een ‘jongen’ te vragen.", ["jongen"]),
        ("Een vacature voor 'gemotiveerde meisjes' op de website van zijn zaak.", ["meisjes"]),
        # not questions asked of women, not a diversity goal, not a boy who asked
        ("Het is mogelijk om jonge vrouwen online vragen te stellen over hun beroep.", []),
        ("Bedrijven slagen erin om meer technische vrouwen te werven.", []),
        ("Een jongen vroeg of hij mocht helpen.", []),
        ("De jongens en meisjes werven samen geld voor het goede doel.", []),
        # the Flemish waitress
        ("Langs de weg zie je borden waar nieuwe diensters gevraagd worden.", ["diensters"]),
        ("Hij werkt in de dienstverlening.", []),
    ],
)
def test_real_ao(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title with a capitalised adjective inside the reach is no name
        (
            "De Medewerker Huishoudelijke Dienst is verantwoordelijk voor het pand van zijn "
            "werkgever.",
            ["zijn"],
        ),
        ("Dat zag Wil van Ophem in zijn jaren bij het bedrijf.", []),
        # a flexible worker; not a toddler (peuter, kleuter are as often one's own child)
        ("Je kunt aan de flexkracht vragen of hij de sollicitatie wil aanvullen.", ["hij"]),
        ("Onze zoon is een kleuter en hij wil zijn jas zelf aandoen.", []),
        # a plural noun with its article before zijn: the verb, also after iedereen
        ("Zodat iedereen weet wat de regels zijn tijdens de stage.", []),
    ],
)
def test_real_ao_pronouns(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected
