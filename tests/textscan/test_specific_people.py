"""Named and specific people are not generic: their job titles and pronouns are not findings.

These run against the packaged lexicon, as a user's scan would.
"""

from __future__ import annotations

import pytest

from anderebril.textscan import scan_text


def categories(text: str) -> list[tuple[str, str]]:
    return [(f.category, f.text) for f in scan_text(text).findings if f.category != "coded-word"]


@pytest.mark.parametrize(
    "text",
    [
        "Docente installatietechniek Hanneke Smit geeft les in Leeuwarden.",
        "Kapster en salonhouder Samira Ouali opende haar eigen zaak.",
        "Studente autotechniek Aylin (19) mocht alleen achter de balie werken.",
        "'Mijn vader was al timmerman, dus het zat erin,' lacht hij.",
        "'Ik ben kapster geworden omdat ik van mensen houd.'",
    ],
)
def test_a_title_of_a_specific_person_is_not_a_finding(text: str) -> None:
    assert categories(text) == []


def test_a_company_name_after_the_noun_does_not_make_it_a_person() -> None:
    assert categories("Wij zoeken een vakman voor Bouwbedrijf Jansen.") == [
        ("gendered-term", "vakman")
    ]


def test_a_question_to_the_reader_is_still_generic() -> None:
    assert categories("Ben jij onze nieuwe kapster?") == [("gendered-term", "kapster")]


def test_a_named_role_holder_takes_his_own_pronoun() -> None:
    assert categories("Onze monteur Jan Smit neemt zijn gereedschap mee.") == []
    assert categories("De monteur neemt zijn gereedschap mee.") == [("generic-masculine", "zijn")]


def test_the_speaker_named_after_a_generic_noun_is_not_that_person() -> None:
    text = "Een goede uitvoerder, zegt Jansen, kent zijn ploeg."
    assert categories(text) == [("generic-masculine", "zijn")]
    assert categories("Een goede uitvoerder, Jansen, kent zijn ploeg.") == []


def test_a_programme_name_after_the_noun_is_not_a_first_name() -> None:
    text = "De student Installatietechniek bouwt in de praktijkhal zijn eigen badkamer na."
    assert categories(text) == [("generic-masculine", "zijn")]


@pytest.mark.parametrize(
    "text",
    [
        "De kandidaat kan bezwaar maken. Hij of zij ontvangt binnen vijf dagen antwoord.",
        "De student levert zijn of haar verslag in bij de docent.",
    ],
)
def test_written_out_pairs_are_already_inclusive(text: str) -> None:
    assert categories(text) == []


def test_het_zijn_at_the_start_of_a_sentence_is_the_verb() -> None:
    text = "De monteur kent de regels. Het zijn juist de details die tellen."
    assert categories(text) == []
