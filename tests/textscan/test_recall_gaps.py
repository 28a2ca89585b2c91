"""General gaps found by the third blind corpus (holdout3), tested on the real lexicon: the
rule, and the look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import found, texts


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Wil jij de wereld over als bootsman, matroos of werktuigkundige?", "bootsman"),
        ("Ervaring als telefoniste in een technische omgeving is een pré.", "telefoniste"),
        ("Later als zakenman een eigen installatiebedrijf beginnen?", "zakenman"),
        ("Droom je ervan om als zakenvrouw een eigen bedrijf te starten?", "zakenvrouw"),
    ],
)
def test_a_capitalised_sentence_opener_before_als_is_no_named_subject(text: str, noun: str) -> None:
    assert texts(text, "gendered-term") == [noun]


@pytest.mark.parametrize(
    "text",
    [
        "Anna werkte tien jaar als telefoniste.",
        "Lisa de Wit is studente Mechatronica.",
        "Anna is zakenvrouw in Utrecht.",
    ],
)
def test_a_named_subject_still_names_a_person(text: str) -> None:
    assert texts(text, "gendered-term") == []


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Ook zoeken we een magazijnman voor de ochtendploeg.", "magazijnman"),
        ("Wij zoeken een ervaren storingsman laagspanning.", "storingsman"),
    ],
)
def test_new_man_compounds_are_found(text: str, noun: str) -> None:
    assert texts(text, "gendered-term") == [noun]


@pytest.mark.parametrize(
    "text",
    [
        "Ze las een roman over een talisman.",
        "De manager leest de manometer af.",
        "Meneer Kapelman en Hoffman waren er ook.",
    ],
)
def test_man_look_alikes_stay_clean(text: str) -> None:
    assert texts(text, "gendered-term") == []


@pytest.mark.parametrize(
    "text",
    [
        "Installatievakman W (m/v/x) – 32-40 uur",
        "Wij zoeken een installatievakman W voor de regio Zwolle.",
    ],
)
def test_a_bare_capital_letter_after_a_job_title_is_no_initial(text: str) -> None:
    assert [t.lower() for t in texts(text, "gendered-term")] == ["installatievakman"]


def test_an_initial_with_a_dot_still_names_a_person() -> None:
    assert texts("Ons team: installatievakman J. Smit.", "gendered-term") == []


def test_a_het_noun_in_a_prepositional_phrase_does_not_take_zijn() -> None:
    text = "Iedere student kiest in het tweede jaar zijn eigen specialisatie."
    assert texts(text, "generic-masculine") == ["zijn"]


def test_an_organisation_still_takes_zijn() -> None:
    text = "De student werkt bij het bedrijf en zijn klanten."
    assert texts(text, "generic-masculine") == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Leerlingen denken dat programmeren meer iets voor jongens is.", "meer iets voor jongens"),
        ("Hij zei dat het schip geen plek voor een vrouw was.", "geen plek voor een vrouw"),
        ("Ouders denken dat meisjes beter zijn in de zorg.", "meisjes beter zijn in de zorg"),
        (
            "Men denkt dat vrouwen minder technisch inzicht hebben.",
            "vrouwen minder technisch inzicht hebben",
        ),
    ],
)
def test_stereotype_paraphrases_are_found(text: str, phrase: str) -> None:
    assert texts(text, "stereotype") == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "Er is plek voor een vrouw en een man in het team.",
        "Dit is iets voor jongens en meisjes.",
    ],
)
def test_stereotype_look_alikes_stay_clean(text: str) -> None:
    assert texts(text, "stereotype") == []


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("Ben jij iemand die zijn handen uit de mouwen steekt?", "zijn"),
        ("Wie zijn diploma heeft, kan meteen aan de slag.", "zijn"),
        ("Zoek je iemand die hij kan bellen bij storingen?", "hij"),
    ],
)
def test_iemand_die_and_an_opening_wie_are_generic_antecedents(text: str, pronoun: str) -> None:
    assert texts(text, "generic-masculine") == [pronoun]


@pytest.mark.parametrize(
    "text",
    [
        "Wie zijn de docenten van de opleiding?",
        "Wie zijn er morgen aanwezig?",
        "Wie zijn wij? Een klein installatiebedrijf.",
        "Ik ken iemand die zijn of haar eigen bedrijf heeft.",
        "Iemand die hier werkt, kent de regels. Zijn er vragen?",
    ],
)
def test_zijn_as_a_verb_after_wie_or_iemand_stays_clean(text: str) -> None:
    assert texts(text, "generic-masculine") == []


def test_a_generic_noun_in_a_later_list_item_carries_the_reach_on() -> None:
    text = (
        "Artikel 7\n1. De student zoekt zelf een leerbedrijf.\n"
        "2. De student sluit zijn overeenkomst af voordat de BPV begint.\n"
        "3. Bij ziekte meldt hij zich dezelfde dag af."
    )
    assert texts(text, "generic-masculine") == ["zijn", "hij"]


def test_a_named_man_inside_a_reach_does_not_carry_it_on() -> None:
    text = (
        "De student belt. Het is laat. Het regent. Docent Jan Smit komt binnen. Hij pakt zijn boek."
    )
    assert texts(text, "generic-masculine") == []


def test_an_acronym_man_compound_is_found() -> None:
    assert texts("Ben jij onze nieuwe ICT-man?", "gendered-term") == ["ICT-man"]
    assert texts("Wij zoeken twee IT-mannen.", "gendered-term") == ["IT-mannen"]
    assert texts("Pac-Man is een oud spel.", "gendered-term") == []


def test_a_preferred_man_is_a_request_for_one_sex() -> None:
    findings = found("Sterke man met rijbewijs B heeft de voorkeur.")
    assert findings == [("gendered-term", "nl.gendered-term.alleen-mannen", "man")]


@pytest.mark.parametrize(
    "text",
    [
        "De man van de receptie heeft de voorkeur.",
        "Hij zegt dat een sterke man de voorkeur heeft.",
        "In 2023 waren er 40 mannen en 60 vrouwen.",
    ],
)
def test_a_man_that_is_not_asked_for_stays_clean(text: str) -> None:
    assert texts(text, "gendered-term") == []


def test_men_opening_an_appeal_to_the_reader_are_the_target_group() -> None:
    text = "Jongens die graag sleutelen aan auto's: meld je aan!"
    assert texts(text, "gendered-term") == ["Jongens"]


def test_men_in_a_general_statement_are_no_target_group() -> None:
    assert texts("Mannen die in de techniek werken, verdienen meer.", "gendered-term") == []


def test_a_name_with_an_age_before_the_noun_names_a_person() -> None:
    text = "Ruud Jansen (21), timmerman bij Bouwbedrijf Gelders, wint de wedstrijd."
    assert texts(text, "gendered-term") == []
