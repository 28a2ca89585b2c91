"""Rules from the errors of a thirty-seventh blind set of real Dutch text (real AK: vacancies,
internship texts, school and employer pages). Each rule comes with look-alikes that must keep
their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two genders in one word, written with middle dots or a slash and a hyphen
        ("Dankzij de inzet van onze medewerker·ster·s gaat het goed.", ["medewerker·ster·s"]),
        ("Wij zoeken een medewerk·st·er.", ["medewerk·st·er"]),
        ("Wij zoeken een verkoper/-ster.", ["verkoper/-ster"]),
        ("De docent/-e helpt je.", ["docent/-e"]),
        # a pair of nouns with a slash is a notation too (slash_pairs), reported whole
        ("Bedrijven hebben nood aan een vakman/-vrouw.", ["vakman/-vrouw"]),
        ("Met het diploma gastheer/-vrouw kun je aan de slag.", ["gastheer/-vrouw"]),
        # no word: a date, an address, a price
        ("Zij schreef in 1990/-91 een boek.", []),
        ("Zie www.voorbeeld.nl/-ster voor meer.", []),
        ("Het kost 5·e per stuk.", []),
    ],
)
def test_clipped_pair_forms(text: str, expected: list[str]) -> None:
    assert texts(text, "binary-notation") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive after a relative: the verb, before a preposition or a conjunction
        ("De trainer geeft certificaten af die erkend zijn binnen de sector.", []),
        ("De trainer geeft certificaten af die erkend zijn zodat het klopt.", []),
        ("De monteur is verzekerd via zijn werkgever.", ["zijn"]),
        ("De monteur is verplicht zijn werkgever te melden.", ["zijn"]),
        # two acronyms with a slash before the noun say what kind it is
        ("De BOL/BBL leerling werkt aan zijn leertraject.", ["zijn"]),
        (
            "De BOL/BBL leerling/student die met begeleiding in de BPV kan werken en leren "
            "aan zijn leertraject.",
            ["zijn"],
        ),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


def test_compound_of_stewardess() -> None:
    text = "Wat is het verschil tussen een grondstewardess en een stewardess?"
    assert texts(text, "gendered-term") == ["grondstewardess", "stewardess"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person noun by its ending: not syllables, an exercise or a name
        ("Verdeel in lettergrepen: ven·ster, mon·ster, zus·ter, kas·te.", []),
        ("Kies de goede vorm: groot/-e, mooi/-e, klein/-e.", []),
        ("Ons nieuwe lettertype heet Pura·e en is gratis.", []),
        # the whole token, in capitals too
        ("Wij zoeken een ICT-medewerker·ster.", ["ICT-medewerker·ster"]),
        ("Wij zoeken een BPV-docent/-e.", ["BPV-docent/-e"]),
        ("WIJ ZOEKEN MEDEWERKER·STER·S.", ["MEDEWERKER·STER·S"]),
    ],
)
def test_clipped_forms_of_person_nouns_only(text: str, expected: list[str]) -> None:
    assert texts(text, "binary-notation") == expected


def test_clipped_suggestion_keeps_the_number() -> None:
    from anderebril.textscan import scan_text

    found = scan_text("Wij zoeken verkoper/-sters en MEDEWERKER·STER·S.").findings
    assert [f.suggestions for f in found] == [["verkopers"], ["MEDEWERKERS"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # was and kost are nouns too
        ("De monteur verdient zijn kost met het repareren van auto's.", ["zijn"]),
        ("Tijdens het kamp doet de leerling zelf zijn was en kookt hij mee.", ["zijn", "hij"]),
        # tegen, tot: prepositions before the possessive, and after a participle
        ("De medewerker is verzekerd tegen zijn eigen fouten.", ["zijn"]),
        ("De medewerker moet verzekerd zijn tegen ongevallen.", []),
    ],
)
def test_zijn_the_verb_or_not(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name, a comma, the role and a comma: that person
        ("Kees Jansen, de voorzitter, licht zijn besluit toe.", []),
        ("Kees Jansen, onze nieuwe monteur, begint morgen aan zijn eerste klus.", []),
        # a list is no apposition
        ("Volgens Jansen, de monteur en de klant is zijn werk goed.", ["zijn"]),
        # acronyms glued to a compound
        ("Een BOL/BBL-student regelt zelf zijn stageplaats.", ["zijn"]),
    ],
)
def test_review_leftovers(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected
