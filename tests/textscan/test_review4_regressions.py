"""Cases from an independent review of the rules added for real sets G and H: each rule was
too broad somewhere, and each case here failed before it was narrowed."""

from __future__ import annotations

import pytest

from anderebril.textscan import scan_text
from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    "text",
    [
        "Je helpt de klant. Je moet stressbestendig zijn wanneer het druk is.",
        "Als monteur ga je op pad naar de klant. Je moet stressbestendig zijn als het druk is.",
        "Je bent het aanspreekpunt voor de klant. Je moet in staat zijn zelfstandig te werken.",
        "Je ondersteunt de leerling. Je moet geduldig zijn tijdens de lessen.",
        "De monteur van de toekomst? Dat kun jij zijn als je van techniek houdt.",
        "De mentor is het eerste aanspreekpunt. Als je student bent, zijn studieboeken gratis.",
        "Je mentor en je praktijkopleider zijn samen verantwoordelijk voor de begeleiding.",
        "De student en de praktijkopleider zijn samen verantwoordelijk voor het leerplan.",
    ],
)
def test_zijn_as_the_verb_in_sentences_to_the_reader(text: str) -> None:
    assert texts(text, "generic-masculine") == []


@pytest.mark.parametrize(
    ("text", "pronouns"),
    [
        ("De kandidaat werkt bij onze opdrachtgever, waar hij de planning maakt.", ["hij"]),
        (
            "De uitzendkracht werkt bij onze opdrachtgever; hij ontvangt zijn loon van ons.",
            ["hij", "zijn"],
        ),
        (
            "De stagiair wordt begeleid door onze praktijkopleider. Hij leert zo zijn vak.",
            ["Hij", "zijn"],
        ),
        ("De werknemer is verplicht zijn werkgever direct te informeren.", ["zijn"]),
        ("De kandidaat vindt het belangrijk zijn vakkennis op peil te houden.", ["zijn"]),
        ("Uitgangspunt is de student. Hij bepaalt zelf zijn leerroute.", ["Hij", "zijn"]),
        ("Aanspreekpunt is de praktijkopleider. Hij beoordeelt de opdrachten.", ["Hij"]),
        (
            "Elektromonteur (M/V)\nDe monteur die wij zoeken, houdt zijn eigen werkbonnen bij.",
            ["zijn"],
        ),
    ],
)
def test_the_generic_role_keeps_its_pronouns(text: str, pronouns: list[str]) -> None:
    assert texts(text, "generic-masculine") == pronouns


@pytest.mark.parametrize(
    "text",
    [
        "De leerling kiest een keuzedeel. Deze module in het tweede jaar kent zijn eigen toets.",
        "De monteur werkt bij de klant. Deze baan bij ons kent zijn eigen uitdagingen.",
        "De medewerker rijdt een bus van de zaak. Deze bus met inrichting heeft zijn eigen kast.",
    ],
)
def test_deze_with_a_noun_is_an_article_of_a_thing(text: str) -> None:
    assert texts(text, "generic-masculine") == []


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Ben jij een vakman in spe? Meld je aan voor onze open dag.", ["vakman"]),
        ("Wij bieden vakmannen in spe een leerwerkplek.", ["vakmannen"]),
        (
            "Lisa (17) volgt Bouwkunde. Volgens haar moet de moderne vakman goed communiceren.",
            ["vakman"],
        ),
        ("Sanne (19): 'Hard werken, maar leuk.' Word jij de nieuwe vakman van morgen?", ["vakman"]),
        (
            "Home | Vacatures (12) | Contact\nBen jij de jonge timmerman die wij zoeken?",
            ["timmerman"],
        ),
        ("Vacatures (4)\nWij zoeken de handige klusjesman voor onze woningen.", ["klusjesman"]),
        ("Werken met Hout: de vakman kiest zelf zijn materialen.", ["vakman"]),
        ("Ben Jij De Vakman Die Wij Zoeken?", ["Vakman"]),
        ("Wij Zoeken Een Timmerman Met Ervaring", ["Timmerman"]),
        ("Wij zoeken een Echte Vakman!", ["Vakman"]),
    ],
)
def test_generic_nouns_in_headings_ads_and_testimonials(text: str, terms: list[str]) -> None:
    assert texts(text, "gendered-term") == terms


def test_a_profile_noun_and_its_pronoun_agree() -> None:
    text = "De 19-jarige Miguel wist wat hij wilde. De jonge timmerman werkt nu bij zijn vader."
    assert texts(text, "gendered-term") == []
    assert texts(text, "generic-masculine") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ruud de Vries (52) is al dertig jaar boswachter. De boswachter kent elk pad en hij weet "
        "waar de herten staan.",
        "Gerrit (61) is schoenmaker in Zwolle. De schoenmaker repareert schoenen; zijn zoon "
        "helpt hem op zaterdag.",
    ],
)
def test_the_noun_said_of_a_named_person_points_back_to_them(text: str) -> None:
    assert texts(text, "generic-masculine") == []


@pytest.mark.parametrize(
    "text",
    [
        "Gebruik de studieplanner: hij laat zien welke opdrachten je moet inleveren.",
        "De jaarplanner staat op de website. Hij wordt elk jaar bijgewerkt.",
        "Je werkt met een elektrische orderpicker. Hij tilt pallets tot acht meter hoog.",
    ],
)
def test_planners_and_order_pickers_that_are_things(text: str) -> None:
    assert texts(text, "generic-masculine") == []


def test_a_productieplanner_is_still_a_person() -> None:
    text = "De productieplanner overlegt met de werkvloer. Hij maakt het weekrooster."
    assert texts(text, "generic-masculine") == ["Hij"]


def test_a_claim_at_the_end_of_the_text_runs_to_its_end() -> None:
    assert texts("Ook als meisje kan je bij ons terecht", "stereotype") == [
        "Ook als meisje kan je bij ons terecht"
    ]


@pytest.mark.parametrize("width", [1, 40, 200])
def test_characters_that_grow_when_lowercased_do_not_shift_the_profile_search(width: int) -> None:
    # "İ".lower() is two characters: a search in str.lower() of the text found the earlier
    # "boswachter" at the wrong offset, and past the end of the text it raised IndexError.
    text = "İ" * width + " Ruud is boswachter. De boswachter: hij."
    for finding in scan_text(text).findings:
        assert text[finding.start : finding.end] == finding.text
    named = "Ruud is boswachter. " + "İ" * width + ". De boswachter kent het bos en hij weet het."
    assert texts(named, "generic-masculine") == []
