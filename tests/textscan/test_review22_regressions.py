"""Probes of the fourteenth session's second review: sentences for the rules from blind real
BD to BI (a spouse, a surname with its particle, a profile card, the holder of a post, zijn
after a question word, idioms with zijn, meester near a school, the new stereotypes), with the
look-alikes where they first went wrong. Each must keep the findings the labelling rules give
it."""

from __future__ import annotations

import pytest

from anderebril.textscan import scan_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Mijn moeder was getrouwd met een timmerman uit Drachten en hielp mee in de zaak."), []),
        (
            (
                "Sinds 1998 is Ria getrouwd met een visserman; ze kent de zor"
                "gen van het vak van dichtbij."
            ),
            [],
        ),
        (
            ("Vrouwen die getrouwd zijn met een zeeman, zijn vaak maanden alleen thuis."),
            [("gendered-term", "zeeman")],
        ),
        (
            "Een goede vakman is getrouwd met zijn vak.",
            [("gendered-term", "vakman"), ("generic-masculine", "zijn")],
        ),
        (
            (
                "De toeslag vervalt voor de werkneemster die gehuwd is met ee"
                "n zakenman met een eigen bv."
            ),
            [("gendered-term", "werkneemster"), ("gendered-term", "zakenman")],
        ),
        (
            (
                "Wij zoeken een timmerman voor de bouw van een woning voor ee"
                "n stel dat net getrouwd is."
            ),
            [("gendered-term", "timmerman")],
        ),
        (("De Graaf is naailerares en geeft al twintig jaar les aan volwassenen."), []),
        ("Van der Meer werd in 1985 timmerman bij een aannemer in Zwolle.", []),
        (("De Vries is verpleegster op de afdeling cardiologie van het Martini Ziekenhuis."), []),
        (
            (
                "Functieprofiel Uitvoerder\nDe Uitvoerder is vakman en eindver"
                "antwoordelijke op de bouwplaats. Hij stuurt de ploeg aan."
            ),
            [("gendered-term", "vakman"), ("generic-masculine", "Hij")],
        ),
        (
            ("Artikel 2\nDe Opdrachtnemer is vakman en beschikt over de vereiste certificaten."),
            [("gendered-term", "vakman")],
        ),
        (
            "De timmerman is een echte vakman die weet wat hij doet.",
            [
                ("gendered-term", "timmerman"),
                ("gendered-term", "vakman"),
                ("generic-masculine", "hij"),
            ],
        ),
        ("Wie: Anne de Graaf (54)\nWat: naailerares\nWaar: Tilburg", []),
        ("Naam: Kees Mulder\nBeroep: timmerman\nWoonplaats: Assen", []),
        (
            (
                "Wie: Bouwbedrijf Van Dam, een familiebedrijf met 40 medewerk"
                "ers\nWat: allround timmerman (38 uur)\nWaar: Apeldoorn"
            ),
            [("gendered-term", "timmerman")],
        ),
        (
            (
                "Naam: Kapsalon Trendy\nFunctie: leerling-kapster\nUren: 24 per"
                " week\nReageren via de website."
            ),
            [("gendered-term", "leerling-kapster")],
        ),
        (
            (
                "Wie: Enthousiaste starters met een mbo-diploma\nWat: Vakman i"
                "nstallatietechniek\nWanneer: per direct"
            ),
            [("gendered-term", "Vakman")],
        ),
        (
            "Wie zoeken wij?\nEen allround vakman met ervaring in de bouw.",
            [("gendered-term", "vakman")],
        ),
        ("De huidige secretaris heeft aangegeven dat hij na de zomer stopt.", []),
        (
            (
                "Piet de Wit (67) stopt met zijn bakkerij. Het bedrijf wordt "
                "overgenomen door zijn voormalige medewerkster."
            ),
            [],
        ),
        ("De scheidende directrice neemt in juni afscheid van de school.", []),
        (
            (
                "De sollicitant vermeldt in zijn brief de naam van zijn huidi"
                "ge werkgever en de reden waarom hij wil overstappen."
            ),
            [
                ("generic-masculine", "zijn"),
                ("generic-masculine", "zijn"),
                ("generic-masculine", "hij"),
            ],
        ),
        (
            (
                "De student bespreekt met zijn huidige stagebegeleider of hij"
                " de stage kan verlengen."
            ),
            [("generic-masculine", "zijn"), ("generic-masculine", "hij")],
        ),
        (
            (
                "De huidige werkgever van de sollicitant wordt niet zonder zi"
                "jn toestemming benaderd."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "Vraag de kandidaat om toestemming voordat je contact opneemt"
                " met zijn vorige werkgever."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "Een zittende medewerker die intern solliciteert, meldt dit v"
                "ooraf bij zijn leidinggevende."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "Een vertrekkende werknemer levert bij uitdiensttreding zijn "
                "laptop en toegangspas in."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "De vertrekkende medewerker levert op de laatste werkdag zijn"
                " sleutels in bij de receptie."
            ),
            [("generic-masculine", "zijn")],
        ),
        ("De huidige vakman moet ook digitaal vaardig zijn.", [("gendered-term", "vakman")]),
        (
            (
                "De huidige monteur moet veel meer van software weten dan vro"
                "eger; hij werkt de hele dag met een laptop."
            ),
            [("generic-masculine", "hij")],
        ),
        (
            ("Bij een ploegwissel noteert de vorige monteur in het logboek wat hij heeft gedaan."),
            [("generic-masculine", "hij")],
        ),
        (
            ("Ook voormalige verpleegsters die willen herintreden zijn van harte welkom."),
            [("gendered-term", "verpleegsters")],
        ),
        (
            ("Samen met onze huidige vakmannen bouw je aan duurzame woningen in de regio."),
            [("gendered-term", "vakmannen")],
        ),
        ("Oud-zakenman Henk Bos (71) opende zaterdag de nieuwe werkplaats.", []),
        (("Mannelijke leerkrachten moet je in het basisonderwijs met een lampje zoeken."), []),
        (("Vrouwelijke monteurs zijn in onze branche met een lantaarntje te zoeken."), []),
        (
            (
                "Wij zoeken een mannelijke verzorger voor een vaste cliënt; d"
                "ie zijn met een lampje te zoeken, dus reageer snel!"
            ),
            [("gendered-term", "mannelijke verzorger")],
        ),
        (
            "Goede vakmannen moet je tegenwoordig met een lampje zoeken.",
            [("gendered-term", "vakmannen")],
        ),
        (
            "Gezocht: vrouwelijke chauffeur voor ons leerlingenvervoer.",
            [("gendered-term", "vrouwelijke chauffeur")],
        ),
        (
            (
                "Wij zoeken met een vergrootglas naar een vrouwelijke begelei"
                "der voor onze meidengroep."
            ),
            [("gendered-term", "vrouwelijke begeleider")],
        ),
        ("Wat zijn de taken van een monteur?", []),
        ("Maar wat zijn nu precies de verantwoordelijkheden van de stagiair?", []),
        (("Waar zijn de stageplaatsen? Welke zijn het meest geschikt voor een eerstejaars?"), []),
        (
            (
                "De monteur werkt vaak bij klanten thuis. Hoe zijn werkdag er"
                "uitziet, hangt af van de planning."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "De stagiair maakt een stageplan. Wat zijn rol in het team is"
                ", bespreekt hij met de praktijkopleider."
            ),
            [("generic-masculine", "zijn"), ("generic-masculine", "hij")],
        ),
        (
            (
                "De nieuwe medewerker krijgt een mentor. Wanneer zijn proefti"
                "jd afloopt, volgt een beoordelingsgesprek."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            "De kandidaat laat in het gesprek zien wat zijn sterke punten zijn.",
            [("generic-masculine", "zijn")],
        ),
        ("Waarom zijn er zo weinig vrouwelijke installateurs?", []),
        (
            (
                "De leerling kiest zelf een stagebedrijf. Waar zijn voorkeur "
                "ligt, bespreekt hij met zijn mentor."
            ),
            [
                ("generic-masculine", "zijn"),
                ("generic-masculine", "hij"),
                ("generic-masculine", "zijn"),
            ],
        ),
        ("De nieuwe wet zet het vak van de installateur op zijn kop.", []),
        ("Na de fusie stond de hele afdeling op zijn kop.", []),
        ("Een goede kapper laat je haar op zijn mooist uitkomen.", []),
        (
            "Een leerling die te laat komt, krijgt op zijn kop van de docent.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Een monteur die zijn kop er niet bij houdt, staat zo weer op straat.",
            [("generic-masculine", "zijn")],
        ),
        (
            ("De stagiair zet zijn kop koffie naast de kassa en begint aan zijn dienst."),
            [("generic-masculine", "zijn"), ("generic-masculine", "zijn")],
        ),
        (
            "Een vakman toont zijn werk op zijn mooist tijdens de open dag.",
            [("gendered-term", "vakman"), ("generic-masculine", "zijn")],
        ),
        (
            ("De loodgieter staat met zijn kop onder het aanrecht en zoekt het lek."),
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "Kees Mulder is leermeester bij ons. Elke leerling die hij be"
                "geleidt, krijgt een eigen werkplek."
            ),
            [],
        ),
        (
            ("De leermeester is trots op elke leerling die hij zelf heeft opgeleid."),
            [("generic-masculine", "hij")],
        ),
        (
            ("De praktijkopleider bespreekt met elke leerling die hij begeleidt de voortgang."),
            [("generic-masculine", "hij")],
        ),
        ("Een leerling die hij of zij begeleidt, krijgt elke week feedback.", []),
        (
            ("Een leerling die zijn stage niet afrondt, moet een herkansing aanvragen."),
            [("generic-masculine", "zijn")],
        ),
        (
            ("De projectleider beheert het budget en verantwoordt zijn uitgaven aan de directie."),
            [("generic-masculine", "zijn")],
        ),
        (
            ("De monteur die de storing verhelpt, sluit daarna in het systeem zijn ticket af."),
            [("generic-masculine", "zijn")],
        ),
        (("De chauffeur die gisteren het pakket afleverde, liet zijn telefoonnummer achter."), []),
        ("De toets bevat alleen vragen over stof die in de les zijn besproken.", []),
        ("Controleer bij aflevering of alle onderdelen zijn ontvangen.", []),
        (
            (
                "De school zorgt ervoor dat de leerling op de hoogte is van z"
                "ijn rechten en zijn verplichtingen."
            ),
            [("generic-masculine", "zijn"), ("generic-masculine", "zijn")],
        ),
        (
            ("Het is belangrijk dat de student reflecteert op zijn handelen en zijn ervaringen."),
            [("generic-masculine", "zijn"), ("generic-masculine", "zijn")],
        ),
        (
            "Als de monteur klaar is, ruimt hij zijn gereedschap op.",
            [("generic-masculine", "hij"), ("generic-masculine", "zijn")],
        ),
        ("De zorg is nog altijd een bolwerk van vrouwen.", [("stereotype", "bolwerk van vrouwen")]),
        (
            "Lange tijd gold het huishouden als het domein van de vrouw.",
            [("stereotype", "domein van de vrouw")],
        ),
        (
            "Verpleegkunde werd lang gezien als een vrouwenstudie.",
            [("stereotype", "vrouwenstudie")],
        ),
        (
            ("Ze promoveerde in 1995 bij de vakgroep Vrouwenstudies van de Universiteit Utrecht."),
            [],
        ),
        (
            "De vrouwendominantie in het basisonderwijs schrikt jongens af.",
            [("stereotype", "vrouwendominantie")],
        ),
        (
            "Lassen wordt vaak gezien als een mannelijk beroep.",
            [("stereotype", "mannelijk beroep")],
        ),
        (("Het verschil tussen mannelijke en vrouwelijke beroepen wordt steeds kleiner."), []),
        (
            ("Steeds meer meisjes kiezen voor mannelijke beroepen zoals lasser en elektricien."),
            [("stereotype", "mannelijke beroepen")],
        ),
        (
            (
                "Het aandeel vrouwen in mannelijke beroepen steeg tussen 2010"
                " en 2020 van 11 naar 14 procent."
            ),
            [("stereotype", "mannelijke beroepen")],
        ),
        (
            "Kinderopvang is echt een beroep voor vrouwen, zeggen veel ouders.",
            [("stereotype", "een beroep voor vrouwen")],
        ),
        ("Techniek is een beroep voor vrouwen en mannen.", []),
        (
            "Lassen is geen beroep voor vrouwen, vond men vroeger.",
            [("stereotype", "geen beroep voor vrouwen")],
        ),
        (
            (
                "Eigenschappen die als typisch mannelijk of vrouwelijk gelden"
                ", zoals assertief of zorgzaam, vermijden we in de tekst."
            ),
            [],
        ),
        (
            "Techniek wordt nog te vaak gezien als typisch mannelijk.",
            [("stereotype", "als typisch mannelijk")],
        ),
        (
            (
                "Jongens zouden technischer ingesteld zijn dan meisjes, maar "
                "onderzoek laat iets anders zien."
            ),
            [("stereotype", "Jongens zouden technischer ingesteld zijn")],
        ),
        (
            "Voor dit werk zoeken we ruige jongens die tegen een stootje kunnen.",
            [("stereotype", "ruige jongens")],
        ),
        ("Als kind was Mohammed een ruige jongen die altijd buiten speelde.", []),
        ("Sterke vent gezocht voor verhuiswerk in het weekend.", [("gendered-term", "vent")]),
        ("Het onderwijs is het domein van vrouwen en mannen samen.", []),
        (
            "Meisjes kiezen nog zelden typisch mannelijke beroepen.",
            [("stereotype", "typisch mannelijke beroepen")],
        ),
        ("De mannelijke beroepsbevolking groeide vorig jaar met 2 procent.", []),
        (
            "Werktuigbouwkunde geldt nog steeds als een mannenstudie.",
            [("stereotype", "mannenstudie")],
        ),
        (
            (
                "Het ROC start een speciale vrouwenopleiding tot lasser om me"
                "er vrouwen de techniek in te krijgen."
            ),
            [],
        ),
        ("Bouwen is allang geen mannenwereld meer.", [("stereotype", "mannenwereld")]),
        (
            ("Er staan nog steeds te weinig meesters voor de klas in het basisonderwijs."),
            [("gendered-term", "meesters")],
        ),
        (
            (
                "Word jij de nieuwe meester van groep 5? Onze basisschool zoe"
                "kt een enthousiaste leerkracht."
            ),
            [("gendered-term", "meester")],
        ),
        (("Na de middelbare school studeerde ze rechten en werd ze meester in de rechten."), []),
        (
            (
                "In groep 7 bekijken de leerlingen schilderijen van de oude m"
                "eesters in het Rijksmuseum."
            ),
            [],
        ),
        (
            (
                "Aan het eind van groep 6 moeten de leerlingen de tafels van "
                "vermenigvuldiging meester zijn."
            ),
            [],
        ),
        ("De brandweer had het vuur snel meester; de school bleef gespaard.", []),
        (
            (
                "In de klas oefen je met hout en metaal. In de werkplaats lee"
                "r je het vak van een echte meester, net als vroeger in het g"
                "ilde."
            ),
            [],
        ),
        ("Op de basisschool was hij al mijn leermeester.", []),
        ("In de klas vertelt meester-bakker Henk over zijn vak.", []),
        ("Schaakgrootmeester Anish Giri bezocht vrijdag de basisschool.", []),
        ("Onze basisschool zoekt een juf of meester voor groep 3.", []),
        ("Vacature: juf/meester groep 4 (0,6 fte)", [("binary-notation", "juf/meester")]),
        ("De havenmeester gaf de klas een rondleiding door de haven.", []),
        (
            (
                "De penningmeester van de ouderraad van de basisschool legt j"
                "aarlijks verantwoording af."
            ),
            [],
        ),
        (("Jansen Groep zoekt een accountmanager die een meester is in onderhandelen."), []),
        ("Klassieke meesters als Bach en Mozart staan centraal in dit concert.", []),
        (("Namens de ontslagen leerkracht voerde meester Van Dijk het woord bij de rechter."), []),
        ("Meesters en gezellen werkten vroeger samen in de werkplaats.", []),
        ("Jan Smit, meester timmerman, leidt in zijn werkplaats leerlingen op.", []),
        ("De juf van groep 3 leert de kinderen lezen en schrijven.", [("gendered-term", "juf")]),
        ("Meester of juf worden? Kies voor de pabo!", []),
        (
            (
                "Waarom kiezen zo weinig mannen voor de pabo? Een meester is "
                "op veel basisscholen een zeldzaamheid."
            ),
            [("gendered-term", "meester")],
        ),
        (
            "Wij zoeken een ervaren vakman (m/v) voor onze werkplaats.",
            [("gendered-term", "vakman"), ("binary-notation", "(m/v)")],
        ),
        ("De student regelt zelf zijn stage.", [("generic-masculine", "zijn")]),
        ("Anna Visser is lerares op een basisschool in Assen.", []),
        (
            "Gastheer/gastvrouw gezocht voor ons restaurant.",
            [("binary-notation", "Gastheer/gastvrouw")],
        ),
        ("De dirigent is een meester in het klassieke repertoire.", []),
        (("Jansen Groep zoekt een accountmanager. Je bent een meester in onderhandelen."), []),
        (("In groep 8 leren de kinderen over Rembrandt, een meester van het licht."), []),
        (
            (
                "Het probleem is dat de taken van de portier en de uitsmijter"
                " niet eenduidig zijn omschreven."
            ),
            [],
        ),
        (
            ("Wie zijn diploma heeft gehaald, ontvangt een uitnodiging voor de uitreiking."),
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "De nieuwe wet zet het vak op zijn kop, en de monteur staat m"
                "et zijn gereedschap klaar."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            ("De verpleegkunde heeft nog altijd het imago van een vrouwelijk beroep."),
            [("stereotype", "vrouwelijk beroep")],
        ),
    ],
)
def test_review_probe(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.category, f.text) for f in scan_text(text).findings if f.category != "coded-word"]
    assert found == expected
