"""A second read-only review (135 sentences on the code before and after) of the rules from
real P, Q, R and S: each case was wrong after them. Two rules were withdrawn rather than
narrowed (a feminine plural after a number as "women who are there", a bare feminine noun
after someone named with an age): in regulations and ads those are the role."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voor de zomer hebben wij plek voor twee kapsters.", ["kapsters"]),
        ("Per groep zijn twee leidsters aanwezig.", ["leidsters"]),
        ("Er zijn minimaal twee verpleegsters per nachtdienst ingeroosterd.", ["verpleegsters"]),
        ("Wij nemen dit najaar twee kapsters aan.", ["kapsters"]),
        (
            "Kapper Mehmet Yilmaz (38) zoekt personeel. De kapster is een uitstervend beroep.",
            ["kapster"],
        ),
        (
            "Lotte (17) koos voor de kappersopleiding. De kapster moet tegenwoordig ook "
            "verstand hebben van social media.",
            ["kapster"],
        ),
        # an inverted "is hij" is one person only after someone named with an age, not after
        # a school, a town or software
        (
            "De leerling volgt de opleiding bij het Da Vinci College in Dordrecht. Na vier jaar "
            "is hij een volwaardig timmerman.",
            ["timmerman"],
        ),
        (
            "De kandidaat werkt met AutoCAD en Revit. Na het diploma is hij een allround vakman.",
            ["vakman"],
        ),
        ("Sanne van Dijk (22) volgde de opleiding. Nu is ze een volleerde kapster.", []),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "zijn komen en gaan", "zijn gaan en staan": the possessive
        ("De student meldt zijn komen en gaan bij de receptie.", ["zijn"]),
        ("De monteur is verantwoordelijk voor zijn gaan en staan op de bouwplaats.", ["zijn"]),
        ("Na de keuring zijn de machines blijven staan.", []),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wij leveren veiligheidsschoenen die ook geschikt zijn voor dames.", []),
        (
            "Werktuigbouwkunde is voor jongens nog steeds de populairste technische opleiding.",
            [],
        ),
        ("Techniek is voor mannen met grote handen.", ["Techniek is voor mannen"]),
        (
            "Elektrotechniek is voor jongens, vinden veel ouders.",
            ["Elektrotechniek is voor jongens"],
        ),
        (
            "Het is een opleiding die ook heel interessant is voor meiden.",
            ["ook heel interessant is voor meiden"],
        ),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected
