"""Look-alikes from a third read-only review (92 sentences) of the rules from real X and the
narrowed rules of the review before: each case is one where a rule first went too far."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun's own relative clause ends at its verb (Dutch puts it last)
        ("Een leerling die hard werkt krijgt een beloning die hem motiveert.", ["hem"]),
        ("De kandidaat die wij uitnodigen krijgt een mail waarin we hem iets vragen.", ["hem"]),
        ("Geef de stagiair die dag de tijd en laat hem rustig wennen.", ["hem"]),
        ("Hij zoekt een bakker die in hem gelooft en hem het vak kan bijbrengen.", []),
        # an office is its holder only in news, not in a condition or a habit of the past
        ("Vroeger moest de minister zelf zijn brieven schrijven.", ["zijn"]),
        ("Als de rechter twijfelde, kon hij de zaak aanhouden.", ["hij"]),
        ("De minister kondigde gisteren aan dat hij stopt.", []),
        # "hij die" after a place is no one named
        ("In de bouw in Nederland is veel werk. Hij die hard werkt, komt ver.", ["Hij"]),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Goed, Sanne werkt nu als kapster bij ons.", []),
        ("Ik vind dat de opleiding voor kapster te kort is.", ["kapster"]),
        ("Ik ben in opleiding voor wielman.", []),
        ("Solliciteer direct bij Zeeman als verkoopmedewerker!", []),
        ("Arnoud Jansen,\ntimmerman bij De Nijs", []),
        ("Ben jij begeleider van een studente die zwanger is?", []),
        ("Ben jij een creatieve schrijfster?", ["schrijfster"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vrouwen zijn te zwak voor de bouw.", ["Vrouwen zijn te zwak voor"]),
        ("Dames zijn veel te emotioneel om leiding te geven.", ["Dames zijn veel te emotioneel"]),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected


def test_ess_only_after_a_person() -> None:
    assert texts("Het proc(ess) loopt vast.", "binary-notation") == []
    assert texts("Wij zoeken een host(ess) voor de beurs.", "binary-notation") == ["host(ess)"]


def test_nou_jongens_to_a_schools_own_pupils_is_no_address() -> None:
    text = "Nou jongens, dat was het dan weer voor dit schooljaar. Fijne vakantie!"
    assert texts(text, "gendered-term") == []
    assert texts("Kom jongens! Meld je aan voor de open dag.", "gendered-term") == ["jongens"]
