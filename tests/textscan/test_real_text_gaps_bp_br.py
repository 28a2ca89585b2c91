"""Rules from the errors of the fifteenth session's real Dutch text: the residual false terms of
the earlier sets (*contact op met onze secretaresse*) and the blind sets BP to CA (twelve sets,
872 labels), each measured once before the rules its errors led to. Each rule comes with
look-alikes that must keep their findings, or stay without."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # *onze* after *met, aan, bij* is the one person to turn to; the one a firm sends or
        # seeks is the role
        ("Neemt u hiervoor contact op met onze secretaresse.", "gendered-term", []),
        ("Vraag het gerust aan onze kapster.", "gendered-term", []),
        ("Heb jij mijn kapster gezien?", "gendered-term", []),
        ("Onze vakman komt bij u langs.", "gendered-term", ["vakman"]),
        ("Meld je bij onze nieuwe gastvrouw.", "gendered-term", ["gastvrouw"]),
        (
            "Als onze gastvrouw ben je het gezicht van het hotel.",
            "gendered-term",
            ["gastvrouw"],
        ),
        ("Word jij onze nieuwe gastvrouw?", "gendered-term", ["gastvrouw"]),
        ("Jij bent mijn nieuwe kapster.", "gendered-term", ["kapster"]),
        ("Onze vakmannen komen bij u langs.", "gendered-term", ["vakmannen"]),
        # one named person trained to become one, past an adjective (real BQ)
        (
            "EINDHOVEN - Gouden handjes zijn niet genoeg. Kristian Roefs wordt bij Teclab "
            'opgeleid tot ondernemende vakman. ,,Hier ligt mijn passie", zegt Kristian Roefs '
            "(24).",
            "gendered-term",
            [],
        ),
        (
            "Bij Teclab wordt de student opgeleid tot ondernemende vakman.",
            "gendered-term",
            ["vakman"],
        ),
        # a heading noun over a job's title is no first name (real BR)
        (
            "Functieprofiel Voorman\n\nVoorman is een benaming die in de industrie wordt gebruikt.",
            "gendered-term",
            ["Voorman", "Voorman"],
        ),
        # the one who did it, once, in a story told in the past (real BP)
        (
            "Ik liet me in december bijvoorbeeld inhuren door een tuinman uit de buurt.",
            "gendered-term",
            [],
        ),
        (
            "Tijdens het weekend worden we op tijd en stond bijgestaan door een stagiaire.",
            "gendered-term",
            ["stagiaire"],
        ),
        ("Het werk wordt gedaan door een vakman.", "gendered-term", ["vakman"]),
        (
            "In de jaren vijftig deed men dat zelden; het werd gedaan door een naaister.",
            "gendered-term",
            ["naaister"],
        ),
        # a noun in -t after an article is no verb in the present: the story stays past
        (
            "Aan het eind van de maaltijd vroeg de serveerster of iemand nog een dessert "
            "wilde hebben.",
            "gendered-term",
            [],
        ),
        (
            "Aan het eind van de maaltijd vraagt de serveerster of iemand een dessert wil.",
            "gendered-term",
            ["serveerster"],
        ),
        # a statement before a comma and a verb of saying or thinking: the one quoted
        (
            "Erg droevig, vindt de zorgboerin het dat mensen worden weggehaald.",
            "gendered-term",
            [],
        ),
        ("Als het regent, vindt de timmerman het werk zwaar.", "gendered-term", ["timmerman"]),
        # what one person calls herself (real BT)
        (
            "Zij noemt zichzelf gewoon secretaresse, al klinkt dat ouderwets.",
            "gendered-term",
            [],
        ),
        ("Veel bedrijven noemen hem nog een vakman.", "gendered-term", ["vakman"]),
        # a vocative opening a quotation speaks to someone in the story (real BS)
        (
            "Ik zei: “Jongen, we moeten eerst door de crisis heen.”",
            "gendered-term",
            [],
        ),
        ("Hé jongens, kom werken bij ons!", "gendered-term", ["jongens"]),
        # a programme's name in title case is no request (real BV)
        (
            "Nee, ze deed niet mee aan Boer Zoekt Vrouw. Liza vond de liefde zelf.",
            "gendered-term",
            [],
        ),
        ("Boer zoekt vrouw voor de melkstal.", "gendered-term", ["vrouw"]),
        ("VACATURE: Bakker Zoekt Jongen", "gendered-term", ["Jongen"]),
        # real CA: a club as host, a sister beside a brother
        (
            "Onze vereniging toont zich een goed gastheer voor bezoekende clubs.",
            "gendered-term",
            [],
        ),
        ("De gastheer ontvangt de gasten.", "gendered-term", ["gastheer"]),
        ("Een ouder, kind, broer of zuster van de cliënt mag mee.", "gendered-term", []),
        ("De zuster verzorgt de patiënt.", "gendered-term", ["zuster"]),
        # real BY and BZ: a guild's master, religious sisters and brothers, serveuse and
        # hulpverleenster, a relative's job, someone from a town
        (
            "We moeten het oude principe van leerling, meester en gezel afstoffen.",
            "gendered-term",
            [],
        ),
        (
            "Familieleden, maar ook katholieke en protestantse zusters verzorgden de zieke.",
            "gendered-term",
            [],
        ),
        ("De zusters op de afdeling werken hard.", "gendered-term", ["zusters"]),
        (
            "Als serveuse zijn er verschillende vaardigheden belangrijk.",
            "gendered-term",
            ["serveuse"],
        ),
        (
            "Deze hulpverleenster is soms te vergelijken met de wijkverpleegkundige.",
            "gendered-term",
            ["hulpverleenster"],
        ),
        (
            "Zo had ik laatst een klant die vertelde dat zijn vrouw kapster was.",
            "gendered-term",
            [],
        ),
        ("Als zoon van een dameskapster zeg ik: doe normaal.", "gendered-term", []),
        (
            "De moeder van Eva Vriend was vóór haar huwelijk gezinsverzorgster.",
            "gendered-term",
            [],
        ),
        # (a town after the noun was tried and dropped: "de vakman uit Brabant" is a group)
        ("Wij zoeken de vakman uit Brabant.", "gendered-term", ["vakman"]),
        ("Een kapster uit Amsterdam verdient gemiddeld meer.", "gendered-term", ["kapster"]),
        # real CB, CC and CD: feminine job words the lexicon lacked; a second title of one
        # named person
        ("Wij zoeken coupeuses voor ons atelier.", "gendered-term", ["coupeuses"]),
        ("Slot opleiding kleermaakster", "gendered-term", ["kleermaakster"]),
        ("Sommigen werkten als winkeldochters.", "gendered-term", ["winkeldochters"]),
        ("De mondhygiëniste geeft advies over poetsen.", "gendered-term", ["mondhygiëniste"]),
        ("De Graaf is naailerares en creatief coupeuse.", "gendered-term", []),
        (
            "Wij zoeken een naaister en een coupeuse.",
            "gendered-term",
            ["naaister", "coupeuse"],
        ),
        # words run together from a table are no compound
        ("Mbo-niveau en geslachtVrouwMan", "gendered-term", []),
        ("Een ICT-Vakman gezocht.", "gendered-term", ["ICT-Vakman"]),
        # an apposition with a describing word, closed by a place (real BP)
        ("Dat bevestigt ook Will Smit, fulltime barman in Alabama.", "gendered-term", []),
        (
            "Bouwbedrijf Jansen, fulltime timmerman in Utrecht gezocht.",
            "gendered-term",
            ["timmerman"],
        ),
        # someone named with their age earlier in the same clause (real BP)
        (
            "Als de Groningse Yvonne (37) op haar achttiende in Amsterdam aan de slag gaat als "
            "lingerieverkoopster, gaat er een wereld open.",
            "gendered-term",
            [],
        ),
        (
            "Yvonne (37) vertelt over haar vak: ‘Als kapster moet je goed luisteren.’",
            "gendered-term",
            ["kapster"],
        ),
        # a heading over a paragraph that opens on a full name (real BP)
        (
            "Vakbondsman\n\nHans Crombeen werkt inmiddels 28 jaar bij de FNV.",
            "gendered-term",
            [],
        ),
        ("Vakman\n\nEen vakman werkt netjes.", "gendered-term", ["Vakman", "vakman"]),
        # a pair of sex compounds is a stereotype; an elided first half joins it
        (
            "Er zijn nog steeds typische mannen- en vrouwenberoepen.",
            "stereotype",
            ["mannen- en vrouwenberoepen"],
        ),
        (
            "Verpleegkunde is een typische ‘vrouwenopleiding’.",
            "stereotype",
            ["typische ‘vrouwenopleiding’"],
        ),
        ("Het ROC start een speciale vrouwenopleiding tot lasser.", "stereotype", []),
        ("Het mannenimago van de sector speelt mee.", "stereotype", ["mannenimago"]),
        ("Dat zijn ‘stoere’ jongens.", "stereotype", ["‘stoere’ jongens"]),
        # zijn: after a fronted time (real BQ), after a modal before a participle that closes
        # the clause (real BP), a noun on ge- (not a participle), a question after wie (real BP)
        (
            "De metaalbewerker werkt met machines. Dit jaar zijn opleidingen tot "
            "werkvoorbereider gestart.",
            "generic-masculine",
            [],
        ),
        (
            "De monteur werkt hard. Elke week brengt hij zijn auto naar de garage.",
            "generic-masculine",
            ["hij", "zijn"],
        ),
        (
            "De tweede stuurman aan boord – die elders als schipper zou zijn bestempeld – werd "
            "anders genoemd.",
            "generic-masculine",
            [],
        ),
        ("De monteur moet zijn verstand gebruiken.", "generic-masculine", ["zijn"]),
        (
            "Iedereen is zelf verantwoordelijk voor zijn gezondheid.",
            "generic-masculine",
            ["zijn"],
        ),
        ("De monteur kent zijn gebied.", "generic-masculine", ["zijn"]),
        ("De leerling moet zijn gebleven.", "generic-masculine", []),
        (
            "Met wie doet een boer zaken? Wie zijn toeleveranciers, afnemers en klanten?",
            "generic-masculine",
            [],
        ),
        ("Wie zijn diploma heeft, mag beginnen.", "generic-masculine", ["zijn"]),
        ("Wie zijn diploma heeft, mag die beginnen?", "generic-masculine", ["zijn"]),
        # duties listed without a subject: whoever holds the post (real AO, AU, AY, BC, BQ,
        # BR, S); not a CV under a name, a list of benefits, a pair, a thing before hij
        (
            "Typering van de activiteiten\n\n 1. Ontvangt van zijn leidinggevende de werkorder."
            "\n 2. Verzamelt aanvullende informatie.\n 3. Neemt de vereiste maatregelen.",
            "generic-masculine",
            ["zijn"],
        ),
        (
            "Taken\n• Houdt zichzelf op de hoogte van ontwikkelingen via de mail.\n"
            "• Controleert de spelerspassen.",
            "generic-masculine",
            ["zichzelf"],
        ),
        (
            "• Kan dat? Dan meldt hij de schade bij de verzekeraar.\n• Bewaakt de kwaliteit.",
            "generic-masculine",
            ["hij"],
        ),
        (
            "Jan de Vries\n• Stelt zijn planning op.\n• Bewaakt de kwaliteit.",
            "generic-masculine",
            [],
        ),
        (
            "Voordelen:\n• Goed salaris.\n• Een auto voor zijn gebruik.",
            "generic-masculine",
            [],
        ),
        (
            "• Stelt zijn of haar planning op.\n• Bewaakt de kwaliteit.",
            "generic-masculine",
            [],
        ),
        (
            "• Toetst of de boodschap is overgekomen zoals hij bedoeld is.\n"
            "• Formuleert helder en correct.",
            "generic-masculine",
            [],
        ),
        (
            "• Zorgt dat de materialen aanwezig zijn.\n• Bewaakt de planning.",
            "generic-masculine",
            [],
        ),
        (
            "• Overlegt met Piet over zijn planning.\n• Bewaakt de kwaliteit.",
            "generic-masculine",
            [],
        ),
        # an ordinal between the article and the noun; the reader's own employer (real BP)
        (
            "De 1e monteur monteert zelfstandig steigers. Hij is gerechtigd om op te leveren.",
            "generic-masculine",
            ["Hij"],
        ),
        (
            "Je moet je werkgever een medisch attest bezorgen als hij dat vraagt.",
            "generic-masculine",
            ["hij"],
        ),
        ("Dan ben je monteur en heb je zijn gereedschap.", "generic-masculine", []),
        # a heading that names a role's duties takes any list item (real BP)
        (
            "Verplichtingen van de werknemer\n\n• Zijn werk zorgvuldig verrichten.\n"
            "• Handelen volgens de instructies die hem worden gegeven door zijn werkgever.",
            "generic-masculine",
            ["Zijn", "hem", "zijn"],
        ),
        (
            "Voordelen voor de werknemer\n\n• Zijn auto mag mee.\n• Een goed salaris.",
            "generic-masculine",
            [],
        ),
        # more role nouns: the bailiff, the captain, the child (real BU; real AO, AY, AZ)
        ("De gerechtsdeurwaarder oefent zijn beroep zo uit.", "generic-masculine", ["zijn"]),
        (
            "De kapitein zorgt ervoor dat het schip voldoet. Hij is wettelijk "
            "eindverantwoordelijk.",
            "generic-masculine",
            ["Hij"],
        ),
        ("Het kind ontwikkelt zich in zijn eigen tempo.", "generic-masculine", ["zijn"]),
        ("De peuter leert zijn eigen grenzen kennen.", "generic-masculine", ["zijn"]),
        ("Het kind van Jan zit op school. Hij is zes.", "generic-masculine", []),
        # a bracketed plural is a plural subject: zijn is the verb
        (
            "De kandidaat is welkom. Onze medewerk(st)ers zijn zorgzaam en betrokken.",
            "generic-masculine",
            [],
        ),
        # someone named in full with their age opens the sentence: hij is that person (BU)
        (
            "Wie een monteur zoekt, denkt aan een man. Daan Herbschleb (34) breekt met die "
            "regel. Hij is kapper van beroep.",
            "generic-masculine",
            [],
        ),
        # real BX: a party named bare in a professional code; is/zijn; two subjects; e.d.;
        # hij die after the verb
        (
            "Art. 31 NVO beroepscode.\n\nCliënt heeft een kopierecht wat betreft zijn "
            "volledige dossier.",
            "generic-masculine",
            ["zijn"],
        ),
        (
            "Ouder(s): degene(n) die op grond van de wet is/zijn belast met het gezag.",
            "generic-masculine",
            [],
        ),
        (
            "De secretaris zit de vergadering voor. De secretaris en de voorzitter zijn "
            "onlosmakelijk met elkaar verbonden.",
            "generic-masculine",
            [],
        ),
        (
            "Als de speler niet kan komen, belt hij de trainer. Verjaardagsfeestjes e.d. zijn "
            "geen geldig excuus.",
            "generic-masculine",
            ["hij"],
        ),
        (
            "Met een verbod zal worden gestraft hij die de scheidsrechter bedreigt met geweld "
            "tegen hem.",
            "generic-masculine",
            ["hij", "hem"],
        ),
        ("Was hij die man van gisteren?", "generic-masculine", []),
        # real BV: one person freed in a news report; names joined before zijn
        (
            "Een glazenwasser is dinsdag bevrijd uit zijn bakje, dat op dertig meter hoogte "
            "hing. Hij was druk bezig.",
            "generic-masculine",
            [],
        ),
        (
            "Als een glazenwasser vast komt te zitten in zijn bakje, belt hij de brandweer.",
            "generic-masculine",
            ["zijn", "hij"],
        ),
        (
            "De bloemist werkt hard. De dagen voor Valentijnsdag, Moederdag en Kerst zijn "
            "totaal afwijkend.",
            "generic-masculine",
            [],
        ),
        # real BW: a participle on ver- closing a main clause; the writer's own man
        (
            "De leerling maakt een portfolio. Instructie en begeleiding door een leerkracht "
            "zijn vereist.",
            "generic-masculine",
            [],
        ),
        ("De kunstenaar toont zijn beeld.", "generic-masculine", ["zijn"]),
        ("De monteur deelt zijn ervaringen.", "generic-masculine", ["zijn"]),
        (
            "Een brandweervrijwilliger slaagt daar makkelijk voor. Onze man ging een kijkje "
            "nemen en ontdekte dat als hij een helm op zijn hoofd wil, hij moet eten.",
            "generic-masculine",
            [],
        ),
        ("De monteur komt. Hij is een man van zijn woord.", "generic-masculine", ["Hij", "zijn"]),
        # real CA: brackets with an example close the clause before zijn
        (
            "Dat uw werknemer niet komt opdagen, kan een geval van overmacht zijn (bv. "
            "spoedopname in het ziekenhuis).",
            "generic-masculine",
            [],
        ),
        ("De monteur neemt zijn (nieuwe) bus mee.", "generic-masculine", ["zijn"]),
        # real BY and BZ: a passive before als, te zijn after iedereen, one who was
        (
            "Om een jongere aan te stellen, moet de scholengemeenschap erkend zijn als "
            "leerwerkplek.",
            "generic-masculine",
            [],
        ),
        ("Iedereen heeft het recht mooi te zijn.", "generic-masculine", []),
        (
            "Zij-instromer Remco Niks (48) werkt hier. Vroeger stond de oud-brandweerman met "
            "zijn laarzen in het water.",
            "generic-masculine",
            [],
        ),
        ("Een oud-brandweerman kan zijn ervaring gebruiken.", "generic-masculine", ["zijn"]),
        ("De monteur bedient de koelkast. Hij slijt snel.", "generic-masculine", []),
        # more role nouns (real CC): the doctoral candidate, the borrower, the licence holder
        ("De promovendus gaat na of hij voldoet aan de eis.", "generic-masculine", ["hij"]),
        (
            "Door de pas aan te nemen, gaat de lener akkoord met opname van zijn gegevens.",
            "generic-masculine",
            ["zijn"],
        ),
        # a surname alone after a verb of saying takes the pronouns after it (real CD)
        (
            "De poetshulp en de klant zitten rond de tafel. “Zo krijg je een duurzame "
            "relatie”, zegt Brouns. Hij wil een nieuw decreet.",
            "generic-masculine",
            [],
        ),
        (
            "De monteur werkt hard, zegt Het Nieuwsblad. Hij is moe.",
            "generic-masculine",
            ["Hij"],
        ),
        # real CE, CF, CG: a finite verb right after zijn; imker, sommelier as role nouns
        (
            "De werkgever informeert. Indien er geen opmerkingen zijn of deze opgelost zijn ben "
            "je als werkgever verplicht.",
            "generic-masculine",
            [],
        ),
        (
            "Dit is verlaten van het speelveld buiten zijn wil. De scheidsrechter wacht.",
            "generic-masculine",
            [],
        ),
        (
            "Een imker heerst niet over zijn bijen. Hij observeert hen.",
            "generic-masculine",
            ["zijn", "Hij"],
        ),
        ("De sommelier adviseert de gasten over zijn wijnen.", "generic-masculine", ["zijn"]),
        # leerjongere is a role noun (real BP)
        (
            "De leerjongere moet 15 jaar zijn. Als hij 15 is, moet hij naar school.",
            "generic-masculine",
            ["hij", "hij"],
        ),
    ],
)
def test_rules_from_real_bp_br(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected


def test_a_neuter_role_noun_is_suggested_with_het() -> None:
    from anderebril.textscan import scan_text

    found = [f for f in scan_text("Het kind speelt. Hij is blij.").findings if f.text == "Hij"]
    assert found and found[0].suggestions[0] == "Het kind"
    found = [f for f in scan_text("De monteur werkt. Hij is blij.").findings if f.text == "Hij"]
    assert found and found[0].suggestions[0] == "De monteur"
