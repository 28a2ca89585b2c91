"""Rules from the errors of six blind sets of real Dutch text found in the fourteenth session
(real BA, BB and BC: 139 passages; BD, BE and BF: 135 passages; job descriptions, regulations,
school, occupation and news pages, each measured once before these rules), and from an
independent review of the first rules (138 probes). Each rule comes with look-alikes that
must keep their findings, or stay without."""

from __future__ import annotations

import pytest

from tests.textscan.helpers import texts


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # *men* is anyone: its *zijn* in the same clause is generic
        (
            "Men is gehouden orde te houden en te voorkomen dat men door zijn gedrag "
            "aanstoot geeft.",
            "generic-masculine",
            ["zijn"],
        ),
        (
            "De media zorgen ervoor dat men bij dit werk een beeld in zijn hoofd heeft.",
            "generic-masculine",
            ["zijn"],
        ),
        ("Men moet voorzichtig zijn.", "generic-masculine", []),
        ("Men geeft hem een taak.", "generic-masculine", []),
        ("Men spreekt van zijn/haar keuze.", "generic-masculine", []),
        # *voor wie* inside a statement is whoever does so; a question asks
        (
            "De opleiding is geknipt voor wie zich wil omscholen of zijn kansen wil verbeteren.",
            "generic-masculine",
            ["zijn"],
        ),
        ("Voor wie is deze opleiding en wat is zijn doel?", "generic-masculine", []),
        (
            "Maar voor wie de les ook bedoeld is, hij begint altijd met uitleg.",
            "generic-masculine",
            [],
        ),
        # *Hij, die …* opening an article's numbered paragraph is anyone at all
        (
            "(2) Hij, die in het bezit is van een diploma van hogere rang, kan elke betrekking "
            "bekleden.",
            "generic-masculine",
            ["Hij"],
        ),
        ("Ken je Jan nog? Hij, die altijd klaarstond.", "generic-masculine", []),
        # *het lid* of a club, and functions on *-meester* and *-bedrijfsleider*
        (
            "Een lid, waarvan het lidmaatschap is opgezegd, kan zich weer aanmelden, nadat hij "
            "de bedragen heeft betaald.",
            "generic-masculine",
            ["hij"],
        ),
        ("Jan is lid van de club en zijn vrouw ook.", "generic-masculine", []),
        (
            "De havenmeester controleert de haven. Hij legt verantwoording af.",
            "generic-masculine",
            ["Hij"],
        ),
        (
            "De winkelbedrijfsleider I werkt volgens vaste regels. Besluiten die hij neemt, "
            "neemt hij op basis van afspraken.",
            "generic-masculine",
            ["hij", "hij"],
        ),
        (
            "De merchandiser zorgt voor de presentatie van zijn producten.",
            "generic-masculine",
            ["zijn"],
        ),
        # a job description names its function without an article, like a contract its party
        (
            "Functieomschrijving. Functiehouder draagt zorg voor de inzet van mensen. Hij geeft "
            "sturing aan zes medewerkers.",
            "generic-masculine",
            ["Hij"],
        ),
        ("Monteur krijgt boete. Hij had te hard gereden.", "generic-masculine", []),
        # someone named in a sentence with a year between copula and noun
        (
            "Dominee Drenth was in 1898 de eerste geestelijk verzorger. In dat jaar nam hij "
            "examens af.",
            "generic-masculine",
            [],
        ),
        # two elided nouns as the subject: *zijn* is the verb
        (
            "Een monteur moet een diploma hebben. Ook een EHBO- en reanimatiediploma zijn "
            "verplichte eisen.",
            "generic-masculine",
            [],
        ),
        (
            "Een monteur neemt zijn EHBO- en zijn reanimatiediploma mee.",
            "generic-masculine",
            ["zijn", "zijn"],
        ),
        # a pair whose second half follows a dash after the linker
        ("Zij zijn de gastvrouwen en – heren in ons huis.", "gendered-term", []),
        ("Wij zoeken gastheren en – vrouwen.", "gendered-term", []),
        ("Wij zoeken gastheren en – dat is belangrijk – koks.", "gendered-term", ["gastheren"]),
        # the speaker's own plan to become one
        (
            "Ik blijf bij mijn plan om kleuterleidster of leerkracht te worden.",
            "gendered-term",
            [],
        ),
        ("Het is ons plan om kapsters op te leiden.", "gendered-term", ["kapsters"]),
        # a feminine ending after a slash, without a hyphen
        (
            "Een ziekenverzorger/ster van dertig jaar geleden leerde meer.",
            "binary-notation",
            ["ziekenverzorger/ster"],
        ),
        ("Wij zoeken een docent/e wiskunde.", "binary-notation", ["docent/e"]),
        (
            "Wij zoeken een medewerker·ster en een verkoper/-ster.",
            "binary-notation",
            ["medewerker·ster", "verkoper/-ster"],
        ),
        ("Ze studeert aan de TU/e in Eindhoven.", "binary-notation", []),
        ("Kies groot/e of klein/e letters.", "binary-notation", []),
        # a news dateline in capitals is no part of the sentence after it
        (
            "DE WESTEREEN – Wiebe van der Land (57) uit De Westereen is al veertig jaar timmerman.",
            "gendered-term",
            [],
        ),
        ("EINDHOVEN - Wij zoeken een ervaren vakman.", "gendered-term", ["vakman"]),
        # a field presented as women's
        ("Ziekenverpleging als vrouwenzaak (1898-1998).", "stereotype", ["als vrouwenzaak"]),
    ],
)
def test_rules_from_real_ba_bb_bc(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # men: only its own clause, not a dat/als clause or a thing after it
        (
            "Henk gaat in juni met pensioen. Men zegt dat hij de beste lasser is.",
            "generic-masculine",
            [],
        ),
        (
            "Men mag de machine pas schoonmaken als zijn motor is afgekoeld.",
            "generic-masculine",
            [],
        ),
        ("Daarna is men zelf verantwoordelijk voor zijn pensioen.", "generic-masculine", ["zijn"]),
        (
            "Als men zich ziek meldt, moet hij dat voor negen uur doen.",
            "generic-masculine",
            ["hij"],
        ),
        # voor wie after a verb of knowing or before a subject is an indirect question
        ("We weten niet voor wie hij werkt.", "generic-masculine", []),
        ("Jan vertelt graag voor wie hij zijn meubels maakte.", "generic-masculine", []),
        (
            "Er is een vergoeding voor wie zijn eigen gereedschap meebrengt.",
            "generic-masculine",
            ["zijn"],
        ),
        # Hij, die … in a statute; an article's heading is no name, a named man before is
        (
            "Artikel 5 Toegang\n(1) Hij, die de haven gebruikt, verliest zijn recht als hij "
            "niet betaalt.",
            "generic-masculine",
            ["Hij", "zijn", "hij"],
        ),
        (
            "Drie vragen aan Karel Jansen (58), lasser.\n1) Hij, die al dertig jaar last, ziet "
            "de sector veranderen.",
            "generic-masculine",
            [],
        ),
        # a job description: its markers, not the word functie anywhere; no surname as party
        (
            "Monteur krijgt boete. Hij had zijn functie als ploegleider al neergelegd.",
            "generic-masculine",
            [],
        ),
        (
            "Bakker draagt zorg voor de planning. Hij is sinds 2010 in functie.",
            "generic-masculine",
            [],
        ),
        (
            "Functie: onderhoudsmonteur\nMonteur is verantwoordelijk voor zijn eigen werkplek.",
            "generic-masculine",
            ["zijn"],
        ),
        # a slashed -e without a hyphen only after a known person noun
        ("Een intelligent/e leerling en een ander/e contactpersoon.", "binary-notation", []),
        ("Vacature: chauffeur/euse voor leerlingenvervoer.", "binary-notation", ["chauffeur/euse"]),
        # a speaker's intention, not the pupils one advises
        (
            "Als decaan adviseer ik mijn leerlingen om timmerman of loodgieter te worden.",
            "gendered-term",
            ["timmerman"],
        ),
        # the women's movement is no claim about work
        ("Aletta Jacobs zette zich in voor de vrouwenzaak.", "stereotype", []),
        ("Techniek is geen vrouwenzaak.", "stereotype", ["geen vrouwenzaak"]),
        # a year of the nineteenth century, a hyphen for a dash
        ("Jan Drenth was in 1898 de eerste brandweerman.", "gendered-term", []),
        ("Wij zoeken gastvrouwen en - heren.", "gendered-term", []),
        ("Wij zoeken gastheren en - dat is belangrijk - koks.", "gendered-term", ["gastheren"]),
    ],
)
def test_review_of_the_ba_bc_rules(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # someone's spouse, a surname with its particle, a profile's card
        ("Hij is getrouwd met een verpleegster.", "gendered-term", []),
        ("Wij zoeken een verpleegster.", "gendered-term", ["verpleegster"]),
        ("De Graaf is naailerares en coupeuse.", "gendered-term", []),
        ("Van der Berg werd in 1990 timmerman.", "gendered-term", []),
        ("Wie: Anne de Graaf\n\nWat: naailerares", "gendered-term", []),
        ("Functie: naailerares. Wij zoeken iemand.", "gendered-term", ["naailerares"]),
        # an idiom for being rare is no request for one sex
        ("Mannelijke begeleiders moet je met een lampje zoeken.", "gendered-term", []),
        ("Wij zoeken mannelijke begeleiders.", "gendered-term", ["mannelijke begeleiders"]),
        # the one who holds or held the post now
        (
            "Wij zoeken een secretaris. De huidige secretaris heeft aangegeven dat hij stopt.",
            "generic-masculine",
            [],
        ),
        (
            "De nieuwe medewerker krijgt zijn rooster op maandag.",
            "generic-masculine",
            ["zijn"],
        ),
        ("Zeger werkt nu voor zijn voormalige medewerkster.", "gendered-term", []),
        ("Wij zoeken een voormalige verpleegster.", "gendered-term", ["verpleegster"]),
        # zijn the verb after a question word; op zijn kop, op zijn mooist
        (
            "Een projectmanager heeft veel taken. Maar wat zijn nu de belangrijkste?",
            "generic-masculine",
            [],
        ),
        ("De monteur weet wat zijn taken zijn.", "generic-masculine", ["zijn"]),
        (
            "De elektrische auto zet het vak van monteur op zijn kop.",
            "generic-masculine",
            [],
        ),
        ("De monteur krijgt op zijn kop van de chef.", "generic-masculine", ["zijn"]),
        (
            "De tuinbaas zorgde dat de siertuin op zijn mooist was.",
            "generic-masculine",
            [],
        ),
        # a job called a women's or a male one
        (
            "Verpleegkunde stond vroeger niet in een goed daglicht, het was een beroep voor "
            "vrouwen.",
            "stereotype",
            ["een beroep voor vrouwen"],
        ),
        ("Het is een beroep voor vrouwen en mannen.", "stereotype", []),
        (
            "Mensen denken dat het een grof en mannelijk beroep is.",
            "stereotype",
            ["mannelijk beroep"],
        ),
        ("Het meest mannelijke beroep is lasser.", "stereotype", []),
        # the subject after die in the noun's own clause is someone else
        (
            "Een leerling die hij begeleidt, krijgt zijn cijfer.",
            "generic-masculine",
            ["zijn"],
        ),
        ("De monteur die hard werkt, krijgt zijn bonus.", "generic-masculine", ["zijn"]),
        # meester is the male teacher near a school, a title or a craft's master elsewhere
        (
            "Op de gemiddelde basisschool is er één meester op negen juffen.",
            "gendered-term",
            ["meester", "juffen"],
        ),
        ("Het onderwijs smacht naar meesters voor de klas.", "gendered-term", ["meesters"]),
        ("Wij zoeken een juf of meester voor groep 3.", "gendered-term", []),
        ("Meester Menno staat al tien jaar voor de klas.", "gendered-term", []),
        ("Hij werd meester in de rechten.", "gendered-term", []),
        ("In de middeleeuwen leerde een leerling het vak van zijn meester.", "gendered-term", []),
        ("De havenmeester controleert de schepen.", "gendered-term", []),
        (
            "Dit is Bouke Koopman, meester timmerman, achtste van de wereld.",
            "gendered-term",
            [],
        ),
        # stereotypes from BG, BH and BI: women's schools and studies, male jobs, rough boys
        ("Basisscholen zijn bolwerken van vrouwen.", "stereotype", ["bolwerken van vrouwen"]),
        ("Zijn basisscholen het domein van de vrouw?", "stereotype", ["domein van de vrouw"]),
        ("Het domein van de vrouwenbond.", "stereotype", []),
        ("De opleiding staat bekend als vrouwenstudie.", "stereotype", ["vrouwenstudie"]),
        (
            "Jongens zouden technischer ingesteld zijn.",
            "stereotype",
            ["Jongens zouden technischer ingesteld zijn"],
        ),
        ("Portiers moeten ruige jongens zijn.", "stereotype", ["ruige jongens"]),
        ("Als kind was Mohammed een ruige jongen.", "stereotype", []),
        ("Sterke vent gezocht voor verhuizingen.", "stereotype", []),
        (
            "Bij de top tien mannelijke beroepen staat lasser.",
            "stereotype",
            ["mannelijke beroepen"],
        ),
        (
            "Hij vindt het onzin dat zijn beroep als typisch vrouwelijk wordt gezien.",
            "stereotype",
            ["als typisch vrouwelijk"],
        ),
        ("Vrouwendominantie in de kinderopvang.", "stereotype", ["Vrouwendominantie"]),
        # a strong participle closing a subordinate clause after zijn: the verb
        (
            "We concluderen dat de portier en de uitsmijter niet eenduidig zijn omschreven.",
            "generic-masculine",
            [],
        ),
        # list items, split paragraphs, a verb before the phrase, questions, idioms
        (
            "1) De jeugdtrainer is een voorbeeld voor zijn spelers.\n\n2) Hij eist discipline.",
            "generic-masculine",
            ["zijn", "Hij"],
        ),
        (
            "De voorzitter vertegenwoordigt de vereniging\n\nnaar buiten. Hij leidt het bestuur.",
            "generic-masculine",
            ["Hij"],
        ),
        (
            "Elke speler brengt bij wedstrijden zijn identiteitskaart mee.",
            "generic-masculine",
            ["zijn"],
        ),
        ("De deelnemers in de groepen zijn blij met de monteur.", "generic-masculine", []),
        ("Zijn Nederlandse basisscholen een domein van juffen?", "generic-masculine", []),
        (
            "Een lid van het bestuur kan (in zijn algemeenheid) worden herkozen.",
            "generic-masculine",
            [],
        ),
        # a job title's (m/v) is no name's start; a surname after a speech verb
        (
            "Andere benamingen\nCameraman (m/v)  Info block\nChef-cameraman (m/v)  Info block",
            "gendered-term",
            ["Cameraman", "Chef-cameraman"],
        ),
        ("Wij spraken met kapster/eigenaresse Anna Jansen.", "gendered-term", []),
        # a noun in -t is no present verb: the story is told in the past
        (
            "De student deed in december het examen Audit & Assurance, maar hij haalde een "
            "onvoldoende.",
            "generic-masculine",
            [],
        ),
    ],
)
def test_rules_from_real_bd_be_bf(text: str, category: str, expected: list[str]) -> None:
    assert texts(text, category) == expected
