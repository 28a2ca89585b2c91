"""Probes of the thirteenth session's review: sentences where the session's first version of
a rule went wrong (an adjective reading of every role noun in -ende or -ige, zijn before a
pronominal adverb, a paragraph opening with Hij after a named person, appositions and lists,
Iemand is …, the writer's relatives, slash pairs of two jobs). Each must keep the findings
the labelling rules give it."""

from __future__ import annotations

import pytest

from anderebril.textscan import scan_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wanneer de leidinggevende akkoord geeft, zet hij de training in zijn agenda.",
            [("generic-masculine", "hij"), ("generic-masculine", "zijn")],
        ),
        (
            (
                "Indien de werkzoekende geen startkwalificatie heeft, moet hij zijn "
                "werkervaring aantonen."
            ),
            [("generic-masculine", "hij"), ("generic-masculine", "zijn")],
        ),
        (
            (
                "De leidinggevende tijdens de avonddienst controleert zijn afdeling twee keer "
                "per nacht."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            ("Als de verpleegkundige daar aanleiding toe ziet, overlegt hij met zijn collega's."),
            [("generic-masculine", "hij"), ("generic-masculine", "zijn")],
        ),
        (
            (
                "Als de verloskundige complicaties vermoedt, verwijst hij de zwangere door "
                "naar het ziekenhuis."
            ),
            [("generic-masculine", "hij")],
        ),
        (
            "Bespreek met de leidinggevende wat zijn verwachtingen zijn.",
            [("generic-masculine", "zijn")],
        ),
        (
            "De werknemer levert zijn daarvoor benodigde documenten op tijd in.",
            [("generic-masculine", "zijn")],
        ),
        (
            "De leerling gebruikt tijdens de les zijn hiervoor bestemde laptop.",
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "Jeroen Bakker (34) is uitvoerder bij Bouwbedrijf Smit. Een uitvoerder moet "
                "veel ballen hooghouden.\n\nOp de bouwplaats is hij de hele dag in de weer."
            ),
            [],
        ),
        (
            (
                "Sandra's broer Tom is vrachtwagenchauffeur. Een chauffeur zit vaak lang "
                "alleen in zijn cabine.\n\nHij rijdt vooral naar Duitsland."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            "Opdrachtgever: Bouwbedrijf Jansen, fulltime timmerman, Utrecht.",
            [("gendered-term", "timmerman")],
        ),
        (
            "Vacature Amsterdam, parttime schoonmaakster, 20 uur per week.",
            [("gendered-term", "schoonmaakster")],
        ),
        (
            "Het is belangrijk dat de leerling goed zorgt voor zijn gebit.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Wij verwachten dat de student alle stukken bewaart in zijn bestand.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Zorg dat de leerling goed gebruikmaakt van zijn verstand.",
            [("generic-masculine", "zijn")],
        ),
        (
            "De monteur moet inzetbaar zijn overal in het land.",
            [],
        ),
        (
            "De leerling moet aanwezig zijn elke dinsdag en donderdag.",
            [],
        ),
        (
            "De monteur moet oproepbaar zijn 's avonds en in het weekend.",
            [],
        ),
        (
            "Iemand is ziek en heeft zijn dienst van vanavond afgezegd.",
            [],
        ),
        (
            (
                "Iemand is boos weggelopen uit de kliniek; hij had zijn medicijnen nog bij "
                "zich, meldt de politie."
            ),
            [],
        ),
        (
            "Piet Jansen, timmerman, metselaar en tegelzetter, vertelt over zijn werk.",
            [],
        ),
        (
            (
                "Ahmed Yilmaz, leerling-timmerman, BBL-student en vader van twee kinderen, "
                "combineert werken en leren."
            ),
            [],
        ),
        (
            (
                "Linda de Groot, kapster, visagiste en moeder van drie kinderen, opende vorig "
                "jaar haar eigen salon."
            ),
            [],
        ),
        (
            (
                "De student vraagt toestemming aan zijn ouders. Op het formulier kruist hij "
                "'mijn vader' of 'mijn moeder' aan. Daarna levert hij het formulier in bij "
                "zijn mentor."
            ),
            [
                ("generic-masculine", "zijn"),
                ("generic-masculine", "hij"),
                ("generic-masculine", "hij"),
                ("generic-masculine", "zijn"),
            ],
        ),
        (
            (
                "De leerling loopt stage bij onze partner Bouwbedrijf Smit. Daar werkt hij "
                "mee aan grote projecten."
            ),
            [("generic-masculine", "hij")],
        ),
        (
            (
                "De voorzitter opent de bijeenkomst. Na het Onze Vader heet hij iedereen "
                "welkom en leidt hij de vergadering."
            ),
            [("generic-masculine", "hij"), ("generic-masculine", "hij")],
        ),
        (
            "Wij zoeken een barman/barista voor ons café.",
            [("gendered-term", "barman")],
        ),
    ],
)
def test_review_probe(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.category, f.text) for f in scan_text(text).findings if f.category != "coded-word"]
    assert found == expected
