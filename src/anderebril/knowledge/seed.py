"""First content of the kennisbank: the take-aways and shared links of the programme report
on the online roadshows of 2021–2022, summarised in our own words and marked with their source.

``load_knowledge`` (management command) loads them; running it again changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.db import transaction

from anderebril.knowledge.constants import Audience as A
from anderebril.knowledge.constants import ItemKind, Theme

REPORT = (
    "Programmaverslag ‘Meer meisjes in mbo-techniek’ 2020–2022, "
    "terugkoppeling van de vier online roadshows"
)
EVENT_SLUG = "online-roadshows-2021-2022"
_TZ = ZoneInfo("Europe/Amsterdam")


@dataclass(frozen=True)
class Seed:
    slug: str
    title: str
    kind: str
    theme: str
    audiences: tuple[str, ...]
    summary: str
    section: str
    url: str = ""


INTRO = "inleiding van de roadshows"
EDU = "key take-aways onderwijs"
ENV = "key take-aways omgeving en bedrijfsleven"
LINKS = "gedeelde links"

TAKEAWAYS = (
    Seed(
        "bewust-van-onbewuste-vooroordelen",
        "Word je bewust van je onbewuste vooroordelen",
        ItemKind.TAKEAWAY,
        Theme.STAFF,
        (A.VMBO, A.MBO),
        "Iedereen heeft vooroordelen waar hij of zij zich niet van bewust is. Wie verschil wil "
        "maken, kijkt af en toe door een andere bril naar de eigen school of het eigen bedrijf. "
        "Een training over onbewuste vooroordelen is voor docententeams een goede start.",
        INTRO,
    ),
    Seed(
        "vroeg-beginnen-en-behouden",
        "Begin vroeg, en investeer in het mbo vooral in behoud",
        ItemKind.TAKEAWAY,
        Theme.RECRUITMENT,
        (A.PRIMARY, A.VMBO, A.MBO),
        "Beelden over wat jongens en meisjes later kunnen worden, ontstaan al op jonge leeftijd. "
        "Voor werving is het mbo eigenlijk laat; daar ligt de winst vooral in het vasthouden van "
        "vrouwelijke studenten, zodat zij na hun diploma in de techniek blijven werken.",
        INTRO,
    ),
    Seed(
        "ketenaanpak-po-vo-mbo-bedrijfsleven",
        "Instroom en behoud vragen om een ketenaanpak",
        ItemKind.TAKEAWAY,
        Theme.POLICY,
        (A.PRIMARY, A.VMBO, A.MBO, A.EMPLOYERS),
        "Vroeg beginnen betekent niet dat alles bij ouders en basisscholen ligt: de opvolging in "
        "het voortgezet onderwijs is net zo belangrijk. Basisonderwijs, vo, mbo en bedrijven "
        "moeten samen optrekken.",
        INTRO,
    ),
    Seed(
        "laat-zien-dat-techniek-een-keuze-is",
        "Laat vmbo-meisjes zien dat techniek een optie is",
        ItemKind.TAKEAWAY,
        Theme.RECRUITMENT,
        (A.VMBO, A.MBO),
        "Mbo-scholen kunnen al in de eerste twee leerjaren van het vmbo laten zien wat techniek "
        "en IT inhouden en hoe vrouwelijke studenten zich thuis voelen op een technische "
        "opleiding.",
        INTRO,
    ),
    Seed(
        "deel-uitkomsten-genderscan",
        "Deel wat je leert, zoals de uitkomst van een genderscan",
        ItemKind.TAKEAWAY,
        Theme.POLICY,
        (A.VMBO, A.MBO),
        "Opleidingen, STO-regio's en scholen leren van elkaar als ze informatie uitwisselen, "
        "bijvoorbeeld over de uitkomsten van een genderscan op een school.",
        INTRO,
    ),
    Seed(
        "diversiteit-is-onderwijskwaliteit",
        "Genderdiversiteit hoort bij goed onderwijs",
        ItemKind.TAKEAWAY,
        Theme.EDUCATION,
        (A.MBO,),
        "Wie goed onderwijs voor iedereen wil, kijkt naar wat elke student nodig heeft en naar "
        "haar of zijn zelfvertrouwen. Een growth mindset helpt, zeker omdat vrouwelijke "
        "studenten vaker minder vertrouwen hebben in hun eigen kunnen (self-efficacy).",
        EDU,
    ),
    Seed(
        "extern-gerichte-opleiding",
        "Een naar buiten gerichte opleiding trekt meer vrouwen",
        ItemKind.TAKEAWAY,
        Theme.RECRUITMENT,
        (A.MBO,),
        "Opleidingen die weten wat er in hun omgeving speelt, vernieuwen sneller. Een voorbeeld "
        "uit de roadshow: een beroepsgerichte havoroute met een helder loopbaanperspectief "
        "bracht meer vrouwelijke studenten naar een technische opleiding.",
        EDU,
    ),
    Seed(
        "what-makes-them-tick",
        "Ga het gesprek aan met docenten die twijfelen",
        ItemKind.TAKEAWAY,
        Theme.STAFF,
        (A.VMBO, A.MBO),
        "Sommige docenten hebben overtuigingen die vrouwen in de techniek in de weg zitten. "
        "Probeer eerst te begrijpen waar die vandaan komen; pas dan kun je samen aan ander "
        "gedrag werken.",
        EDU,
    ),
    Seed(
        "koppel-aan-maatschappelijke-opgaven",
        "Verbind techniek met grote maatschappelijke opgaven",
        ItemKind.TAKEAWAY,
        Theme.RECRUITMENT,
        (A.VMBO,),
        "Koppel het onderwerp aan opgaven als de energietransitie. Help vmbo-leerlingen "
        "zelfvertrouwen op te bouwen en laat zien dat zij met techniek verschil kunnen maken.",
        EDU,
    ),
    Seed(
        "mannelijke-bondgenoten",
        "Geen vrouwenprobleem: betrek mannelijke bondgenoten",
        ItemKind.TAKEAWAY,
        Theme.SAFETY,
        (A.MBO, A.EMPLOYERS),
        "Het tekort aan vrouwelijke technici is een vraagstuk van iedereen. Laat zien dat "
        "iedereen wint: niemand levert iets in, er komt voor iedereen meer bij.",
        EDU,
    ),
    Seed(
        "focus-op-het-vmbo",
        "Verandering is mogelijk; richt je nu op het vmbo",
        ItemKind.TAKEAWAY,
        Theme.POLICY,
        (A.VMBO,),
        "Op havo en vwo kiezen veel meer meisjes dan vroeger een bètaprofiel; op het vmbo is "
        "die verschuiving niet te zien. Daar is meer aandacht nodig, en niet alleen voor "
        "initiatieven die meisjes enthousiast maken: de omgeving moet ook openstaan.",
        EDU,
    ),
    Seed(
        "domino-effect-in-de-regio",
        "Aandacht voor gender kan in een regio een domino-effect geven",
        ItemKind.TAKEAWAY,
        Theme.POLICY,
        (A.VMBO, A.MBO),
        "Werft en behoudt een mbo-school meer technische vrouwen, dan merken hogescholen dat "
        "ook en volgen zij. STO-regio's zijn de schakel tussen vmbo en mbo.",
        EDU,
    ),
    Seed(
        "techniek-in-het-basisonderwijs",
        "Maak techniek gewoon in het basisonderwijs",
        ItemKind.TAKEAWAY,
        Theme.RECRUITMENT,
        (A.PRIMARY, A.PARENTS),
        "Techniek is op de basisschool nog geen vanzelfsprekend vak. Meer aandacht daar helpt "
        "om het beeld van techniek, en van meisjes en vrouwen in de techniek, te normaliseren, "
        "ook bij ouders en met name moeders.",
        EDU,
    ),
    Seed(
        "kijk-naar-de-persoon",
        "Kijk naar de persoon, niet naar de uitzondering",
        ItemKind.TAKEAWAY,
        Theme.SAFETY,
        (A.VMBO, A.MBO),
        "Te veel nadruk op het feit dat er een meisje in de groep zit, werkt averechts. Grijp "
        "meteen in bij ‘grappen’ en vervelende opmerkingen, laat zien dat talent gezien wordt "
        "en zorg voor een leer- en werkomgeving waar iedereen bij hoort.",
        EDU,
    ),
    Seed(
        "inclusieve-taal-en-vrouwelijke-docenten",
        "Blijf werken aan inclusieve taal, beelden en docenten",
        ItemKind.TAKEAWAY,
        Theme.RECRUITMENT,
        (A.MBO,),
        "Mbo-scholen maken echt verschil als ze volhouden: inclusieve taal en beelden in hun "
        "werving, vrouwelijke techniekdocenten voor de klas, en aandacht in de les voor de "
        "positie van studenten die in de minderheid zijn.",
        EDU,
    ),
    Seed(
        "beeld-van-techniek-bij-po-docenten",
        "Werk aan het beeld dat basisschooldocenten van techniek hebben",
        ItemKind.TAKEAWAY,
        Theme.STAFF,
        (A.PRIMARY,),
        "Wie zelf een stereotiep beeld van techniek heeft, geeft dat ongemerkt door aan "
        "leerlingen. Basisschooldocenten hebben daarnaast zelfvertrouwen nodig om "
        "technieklessen goed te geven.",
        EDU,
    ),
    Seed(
        "fix-the-system",
        "Verander de omgeving, niet de meisjes",
        ItemKind.TAKEAWAY,
        Theme.WORKPLACE,
        (A.MBO, A.EMPLOYERS),
        "‘Don't fix the girls, fix the system.’ Een student automotive kreeg bij leerbedrijven "
        "alleen werk achter de receptie aangeboden, terwijl haar mannelijke medestudenten "
        "zonder moeite een technische stageplek vonden. Het probleem zit in de omgeving.",
        ENV,
    ),
    Seed(
        "werkgevers-de-klas-in",
        "Werkgevers: ga de klas in en laat zien dat je vrouwen wilt",
        ItemKind.TAKEAWAY,
        Theme.RECRUITMENT,
        (A.EMPLOYERS, A.VMBO),
        "Bedrijven kunnen met vrouwelijke rolmodellen of hybride docenten de klas in gaan, en "
        "docenten, ook in het vo, laten weten dat zij graag vrouwelijke leerlingen voor "
        "techniek zien kiezen.",
        ENV,
    ),
    Seed(
        "diversiteit-aan-de-top",
        "Een inclusieve cultuur begint bij diversiteit in het management",
        ItemKind.TAKEAWAY,
        Theme.WORKPLACE,
        (A.EMPLOYERS,),
        "Laat het management onderzoeken hoe er op de werkvloer over het onderwerp gedacht "
        "wordt. Begin praktisch: toiletten voor vrouwen en werkkleding die past. Bedrijven die "
        "veel technische vrouwen aantrekken, hebben vaak een diverse top.",
        ENV,
    ),
    Seed(
        "pijnpunten-vanuit-vrouwelijk-oogpunt",
        "Benoem knelpunten vanuit het perspectief van vrouwen",
        ItemKind.TAKEAWAY,
        Theme.WORKPLACE,
        (A.EMPLOYERS,),
        "Wie knelpunten in het bedrijf bekijkt zoals een vrouw ze ervaart, ziet waar winst te "
        "halen is. Meedoen aan lokale of landelijke activiteiten helpt een technisch bedrijf om "
        "stereotiepe beelden te doorbreken.",
        ENV,
    ),
    Seed(
        "techniek-breder-framen",
        "Kijk breder naar techniek",
        ItemKind.TAKEAWAY,
        Theme.RECRUITMENT,
        (A.VMBO, A.MBO, A.PARENTS),
        "Technologie zit overal, dus de richtingen in de techniek zijn eindeloos. Presenteer "
        "techniek als iets van de hele samenleving, bijvoorbeeld via de nieuwe banen die de "
        "klimaatopgave oplevert.",
        ENV,
    ),
    Seed(
        "support-system-thuis",
        "Onderschat de steun van thuis niet",
        ItemKind.TAKEAWAY,
        Theme.RECRUITMENT,
        (A.PARENTS, A.VMBO),
        "Het gevoel dat het thuisfront achter een niet-traditionele keuze staat, bepaalt mede "
        "hoe een meisje haar opleiding en loopbaan in de techniek beleeft.",
        ENV,
    ),
    Seed(
        "campagnes-op-de-omgeving",
        "Richt campagnes op de omgeving, niet op de meisjes",
        ItemKind.TAKEAWAY,
        Theme.RECRUITMENT,
        (A.EMPLOYERS, A.MBO),
        "De meeste campagnes proberen meisjes enthousiast te maken. Meer effect heeft het om "
        "de omgeving aantrekkelijker te maken: opleidingen en bedrijven passen zich aan.",
        ENV,
    ),
    Seed(
        "flexibele-werktijden",
        "Flexibele werktijden maken de sector aantrekkelijker",
        ItemKind.TAKEAWAY,
        Theme.WORKPLACE,
        (A.EMPLOYERS,),
        "Flexibel werken was in de techniek lang geen onderwerp, maar het personeelstekort "
        "verandert dat. De bouw zou bijvoorbeeld meer vrouwen aantrekken en behouden met "
        "werktijden die beter in te delen zijn.",
        ENV,
    ),
    Seed(
        "waarom-meer-vrouwen-in-techniek",
        "Waarom het ertoe doet: kansengelijkheid en innovatie",
        ItemKind.TAKEAWAY,
        Theme.POLICY,
        (A.MBO, A.EMPLOYERS),
        "Meer vrouwen in de techniek vult niet alleen vacatures. Technisch werk betekent vaak "
        "een goed salaris en baanzekerheid, dus het draagt bij aan gelijke kansen. En voor "
        "vernieuwing in de sector is het perspectief van vrouwen onmisbaar.",
        ENV,
    ),
)

SHARED_LINKS = (
    Seed(
        "bbc-girl-toys-vs-boy-toys",
        "BBC: Girl toys vs boy toys (korte versie)",
        ItemKind.VIDEO,
        Theme.EDUCATION,
        (A.PRIMARY, A.PARENTS),
        "Korte BBC-video over een experiment waarin volwassenen baby's speelgoed geven dat "
        "past bij het geslacht dat zij denken te zien.",
        LINKS,
        "https://www.youtube.com/watch?v=nWu44AqF0iI",
    ),
    Seed(
        "bbc-no-more-boys-and-girls",
        "BBC: No more boys and girls — can our kids go gender free? (lange versie)",
        ItemKind.VIDEO,
        Theme.EDUCATION,
        (A.PRIMARY, A.PARENTS),
        "BBC-documentaire over een basisschoolklas die een periode zonder rolpatronen werkt, "
        "en wat dat doet met het zelfbeeld van de kinderen.",
        LINKS,
        "https://www.youtube.com/watch?v=cp9Z26YgIrA",
    ),
    Seed(
        "sto-webinar-framing",
        "STO-webinar: hoe framing de keuze voor techniek beïnvloedt",
        ItemKind.LINK,
        Theme.RECRUITMENT,
        (A.VMBO, A.MBO),
        "Terugblik van Sterk Techniekonderwijs op een webinar over de manier waarop je over "
        "techniek praat en wat dat doet met de keuze van leerlingen.",
        LINKS,
        "https://www.sterktechniekonderwijs.nl/nieuws/terugblik-webinar-sto-live-hoe-framing-het-kiezen-voor-techniek-kan-beinvloeden",
    ),
    Seed(
        "wij-techniek-praktijkwijzer-meisjes",
        "Wij Techniek: praktijkwijzer meisjes in de techniek",
        ItemKind.GUIDE,
        Theme.RECRUITMENT,
        (A.VMBO, A.MBO, A.EMPLOYERS),
        "Praktische handreiking van Wij Techniek voor scholen en bedrijven die meer meisjes "
        "voor techniek willen winnen.",
        LINKS,
        "https://www.wij-techniek.nl/meisjes-in-de-techniek/",
    ),
    Seed(
        "wij-techniek-factsheet-vrouwelijk-vaktalent",
        "Wij Techniek: factsheet vrouwelijk vaktalent",
        ItemKind.RESEARCH,
        Theme.POLICY,
        (A.MBO, A.EMPLOYERS),
        "Cijfers over vrouwen in technische opleidingen en beroepen, op één pagina.",
        LINKS,
        "https://www.wij-techniek.nl/media/mwhjcxps/factsheet-vrouwelijk-vaktalent.pdf",
    ),
    Seed(
        "jet-net-technet-7-werelden",
        "Jet-Net & TechNet: de 7 werelden van techniek",
        ItemKind.PRACTICE,
        Theme.EDUCATION,
        (A.PRIMARY, A.VMBO),
        "Lesprogramma dat de breedte van techniek laat zien in zeven werelden, voor groep 7-8 "
        "en de onderbouw van het voortgezet onderwijs.",
        LINKS,
        "https://jet-net.nl/nieuws/expeditie-7-werelden-van-techniek-nu-ook-beschikbaar-voor-groep-7-8-en-onderbouw-van-voortgezet-onderwijs/",
    ),
    Seed(
        "ad-zeventien-keer-afgewezen",
        "AD: zeventien keer gesolliciteerd, zeventien keer afgewezen",
        ItemKind.LINK,
        Theme.WORKPLACE,
        (A.EMPLOYERS, A.MBO),
        "Krantenartikel over twee jonge vrouwen die in een technisch vak telkens werden "
        "afgewezen, en wat dat zegt over de ontvangst van vrouwen in de sector.",
        LINKS,
        "https://www.ad.nl/bergen-op-zoom/iris-18-en-bente-21-werken-in-mannenwereldje-zeventien-keer-gesolliciteerd-en-zeventien-afgewezen~ace6a855/",
    ),
    Seed(
        "wij-techniek-ouders-betrekken",
        "Wij Techniek: ouders betrekken bij de keuze voor techniek",
        ItemKind.GUIDE,
        Theme.RECRUITMENT,
        (A.PARENTS, A.VMBO),
        "Tips voor scholen om ouders te betrekken wanneer hun kind een keuze voor techniek "
        "overweegt.",
        LINKS,
        "https://www.wij-techniek.nl/meisjes-in-de-techniek/hoe-betrek-je-ouders/",
    ),
    Seed(
        "vhto-meer-meisjes-in-mbo-techniek",
        "VHTO: overzicht meer meisjes in mbo-techniek",
        ItemKind.LINK,
        Theme.POLICY,
        (A.MBO,),
        "De pagina van VHTO over het programma, met activiteiten en materiaal voor scholen.",
        LINKS,
        "https://www.vhto.nl/activiteiten/meer-meisjes-in-mbo-techniek/",
    ),
)

ALL = TAKEAWAYS + SHARED_LINKS


@transaction.atomic
def load() -> tuple[int, bool]:
    """Create the roadshow series and its items; return (items created, event created)."""
    from anderebril.events import services as events
    from anderebril.events.constants import EventFormat, EventKind
    from anderebril.knowledge import tags
    from anderebril.knowledge.models import Item

    existed = events.visible_events().filter(slug=EVENT_SLUG).exists()
    event = events.ensure_event(
        EVENT_SLUG,
        title="Online roadshows Meer meisjes in mbo-techniek (2021–2022)",
        kind=EventKind.ROADSHOW,
        format=EventFormat.ONLINE,
        starts_at=datetime(2021, 1, 1, 9, 0, tzinfo=_TZ),
        ends_at=datetime(2022, 12, 31, 17, 0, tzinfo=_TZ),
        summary="Reeks van vier online roadshows in 2021 en 2022, in plaats van de "
        "kennisconferentie. De precieze data staan niet in het verslag.",
        description="Sprekers uit onderwijs en bedrijfsleven, key take-aways, gedeelde links "
        "en netwerkmomenten. Bron: " + REPORT + ".",
        registration_open=False,
    )
    created = 0
    for seed in ALL:
        _item, was_created = Item.objects.get_or_create(
            slug=seed.slug,
            defaults={
                "title": seed.title,
                "kind": seed.kind,
                "theme": seed.theme,
                "audiences": tags.encode(seed.audiences),
                "summary": seed.summary,
                "url": seed.url,
                "source": f"{REPORT} ({seed.section}), in eigen woorden samengevat",
                "event": event,
            },
        )
        created += was_created
    return created, not existed
