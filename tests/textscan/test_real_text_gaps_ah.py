"""Rules from the errors of a thirty-fourth blind set of real Dutch text (real AH: a broad
mix, measured at the session's code after real AG's rules and their review). Each rule comes
with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a job in brackets right after someone's full name, and the same word again
        (
            "Volgens Paulien van 't Westeinde (projectleidster BTZ) helpt het. Dat voegt de "
            "projectleidster eraan toe.",
            [],
        ),
        ("Wij zoeken een projectleider (projectleidster of projectleider).", []),
        ("Vacature: projectleidster (32 uur)", ["projectleidster"]),
        # a pair with a word of emphasis after the linker
        ("Je kunt specifiek op zoek zijn naar een man of juist een vrouw.", []),
        ("Wij zoeken mannen of juist vrouwen.", []),
        ("Wij zoeken een man of juist een sterke kerel.", ["man", "kerel"]),
        # a target group is no person asked for
        ("Kijken we naar de mannelijke doelgroep: zij reageren net zo vaak.", []),
        ("Wij zoeken een mannelijke verzorger.", ["mannelijke verzorger"]),
        # a named person's wish
        ("Nina wilde stewardess worden en ik wilde cabaretier worden.", []),
        ("Nina wilde vroeger stewardess worden.", []),  # a common first name
        ("Vroeger wilde je stewardess worden.", ["stewardess"]),
        ("Elke jongen wil timmerman worden.", ["timmerman"]),
        ("Wil jij ook kapster worden?", ["kapster"]),
        ("Veel meisjes willen kapster worden.", ["kapster"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common first name opening a sentence with its verb takes the pronouns after it
        ("De monteur komt langs. Jan begint om acht uur. Hij neemt zijn gereedschap mee.", []),
        ("De monteur komt langs. Hij neemt zijn gereedschap mee.", ["Hij", "zijn"]),
        (
            "De monteur komt langs. Brechtje begint om acht uur. Hij neemt zijn boor mee.",
            ["Hij", "zijn"],
        ),
    ],
)
def test_generic_masculine_after_first_names(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive needs a noun after it
        ("Een werkgever zal meer geneigd zijn iemand te kiezen met een opleiding.", []),
        ("De werknemer is verplicht zijn werkgever te melden dat hij ziek is.", ["zijn", "hij"]),
    ],
)
def test_zijn_before_a_pronoun_is_the_verb(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Vrouwen zijn vaak nauwgezetter dan mannen.”", ["Vrouwen zijn vaak nauwgezetter"]),
        (
            "Dat het werk te zwaar zou zijn voor vrouwen, bestrijdt Claudia.",
            ["te zwaar zou zijn voor vrouwen"],
        ),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an inverted subject, words between it and "als", an adjective after "als"
        (
            "Na een tijdje startte Alyssa ook een zaak op in bijberoep als kapster.",
            [],
        ),
        (
            "Na jaren in een kapperszaak besloot Manders zeven jaar geleden als ambulant "
            "kapster voor zichzelf te beginnen.",
            [],
        ),
        ("In 2019 begon Anouk als ambulant kapster.", []),
        # no adjective after "als": the employer, and the noun is asked for
        ("In Utrecht zocht Heijmans vorig jaar als werkgever vakmannen.", ["vakmannen"]),
        ("Daarom zoekt Heijmans als werkgever een vakman.", ["vakman"]),
        # a new clause between the name and "als"
        ("Vorig jaar zei Jan dat het werk als kapster zwaar is.", ["kapster"]),
        # the verb right before the name must be one of starting or working
        ("Volgens mij vindt Anouk het werk als kapster zwaar.", ["kapster"]),
    ],
)
def test_an_inverted_name_is_what_als_says(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected
