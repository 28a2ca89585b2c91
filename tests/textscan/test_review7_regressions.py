"""Over-broad cases a second independent review found in the rules made from real N and O,
before they were narrowed. Each must keep (or not gain) the findings named."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A first name in brackets after the noun is still that person's name ...
        ("Onze timmerman (Piet) helpt je op weg.", []),
        ("Brandweerman (Kees de Jong) blust al twintig jaar branden.", []),
        ("Onze schoonmaakster (Fatima) werkt hier al tien jaar.", []),
        # ... another title or a qualifier in brackets is not.
        ("De Brandweerman (Brandwacht) controleert de brandveiligheid.", ["Brandweerman"]),
        ("Wij zoeken een Timmerman (Allround) voor ons team.", ["Timmerman"]),
        # A place, a firm or a contact person before "Deze …" is not the one it points at.
        (
            "Het gesprek ging over de vakman in Den Haag. Deze vakman weet wat hij doet.",
            ["vakman", "vakman"],
        ),
        ("Neem contact op met Petra Jansen. Deze vakman weet wat hij doet.", ["vakman"]),
        ("De aannemer werkt in Nieuw Amsterdam. Deze timmerman weet wat hij kan.", ["timmerman"]),
        ("Het project is van Dura Vermeer. Deze vakman weet wat hij doet.", ["vakman"]),
        # "hij" after a thing or another person is not the feminine noun taken up.
        ("De schoonmaakster maakt het toilet schoon als hij vies is.", ["schoonmaakster"]),
        ("De kapster pakt de föhn, want hij staat al klaar.", ["kapster"]),
        ("De secretaresse belt meneer De Vries omdat hij vragen heeft.", ["secretaresse"]),
        ("De werkster helpt vader, want hij is ziek.", ["werkster"]),
        # Knowing a shortage or the role in general is not knowing one person.
        ("We kennen een tekort aan vakmannen.", ["vakmannen"]),
        ("Wij kennen de vakman als iemand die zijn werk goed doet.", ["vakman"]),
        ("Wij maken van hem of haar een echte vakman.", ["vakman"]),
        # An en dash that opens an aside elides no pair.
        ("We zoeken een timmerman of –als dat niet lukt– een metselaar.", ["timmerman"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De vakman (Henk, 54) vertelt over zijn werk.", []),
        # A comma after a clause is no quote; "Dit zegt een leerling als …" is what anyone says.
        (
            "Hoe je een lekkage oplost, legt een monteur uit in de video. "
            "Daarna doet hij het voor.",
            ["hij"],
        ),
        ("Dit zegt een leerling als hij klaar is met zijn proef.", ["hij", "zijn"]),
        ("Het is druk. Dat zegt een monteur als hij zijn werk niet af krijgt.", ["hij", "zijn"]),
        ("Het is druk. Dat zegt een monteur uit Zwolle. Hij ziet het elke dag.", []),
        # A relative clause with only an auxiliary, or a present-tense main verb, tells no news.
        ("Een medewerker van UWV die ziek was, meldt zich bij zijn leidinggevende.", ["zijn"]),
        ("Een medewerker van UWV die moest werken, neemt zijn rust later.", ["zijn"]),
        # A conditional with the verb first, and "vroeger", tell how things went for anyone.
        ("Vroeger liet de leerling zijn logboek door de docent tekenen.", ["zijn"]),
        (
            "Weigerde de werknemer een veiligheidsinstructie, dan verloor hij zijn baan.",
            ["hij", "zijn"],
        ),
        # "een Visser" mid-sentence is one of the Vissers.
        ("Er werkt nog een Visser in het familiebedrijf; hij vaart elke dag uit.", []),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leerlingen die niet vies willen worden, dragen een overall.", []),
        ("Kies je liever zorgen dan lassen? Dat mag allebei.", []),
        (
            "Meisjes willen niet vies worden, denken veel ouders.",
            ["Meisjes willen niet vies worden"],
        ),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # What the narrowed rules still do.
        ("Ik ken een collega kraamverzorgster die dat ook doet.", "gendered-term", []),
        (
            "Bij ons werkt Pieter Bakker. Deze ervaren vakman weet wat hij doet.",
            "generic-masculine",
            [],
        ),
        (
            "Een werknemer van DSM die het vertikte om zijn helm op te zetten, kreeg ontslag.",
            "generic-masculine",
            [],
        ),
        ("Wij zoeken brandweermannen en –vrouwen voor de kazerne.", "gendered-term", []),
        ("De stagiaire blijft, ondanks dat hij zich niet goed voelt.", "gendered-term", []),
    ],
)
def test_still_kept(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
