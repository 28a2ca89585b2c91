"""General gaps found by scanning real Dutch web pages (vacancies, career pages, news; the
labelled pages themselves are third-party text and stay outside the repository). Each rule is
tested on sentences of our own, with the look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from anderebril.textscan import scan_text
from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    "text",
    [
        "Bij ons werkt de monteur zelfstandig. In de installatietechniek zijn veel richtingen.",
        "De taken van monteur A en B zijn uitgewerkt in het overzicht.",
        "Het loon en de rechten van een stagiair zijn dezelfde als vorig jaar.",
        "De sollicitant moet minstens 18 jaar zijn'.",
    ],
)
def test_zijn_as_a_verb(text: str) -> None:
    assert texts(text, "generic-masculine") == []


@pytest.mark.parametrize(
    ("text", "pronouns"),
    [
        ("Iedereen neemt zijn eigen werkschoenen mee.", ["zijn"]),
        ("Ieder heeft zijn eigen rooster.", ["zijn"]),
        ("Wat deze persoon zoekt, hoor je als hij belt.", ["hij"]),
        ("De monteur komt. Met zijn gereedschap gaat hij naar de klant.", ["zijn", "hij"]),
    ],
)
def test_generic_antecedents_and_possessives(text: str, pronouns: list[str]) -> None:
    assert texts(text, "generic-masculine") == pronouns


@pytest.mark.parametrize(
    "text",
    [
        "Iedereen zal blij zijn.",
        "Ieder bedrijf heeft zijn eigen regels.",
        "In het verhaal zoekt de hoofdpersoon zijn broer.",
    ],
)
def test_generic_antecedent_look_alikes(text: str) -> None:
    assert texts(text, "generic-masculine") == []


def test_a_pair_named_by_the_lexicon_is_inclusive() -> None:
    assert texts("Wil jij ober of serveerster worden?", "gendered-term") == []
    assert texts("Tips voor nieuwe obers en serveersters.", "gendered-term") == []
    assert texts("Wij zoeken een kok en een serveerster.", "gendered-term") == ["serveerster"]


def test_a_sentence_opening_preposition_is_no_name() -> None:
    text = "Volgens de Jong is een goede secretaresse onmisbaar."
    assert texts(text, "gendered-term") == ["secretaresse"]
    assert texts("Volgens Anna, onze secretaresse, gaat het goed.", "gendered-term") == []


def test_the_plural_stagiaires_is_used_for_everyone() -> None:
    assert texts("Onze stagiaires krijgen een vergoeding.", "gendered-term") == []
    assert texts("Wij zoeken een stagiaire voor de receptie.", "gendered-term") == ["stagiaire"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Lassen is echt iets voor vrouwen!", "echt iets voor vrouwen"),
        ("Techniek is écht iets voor meiden.", "écht iets voor meiden"),
    ],
)
def test_a_field_presented_as_womens_work(text: str, phrase: str) -> None:
    assert texts(text, "stereotype") == [phrase]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("De sjouwerman tilt de dozen naar boven.", "sjouwerman"),
        ("Wij zoeken een ervaren wegenbouwman.", "wegenbouwman"),
        ("Bouwbedrijf zoekt een cv-man voor de winter.", "cv-man"),
        ("Sjouwerman (m/v)\nVoor ons magazijn zoeken wij iemand.", "Sjouwerman"),
        ("Twee sjouwermannen helpen bij de verhuizing.", "sjouwermannen"),
    ],
)
def test_man_compounds_are_found_productively(text: str, term: str) -> None:
    assert texts(text, "gendered-term") == [term]


@pytest.mark.parametrize(
    "text",
    [
        "Brinkman zegt dat het goed gaat met de bouw in de regio.",
        "Zijn buurman Brinkman werkt hier ook.",
        "Zij leest een detectiveroman over een talisman.",
        "Herman werkt al jaren bij ons als planner.",
        "De afdeling human resources regelt het contract.",
        "Pac-Man is een oud computerspel.",
        "Een man-uur kost zestig euro.",
    ],
)
def test_man_look_alikes(text: str) -> None:
    assert texts(text, "gendered-term") == []


def test_a_man_compound_suggests_its_own_parts() -> None:
    report = scan_text("De sjouwerman is er.")
    (term,) = [f for f in report.findings if f.category == "gendered-term"]
    assert (term.text, term.rule, term.severity) == (
        "sjouwerman",
        "nl.gendered-term.man-samenstelling",
        "consider",
    )
    assert "sjouwerkracht" in term.suggestions
    assert (
        "sjouwerman of sjouwervrouw"
        in scan_text("De sjouwerman is er.", strategy="paarvorm").findings[0].suggestions
    )
