"""Rules from the remaining errors of blind real T and from a twenty-second blind set of real
Dutch text (real V)."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens with a longer object phrase, then the verb and *hij*
        (
            "De leerling gaat naar school. Een deel van de opleiding loopt hij stage.",
            ["hij"],
        ),
        ("De leerling gaat naar school. De praktische ervaring doet hij op.", ["hij"]),
        # a thing as the subject, and a comma, still end it
        ("De student leest. Een defibrillator in de hal werkt als hij aan staat.", []),
        ("De student leest. Het apparaat in de grote hal draait, hij kijkt.", []),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "is om … te": a purpose, not what the subject is
        ("Doel is om secretaresses te laten zien hoe ze worden gewaardeerd.", ["secretaresses"]),
        ("Anna is sinds kort lerares.", []),
        # a website, a surname after a title
        ("Zoek via hulp.nl of werksters.nl een hulp.", []),
        ("Reactie op het aftreden van wethouder Zeeman.", []),
        ("Een zeeman vaart uit.", ["zeeman"]),
        # the writer's own, and who someone was
        ("Mijn begeleidster in de keuken geeft duidelijke opdrachten.", []),
        ("Word jij mijn nieuwe kapster?", ["kapster"]),
        ("Binnenkort krijgt de ex-kapster een cursus glaslassen.", []),
        ("Ex-kapsters vinden vaak werk in de techniek.", ["Ex-kapsters"]),
        # people named before 'zijn', and the noun ends the clause
        ("Vader en zoon Van Dijk zijn timmermannen.", []),
        ("Bij Jansen zijn timmermannen altijd welkom.", ["timmermannen"]),
        ("Elektriciens en loodgieters zijn vakmannen.", ["vakmannen"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare *iemand* after *dat* or *of* in the present tense is anyone
        ("Hoe zorg je ervoor dat iemand het meeste uit zijn tijd bij jou haalt?", ["zijn"]),
        ("Het maakt niet uit of iemand een vraag heeft over zijn laptop.", ["zijn"]),
        ("Ik zag dat iemand zijn jas had laten liggen.", []),
        ("Het bleek dat iemand zijn sleutels vergat.", []),
        # an object in the clause of *iemand* or *wie* is someone else
        ("Ik hoop dat iemand hem helpt.", []),
        ("“Wie hem gezien heeft, breng hem alstublieft terug.”", []),
        ("Wie zijn diploma heeft, krijgt een baan.", ["zijn"]),
        ("Als iemand te laat komt, spreek je hem aan.", ["hem"]),
        # idioms and the verb after *hiervan*
        ("Sinds de eerste zuighulp zijn intrede deed, volgden nieuwe modellen.", []),
        ("De timmerman maakt constructies. Voorbeelden hiervan zijn kozijnen.", []),
        ("De timmerman maakt kozijnen. Hij gebruikt zijn eigen gereedschap.", ["Hij", "zijn"]),
        # a story about a boy the writer met, to the end of the reach
        (
            "Ik sprak een jongen die als developer werkt. Hij vroeg wat ik deed. "
            "Toen hij begon over vrouwen, ben ik weggegaan.",
            [],
        ),
        # a male noun is no generic person: zijn agrees with it (real set CJ)
        ("Een jongen die techniek kiest, krijgt hulp van zijn mentor.", []),
    ],
)
def test_generic_masculine_v(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De ICT-sector is een masculiene omgeving.", ["masculiene omgeving"]),
        ("Het is een mannelijke cultuur.", ["mannelijke cultuur"]),
        ("Hij heeft een mannelijke stem.", []),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # *jongedame*, *jongeman*: as the lexicon's condition says, only when asked for or
        # addressed, like *dame* and *heer* (real P and Q's labellers left the rest alone)
        ("Jongedame gezocht voor de balie.", ["Jongedame"]),
        ("Wij zoeken een jongeman voor ons magazijn.", ["jongeman"]),
        ("Jongemannen, meld je aan!", ["Jongemannen"]),
        ("Twee jongedames werken hier vast.", []),
        ("Ze is inmiddels een succesvolle jongedame.", []),
    ],
)
def test_young_men_and_women_only_when_asked_for(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # *studente* names one woman in nearly every real text; reported when asked for or
        # when the reader is taken to be one
        ("Kapsalon Lokken zoekt een studente van de opleiding Kapper.", ["studente"]),
        ("Studente gezocht voor een bijbaan.", ["Studente"]),
        ("Als studente kun je bij ons stage lopen.", ["studente"]),
        ("De studente zit in het derde jaar van de opleiding.", []),
        ("Een Franse studente Biologie is aangekomen.", []),
        ("Zij werkte als studente bij ons.", []),
    ],
)
def test_studente_when_asked_for(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected
