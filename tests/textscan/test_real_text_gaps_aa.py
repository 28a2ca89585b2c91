"""Rules from the errors of a twenty-eighth blind set of real Dutch text (real AA: employer and
school FAQ pages, how-to texts, cao articles and job descriptions). Each rule comes with
look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lexicon: the masculine form next to verpleegster
        ("Wat moet je je voorstellen bij de zorg door een verpleger?", ["verpleger"]),
        ("Bas Zandvoort, wijkverpleger in Amsterdam-Noord, fietst langs zijn cliënten.", []),
        ("Zoek je een verpleger of verpleegster?", []),
        # an adjective between the search verb and the sex noun
        ("Ze zoekt handige dames maar die zijn moeilijk te vinden.", ["dames"]),
        ("Wij zoeken dames.", ["dames"]),
        ("Handige dames zijn welkom op de open dag.", []),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname that opens a sentence with a finite verb is that man
        (
            "Acht jaar werkte René Machiels als chef-kok, totdat er een nieuwe eigenaar kwam "
            "die andere plannen had. Machiels gooide het roer om. Niet omdat hij klaar was.",
            [],
        ),
        # (in the past tense this is a story about one owner: see the gaps of real AG)
        (
            "Soms komt er een nieuwe eigenaar die andere plannen heeft. Dan gooit hij het roer om.",
            ["hij"],
        ),
        # buddy is a role
        ("De buddy vervult verschillende rollen. Hij helpt met praktische zaken.", ["Hij"]),
        # zijn after a modal and before a conjunction is the verb
        ("De leerling werkt bij een leerbedrijf dat erkend moet zijn zodat het voldoet.", []),
        ("De leerling moet zijn werk en zijn huiswerk doen.", ["zijn", "zijn"]),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected
