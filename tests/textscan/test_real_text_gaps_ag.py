"""Rules from the errors of a thirty-third blind set of real Dutch text (real AG: mostly news,
portraits and stories about people at work, measured at the session's code before these
rules). Each rule comes with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one noun beside a past verb, in a sentence told all in the past: one person
        ("Een brandweerman stapte erop en viel erdoor.", []),
        ("Toen belde de monteur aan en vroeg hij om koffie.", []),
        ("Mijn tante keek de serveerster aan.", []),
        # not the topic of a past conversation, a rule, or how things went then
        ("Het gesprek ging over de vakman en zijn gereedschap.", ["vakman"]),
        ("Vroeger werkte de vakman met de hand.", ["vakman"]),
        ("Een brandweerman stapt op het dak.", ["brandweerman"]),
        ("Een brandweerman die een fout maakte, meldt dat.", ["brandweerman"]),
        # news of an accident, a death or an arrest is about one person
        (
            "Een brandweerman die door een lichtstraat in het dak viel, ligt gewond in het "
            "ziekenhuis.",
            [],
        ),
        ("Tijdens de interventie liep het mis voor een brandweerman.", []),
        ("Brandweerman met breuken in het ziekenhuis na val van drie meter", []),
        # not a warning or a figure for anyone, nor a hospital as the place of work
        ("Als een brandweerman door het dak valt, kan hij gewond raken.", ["brandweerman"]),
        ("Jaarlijks raakt een brandweerman gewond.", ["brandweerman"]),
        ("Verpleegster in het ziekenhuis: een mooi beroep", ["Verpleegster"]),
        ("Een verpleegster in het ziekenhuis werkt hard.", ["verpleegster"]),
        # a surname on -man opening a sentence, after its first name nearby
        (
            "Telkens als Simone Peerdeman (43) vertelde wat ze deed, reageerden mensen "
            "verbaasd. Peerdeman besloot in 2007 haar diploma te halen.",
            [],
        ),
        ("Vakman gezocht. Installatievakman is een mooi beroep.", ["Vakman", "Installatievakman"]),
        # "Als <noun> was ze" right after a full name: what that person was
        (
            "Dertig jaar lang was Tonny van Bergen het gezicht van de afdeling. Als "
            "secretaresse was ze het aanspreekpunt.",
            [],
        ),
        ("Als secretaresse ben je het aanspreekpunt.", ["secretaresse"]),
        # "vragen" after a word that opens a noun phrase is the noun, not asking for a man
        ("Vrouwen stellen elkaar andere vragen dan aan een man.", []),
        ("Wij vragen een sterke man voor ons team.", ["man"]),
        ("Voor deze klus vragen wij een man met rijbewijs.", ["man"]),
        ("De beroepsbeoefenaar werkt zelfstandig. Als vakman werkt hij veilig.", ["vakman"]),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Een monteur stapte erop en viel erdoor. Hij maakte een val van drie meter.",
            [],
        ),
        # the present tense is any monteur again; a question opening with its verb is a rule
        ("Een monteur stapt erop en valt. Hij maakt een val van drie meter.", ["Hij"]),
        ("Weigerde de werknemer het werk, dan verloor hij zijn loon.", ["hij", "zijn"]),
        ("Een vakman kent zijn gereedschap.", ["zijn"]),
        (
            "Een 45-jarige monteur is zaterdag om het leven gekomen. Zijn collega's rouwen.",
            [],
        ),
        (
            "De monteur die gewond raakte, werd naar het ziekenhuis gebracht. Hij had zijn "
            "been gebroken.",
            [],
        ),
        ("Als een monteur van de ladder valt, kan hij gewond raken.", ["hij"]),
        # someone the writer's family knows; a comparison; a name before "en zijn"
        ("Een collega van mijn vader gaat op missie. Hij vertelt er weleens over.", []),
        ("Een collega van de monteur gaat op missie. Hij vertelt er weleens over.", ["Hij"]),
        ("Als een rasechte onderzoeker ontsloot hij allerlei archieven.", []),
        ("Als een monteur een storing vindt, meldt hij die.", ["hij"]),
        ("Als een monteur komt, moet hij zijn pas tonen.", ["hij", "zijn"]),
        ("Iedereen kon een beroep doen op Karel en zijn kennis.", []),
        ("Iedereen kon een beroep doen op Karel en z’n kennis.", []),  # curly apostrophe too
        # someone the writer met, in a story told in the past inside a quotation
        (
            "Toen ik de opleiding had gehaald, kreeg ik die als grapje van een mannelijke "
            'collega. Na de oproep mailde hij of hij me op mocht geven", legt ze uit.',
            [],
        ),
        # "altijd" in the past is a habit: anyone
        (
            "Het was altijd het gebruik dat een beoefenaar een leerling zocht, die het werk van "
            "hem kon overnemen als hij met pensioen ging.",
            ["hem", "hij"],
        ),
        # "Zowel" opening a sentence is no name
        (
            "Zowel werkgever als werknemer hebben plichten. De werknemer mag zijn werkgever "
            "geen concurrentie aandoen.",
            ["zijn"],
        ),
        # de + a noun that just named one person in the news is that person again
        (
            "Een 57-jarige vrachtwagenchauffeur uit Assendelft is schuldig aan een ongeval. "
            "Het rijbewijs van de chauffeur wordt ingetrokken. Ook krijgt hij een taakstraf.",
            [],
        ),
        (
            "Een chauffeur rijdt veilig. Het rijbewijs van de chauffeur moet geldig zijn. "
            "Hij toont het op verzoek.",
            ["Hij"],
        ),
        ("Iedereen kon een beroep doen op de docent en zijn kennis.", ["zijn"]),
        ("Een monteur die van de ladder valt, raakt vaak gewond aan zijn rug.", ["zijn"]),
        # the writer of real AA's look-alike told of one new owner in the past tense
        (
            "Er kwam een nieuwe eigenaar die andere plannen had. Daarna gooide hij het roer om.",
            [],
        ),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Timmeren en zagen alleen iets voor jongens? Nee hoor!", ["alleen iets voor jongens"]),
        ("Vrouwen denken dat het een mannen- en machoberoep is.", ["machoberoep"]),
        # "niet alleen" turns the claim into its opposite
        ("Dit is niet alleen iets voor jongens maar ook voor meisjes.", []),
        ("Het vak is niet alleen weggelegd voor mannen.", []),
        ("Het vak is alleen weggelegd voor mannen.", ["alleen weggelegd voor mannen"]),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected
