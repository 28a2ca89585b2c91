# ruff: noqa: E501  (probe sentences are kept whole, as the reviewer wrote them)
"""The review of real AG's rules (138 probe sentences, old code against new): where the story
and news rules went too far, and what they are for. Each case is checked on the four measured
categories at once: a generic text written in the past (an era, a habit, a rule that changed),
a safety rule or protocol about accidents, a question headline, a condition, and the specific
people in stories and news that the rules were written for."""

from __future__ import annotations

import pytest

from anderebril.textscan import scan_text

MEASURED = ("gendered-term", "generic-masculine", "stereotype", "binary-notation")


def found(text: str) -> list[tuple[str, str]]:
    return sorted((f.category, f.text) for f in scan_text(text).findings if f.category in MEASURED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In de jaren vijftig kreeg een secretaresse ontslag zodra ze trouwde.",
            [("gendered-term", "secretaresse")],
        ),
        (
            "Tot de jaren tachtig was een typiste onmisbaar op elk kantoor.",
            [("gendered-term", "typiste")],
        ),
        (
            "Tijdens de coronacrisis werkte een verpleegster vaak twaalf uur per dag.",
            [("gendered-term", "verpleegster")],
        ),
        (
            "Rond 1900 kreeg een dienstmeisje één vrije middag per week.",
            [("gendered-term", "dienstmeisje")],
        ),
        (
            "Na de oorlog kreeg een vroedvrouw een vaste aanstelling bij de gemeente.",
            [("gendered-term", "vroedvrouw")],
        ),
        (
            "In 2023 koos de gemiddelde leerling zijn stageplek pas in mei.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Onder de oude regeling verloor een werknemer die ziek werd zijn recht op vakantiedagen.",
            [("generic-masculine", "zijn")],
        ),
        (
            "In de middeleeuwen leerde een leerling het vak van zijn meester.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Uit de enquête bleek: een zakenman werkte gemiddeld vijftig uur per week.",
            [("gendered-term", "zakenman")],
        ),
        (
            "Vorig schooljaar zocht een leerling zelf zijn stageplek. Dit jaar regelt de school dat.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Tot 1 januari ontving de werknemer zijn loon per maand. Vanaf nu gaat dat per vier weken.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Wat we leerden: een vakman bleef langer als hij een vaste plek kreeg.",
            [("gendered-term", "vakman"), ("generic-masculine", "hij")],
        ),
        (
            "Het oude reglement gaf de leerling geen recht op vergoeding van zijn reiskosten.",
            [("generic-masculine", "zijn")],
        ),
        (
            "De oude cao gaf de werknemer recht op een toeslag voor zijn reistijd.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Vijftig jaar geleden ging een leerling op zijn vijftiende al aan het werk.",
            [("generic-masculine", "zijn")],
        ),
        (
            "In de vorige eeuw was de vroedvrouw vaak de enige zorgverlener in het dorp.",
            [("gendered-term", "vroedvrouw")],
        ),
        (
            "In 1900 werkte een naaister gemiddeld veertien uur per dag.",
            [("gendered-term", "naaister")],
        ),
        (
            "Het beroep van smid is eeuwenoud. In de middeleeuwen maakte de smid wapens, maar later maakte hij vooral hoefijzers en zijn eigen gereedschap.",
            [("generic-masculine", "hij"), ("generic-masculine", "zijn")],
        ),
        (
            "Geschiedenis van de brandweer\nIn de negentiende eeuw was een brandweerman meestal vrijwilliger. Hij kreeg geen loon.",
            [("gendered-term", "brandweerman"), ("generic-masculine", "Hij")],
        ),
        (
            "Een bootsman had aan boord een zware taak: hij hield toezicht op het dek en de bemanning.",
            [("gendered-term", "bootsman"), ("generic-masculine", "hij")],
        ),
        ("Een brandweerman stapte op het dak en viel erdoor. Hij brak zijn been.", []),
        ("Mijn tante keek de serveerster aan en bestelde nog een koffie.", []),
        ("Op het station sprak een zakenman mij aan. Hij vroeg de weg naar het stadhuis.", []),
        ("Een vriendelijke serveerster bracht ons de menukaart.", []),
        (
            "Een timmerman die van een steiger valt, ligt al snel weken in het ziekenhuis.",
            [("gendered-term", "timmerman")],
        ),
        (
            "Een politieman die tijdens zijn dienst is mishandeld, krijgt opvang van het team.",
            [("gendered-term", "politieman"), ("generic-masculine", "zijn")],
        ),
        (
            "Is een medewerker overleden, dan informeert de leidinggevende zijn familie.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Landelijk raakten in 2022 veertig brandweerlieden gewond. Een brandweerman die gewond raakte, was gemiddeld drie weken afwezig.",
            [("gendered-term", "brandweerman")],
        ),
        (
            "Vakman gewond? Zo meld je een bedrijfsongeval\nMeld het ongeval binnen 24 uur bij de Arbeidsinspectie.",
            [("gendered-term", "Vakman")],
        ),
        (
            "Stuurman overleden? Dit regelt de rederij voor de nabestaanden",
            [("gendered-term", "Stuurman")],
        ),
        (
            "Een verpleegster die door een patiënt is mishandeld, doet aangifte via haar leidinggevende.",
            [("gendered-term", "verpleegster")],
        ),
        (
            "Een zeeman die aan boord overleed, werd vroeger op zee begraven.",
            [("gendered-term", "zeeman")],
        ),
        (
            "Een koopman die onderweg werd beroofd, kreeg zijn geld zelden terug.",
            [("gendered-term", "koopman"), ("generic-masculine", "zijn")],
        ),
        (
            "Protocol agressie: de verpleegster die is mishandeld, doet altijd aangifte.",
            [("gendered-term", "verpleegster")],
        ),
        (
            "Een werknemer die is aangehouden wegens rijden onder invloed, meldt dit direct aan zijn leidinggevende.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Een chauffeur die is veroordeeld voor een verkeersmisdrijf, verliest zijn code 95 niet automatisch.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Een medewerker die op het werk is beroofd, heeft recht op verlof en op hulp van zijn werkgever.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Een brandweerman die tijdens een inzet om het leven kwam, kreeg traditioneel een uitvaart met eer.",
            [("gendered-term", "brandweerman")],
        ),
        (
            "Timmerman gewond? Meld het ongeval binnen 24 uur bij de Arbeidsinspectie",
            [("gendered-term", "Timmerman")],
        ),
        (
            "Een brandweerman die bij een brand in Zwolle door het dak viel, ligt gewond in het ziekenhuis.",
            [],
        ),
        ("Brandweerman met breuken in het ziekenhuis na val van drie meter", []),
        (
            "Een 34-jarige vrachtwagenchauffeur uit Emmen is zaterdag om het leven gekomen. De chauffeur raakte met zijn wagen van de weg.",
            [],
        ),
        ("Politieman aangehouden na mishandeling in Tilburg", []),
        ("De verdachte, een 41-jarige klusjesman uit Breda, werd dinsdag aangehouden.", []),
        (
            "Een 52-jarige glazenwasser uit Almere viel gisteren van een ladder. Hij brak een arm.\n\nVeilig werken op hoogte\nDe glazenwasser die op hoogte werkt, controleert elke dag zijn ladder. Zo voorkomt hij ongelukken.",
            [("generic-masculine", "hij"), ("generic-masculine", "zijn")],
        ),
        (
            "Dit jaar begeleidden wij 120 stagiairs. Een stagiair kreeg van ons een vaste begeleider, die hem wekelijks sprak.",
            [("generic-masculine", "hem")],
        ),
        (
            "Vorig jaar hebben we het stagebeleid aangepast. Een leerling koos voortaan zelf zijn stagebedrijf.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Toen ik mijn rijbewijs had gehaald, kreeg ik een sleutelhanger van een mannelijke collega. Hij vond het grappig.",
            [],
        ),
        (
            "Een 57-jarige vrachtwagenchauffeur uit Assendelft is schuldig bevonden aan het ongeval. Het rijbewijs van de chauffeur is ingevorderd; hij mag een jaar niet rijden.",
            [],
        ),
        ("Als een rasechte onderzoeker ontsloot hij het archief van de stad.", []),
        ("Wie hulp nodig heeft, kan een beroep doen op Karel en zijn kennis.", []),
        (
            "Iedereen meldt zich bij Sandra en zijn teamleider voor de rondleiding.",
            [("generic-masculine", "zijn")],
        ),
        ("Wie bij Jumbo en zijn dochterbedrijven werkt, krijgt korting.", []),
        (
            "Jan de Boer, eigenaar van Salon Bella: 'Een goede kapster luistert. Als kapster moet ze ook kunnen ondernemen.'",
            [("gendered-term", "kapster"), ("gendered-term", "kapster")],
        ),
        (
            "Dertig jaar lang was Tonny van Bergen het gezicht van de afdeling. Als secretaresse was ze onmisbaar.",
            [],
        ),
        ("Vrouwen in de bouw krijgen vaak andere vragen dan een man.", []),
        ("Werken in de bouw is een machoberoep, zegt men vaak.", [("stereotype", "machoberoep")]),
        (
            "Is lassen alleen iets voor jongens? Nee hoor!",
            [("stereotype", "alleen iets voor jongens")],
        ),
        (
            "Veel ouders denken dat techniek alleen iets voor jongens is.",
            [("stereotype", "alleen iets voor jongens")],
        ),
        ("Brandweerwerk is geen machoberoep meer.", [("stereotype", "machoberoep")]),
        (
            "Zowel werkgever als werknemer tekent het contract. De werknemer ontvangt een kopie voor zijn eigen administratie.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Om die reden kreeg de leerling vroeger zijn diploma pas in september.",
            [("generic-masculine", "zijn")],
        ),
        ("Bij de bakker hielp een jonge verkoopster ons. Ze pakte de taart mooi in.", []),
        (
            "De brandweerman die mijn kat redde, kwam later nog even kijken. Hij had een snoepje voor mijn zoon.",
            [],
        ),
    ],
)
def test_review18(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
