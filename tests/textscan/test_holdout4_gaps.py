"""General gaps found by the fourth blind corpus (holdout4), tested on the real lexicon: each
rule with the look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Techniek is allang geen jongenszaak meer.", "jongenszaak"),
        ("Werken met groot materieel is voor velen een jongensdroom.", "jongensdroom"),
        ("De school was te lang een jongensclub.", "jongensclub"),
        ("Het werk is zwaar, maar ook voor meiden goed te doen.", "ook voor meiden goed te doen"),
        ("Het werk is bij uitstek geschikt voor vrouwen.", "uitstek geschikt voor vrouwen"),
        ("Ook meiden mogen zich natuurlijk aanmelden!",
         "Ook meiden mogen zich natuurlijk aanmelden"),
        ("Meisjes kunnen zich uiteraard ook aanmelden.",
         "Meisjes kunnen zich uiteraard ook aanmelden"),
        ("Ook als meisje kun je prima metselen.", "Ook als meisje kun je prima metselen"),
        ("Ze hoort dat lassen niks is voor een meisje.", "niks is voor een meisje"),
        ("Meiden hebben vaak minder kracht in hun armen.", "Meiden hebben vaak minder kracht"),
        ("Hij zei dat vrouwen nu eenmaal minder affiniteit met techniek hebben.",
         "vrouwen nu eenmaal minder affiniteit"),
    ],
)  # fmt: skip
def test_stereotype_claims_in_other_words(text: str, phrase: str) -> None:
    assert texts(text, "stereotype") == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "Meiden en jongens mogen zich aanmelden.",
        "Het werk is geschikt voor iedereen.",
        "Vrouwen hebben vaker een deeltijdbaan dan mannen.",
        "Als meisje van tien wilde ze al lassen.",
        "Het jongenskoor zingt op vrijdag.",
    ],
)
def test_stereotype_look_alikes(text: str) -> None:
    assert texts(text, "stereotype") == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Timmerman nieuwbouw – Bouwbedrijf Gerritsen\nWij zoeken een collega.", "Timmerman"),
        ("Kapster (parttime) – Salon Knip & Kleur\nVoor onze salon zoeken wij iemand.", "Kapster"),
        ("Je hebt een diploma of ervaring als lerares in het basisonderwijs.", "lerares"),
    ],
)
def test_a_heading_or_the_reader_is_no_named_person(text: str, term: str) -> None:
    assert texts(text, "gendered-term") == [term]


@pytest.mark.parametrize(
    "text",
    [
        "Je vader was timmerman.",
        "Je moeder werkte als kapster.",
        "Je wordt ingewerkt door Jeroen, onze meewerkend voorman.",
        "Studente Lotte (19) vertelt over haar stage.",
    ],
)
def test_named_people_still_are(text: str) -> None:
    assert texts(text, "gendered-term") == []


def test_a_quoted_speaker_is_a_specific_man() -> None:
    text = (
        "Henk Brouwer is al 38 jaar timmerman. 'Een goede timmerman meet twee keer', zegt hij. "
        "'En hij houdt zijn beitels scherp.'"
    )
    assert texts(text, "generic-masculine") == ["hij", "zijn"]
    generic = "Als de monteur klaar is, zegt hij dat tegen de klant."
    assert texts(generic, "generic-masculine") == ["hij"]


def test_a_pronoun_after_a_relative_pronoun_is_not_the_thing() -> None:
    text = "Iedere chauffeur krijgt een vaste wagen, die hij zelf schoonhoudt."
    assert texts(text, "generic-masculine") == ["hij"]
    assert texts("De chauffeur rijdt een wagen. Hij is nieuw.", "generic-masculine") == []


def test_a_named_person_in_the_reach_takes_the_pronoun() -> None:
    text = (
        "Wij zoeken een zelfstandig werkende kok. Chef-kok Ramon Janssen haalde een prijs "
        "binnen; hij werkt met producten uit de regio."
    )
    assert texts(text, "generic-masculine") == []
    programme = "De student Maritiem & Logistiek is verantwoordelijk voor zijn eigen leerproces."
    assert texts(programme, "generic-masculine") == ["zijn"]


@pytest.mark.parametrize(
    "text",
    [
        "De beginnend beroepsbeoefenaar kent een frequentieregelaar en zijn toepassingen.",
        "De magazijnmedewerker zet de heftruck aan de lader; zijn accu houdt het vol.",
    ],
)
def test_devices_take_their_own_pronoun(text: str) -> None:
    assert texts(text, "generic-masculine") == []
