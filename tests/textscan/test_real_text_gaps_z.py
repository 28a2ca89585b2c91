"""Rules from the errors of a twenty-sixth blind set of real Dutch text (real Z: vacancies,
news about salons and trades, a contract template, a piece on typical men's and women's
jobs). Each rule comes with look-alikes that must keep their findings."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun opening a heading, then its phrase, is no name as subject
        ("Nadelen van werken als serveerster", ["serveerster"]),
        ("Voordelen van een baan als kapster", ["kapster"]),
        ("Jan van Dijk is timmerman.", []),
        ("Kees van hiernaast werkt al jaren als timmerman.", []),
        ("Petra van de receptie werkt sinds 2015 als telefoniste.", []),
        ("Maria de la Cruz werkt als verpleegster.", []),
        ("Marieke van 't Hof werkt als kapster.", []),
        ("Ervaring met werken als serveerster is een pre.", ["serveerster"]),
        ("Anna van der Berg werkt als kapster.", []),
        # a plural subject is no name
        ("Vrouwen zijn vooral werkzaam als leidster kinderopvang.", ["leidster"]),
        ("Meisjes werken vaak als kapster.", ["kapster"]),
        ("Vrouwen kiezen vaak voor een baan als verzorgster.", ["verzorgster"]),
        ("Jan zijn vader is timmerman.", []),
        ("Anna is kapster.", []),
        # people counted, so named before
        (
            "Lucas Achterhoek en Dani Sancho bouwden hun huis zelf. De twee zijn "
            "leerling-timmerman bij VDR Bouwgroep.",
            [],
        ),
        ("Tim en Bas wonen in Hulst. Beiden zijn ervaren timmerman.", []),
        ("Fatima en Anouk zijn allebei kapster.", []),
        ("Voor de werkplaats zoeken wij twee collega's. Beiden zijn vakman.", ["vakman"]),
        ("Voor deze functie zoeken we twee mensen. De twee worden vakman.", ["vakman"]),
        ("Er zijn twee vakmannen nodig.", ["vakmannen"]),
        ("Bij ons zijn vakmannen welkom.", ["vakmannen"]),
        # the staff of one named place, outside a recruiting sentence
        ("Sinds acht uur zijn de kapsters van Salon Laura aan de knip.", []),
        ("Word een van de vakmannen van Bouwbedrijf Smit.", ["vakmannen"]),
        ("De vakmannen van Nederland zijn trots.", ["vakmannen"]),
        ("De kapsters van de salon zijn druk.", ["kapsters"]),
        ("De verpleegsters van Amsterdam leggen morgen het werk neer.", ["verpleegsters"]),
        ("Kom erbij en werk samen met de vakmannen van Bouwbedrijf Smit.", ["vakmannen"]),
        # a title in a list of names
        ("Ze knipt met collega's Naomi, Dieuwertje en stagiaire Maxine.", []),
        ("Gezocht: kapster Amsterdam.", ["kapster"]),
        # the training of one person named in the sentence before
        ("Zo ook mbo-student Eva. Zij volgt een opleiding tot schoonheidsspecialiste.", []),
        (
            "Een leerling kiest vaak voor zorg. Zij volgt een opleiding tot "
            "schoonheidsspecialiste.",
            ["schoonheidsspecialiste"],
        ),
        # lexicon: boerenknecht, but not the inland-shipping rank
        ("De traditionele boerenknecht verdween.", ["boerenknecht"]),
        ("Een matroos is een knecht aan boord.", []),
    ],
)
def test_gendered_terms(text: str, expected: list[str]) -> None:
    assert texts(text, "gendered-term") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contract's bare party
        ("1. Werknemer heeft recht op inzage in zijn persoonlijk dossier.", ["zijn"]),
        ("Artikel 3. Werknemer is verplicht zijn loonstrook te bewaren.", ["zijn"]),
        ("2.3 Werknemer heeft recht op inzage in zijn dossier.", ["zijn"]),
        ("a) Huurder is verplicht zijn woning schoon te houden.", ["zijn"]),
        (
            "Deze overeenkomst geldt voor een jaar. Werknemer verricht zijn werk op locatie.",
            ["zijn"],
        ),
        ("Directeur neemt ontslag na kritiek op zijn beleid.", []),
        ("Uitspraak rechter: Werknemer krijgt gelijk. Hij ontving zijn loon te laat.", []),
        ("Mededeling 3B: Mentor is vandaag afwezig. Hij is morgen weer op school.", []),
        ("Monteur krijgt boete\nHij reed te hard.", []),
        ("Jan belde. Monteur is hij al jaren.", []),
        # the main clause after a clause-opening wie
        ("Wie solliciteert, stuurt zijn cv mee.", ["zijn"]),
        ("Wie een hoge functie heeft, zit in zijn eentje te rekenen.", ["zijn"]),
        ("Wie Jan kent, weet dat hij goed is.", []),
        ("Wie hem gezien heeft, breng hem alstublieft terug.", []),
        ("Wie hovenier wil worden, moet een echt buitenmens zijn.", []),
        # a relative clause saying what someone is
        (
            "Ik wedde met een kameraad die kraanmachinist is. Hij daagde me uit.",
            [],
        ),
        ("Die monteur is goed. Hij weet veel.", ["Hij"]),
        # a demonstrative before zijn opens the sentence: the verb
        ("De monteur vertrok. Die zijn kwetsbaar.", []),
        ("De monteur is iemand die zijn werk kent.", ["zijn"]),
    ],
)
def test_generic_masculine(text: str, expected: list[str]) -> None:
    assert texts(text, "generic-masculine") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A pair of sex compounds divides work by sex as one compound does, and is reported
        # (fifteenth session: the labellers of real BI and BJ did, TAALSCAN.md lists
        # *mannenberoep*); an elided first half joins the finding
        ("Er zijn nog altijd typische mannen en vrouwenberoepen.", ["mannen en vrouwenberoepen"]),
        ("Er zijn typische vrouwen- en mannenberoepen.", ["vrouwen- en mannenberoepen"]),
        ("Techniek is geen mannenwereld of vrouwenwereld meer.", ["mannenwereld", "vrouwenwereld"]),
        ("Er zijn typische mannenberoepen.", ["mannenberoepen"]),
        ("Het is een mannenwereld en vrouwen voelen zich er niet thuis.", ["mannenwereld"]),
        ("Vrouwen en mannenberoepen: het verschil.", ["mannenberoepen"]),
        ("De haven is een mannenwereld en vrouwentoiletten ontbreken vaak.", ["mannenwereld"]),
        ("Een campagne brengt jonge vrouwen en mannenberoepen samen.", ["mannenberoepen"]),
        (
            "Mannenberoepen versus vrouwenberoepen: het loonverschil.",
            ["Mannenberoepen", "vrouwenberoepen"],
        ),
        ("Techniek is geen mannenwereld/vrouwenwereld meer.", ["mannenwereld", "vrouwenwereld"]),
        (
            "Er zijn typische mannenberoepen en typische vrouwenberoepen.",
            ["mannenberoepen", "vrouwenberoepen"],
        ),
    ],
)
def test_stereotypes(text: str, expected: list[str]) -> None:
    assert texts(text, "stereotype") == expected
