"""Rules from the errors of a twentieth blind set of real Dutch text (real T: vacancies,
school pages, regulations and many hard negatives), each with look-alikes it must leave
alone."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fixed expressions with zijn/z'n that point at nobody
        ("Een monteur helpt de klant. Een grapje op z’n tijd helpt ook!", []),
        ("De monteur komt op zijn vroegst om acht uur.", []),
        ("De leerlingen werken met z'n tweeën.", []),
        ("De student vraagt hoe dat in zijn werk gaat.", []),
        ("De student vertelt over zijn werk.", ["zijn"]),
        ("De kandidaat voelt zich op zijn gemak.", ["zijn"]),
        # "werkzaam zijn" is the verb
        ("Een laborant kan dus werkzaam zijn binnen verschillende vakgebieden.", []),
        ("De laborant is werkzaam in zijn eigen lab.", ["zijn"]),
        # person nouns the lexicon lacked, het-words too
        ("Een teamplayer die zelfstandig goed zijn weg kan vinden.", ["zijn"]),
        ("Het personeelslid en zijn professie.", ["zijn"]),
        ("Elk teamlid doet zijn werk.", ["zijn"]),
        ("Het bedrijf en zijn klanten.", []),
        # someone the writer knows is one person
        ("Een collega van me werd ontslagen. Hij wil verder met dit vak.", []),
        ("Een vriend van mij doet zijn werk.", []),
        ("De collega van de monteur pakt zijn tas.", ["zijn"]),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family's fact box names one person
        ("Vader: las- en ijzerwerker, zzp Moeder: receptioniste", []),
        ("Functie: receptioniste", ["receptioniste"]),
        # both sexes named in one sentence, or "de man of de vrouw"
        ("Een gastvrouw wordt ook wel een hostess genoemd, en een gastheer een host.", []),
        ("De vakman of de vakvrouw komt langs.", []),
        ("Wij zoeken een kapster voor de salon van onze kapper.", ["kapster"]),
        # the reader asked to be a man
        ("Ben jij de man die wij zoeken?", ["man"]),
        ("Indien je denkt dat jij de juiste man bent voor de job, reageer dan.", ["man"]),
        ("Ben je de man of de vrouw die wij zoeken?", []),
        ("Ben jij de man van Anja?", []),
        ("Bent u de man die gisteren belde?", []),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M/V Kenmerken technische arbeidsmarkt", []),
        ("Monteur M/V Utrecht", ["M/V"]),
        ("(m/v) Monteur gezocht", ["(m/v)"]),
    ],
)
def test_binary_notation(text: str, expected: list[str]) -> None:
    assert texts(text, "binary-notation") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of ze zeggen: een meisje kan dit niet.", ["een meisje kan dit niet"]),
        ("Meisjes kunnen dat niet, zeggen ze.", ["Meisjes kunnen dat niet"]),
        ("Mijn vrouw kan dat niet.", []),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected
