"""Names: whether a capitalised word is someone's name (*Anna*, *Noah (18)*, *Hanneke Smit*)
rather than a sentence opener, a company, a programme or another title, and whether a person
noun is followed by one (*studente Lotte*, *monteur Jan, …*). :mod:`people` and the pronoun
rules build on these."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from anderebril.textscan.context import after
from anderebril.textscan.first_names import FIRST_NAMES
from anderebril.textscan.pronoun_clues import SPEECH_VERBS
from anderebril.textscan.tokenize import (
    Token,
    is_all_caps,
    is_capitalised,
    is_sentence_start,
    key_of,
    sentence_around,
    word_start,
    words,
    wordset,
)

#: Capitalised words that start sentences or headings but are not names.
NOT_NAMES: Final = frozenset(
    words(
        "de het een deze die dit dat onze ons mijn jouw uw zijn haar hun elke "
        "iedere ieder alle als wie wat waar wij we jij je u zij ze hij ik bij "
        "in op voor met van aan en of maar ook the a an this that our my your "
        "his her their every each all if who what where we you she he i at in "
        "on for with of and or but also er hier daar nu dan toen soms vaak altijd "
        "volgens namens dankzij zonder behalve tegen aldus "
        "zo wel niet geen iedereen niemand alles iemand men welke waarom hoe "
        "wanneer omdat want dus bovendien daarnaast verder tijdens na sinds om "
        "door tot uit over zowel noch ofwel hetzij indien zodra "
        "it there here now then everyone someone nobody which "
        "why how when because so as our its "
        "engels frans duits nederlands spaans wiskunde biologie economie natuurkunde "
        "scheikunde aardrijkskunde geschiedenis informatica "
        "beroep beroepen vacature vacatures functie functies functienaam functietitel"
    )
)


PREPOSITIONS: Final = wordset(
    "voor bij in van op naar met uit aan door om tot over tijdens via zonder tegen onder "
    "at for in of with by during"
)


def looks_like_name(text: str, token: Token) -> bool:
    """A capitalised word that is not a sentence opener or function word."""
    word = token.text
    if not is_capitalised(word) or is_all_caps(word) or key_of(word) in NOT_NAMES:
        return False
    if word[1:2].isupper():
        return False  # "TEday", "ICTalent": an event or brand; names go "McKenzie", "DiCaprio"
    return not is_sentence_start(text, token.start) or word.isalpha()


def named_word(text: str, token: Token) -> bool:
    """Whether a capitalised word is a name by more than its capital: it also stands inside a
    sentence, carries an age (*Noah (18)*) or is a common first name (*Nina*). At a sentence
    start every word is capitalised (*Kinderen willen …*, *Meisjes zijn …*)."""
    return looks_like_name(text, token) and (
        not is_sentence_start(text, token.start)
        or key_of(token.text) in FIRST_NAMES
        or capitalised_inside(text, token)
        or aged(text, token)
    )


def aged(text: str, token: Token) -> bool:
    """Whether an age in brackets follows the word: *Noah (18)*, *Marina (53),* — the way
    news names a person."""
    return _AGE_AFTER_RE.match(text, token.end) is not None


#: Someone named with their age (15 to 99): "de 19-jarige Miguel", "Marina Guldemond (53)";
#: not a counter in a menu ("Vacatures (4)", "Vacatures (25) | Contact").
AGED_NAME_RE: Final = re.compile(
    r"\b(?:1[5-9]|[2-9]\d)-jarige [A-Z][a-zà-ÿ]+"
    r"|\b[A-Z][a-zà-ÿ]+ \((?:1[5-9]|[2-9]\d)\)(?![ \t]*\|)"  # not "Vacatures (25) | Contact"
)
#: An age (15 to 99) in brackets.
_AGE_AFTER_RE: Final = re.compile(r" \((?:1[5-9]|[2-9]\d)\)")


NAME_PARTICLES: Final = frozenset(["de", "van", "der", "den", "ter", "ten", "het", "'t"])


def capitalised_inside(text: str, token: Token) -> bool:
    """Whether ``token``'s word also stands capitalised inside a sentence near it."""
    reach = max(0, token.start - 2_000)
    lo = max(0, reach - 1)  # one character more, to see whether a match there starts a word
    window = text[lo : min(len(text), token.end + 2_001)]
    return any(
        lo + at != token.start and not is_sentence_start(text, lo + at)
        for at in whole_words(window, token.text, reach - lo)
    )


def whole_words(window: str, word: str, first: int = 0) -> Iterator[int]:
    """Where ``word`` stands as a whole word in ``window``, from index ``first`` on."""
    at = window.find(word, first)
    while at != -1:
        finish = at + len(word)
        if not window[at - 1 : at].isalnum() and not window[finish : finish + 1].isalnum():
            yield at
        at = window.find(word, at + 1)


#: *(m/v)*, *m/v/x*, *(v/m)* after a job title: a vacancy's notation, so no name follows.
_SEX_NOTATION_RE: Final = re.compile(r"\b[mvMV]/[mvxMVX]\b")


def followed_by_name(text: str, end: int) -> bool:
    """Whether a person noun ending at ``end`` is followed by the name of a specific person:
    *studente Lotte (19)*, *monteur Jan, …*, *docente installatietechniek Hanneke Smit*,
    *kapster en salonhouder Samira Ouali*. Up to two lowercase words may stand between, but
    no preposition (*vakman voor Bouwbedrijf Jansen* names a company, not a person)."""
    if _ADDRESSED_NAME_RE.match(text, end):
        return True  # "oud wijkverpleegster mw. P. Schipper", "zuster v.d. Sar"
    whose = _WHOSE_THEN_NAME_RE.match(text, end)
    if whose is not None and key_of(whose[1]) in FIRST_NAMES:
        return True  # "De kraamverzorgster van Arie en Romy, Marcella, leerde …"
    nxt = after(text, end, 80, count=4)  # at most three words, and the one after them
    titled = _addressed_by_title(text, end)  # "zuster Van Dam", "zuster Asperslag"
    particle = False  # a surname's capitalised particle after such a title
    for i, token in enumerate(nxt[:3]):
        between = text[end : token.start]
        if between.strip() == "(" and i == 0 and _bracketed_title(text, token):
            return False  # "De Brandweerman (Brandwacht)": another title, not a name
        if (
            "\n" in between
            or _SEX_NOTATION_RE.search(between)
            or any(m in between for m in _NOT_BEFORE_NAME)
        ):
            # "Kapster (parttime) – Salon Knip", "Timmerman: Bouwbedrijf Smit", and a job
            # title's notation: "Cameraman (m/v)  Info block"
            return False
        if titled and token.text[:1].isupper() and key_of(token.text) in NAME_PARTICLES:
            particle = True
            continue
        if looks_like_name(text, token) and not title_adjective(token.text):
            if titled and (particle or (i == 0 and between.strip(" '’") == "")):
                return True  # "zuster Van Dam", "'Zuster' Van der Poel", "zuster Asperslag"
            if len(token.text) == 1:  # "J. Smit" is an initial; "Installatievakman W" a title
                return text[token.end : token.end + 1] == "."
            if key_of(token.text) in _SHORT_FIRST_NAMES and text[token.end : token.end + 1] == ".":
                return True  # "Timmerman Th. Peer": a first name shortened like an initial
            rest = text[token.end : token.end + 2].lstrip(" ")
            if rest[:1] == "&":
                return False  # "Maritiem & Logistiek", "Van Dijk & Zn.": a programme or firm
            if rest and (rest[0] in "(,)" or (rest[0].islower() and _first_name(token.text))):
                return True
            if i == 0 and between == ", " and rest[:1] in (".", ":", ";"):
                return key_of(token.text) in FIRST_NAMES  # "Ik had één assistente, Marianne."
            # First name and surname: "Hanneke Smit"
            return i + 1 < len(nxt) and looks_like_name(text, nxt[i + 1])
        if is_capitalised(token.text) or key_of(token.text) in PREPOSITIONS:
            return False
        if key_of(token.text) in SPEECH_VERBS:
            return False  # "Een goede uitvoerder, zegt Jansen, kent …": the speaker's name
        word = token.text
        if len(word) > 4 and word.endswith("t") and not word.endswith(_NOUNS_IN_T):
            return False  # "de student gebruikt Google Drive": a verb, then a product
    return False


def _addressed_by_title(text: str, end: int) -> bool:
    """Whether the noun ending at ``end`` is a title one calls someone by (*zuster*,
    *meester*), in a sentence that recruits no one (*Wij zoeken een zuster Kinderafdeling*:
    a job and its ward, not a person)."""
    if key_of(text[word_start(text, end) : end]) not in _ADDRESS_TITLES:
        return False
    lo, hi = sentence_around(text, end - 1, end, 200)
    words = {w.strip(",.;:!?()'\"‘’“”") for w in text[lo:hi].lower().split()}
    return words.isdisjoint(_RECRUITING)


_ADDRESS_TITLES: Final = wordset("zuster broeder meester juf juffrouw")
_RECRUITING: Final = wordset("zoeken zoekt zoek gezocht gevraagd vacature vacatures solliciteer")
#: *van <Name> (en <Name>), <Name>,*: whose the person is, then her own name in apposition.
_WHOSE_THEN_NAME_RE: Final = re.compile(
    r"[ \t]+van[ \t]+[A-Z]\w+(?:[ \t]+(?:en|&)[ \t]+[A-Z]\w+)?,[ \t]+([A-Z]\w+),"
)
#: First names written short with a full stop: *Th.*, *Chr.*, *Joh.*, *Jac.*, *Wm.*
_SHORT_FIRST_NAMES: Final = wordset("th chr joh jac wm fr ph corn hendr jos ant alb ch gerr")


def title_adjective(word: str) -> bool:
    """Whether a capitalised word is an adjective that a job title or heading capitalises
    (*Sociaal Raadsman*, *Maatschappelijk Werker*, *Ervaren Monteur*, *Huishoudelijke
    Dienst*), not a name: a known one, or an ending no Dutch name has (*-isch*, *-lijke*).
    Endings such as *-aal* or *-ief* are left out: Jamaal, Pascale, Latief are names."""
    key = key_of(word)
    return key in TITLE_ADJECTIVES or key.endswith(_ADJECTIVE_ENDINGS)


_ADJECTIVE_ENDINGS: Final = ("isch", "ische", "lijke")
#: Adjectives that titles, headings and ads capitalise before a job title.
TITLE_ADJECTIVES: Final = wordset(
    "echte ervaren allround nieuwe jonge enthousiaste handige stoere goede zelfstandige "
    "gedreven ambitieuze leergierige technische creatieve junior senior sociaal sociale "
    "maatschappelijk maatschappelijke creatief commercieel commerciële administratief "
    "administratieve financieel financiële operationeel operationele facilitair facilitaire "
    "logistiek logistieke algemeen algemene medisch medische technisch juridisch pedagogisch "
    "huishoudelijk huishoudelijke gastvrije gastvrij zorgzame hoofd eerste tweede"
)
#: Forms of address that come with initials, as captions and reports name people.
ADDRESS_TITLES: Final = r"(?:mw|mevr|dhr|hr|mr|dr|drs|ir|ing)"
#: A form of address with initials: "mw. K.", "dhr. J.".
ADDRESS_WITH_INITIALS: Final = ADDRESS_TITLES + r"\.?[ \t]+(?:[A-Z]\.[ \t]?)+"
#: Words that end the first (or last) word of a firm's name, also as a compound's end:
#: "Bouwbedrijf Jansen", "Installatiegroep Noord", "Bakker Installatietechniek".
FIRM_WORDS: Final = (
    "bedrijf", "bedrijven", "groep", "college", "school", "techniek", "bouw", "service",
    "services", "installatie", "installaties", "centrum", "bureau", "fabriek", "winkel",
    "gemeente", "regio", "zorg", "logistiek", "transport", "support", "team",
)  # fmt: skip
#: A form of address with initials, or the particle v.d., then a surname.
_ADDRESSED_NAME_RE: Final = re.compile(
    r"[ \t]+(?:" + ADDRESS_WITH_INITIALS + r"|v\.d\.[ \t]+)[A-Z]"
)


def _bracketed_title(text: str, token: Token) -> bool:
    """*Brandweerman (Brandwacht)*, *Timmerman (Allround)*: a capitalised word alone in
    brackets that is another job title or a qualifier, not a first name (*timmerman (Piet)*,
    *vakman (Henk, 54)*, *brandweerman (Kees de Jong)*)."""
    close = text.find(")", token.end, token.end + 40)
    if close != -1:  # "Timmerman (Utrecht) gezocht", "Installatievakman (Onderhoud) –"
        rest = text[close + 1 : close + 24].lstrip(" \t")
        if not rest or rest[0] in "\n|(" or rest.lower().startswith(_HEADING_GOES_ON):
            return True
    if text[token.end : token.end + 1] != ")":
        return False  # "(Henk, 54)", "(Kees de Jong)": a name goes on
    word = key_of(token.text)
    return word in _QUALIFIERS or word.endswith(_TITLE_ENDINGS) or not _first_name(token.text)


#: What follows a job-title heading: "Timmerman (Utrecht) gezocht", "… (m/v)" ("m/v" also
#: opens "m/v/x").
_HEADING_GOES_ON: Final = ("gezocht", "m/v", "v/m", "gevraagd", "vacature")
#: Words in brackets after a job title that qualify it: "Monteur (Senior)".
_QUALIFIERS: Final = wordset(
    "senior junior medior allround parttime fulltime leerling stagiair starter bbl bol zzp "
    "vast tijdelijk oproep vakantie weekend avond avonden ochtend ochtenden nacht nachten "
    "dag dagen vrijwillig vrijwilliger onderhoud renovatie nieuwbouw utiliteit service "
    "elektra installatie binnendienst buitendienst regio"
)


#: Endings of job titles ("Brandwacht", "Lasser", "Monteur") that no first name has (not -man,
#: -der, -ice, -ent, -ier, -eur: Herman, Sander, Alice, Vincent, Olivier, Fleur).
_TITLE_ENDINGS: Final = (
    "wacht", "vrouw", "teur", "seur", "ist", "ster", "ant", "aar", "ker", "ser", "ger",
    "meester", "hulp", "kracht", "leider", "houder", "werker", "monteur",
)  # fmt: skip


#: Endings of nouns in -t (*binnendienst*, *transport*, *vracht*, *agent*), unlike the verbs
#: that end in -t (*gebruikt*, *werkt*, *heeft*).
_NOUNS_IN_T: Final = ("st", "rt", "cht", "nt")


#: Marks between a noun and a capitalised word that make the word no name: "Kapster (parttime)
#: – Salon Knip", "Timmerman: Bouwbedrijf Smit".
_NOT_BEFORE_NAME: Final = ("–", "—", " - ", ":", "|")


#: Endings of capitalised programme and subject names (*de student Installatietechniek*).
_SUBJECT_ENDINGS: Final = ("techniek", "kunde", "ing", "heid", "ica", "bouw", "zorg", "logie")


def _first_name(word: str) -> bool:
    """Whether a capitalised word could be a first name rather than a programme name."""
    return len(word) <= 10 and not key_of(word).endswith(_SUBJECT_ENDINGS)


def surname_of_someone(text: str, token: Token) -> bool:
    """Whether ``token``'s word stands nearby after a capitalised first name (*René
    Machiels*) and never after a preposition (*in Excel*, *via Magister*, *bij Vattenfall*).
    The word's places are found with ``str.find``; only the few characters before each are
    matched (a regex over the whole window cost half a millisecond per sentence opener)."""
    lo = max(0, token.start - SURNAME_REACH)
    window = text[lo : min(len(text), token.end + SURNAME_REACH)]
    low = window.lower()
    for at in whole_words(low, token.text.lower()):
        if _PLACE_BEFORE_RE.search(low, max(0, at - 40), at) is not None:
            return False  # "in Excel", "via Magister", "in Microsoft Excel"
    for at in whole_words(window, token.text):
        name = _FIRST_NAME_BEFORE_RE.search(window, max(0, at - 40), at)
        if name is not None and name[1].lower() not in NOT_NAMES and not name[1].isupper():
            return True
    return False


#: A preposition of place, perhaps with one word (a brand), right before the word.
_PLACE_BEFORE_RE: Final = re.compile(
    r"\b(?:in|via|naar|bij|van|met|op|uit|voor|door|aan) (?:[a-z][\w-]* )?\Z"
)
#: A capitalised first name right before the word: "René Machiels".
_FIRST_NAME_BEFORE_RE: Final = re.compile(r"\b([A-Z][a-zà-ÿ]+) \Z")


#: How far from a surname its first name may stand: the same article.
SURNAME_REACH: Final = 5_000
