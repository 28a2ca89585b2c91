"""Rules from the errors of a twenty-third blind set of real Dutch text (real W: vacancies,
BPV guides, a CAO, a Belgian list of job titles, news and a book page)."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised job word without an article, after a verb or a noun, is a name
        ('"Het was goedkoop", legde Zeeman ooit uit.', []),
        ("De oprichter van textielsupermarktketen Zeeman is overleden.", []),
        ("Suggesties dat Zeeman het niet zo nauw nam, wees hij af.", []),
        ("Wij zoeken een goede Timmerman.", ["Timmerman"]),
        ("Bouwbedrijf zoekt Timmerman.", ["Timmerman"]),
        ("Wij zoeken ervaren Timmerman (m/v).", ["Timmerman"]),
        ("Solliciteer als Kapster bij ons.", ["Kapster"]),
        # a caption: a name and a comma, then the job on the next line
        ("Benno Groot,\ntimmerman bij De Nijs\n\nMooi werk.", []),
        ("Wij zoeken een collega,\ntimmerman met ervaring.", ["timmerman"]),
        # who someone was; a writer is one woman, unless one is asked for
        ("De oprichter en oud-topman van de keten is overleden.", []),
        ("Oud-stagiaires blijven vaak.", ["Oud-stagiaires"]),
        ("Het boek van de Nederlandse schrijfster verschijnt in januari.", []),
        ("Wij zoeken een schrijfster voor onze blog.", ["schrijfster"]),
        # job titles on -jongen
        (
            "Functies: boodschapper, boodschappenjongen, loopjongen.",
            ["boodschappenjongen", "loopjongen"],
        ),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Als de Apk-keurmeester zijn werk goed heeft gedaan, is het in orde.", ["zijn"]),
        ("Een minister moet zijn verantwoordelijkheid nemen.", ["zijn"]),
        ("Onder werknemer wordt verstaan: hij die bij de werkgever in dienst is.", ["hij"]),
        ("Hij die zijn best doet, wint.", ["Hij", "zijn"]),
        ("Was hij die man van zijn buurman?", []),
        # pronouns talked about, not used
        ("Om naar een persoon te verwijzen, gebruiken we hij, hem en zijn.", []),
        ("Gebruik bij de student niet het woord ‘hij’.", []),
        ("De monteur pakt zijn tas en hij gaat.", ["zijn", "hij"]),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De receptiechef(fin) en de chef(fin) bewaking.", ["receptiechef(fin)", "chef(fin)"]),
        ("Het werk is af (fin).", []),
    ],
)
def test_binary_notation(text: str, expected: list[str]) -> None:
    assert texts(text, "binary-notation") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veel stemmers vinden dat techniek meer een mannending is.", ["mannending"]),
        ("Een derde vindt dat vrouwen veel te onhandig zijn.", ["vrouwen veel te onhandig"]),
        (
            "Eén van de meest geschikte beroepen voor een vrouw.",
            ["meest geschikte beroepen voor een vrouw"],
        ),
        ("De meisjes zijn te klein voor de machine.", []),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected
