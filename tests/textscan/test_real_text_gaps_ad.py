"""Rules from the errors of a thirtieth blind set of real Dutch text (real AD: news, columns,
interviews and portraits of named workers). Each rule comes with look-alikes that must keep
their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # de + noun with a relative clause in the past tense: the one(s) a story is about
        (
            "Vrijwilligers waren het, de twee brandweermannen die zaterdagnacht om het leven "
            "kwamen.",
            [],
        ),
        ("Op haar zeventiende sprak ze met de kraamverzorgster, die bij haar broer kraamde.", []),
        ("De kapster die hier werkt, is vriendelijk.", ["kapster"]),
        ("Wij zoeken de vakman die het verschil maakt.", ["vakman"]),
        ("De kapster die we zoeken, is creatief.", ["kapster"]),
        # a past-tense sentence alone is not enough
        ("Het gesprek ging over de vakman in Den Haag.", ["vakman"]),
        # a pair joined by "maar ook"
        ("We nemen aan dat niet alleen verpleegster maar ook verpleger beschermd is.", []),
        ("Niet alleen de vakman maar ook de klant is tevreden.", ["vakman"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone named with their age beside the noun owns the next sentence's Hij
        (
            "Dat is volgens Gijs van Kessel (19) kort gezegd wat een monteur doet. Hij en zijn "
            "studiegenoot doen mee aan het kampioenschap.",
            [],
        ),
        ("Een monteur repareert storingen. Hij en zijn collega komen snel.", ["Hij", "zijn"]),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het idee dat IT voor mannen is, wordt al vroeg gestimuleerd.", ["IT voor mannen is"]),
        ("Het idee dat mannen beter zijn in IT is een vooroordeel.", ["mannen beter zijn in IT"]),
        ("De IT voor mannen en vrouwen is goed geregeld.", []),
        (
            "We houden vast aan normen met de vrouw als opvoeder en de man als kostwinner.",
            ["de vrouw als opvoeder"],
        ),
        (
            "Daarmee is het vak ook voor vrouwen interessanter geworden.",
            ["ook voor vrouwen interessanter"],
        ),
        ("Domeinen die al snel een mannelijk etiket opgeplakt krijgen.", ["mannelijk etiket"]),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected
