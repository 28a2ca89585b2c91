"""Probes of the fourteenth session's first review: sentences for the rules from blind real BA,
BB and BC (men, voor wie, Hij die, lid, -meester, a bare function in a job description, slash
feminine endings, a news dateline, a dash pair), with the look-alikes where they first went
wrong. Each must keep the findings the labelling rules give it."""

from __future__ import annotations

import pytest

from anderebril.textscan import scan_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Men dient zijn legitimatiebewijs mee te nemen naar het examen.",
            [("generic-masculine", "zijn")],
        ),
        (
            ("Bij het betreden van de werkplaats draagt men altijd zijn veiligheidsschoenen."),
            [("generic-masculine", "zijn")],
        ),
        (
            ("Het is leden verboden dat men door zijn gedrag aanstoot geeft aan andere bezoekers."),
            [("generic-masculine", "zijn")],
        ),
        (
            ("Zodra men zijn diploma heeft behaald, kan men zich inschrijven in het register."),
            [("generic-masculine", "zijn")],
        ),
        (
            ("Als men zich ziek meldt, moet hij dat voor 9.00 uur telefonisch doen."),
            [("generic-masculine", "hij")],
        ),
        ("Men is van mening dat de regels voor iedereen duidelijk moeten zijn.", []),
        ("Zoals men weet, zijn de kosten voor de opleiding dit jaar gestegen.", []),
        ("Wat men ook probeert, de wachttijden zijn nog steeds te lang.", []),
        (
            (
                "Onze collega Henk de Groot gaat in juni met pensioen. Men ze"
                "gt dat hij de beste lasser van de regio is."
            ),
            [],
        ),
        (("Directeur Peter Smit vroeg op de bijeenkomst wat men van hem verwachtte."), []),
        ("De band Men at Work speelde in Ahoy zijn grootste hit.", []),
        ("In de film Men in Black speelt Will Smith zijn bekendste rol.", []),
        (("Het tijdschrift Men's Health publiceerde zijn jaarlijkse lijst met fitnesstips."), []),
        ("Samen zijn we sterker, zeggen de medewerkers van de afdeling.", []),
        (
            (
                "Men kan het gebouw alleen betreden met een geldige pas; de b"
                "eveiliging controleert die bij de ingang."
            ),
            [],
        ),
        (
            (
                "Indien men verhinderd is, meldt men dit tijdig bij het secre"
                "tariaat, dat zijn planning daarop aanpast."
            ),
            [],
        ),
        (
            (
                "Ook wanneer men lid is van de vakbond, blijft men zelf veran"
                "twoordelijk voor zijn pensioenopbouw."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "De organisatie verwacht dat men op tijd is en dat het bedrij"
                "f zijn afspraken nakomt."
            ),
            [],
        ),
        (
            (
                "Brandweerman Rob Smits redde twee kinderen uit het water. Me"
                "n noemde hem in de krant een held."
            ),
            [],
        ),
        (("Het is belangrijk dat men zich realiseert dat de risico's groot zijn."), []),
        ("Men moet goed op de hoogte zijn van de veiligheidsregels.", []),
        ("Men heeft Jan gevraagd zijn verhaal te doen op de ledenvergadering.", []),
        (("Wat men in de media over Jan Bakker schreef, heeft zijn reputatie geschaad."), []),
        (
            "Daarna is men zelf verantwoordelijk voor zijn pensioenopbouw.",
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "Na de opzegging blijft men bij zijn oude werkgever verzekerd"
                " tot het einde van de maand."
            ),
            [("generic-masculine", "zijn")],
        ),
        (("Kees kwam binnen en men gaf hem een stoel, waarna hij zijn verhaal deed."), []),
        (("Men mag de machine pas schoonmaken als zijn motor volledig is afgekoeld."), []),
        (
            (
                "Jan Drenth was in 1898 de eerste verzorger van het gesticht;"
                " hij bleef dat tot zijn dood."
            ),
            [],
        ),
        ("Jan Drenth was in 1898 de eerste brandweerman van het dorp.", []),
        (
            ("Volgens de cao is sinds 2024 de werknemer zelf verantwoordelijk voor zijn scholing."),
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "Artikel 7 Schorsing\n(2) Hij, die de huisregels overtreedt, k"
                "an door het bestuur worden geschorst."
            ),
            [("generic-masculine", "Hij")],
        ),
        (
            (
                "Deze opleiding is geknipt voor wie zich wil heroriënteren of"
                " zijn jobkansen wil verbeteren."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            "De cursus is bedoeld voor wie zijn vakkennis wil opfrissen.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Er is een vergoeding voor wie zijn eigen gereedschap meebrengt.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Dit is een mooie baan voor wie van zijn hobby zijn werk wil maken.",
            [("generic-masculine", "zijn"), ("generic-masculine", "zijn")],
        ),
        ("Voor wie zijn de workshops bedoeld?", []),
        ("Kees Mulder is zzp'er. Voor wie werkt hij eigenlijk?", []),
        ("Het is nog onduidelijk voor wie de nieuwe regels bedoeld zijn.", []),
        ("Monteur Ahmed Yilmaz (34) zwijgt. We weten niet voor wie hij werkt.", []),
        ("Er zijn extra trainingen voor wie dat wil.", []),
        ("Jan vertelt graag voor wie hij vroeger zijn meubels maakte.", []),
        (
            "Voor wie zijn kennis wil verdiepen, is er een masterclass.",
            [("generic-masculine", "zijn")],
        ),
        (
            "Wie solliciteert, stuurt zijn cv en motivatiebrief mee.",
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "De bijeenkomst is ook interessant voor wie twijfelt; Kees de"
                " Jong vertelt dan over zijn ervaringen."
            ),
            [],
        ),
        (
            (
                "Artikel 5 Toegang\n(1) Hij, die zich niet aan de huisregels h"
                "oudt, kan de toegang tot het terrein worden ontzegd."
            ),
            [("generic-masculine", "Hij")],
        ),
        (
            (
                "Artikel 12\n2. Hij, die zonder geldige reden afwezig is, verl"
                "iest zijn recht op vergoeding."
            ),
            [("generic-masculine", "Hij"), ("generic-masculine", "zijn")],
        ),
        (
            ("Hij die zijn contributie niet betaalt, kan door het bestuur worden geroyeerd."),
            [("generic-masculine", "Hij"), ("generic-masculine", "zijn")],
        ),
        (
            (
                "Jan Bakker is onze oudste monteur. Hij, die al twintig jaar "
                "bij ons werkt, gaat volgend jaar met pensioen."
            ),
            [],
        ),
        (
            (
                "Drie vragen aan Karel Jansen (58), lasser bij Bouwbedrijf No"
                "ord.\n1) Hij, die al dertig jaar last, ziet de sector verande"
                "ren."
            ),
            [],
        ),
        (
            (
                "Over Piet weet iedereen wel iets.\n- Hij, die nooit te laat k"
                "wam, was vorige week ineens ziek."
            ),
            [],
        ),
        (
            (
                "Het lid dat zijn contributie niet tijdig voldoet, kan door h"
                "et bestuur worden geschorst."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            "Een bestuurslid treedt af na vier jaar; hij is eenmaal herkiesbaar.",
            [("generic-masculine", "hij")],
        ),
        (
            ("Het lid is verplicht zijn ledenpas op verzoek van de barcommissie te tonen."),
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "Een commissielid mag niet stemmen over een zaak waarbij hij "
                "een persoonlijk belang heeft."
            ),
            [("generic-masculine", "hij")],
        ),
        (("Bij Peter de Wit werd het ooglid gehecht; hij mocht dezelfde dag naar huis."), []),
        (("Jan de Vries is lid van de gemeenteraad. Hij woont al zijn hele leven in Assen."), []),
        (("Wethouder Bakker, lid van de VVD, maakte bekend dat hij zijn functie neerlegt."), []),
        ("Het raadslid Henk Smit stelde dat hij tegen het voorstel stemt.", []),
        (
            (
                "In afwijking van het eerste lid kan het college zijn besluit"
                " met zes weken verdagen."
            ),
            [],
        ),
        (
            (
                "Het bepaalde in het tweede lid is niet van toepassing; de we"
                "rkgever maakt zijn keuze schriftelijk kenbaar aan de onderne"
                "mingsraad."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "Lid 3 van dit artikel geldt niet voor de vereniging, die zij"
                "n eigen huishoudelijk reglement vaststelt."
            ),
            [],
        ),
        ("Leden die hun pas vergeten, kunnen bij de bar een dagpas halen.", []),
        (("Mevrouw Jansen is sinds 2019 bestuurslid; haar termijn loopt volgend jaar af."), []),
        (
            ("Het lid van de ondernemingsraad geniet ontslagbescherming zolang hij in functie is."),
            [("generic-masculine", "hij")],
        ),
        (
            (
                "Het nieuwe lid ontvangt bij inschrijving zijn welkomstpakket"
                " en een sleutel van het clubhuis."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "De bedrijfsleider is verantwoordelijk voor de omzet en stuur"
                "t zijn team van twintig medewerkers aan."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            ("De winkelbedrijfsleider rapporteert wekelijks aan zijn districtsmanager."),
            [("generic-masculine", "zijn")],
        ),
        (
            "De merchandiser bezoekt dagelijks de winkels in zijn regio.",
            [("generic-masculine", "zijn")],
        ),
        (
            ("De havenmeester houdt toezicht op de jachthaven en hij wijst de ligplaatsen toe."),
            [("generic-masculine", "hij")],
        ),
        (
            (
                "De marktmeester int het marktgeld; hij is ook het aanspreekp"
                "unt voor de standhouders."
            ),
            [("generic-masculine", "hij")],
        ),
        (
            (
                "De badmeester ziet erop toe dat iedereen zich aan de regels "
                "houdt en grijpt in als hij gevaar ziet."
            ),
            [("generic-masculine", "hij")],
        ),
        (
            (
                "Bedrijfsleider Mark Peters (41) runt de zaak al tien jaar; h"
                "ij kent alle vaste klanten."
            ),
            [],
        ),
        (
            (
                "Havenmeester Joop Kramer kent iedere boot in Harlingen. Hij "
                "woont zelf ook aan het water."
            ),
            [],
        ),
        (("De burgemeester van Assen, Marco Out, zei dat hij blij is met de nieuwe brug."), []),
        (("Het bedrijf en zijn bedrijfsleiders hebben de nieuwe cao ondertekend."), []),
        (("De kwaliteit van het semester hangt af van zijn rooster, zegt de opleiding."), []),
        (
            (
                "Onze bedrijfsleider Sandra Visser vertelt over haar werk; zi"
                "j begon ooit als vakkenvuller."
            ),
            [],
        ),
        (
            (
                "Functieomschrijving medewerker logistiek\nFunctiehouder draag"
                "t zorg voor de ontvangst van goederen en controleert zijn we"
                "rk op fouten."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            (
                "Functie: onderhoudsmonteur\nMonteur voert storingsonderzoek u"
                "it. Monteur is verantwoordelijk voor zijn eigen werkplek en "
                "zijn gereedschap."
            ),
            [("generic-masculine", "zijn"), ("generic-masculine", "zijn")],
        ),
        (
            (
                "Monteur krijgt boete na ongeluk in Zwolle. Hij had zijn func"
                "tie als ploegleider al eerder neergelegd."
            ),
            [],
        ),
        (
            ("Bakker draagt zorg voor de planning van de afdeling. Hij is sinds 2010 in functie."),
            [],
        ),
        (
            (
                "Wij feliciteren Peter Visser met zijn nieuwe functie. Visser"
                " heeft veel zin in zijn nieuwe uitdaging."
            ),
            [],
        ),
        (
            (
                "Schipper blijft aan boord na aanvaring op de Waal. Hij werd "
                "door de politie gehoord over zijn functie op het schip."
            ),
            [],
        ),
        (
            (
                "Functie-eisen\nKandidaat heeft een afgeronde mbo-opleiding en"
                " is bereid zijn VCA-diploma te halen."
            ),
            [("generic-masculine", "zijn")],
        ),
        (
            ("Voor ons restaurant zoeken wij gastvrouwen en – heren die van gastvrijheid houden."),
            [],
        ),
        ("Gezocht: gastheren en – vrouwen voor de zomermaanden.", []),
        (
            ("Voor het evenement zoeken we gastvrouwen en – als het even kan – ook chauffeurs."),
            [("gendered-term", "gastvrouwen")],
        ),
        (
            "We zoeken kapsters en – heel graag – schoonheidsspecialisten.",
            [("gendered-term", "kapsters")],
        ),
        (
            ("Voor ons restaurant zoeken wij gastvrouwen en - heren die van gastvrijheid houden."),
            [],
        ),
        ("Wij zoeken vakmannen en –vrouwen voor onze projecten.", []),
        (
            ("Wij zoeken gastvrouwen en – hoe kan het ook anders – veel enthousiasme."),
            [("gendered-term", "gastvrouwen")],
        ),
        ("Ik blijf bij mijn plan om kleuterleidster te worden.", []),
        ("Ik heb mijn besluit om verpleegster te worden nooit betreurd.", []),
        (
            ("Als decaan adviseer ik mijn leerlingen om timmerman of loodgieter te worden."),
            [("gendered-term", "timmerman")],
        ),
        (
            ("Het is ons plan om meer vakmannen op te leiden die later leermeester worden."),
            [("gendered-term", "vakmannen")],
        ),
        ("Mijn plan om verpleegster te worden staat al jaren vast.", []),
        ("Drenth was in 1898 de eerste brandweerman van het dorp.", []),
        ("Marieke de Boer werd in 1975 lerares aan de dorpsschool.", []),
        ("Jansen is sinds 2004 de vaste timmerman van de woningcorporatie.", []),
        ("Eindhoven was in 1950 de stad van de vakman.", [("gendered-term", "vakman")]),
        ("Het beroep was tot 1970 een echte mannenwereld.", [("stereotype", "mannenwereld")]),
        (
            "Nederland was in 1960 een land waar iedere vakman werk vond.",
            [("gendered-term", "vakman")],
        ),
        ("Ook een EHBO- en reanimatiediploma zijn verplicht voor deze functie.", []),
        ("Een VCA- en BHV-certificaat zijn een pré.", []),
        (
            "De monteur neemt zijn VCA- en EHBO-diploma mee naar de intake.",
            [("generic-masculine", "zijn")],
        ),
        (
            ("De leerling bespreekt met de praktijkopleider zijn week- en maandplanning."),
            [("generic-masculine", "zijn")],
        ),
        (
            ("Gezocht: ziekenverzorger/ster voor de nachtdienst in ons verpleeghuis."),
            [("binary-notation", "ziekenverzorger/ster")],
        ),
        ("Wij zoeken een docent/e Nederlands voor 0,6 fte.", [("binary-notation", "docent/e")]),
        (
            "Voor onze winkel zoeken we een verkoper/ster met ervaring.",
            [("binary-notation", "verkoper/ster")],
        ),
        (
            "Vacature: chauffeur/euse voor leerlingenvervoer.",
            [("binary-notation", "chauffeur/euse")],
        ),
        (
            ("Bekijk de module op https://www.leerplatform.nl/docent/e-learning voor meer uitleg."),
            [],
        ),
        (
            (
                "Kies de juiste vorm: Zij is een intelligent/e leerling. Dat "
                "is een elegant/e oplossing."
            ),
            [],
        ),
        ("Oefening 3: een duur/e fiets, een lekker/e taart, een zuur/e appel.", []),
        ("De opleiding wordt gegeven in samenwerking met de TU/e en Fontys.", []),
        (
            ("Het rooster voor 12/03 en 19/03 staat online; neem contact op en/of mail de docent."),
            [],
        ),
        (
            "Wij zoeken een verkoper/-ster voor de zaterdag.",
            [("binary-notation", "verkoper/-ster")],
        ),
        (
            "Wij zoeken een gastheer/gastvrouw voor de receptie.",
            [("binary-notation", "gastheer/gastvrouw")],
        ),
        (
            "Vacature schoonma(a)k(st)er, 12 uur per week.",
            [("binary-notation", "schoonma(a)k(st)er")],
        ),
        ("De docent/e Engels geeft les aan havo/vwo.", [("binary-notation", "docent/e")]),
        ("Trappen van vergelijking: groot, groter/e, grootst/e.", []),
        ("Vul de naam in van je ouder/verzorger of een ander/e contactpersoon.", []),
        ("Ieder/e deelnemer ontvangt na afloop een certificaat.", []),
        (
            "De student levert zijn/haar verslag uiterlijk vrijdag in.",
            [("binary-notation", "zijn/haar")],
        ),
        (
            "De kinderopvang is nog altijd een echte vrouwensector.",
            [("stereotype", "vrouwensector")],
        ),
        (("Aletta Jacobs zette zich haar hele leven in voor de vrouwenzaak en het kiesrecht."), []),
        (("In de binnenstad opent volgende maand een nieuwe dames- en herenzaak."), []),
        (
            "Schoonmaken is echt geen vrouwending, zegt instructeur Karim.",
            [("stereotype", "vrouwending")],
        ),
        ("DE WESTEREEN – Wiebe van der Land (57) is al veertig jaar timmerman.", []),
        (
            (
                "HAPS/OEFFELT - Marieke Jansen (34) is sinds vorig jaar verpl"
                "eegster in het Maasziekenhuis."
            ),
            [],
        ),
        (
            "VACATURE – Timmerman gezocht voor onze werkplaats in Meppel.",
            [("gendered-term", "Timmerman")],
        ),
        (
            "MBO – Onze opleiding leidt je op tot allround timmerman.",
            [("gendered-term", "timmerman")],
        ),
        (
            "BBL – Vakman worden? Dat kan bij ons, met een salaris vanaf dag één.",
            [("gendered-term", "Vakman")],
        ),
        (
            "LET OP – Elke vakman moet zijn VCA-diploma kunnen laten zien.",
            [("gendered-term", "vakman"), ("generic-masculine", "zijn")],
        ),
        ("Wiebe van der Land (57) is al veertig jaar timmerman.", []),
        (
            ("ZWOLLE – Brandweerman gezocht: de vrijwillige brandweer zoekt versterking."),
            [("gendered-term", "Brandweerman")],
        ),
    ],
)
def test_review_probe(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.category, f.text) for f in scan_text(text).findings if f.category != "coded-word"]
    assert found == expected
