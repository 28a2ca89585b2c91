"""Where the rules from real AB and AA went too far, found by a read-only review (133 probes,
old code against new) and narrowed. Each case failed with the first version of the rule."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # het owns zijn only inverted after a fronted word, not as an object
        ("De monteur legt het zijn klant rustig uit.", "generic-masculine", ["zijn"]),
        ("De docent vertelt het zijn leerlingen pas na de toets.", "generic-masculine", ["zijn"]),
        # a name that ends a reach must be a surname seen after a first name, not a product
        (
            "De leerling logt in via Magister. Magister toont dan de cijfers; daarna kan hij "
            "zijn rooster zien.",
            "generic-masculine",
            ["hij", "zijn"],
        ),
        (
            "De medewerker werkt in Microsoft Excel. Excel berekent de uren zodat hij zijn "
            "urenbriefje kan insturen.",
            "generic-masculine",
            ["hij", "zijn"],
        ),
        # a writer-met clause is judged by its own verb, which comes first
        (
            "De monteur die we zoeken werkte bij voorkeur al eerder in de bouw en neemt zijn eigen "
            "gereedschap mee.",
            "generic-masculine",
            ["zijn"],
        ),
        (
            "De kandidaat die we voor ogen hadden, moet vooral zijn eigen plan kunnen trekken.",
            "generic-masculine",
            ["zijn"],
        ),
        ("De dakdekker die ik vorige week heb gebeld: hij vroeg veel.", "generic-masculine", []),
        # "als" after "moet zijn" opens a phrase inside the noun group
        (
            "De leerling moet zijn als bijlage meegestuurde cv nog ondertekenen.",
            "generic-masculine",
            ["zijn"],
        ),
        # a dash pair needs the other sex
        (
            "Wij zoeken een vakman – en mannen met ervaring hebben een streepje voor.",
            "gendered-term",
            ["vakman"],
        ),
        ("Wij zoeken een vakman - of vrouw.", "gendered-term", []),
        # a search by others is a trend only with a quantifier before the firms
        (
            "Uitzendbureau Flexwerk zoekt voor diverse bedrijven een mannelijke "
            "magazijnmedewerker.",
            "gendered-term",
            ["mannelijke magazijnmedewerker"],
        ),
        (
            "Vacature: de scholen van SKO Flevoland zoeken een mannelijke leerkracht.",
            "gendered-term",
            ["mannelijke leerkracht"],
        ),
        (
            "We zien dat steeds meer installatiebedrijven op zoek zijn naar vrouwelijke technici.",
            "gendered-term",
            [],
        ),
        # only adjectives that describe the wanted person, next to the noun
        ("Wij zoeken een collega voor ons team van vriendelijke dames.", "gendered-term", []),
        ("Wij zoeken een goede heren kapper voor onze barbershop.", "gendered-term", []),
        # her own story needs a copula; someone else stays a stereotype
        (
            "Gisteren sprak ik de eerste vrouwelijke lasser van Nederland.",
            "stereotype",
            ["de eerste vrouwelijke lasser"],
        ),
        ("In 1995 werd ik bij Volvo de eerste vrouwelijke monteur.", "stereotype", []),
        ("Ik was destijds de eerste vrouwelijke monteur.", "stereotype", []),
        # "bouw" is also a verb
        ("Bouw ook voor vrouwen een toegankelijke werkplek.", "stereotype", []),
        ("Techniek is ook voor meisjes!", "stereotype", ["Techniek is ook voor meisjes"]),
        # left over from the first review: said of the one named, past an adjective
        ("Wie Kees kent, weet dat hij een echte vakman is.", "gendered-term", []),
        ("Jan zegt dat hij een goede kapster zoekt.", "gendered-term", ["kapster"]),
        (
            "Lotte en Iris kozen voor het mbo. Allebei zijn ze kapster geworden.",
            "gendered-term",
            [],
        ),
        # the rest of a firm's name after a preposition of place
        ("Wie bij Bouwbedrijf Smit werkt, is trots op zijn werk.", "generic-masculine", ["zijn"]),
        ("Wie met Jan de Vries praat, hoort over zijn werk.", "generic-masculine", []),
    ],
)
def test_narrowed(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
