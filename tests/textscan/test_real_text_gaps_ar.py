"""Rules from the errors of a blind set of real Dutch text (real AR: vacancies, internship
and school pages, dossier texts and hard negatives, measured once before these rules). Each
rule comes with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts

TREASURER = (
    "Taken\n\n"
    "De penningmeester voert de volgende taken uit:\n\n"
    " 1. De penningmeester ontvangt alle inkomsten. Hij houdt een boekhouding bij. "
    "De kascommissie controleert die.\n"
    " 2. Hij stelt de begroting op.\n"
    " 3. Hij doet verslag aan het bestuur.\n"
)


def test_a_numbered_item_does_not_end_a_sentence_of_the_reach() -> None:
    assert texts(TREASURER, "generic-masculine") == ["Hij", "Hij", "Hij"]


def test_a_year_still_ends_a_sentence() -> None:
    text = (
        "De penningmeester doet verslag. Hij werkt sinds 2019. Dat is lang. Het bestuur "
        "vergadert. Bij de vereniging is hij ook lid."
    )
    assert texts(text, "generic-masculine") == ["Hij"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronominal adverb that opens a sentence is followed by the verb
        (
            "De student neemt zijn pen mee. Hierop zijn geen aantekeningen gemaakt.",
            ["zijn"],
        ),
        ("De student legt zijn boek neer. Daarmee zijn de regels duidelijk.", ["zijn"]),
        # the possessive after the subject stays
        ("De student legt zijn boek neer. Daarna pakt hij zijn pen.", ["zijn", "hij", "zijn"]),
        # a sexton is a role like any other
        (
            "De koster opent de kerk. Daarnaast kan de toekomstige koster rekenen op een "
            "fijne werkplek, waar hij andere vrijwilligers ontmoet.",
            ["hij"],
        ),
    ],
)
def test_real_ar_pronouns(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected
