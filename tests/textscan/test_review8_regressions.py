"""Cases a third independent review found after the narrowing of review 7 and the stereotype
claims added with it: that narrowing went too far in places, and some new patterns were too
broad. Each must keep (or not gain) the findings named."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Someone named in full just before "Deze vakman", also after door/naar/met, with an
        # age, or before an apposition.
        ("Het dak werd gelegd door Ahmed Yilmaz. Deze vakman werkt al twintig jaar.", []),
        ("De eerste prijs ging dit jaar naar Mark Visser. Deze jonge timmerman won ook.", []),
        ("Maak kennis met Henk Jansen (54). Deze vakman leidt onze leerlingen op.", []),
        (
            "Dat zegt Piet de Groot, eigenaar van Installatiebedrijf De Groot. Deze vakman weet "
            "waar hij het over heeft.",
            [],
        ),
        # One the writer knew, with "de".
        ("Ik kende de schoonmaakster van ons kantoor goed; ze heette Ria.", []),
        ("Ik ken de verpleegster die mijn vader verzorgde nog goed.", []),
        # An en dash right before the other half is an elided pair.
        ("Wij zoeken verpleegsters en –broeders voor de nachtdienst.", []),
        ("Wij zoeken kraamverzorgsters en –verzorgers voor de regio.", []),
        # A place or qualifier in brackets after a title heading is no name ...
        ("Timmerman (Utrecht) gezocht voor een mooi project.", ["Timmerman"]),
        ("Timmerman (Regio Noord) gezocht voor een mooi project.", ["Timmerman"]),
        ("Installatievakman (Onderhoud) gezocht voor de regio Twente.", ["Installatievakman"]),
        ("Schoonmaakster (Avonden) gezocht voor kantoor in Delft.", ["Schoonmaakster"]),
        ("Brandweerman (Vrijwillig) gezocht voor post Zeist.", ["Brandweerman"]),
        # ... and first names that end like a title are names.
        ("Onze timmerman (Herman) helpt je op weg.", []),
        ("Onze kapster (Beatrice) helpt je verder.", []),
        ("Onze kapster (Fleur) helpt je verder.", []),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A statement quoted without quote marks is news about one person.
        ("De vraag is enorm, zegt een installateur. Hij heeft een wachtlijst.", []),
        ("Het werk is zwaar, vertelt een stukadoor. Hij staat al dertig jaar op de steiger.", []),
        # "destijds"/"vroeger" inside the sentence, and a question with the verb first, are
        # a story about one person; "Als de werknemer …" with a past verb is a rule.
        ("De smid die hier vroeger zat, maakte zijn eigen gereedschap.", []),
        ("De conciërge was destijds alleen in het gebouw; hij belde meteen de brandweer.", []),
        (
            "Gisteren brak er brand uit in de werkplaats. Zag de lasser de vonken niet toen hij "
            "klaar was?",
            [],
        ),
        (
            "Als de werknemer een veiligheidsinstructie weigerde, verloor hij zijn baan.",
            ["hij", "zijn"],
        ),
        # After "zoeken … een" a capitalised job is no surname; after "nog een" it is.
        ("Wij zoeken een Timmerman die zijn vak verstaat.", ["zijn"]),
        ("Voor ons restaurant zoeken wij een Kok die zijn keuken op orde houdt.", ["zijn"]),
        ("Er werkt nog een Koopman in de zaak; hij doet de inkoop.", []),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ze" is not always women; a sex noun after a preposition is not the subject.
        ("Onze klanten komen in nette kleding; ze willen niet vies worden van de deurklink.", []),
        ("De kleedkamers voor dames zijn netter en ruimer dan de oude.", []),
        ("De cijfers over vrouwen zijn nauwkeuriger dan vorig jaar, meldt het CBS.", []),
        ("Onze monteurs werken met kleine onderdelen, dus ze hebben een fijne motoriek nodig.", []),
        ("Voor dit vak is het handig als ze een fijne motoriek hebben.", []),
        ("Haar docent zegt dat ze van nature een fijne motoriek heeft.", []),
        ("Kinderen oefenen veel met knippen, zodat ze een betere motoriek krijgen.", []),
        # Facts and rights said of women and men alike are no doubt about ability.
        (
            "Kleurenblindheid komt vooral bij mannen voor, maar ook vrouwen kunnen gewoon "
            "kleurenblind zijn.",
            [],
        ),
        ("Vrouwen kunnen net zo goed als mannen aanspraak maken op de scholingsregeling.", []),
        ("Vrouwen zijn net zo goed als mannen verzekerd tegen arbeidsongeschiktheid.", []),
        # The claims themselves, also in a subordinate clause or with an adverb.
        (
            "Het vooroordeel dat meisjes niet vies willen worden, klopt niet.",
            ["meisjes niet vies willen worden"],
        ),
        (
            "Het idee dat vrouwen toch liever zorgen dan lassen, is hardnekkig.",
            ["vrouwen toch liever zorgen dan lassen"],
        ),
        (
            "Vrouwen willen vaak liever zorgen dan sleutelen, zegt de decaan.",
            ["Vrouwen willen vaak liever zorgen dan sleutelen"],
        ),
        (
            "Een meisje wil liever zorgen dan lassen, denken veel decanen.",
            ["meisje wil liever zorgen dan lassen"],
        ),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # A fourth review, of the narrowing above.
        ("Leerling-kapster (Sanne, 17): 'Ik wist al jong dat ik dit wilde.'", "gendered-term", []),
        ("Onze timmerman (Piet de Vries) – hier aan het werk.", "gendered-term", []),
        (
            "Aan het begin van de stage, stelt een student samen met zijn begeleider "
            "leerdoelen op.",
            "generic-masculine",
            ["zijn"],
        ),
        (
            "De leerling kreeg vroeger een boekje waarin hij zijn uren bijhield.",
            "generic-masculine",
            ["hij", "zijn"],
        ),
        (
            "Was de werknemer ziek tijdens zijn vakantie? Dan krijgt hij extra dagen.",
            "generic-masculine",
            ["zijn", "hij"],
        ),
        (
            "We kennen de brandweerman vooral van het blussen van branden.",
            "gendered-term",
            ["brandweerman"],
        ),
        (
            "Wij zoeken nog een Monteur die zijn eigen planning maakt.",
            "generic-masculine",
            ["zijn"],
        ),
        (
            "We zoeken een ervaren timmerman en –heel belangrijk: iemand die zelfstandig werkt.",
            "gendered-term",
            ["timmerman"],
        ),
        (
            "Decanen twijfelen soms of meisjes minder geschikt zijn voor techniek.",
            "stereotype",
            ["meisjes minder geschikt zijn voor"],
        ),
        (
            "Het vooroordeel over meisjes die niet vies willen worden, klopt niet.",
            "stereotype",
            ["meisjes die niet vies willen worden"],
        ),
        (
            "Meiden zijn goede lassers, want ze hebben van nature een fijnere motoriek.",
            "stereotype",
            ["ze hebben van nature een fijnere motoriek"],
        ),
    ],
)
def test_review9(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
