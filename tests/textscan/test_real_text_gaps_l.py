"""Gaps found with two more sets of real Dutch pages (real L: vacancies and school pages;
real M: news, portraits, regulations), which stay outside the repository. Each rule is tested
on sentences of our own, with the look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


def test_they_with_a_plural_verb_are_not_the_one_person_a_noun_is_said_of() -> None:
    # "Zij mogen … als preventieadviseur" speaks of the advisers in general, so the advisor
    # in the next paragraph is still generic; "Zij werkt als …" is one woman.
    plural = (
        "Zij mogen geen nadeel ondervinden van hun werk als preventieadviseur.\n\n"
        "De preventieadviseur die deel uitmaakt van het personeel, doet zijn werk onafhankelijk."
    )
    assert texts(plural, "generic-masculine") == ["zijn"]
    for one in ("Zij werkt al jaren als lerares.", "Ze is al twintig jaar secretaresse."):
        assert texts(one, "gendered-term") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Een adviseur adviseert. Bij de klant is zijn functie belangrijk.", ["zijn"]),
        ("De monteur werkt. In dat geval moet zijn werkgever het weten.", ["zijn"]),
        ("De monteur werkt hard. In de zomer zijn de dagen lang.", []),
        ("De monteur werkt. In de elektrotechniek zijn verschillende werkomgevingen.", []),
    ],
)
def test_after_a_fronted_phrase_and_its_verb_zijn_is_the_possessive(
    text: str, expected: list[str]
) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Noah (18) is de jongste vrijwilliger van de post. Hij doet twee opleidingen.",
        "De jongste vrijwilliger\nNoah (18) is de jongste vrijwilliger. Als de pieper gaat, "
        "gaat hij mee.",
        "Het beroep van lasser is zwaar, zegt Chris Mangelschots (53). Vijf jaar geleden begon "
        "hij. Om het beroep van lasser te leren, zijn er cursussen. Chris Mangelschots geeft "
        "in zijn atelier les.",
    ],
)
def test_someone_named_with_their_age_or_in_full_opens_a_sentence_about_them(text: str) -> None:
    assert texts(text, "generic-masculine") == []


@pytest.mark.parametrize(
    "text",
    [
        "De student kiest een stage. Open Dag is op zaterdag, dan kiest hij zijn opleiding.",
        "De student kiest een stage. Google Drive bevat zijn rooster.",
        "De student (18 jaar of ouder) regelt zelf zijn stage.",
    ],
)
def test_capitals_and_brackets_that_name_no_one_leave_the_reach_alone(text: str) -> None:
    assert texts(text, "generic-masculine") != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("waarin hij/haar gevraagd wordt", ["hij/haar"]),
        ("waarin haar/hij gevraagd wordt", ["haar/hij"]),
        ("Het haar/de baard van de klant", []),
    ],
)
def test_a_mixed_pronoun_pair_is_binary_notation(text: str, expected: list[str]) -> None:
    assert texts(text, "binary-notation") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De gemiddelde hbo-ICT student begint aan zijn opleiding.", ["zijn"]),
        ("Een ICT student regelt zijn stage.", ["zijn"]),
        ("Een BBL-leerling regelt zijn stage.", ["zijn"]),
        ("Jan Student regelt zijn stage.", []),
        ("De Jan-Willem student regelt zijn stage.", []),
    ],
)
def test_an_acronym_or_hyphenated_modifier_before_the_noun_keeps_it_generic(
    text: str, expected: list[str]
) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het maakt niet uit of een techneut een diploma heeft, als hij het kan.", ["hij"]),
        ("Elke maand vertelt een landmachter waarmee hij zijn werk doet.", ["hij", "zijn"]),
        ("Weet je wat zo iemand over je zegt als je hem laat wachten?", ["hem"]),
        ("Degene die zijn diploma haalt, krijgt een feestje.", ["zijn"]),
        ("Zo iemand is zijn geld waard.", ["zijn"]),
        ("Zo iemand is hij niet.", []),
        ("Het is zo. Iemand heeft zijn jas laten liggen.", []),
    ],
)
def test_more_generic_antecedents(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dat stelt onderzoekster Mastari.",
        "Volgens woordvoerster Jansen is dat zo.",
        "Nina wilde vroeger stewardess worden. Nu werkt ook Nina bij de bank.",
        "Op zijn 17e begon Marco als timmerman op de bouw.",
        "Moos Dekker\n\nVoorman - Timmerman\n\nIk werk hier al dertig jaar.",
        "Noah (18) woont hier. Hij doet twee opleidingen: tot timmerman en tot brandweerman.",
        "Sanne Smit volgt een opleiding tot verpleegster. Dat vindt Sanne leuk.",
        "De klusjesman blijkt tegenwoordig ook een klusjesvrouw te kunnen zijn.",
    ],
)
def test_nouns_for_one_named_person_or_both_sexes_are_no_gendered_term(text: str) -> None:
    assert texts(text, "gendered-term") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dat zegt de vakman. Maar het is niet zo.", ["vakman"]),
        ("Vroeger wilde je stewardess worden.", ["stewardess"]),
        # a name only by its capital (not in the list of common first names, as Nina is)
        ("Brechtje wilde vroeger stewardess worden.", ["stewardess"]),
        ("Wij zoeken voor Jansen als timmerman een collega.", ["timmerman"]),
        (
            "Werken bij Jansen\n\nVoorman - Timmerman\n\nWij zoeken een voorman.",
            ["Voorman", "Timmerman", "voorman"],  # the second title is no surname after " - "
        ),
        ("De opleiding tot timmerman duurt drie jaar.", ["timmerman"]),
        (
            "Meisjes zijn beter in zorgen, dus lijkt een opleiding tot kleuterleidster goed.",
            ["kleuterleidster"],
        ),
        ("De vakman komt morgen. De vakvrouw komt vandaag.", ["vakman"]),
    ],
)
def test_look_alikes_of_those_stay_findings(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wij zoeken een vrouwelijke monteur.", ["vrouwelijke monteur"]),
        ("Wij zoeken een vrouwelijke ICT’er.", ["vrouwelijke ICT’er"]),
        ("Vacature: vrouwelijke collega's gezocht.", ["vrouwelijke collega's"]),
        ("Zij hebben een voorkeur voor beroepen met vrouwelijke kenmerken.", []),
        ("Wij zoeken mannelijke eigenschappen in een leider? Nee.", []),
    ],
)
def test_an_adjective_request_needs_a_person_noun(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veel mensen denken dat vrouwen niet geschikt zijn voor zwaar werk.", 1),
        ("Of dat vrouwen niet technisch genoeg zijn.", 1),
        ("Klussen in huis is altijd het domein van de man geweest.", 1),
        ("Misschien denken ze dat het een beroep voor alleen vrouwen is.", 1),
        ("Het is een vak voor alleen mannen.", 1),
        ("Elke leerling die voor techniek kiest, dus ook meisjes, helpt.", 1),
        ("De vele mannen en wellicht ook vrouwen die een kraan willen besturen.", 1),
        ("Wie droomde er als kleine jongen niet van een kraan?", 1),
        ("Ik droomde als kleine jongen van treinen.", 0),
        ("Het is traditioneel het domein van mannen en vrouwen samen.", 0),
        ("Het aandeel mannen en vrouwen is gelijk.", 0),
    ],
)
def test_more_stereotyping_claims(text: str, expected: int) -> None:
    assert len(texts(text, "stereotype")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A feminine form taken up by "hij" is used for anyone: the pronoun is the finding.
        (
            "De stagiaire blijft, ondanks dat hij zich aan de regels houdt, bij de school.",
            [],
        ),
        ("De secretaresse belt de directeur en zegt dat hij moet komen.", ["secretaresse"]),
        (
            "Als een klant ziet dat zijn serveerster fronst, mag hij aannemen dat het zo is.",
            ["serveerster"],
        ),
        ("Secretaresses werden vooral gezien als koffiebrengers, zegt hij.", ["Secretaresses"]),
        # One the writer knows, or what one person is made into.
        ("Ik ken een collega kraamverzorgster die 21 dagen werkte.", []),
        ("Van hem maken we wel een vakman.", []),
        ("Wij maken van elke leerling een vakman.", ["vakman"]),
        ("Ken jij een goede kapster?", ["kapster"]),
    ],
)
def test_feminine_forms_for_anyone_and_people_known(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # Fourteenth real set (N): a bracketed title after the noun is no name ...
        ("De Brandweerman (Brandwacht) levert een bijdrage.", "gendered-term", ["Brandweerman"]),
        ("Onze studente Lotte (19) regelt haar stage.", "gendered-term", []),
        # ... an en dash elides a pair as a hyphen does ...
        ("Er zijn 27.000 brandweermannen en –vrouwen actief.", "gendered-term", []),
        # ... dienstmeisje is a feminine job name; dienstbode has no feminine form (the
        # labellers of real AD, AI, BL, BS and BT left all six of theirs unlabelled) ...
        (
            "Wat doet een dienstmeisje? Een dienstbode werkt in een huishouden.",
            "gendered-term",
            ["dienstmeisje"],
        ),
        # ... a capitalised title after "een" is no surname ...
        (
            "Een Brandweerman heeft als taak branden te blussen. Dit doet hij snel.",
            "generic-masculine",
            ["hij"],
        ),
        ("Mark de Boer werkt hier. Hij is timmerman.", "generic-masculine", []),
        # ... and "de opleiding tot hovenier" gives the noun no article of its own.
        (
            "Toon volgt de opleiding tot hovenier. Binnenkort ontvangt hij zijn diploma.",
            "generic-masculine",
            [],
        ),
        ("De student met een beperking regelt zijn stage.", "generic-masculine", ["zijn"]),
        ("Wie denkt dat je voor IT mannenhersenen nodig hebt?", "stereotype", ["mannenhersenen"]),
        (
            "Ze zouden liever zorgen dan lassen.",
            "stereotype",
            ["Ze zouden liever zorgen dan lassen"],
        ),
        (
            "Het idee dat alleen mannen van nature technisch zijn.",
            "stereotype",
            ["alleen mannen van nature"],
        ),
    ],
)
def test_gaps_of_real_n(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # Fifteenth real set (O): one of an organisation's people in the news ...
        (
            "Zo was er een werknemer van DSM die het vertikte een helm te dragen, hoewel zijn "
            "werkgever het had gezegd.",
            "generic-masculine",
            [],
        ),
        (
            "Een monteur van KPN die zijn werk goed doet, krijgt een bonus.",
            "generic-masculine",
            ["zijn"],
        ),
        # ... the one the news quotes ...
        (
            "Dat constateert een stukadoor in Amsterdam. Hij herkent zich in de analyse.",
            "generic-masculine",
            [],
        ),
        ("“Het is druk”, zegt een monteur. Hij werkt hard.", "generic-masculine", []),
        (
            "Maandelijks vertelt een landmachter waarmee hij zijn werk doet.",
            "generic-masculine",
            ["hij", "zijn"],
        ),
        # ... "Deze" after someone named in full, not after a firm ...
        (
            "Een van hen is de ontwerper Dirk Jan Kortschot. Deze moderne ambachtsman maakt "
            "zijn eigen hoeden.",
            "gendered-term",
            [],
        ),
        (
            "Wij werken samen met Bouwbedrijf Jansen. Deze vakman heeft gereedschap nodig.",
            "gendered-term",
            ["vakman"],
        ),
        # ... "Mijn vriend" is one person; and two more stereotypes.
        (
            "Neem maar een echte lasser aan. Mijn vriend keek op en zei dat hij het wist.",
            "generic-masculine",
            [],
        ),
        (
            "Op het vmbo zijn jongens over het algemeen technischer ingesteld dan meisjes.",
            "stereotype",
            ["jongens over het algemeen technischer ingesteld"],
        ),
        ("De school was destijds nog een echte jongensschool.", "stereotype", ["jongensschool"]),
    ],
)
def test_gaps_of_real_o(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Real L's leftover miss: a "compliment" about a whole sex is a stereotype too.
        (
            "Omdat ze gewoon een fijne motoriek hebben, zijn meiden goede lassers.",
            ["ze gewoon een fijne motoriek hebben"],
        ),
        ("Meisjes zijn vaak nauwkeuriger dan jongens.", ["Meisjes zijn vaak nauwkeuriger"]),
        (
            "Uit onderzoek blijkt dat meisjes vaak nauwkeuriger zijn.",
            ["meisjes vaak nauwkeuriger zijn"],
        ),
        ("Vrouwen zijn van nature zorgzamer.", ["Vrouwen zijn van nature zorgzamer"]),
        # "Ook vrouwen kunnen prima …" doubts what it reassures about, like "Ook als meisje
        # kun je prima metselen"; old sayings put one sex above the other.
        ("Ook vrouwen kunnen prima lassen.", ["Ook vrouwen kunnen prima"]),
        (
            "Vrouwen kunnen dit werk net zo goed als mannen.",
            ["Vrouwen kunnen dit werk net zo goed als mannen"],
        ),
        ("Het zwakke geslacht hoort niet in de bouw.", ["Het zwakke geslacht"]),
        ("Een klus voor de heren der schepping.", ["heren der schepping"]),
        ("Meisjes en jongens kunnen het net zo goed.", []),
        # What the work asks, said to the reader, is no claim about a sex.
        ("Je hebt een fijne motoriek en werkt nauwkeurig.", []),
        ("Wij zoeken medewerkers die nauwkeuriger werken dan de norm.", []),
    ],
)
def test_claims_about_a_sex_as_praise(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected
