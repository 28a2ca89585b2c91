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


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # the writer: "ik een stewardess"
        ("Wie had dat gedacht, ik een stewardess.", "gendered-term", []),
        ("Heb ik een kapster nodig?", "gendered-term", ["kapster"]),
        # an apposition of describing words closed by a comma
        (
            "Karina Van Raemdonck, halftijds statutaire schoonmaakster, wordt uitgeleend.",
            "gendered-term",
            [],
        ),
        ("Dat zei Jan, maar elke vakman, hoe goed ook, twijfelt.", "gendered-term", ["vakman"]),
        # a first name after a comma at the end of the sentence
        (
            "Ik had één assistente, Marianne. Zij werkte al bij mijn voorganger.",
            "gendered-term",
            [],
        ),
        ("Wij zoeken een kapster, Utrecht.", "gendered-term", ["kapster"]),
        # the staff of one named practice
        (
            "Op nummer één staan de medewerksters van huisarts M.P.J. Bruijnzeel.",
            "gendered-term",
            [],
        ),
        ("De assistentes van de huisarts doen veel.", "gendered-term", ["assistentes"]),
        ("Word een van de vakmannen van huisarts Jansen.", "gendered-term", ["vakmannen"]),
        # "als iemand …, … ik hem": the speaker is no third person
        ("Als iemand opbelt, herken ik hem aan zijn stem.", "generic-masculine", ["hem", "zijn"]),
        ("Als iemand belt, vraag ik mijn collega of hij helpt.", "generic-masculine", []),
    ],
)
def test_real_ar(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
