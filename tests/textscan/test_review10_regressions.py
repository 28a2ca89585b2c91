"""A read-only review of the rules added from real Q and R and of the pair-form change
(100 sentences run on the code before and after): each case here was wrong after those
commits, or a common variant they missed."""

from __future__ import annotations

import pytest

from anderebril.textscan import scan_text
from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The lexicon's pair "kapper of kapster" pairs the words themselves, not a compound
        # on one of them with the other: two roles.
        ("Gevraagd: kapper en leerling-kapster.", ["leerling-kapster"]),
        ("Gezocht: assistent en tandartsassistente voor onze praktijk.", ["tandartsassistente"]),
        ("Wij zoeken een docent en BPV-docente voor Techniek.", ["BPV-docente"]),
        ("De kapper of kapster knipt.", []),
        ("De baas en bazin van het café.", []),
        # An inverted "is hij/zij" is one person only after a name; in a dossier it is
        # anyone who finishes the programme.
        ("Na afronding van de opleiding is hij een volwaardig vakman.", ["vakman"]),
        ("Daarmee wordt hij een volleerd vakman.", ["vakman"]),
        ("Aan het eind van de opleiding is hij/zij een zelfstandig vakman.", ["vakman"]),
        ("Na de opleiding is zij een zelfstandig werkende kapster.", ["kapster"]),
        (
            "De leerling werkt vier jaar in de praktijk; daarna is hij een allround timmerman.",
            ["timmerman"],
        ),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We are hiring a pool attendant and chambermaid.", ["chambermaid"]),
        ("Every room and chambermaid trolley is checked daily.", ["chambermaid"]),
        ("We are hiring a room attendant or chambermaid.", []),
        ("The chairman or chairwoman opens the meeting.", []),
    ],
)
def test_english_pairs(text: str, expected: list[str]) -> None:
    report = scan_text(text, language="en")
    assert [f.text for f in report.findings if f.category == "gendered-term"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "aspirant-X", "leerling-X", "kandidaat-X": the first part says X is a person, even
        # when X is unknown; a rare "aspirant-lidstaat" (a country) is left as a known miss.
        ("De kandidaat-koper krijgt zijn hypotheekofferte binnen twee weken.", ["zijn"]),
        ("De leerling-vlieger maakt zijn eerste solovlucht.", ["zijn"]),
        ("De politieaspirant volgt zijn opleiding.", ["zijn"]),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # over-broad: a fit complaint; "zien" is not "behandelen"
        ("Standaard werkkleding past niet bij vrouwen: de mouwen zijn te lang.", []),
        ("We zien je graag aanpakken als een vent.", ["als een vent"]),
        ("Ze behandelen je echt gewoon als een vent.", []),
        # common variants the first patterns missed
        ("De bouw wil af van het mannelijke imago.", ["mannelijke imago"]),
        ("Techniek zou niet iets zijn voor meisjes.", ["niet iets zijn voor meisjes"]),
        (
            "Veel mensen denken dat de bouw niet echt iets voor vrouwen is.",
            ["niet echt iets voor vrouwen"],
        ),
        (
            "Ook vrouwelijke studenten zijn van harte welkom.",
            ["Ook vrouwelijke studenten zijn van harte welkom"],
        ),
        (
            "Vrouwelijke leerlingen zijn bij ons ook van harte welkom.",
            ["Vrouwelijke leerlingen zijn bij ons ook van harte welkom"],
        ),
        (
            "Vrouwelijke monteurs zijn natuurlijk ook welkom.",
            ["Vrouwelijke monteurs zijn natuurlijk ook welkom"],
        ),
        ("Meiden zijn bij ons ook meer dan welkom!", ["Meiden zijn bij ons ook meer dan welkom"]),
        ("Meisjes zijn natuurlijk meer dan welkom!", ["Meisjes zijn natuurlijk meer dan welkom"]),
        (
            "Techniek is nog steeds vooral voor jongens, denken veel ouders.",
            ["Techniek is nog steeds vooral voor jongens"],
        ),
        ("Elektrotechniek is voor jongens, vinden ouders.", ["Elektrotechniek is voor jongens"]),
        ("Het is van oudsher een domein voor mannen.", ["domein voor mannen"]),
        ("Lassen hoort niet bij een meisje, vinden ouders.", ["hoort niet bij een meisje"]),
        ("Zulk zwaar werk hoort niet bij dames.", ["hoort niet bij dames"]),
        ("Meiden kiezen toch liever voor de zorg.", ["Meiden kiezen toch liever voor de zorg"]),
        (
            "Meisjes kiezen liever niet voor een technische opleiding.",
            ["Meisjes kiezen liever niet voor een technische opleiding"],
        ),
        # still silent
        ("Studenten zijn bij ons van harte welkom.", []),
        ("Vrouwelijke studenten zijn in de minderheid.", []),
        ("Meisjes kiezen vaker voor de zorg.", []),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected
