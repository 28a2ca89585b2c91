"""Whether a person noun stands for one specific person rather than anyone in the role: a
name next to it (*lerares Anna*, *Jan Timmerman*), a named subject (*Anna is lerares*), an
apposition (*Jan, onze monteur*), a title (*zijn studie De Ambachtsman*). The gendered-term
and generic-masculine rules both ask these questions; :mod:`profiles` asks the same of a
noun that stands for the person a profile is about."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.context import after, before, past_dateline
from anderebril.textscan.first_names import FIRST_NAMES
from anderebril.textscan.name_apposition import colon_apposition, name_before_comma
from anderebril.textscan.name_subject import COPULAS, RELATIVES, name_subject, surname_subject
from anderebril.textscan.name_words import part_of_a_name
from anderebril.textscan.names import (
    AGED_NAME_RE,
    PREPOSITIONS,
    followed_by_name,
    looks_like_name,
    named_word,
)
from anderebril.textscan.one_person import (
    NOT_BETWEEN,
    READER,
    aged_one,
    as_role_of_named,
    caption_name,
    counted_group,
    first_person_as,
    inverted_name_as,
    married_to,
    named_group,
    posing_as,
    purpose,
    speakers_own,
    staff_of_a_named_firm,
    the_writers_own,
    title_after_name,
    who_someone_was,
)
from anderebril.textscan.person_after import one_person_after
from anderebril.textscan.tense import past_of_a_pronoun
from anderebril.textscan.tokenize import (
    Token,
    is_capitalised,
    key_of,
    tokens_between,
    wordset,
)

PERSONAL: Final = wordset("hij zij ze ik he she i")
#: "Mijn vader was timmerman", "onze oma werkte als chauffeuse": a possessive subject is a
#: specific person.
POSSESSIVES: Final = wordset(
    "mijn m'n jouw je zijn z'n haar onze ons hun my your his her our their"
)


def _grew_to(words: list[str], at: int) -> bool:
    """*doorgroeide naar*, *groeide door naar*: what someone's career made of them, told in
    the past (*je kunt doorgroeien naar voorman* is what the job offers anyone)."""
    if words[at] != "naar" or at == 0:
        return False
    if words[at - 1] in _GREW:
        return True
    return words[at - 1] == "door" and at > 1 and words[at - 2] in _GREW_BARE


_GREW: Final = wordset("doorgroeide doorgroeiden doorgegroeid opgeklommen")
_GREW_BARE: Final = wordset("groeide groeiden klom klommen")


def names_a_person(
    text: str, start: int, end: int, surface: str, compound: bool, *, plural: bool = False
) -> bool:
    """Whether the noun at ``start:end`` belongs to a specific, named person: *Anna is
    lerares*, *Jan, onze monteur*, *lerares Anna*, *meneer Timmerman*, *Hoffman*. ``plural``:
    the noun is a plural form (*Zij zijn vakmannen* is a term for a group)."""
    prev = past_dateline(text, before(text, start, 80))
    label = _LABEL_RE.search(text, max(0, start - 24), start)
    if label is not None and key_of(label[1]) in RELATIVES:
        return True  # "Vader: lasser, Moeder: receptioniste": facts about one family
    if (
        label is not None
        and key_of(label[1]) in _JOB_LABELS
        and any(
            key_of(m[1]) in FIRST_NAMES
            for m in _NAME_LABEL_RE.finditer(text, max(0, start - 160), start)
        )
    ):
        return True  # "Wie: Anne de Graaf / Wat: naailerares"; not "Naam: Kapsalon Trendy"
    if _calls_oneself(prev):
        return True  # "Zij noemt zichzelf gewoon secretaresse": what one person calls herself
    if married_to(prev) or surname_subject(text, prev):
        return True  # "getrouwd met een verpleegster", "De Graaf is naailerares"
    if colon_apposition(text, start, prev):
        return True  # "Maak kennis met Mohammed: de jongste voorman van het bedrijf"
    if prev and _becomes_after(text, end):  # one look at the word after the noun
        if _specific_subject(text, prev):
            return True  # "Zijn zoon, Ronald (37), wilde altijd al timmerman worden"
        at = len(prev) - 1  # "dat hij (een echte) vakman is": past an article and adjectives
        while (
            at > 0
            and len(prev) - at < 3
            and key_of(prev[at].text) not in PERSONAL
            and _BEFORE_NOUN_RE.fullmatch(prev[at].text)
        ):
            at -= 1
        pronoun_subject = key_of(prev[at].text) in PERSONAL
        if pronoun_subject and any(looks_like_name(text, t) for t in prev[:at]):
            return True  # "Miguel wist dat hij timmerman wilde worden": said of the one named
    if one_person_after(text, start, end):
        return True  # "in de persoon van mej. Weiland", "op mijn kleuterschool", "Hoe lang
        # bent u al marktkoopman?"
    if not plural and _aged_subject(prev):
        return True  # "Hij is 22 jaar en al een aantal jaren timmerman": one man, by his age
    if not plural and prev and past_of_a_pronoun(text, prev, end):
        return True  # "vertelde ze dat ze lange tijd secretaresse is geweest": her history
    if _after_tot(prev) and _training_of_one(text, prev):
        return True  # "Hij doet twee opleidingen: tot timmerman en tot brandweerman"
    if len(prev) >= 2 and key_of(prev[-1].text) == "om" and _wish_of(text, prev, end):
        return True  # "haar motivatie om kapster te worden": one person's wish
    if len(prev) >= 2 and _demonym(prev[-1].text) and key_of(prev[-2].text) == "de":
        return True  # "de Barneveldse kraamverzorgster": news about one woman from there
    if part_of_a_name(text, start, end, surface, compound, prev):
        return True  # Hoffman, meneer Timmerman, het vakblad De Vakman, werksters.nl
    if not prev and caption_name(text, start):
        return True  # "Benno Groot,\ntimmerman bij De Nijs": a photo caption
    if not plural and speakers_own(text, prev, end):
        return True  # "heb ik twintig jaar gewerkt als opperman", "dat ik … wil worden"
    if not plural and (the_writers_own(prev) or who_someone_was(text, surface, prev, end)):
        return True  # "Mijn begeleidster in de keuken …", "de ex-kapster", "oud-topman"
    if not plural and title_after_name(text, start):
        return True  # "Paulien van 't Westeinde (projectleidster BTZ)"
    if posing_as(text, start):
        return True  # "Het drietal deed zich voor als politieman"
    if aged_one(text, start):
        return True  # "we spreken een 26-jarige barman die …": one person, by his age
    if plural and counted_group(text, start):
        return True  # "Bij de drie nagelstylistes komen …": the ones in view
    if not plural and as_role_of_named(text, prev, end):
        return True  # "Tonny van Bergen … Als secretaresse was ze …"
    if plural and staff_of_a_named_firm(text, prev, end):
        return True  # "de kapsters van Salon Laura in Hulst"
    if named_group(text, prev, end, plural=plural):
        return True  # "Vader en zoon Van Dijk zijn timmermannen.", "De twee zijn leerling-…"
    if prev:
        # "<Name|hij|zij> is (al twintig jaar)? <noun>", "<Name> werkte tien jaar als <noun>"
        recent = [key_of(t.text) for t in prev[-6:]]
        wish = _TO_BECOME_RE.match(text, end) is not None  # "wilde stewardess worden"
        if wish and _PAST_WISH.intersection(recent) and PERSONAL.intersection(recent):
            return True  # "ook als kind wilde hij geen brandweerman worden": his own story
        links = [
            i
            for i, w in enumerate(recent)
            if w in COPULAS or w == "als" or (wish and w in _WISH_VERBS) or _grew_to(recent, i)
        ]
        between = recent[links[-1] + 1 :] if links else []
        between = [  # "Jan werd in 1990 timmerman": a year is no phrase of another noun
            w
            for i, w in enumerate(between)
            if not (_year(w) or (i + 1 < len(between) and _year(between[i + 1])))
        ]
        about_subject = (
            bool(links)
            and not any(w in NOT_BETWEEN for w in between)
            and not purpose(text, recent[links[-1] + 1 :], end)
        )  # not "is op zoek naar een …", "Doel is om secretaresses … te laten zien"
        if about_subject and links[-1] > 0 and recent[links[-1] - 1] in PERSONAL:
            return True  # "… want hij is ook voorman": the clause's own subject
        link = links[-1] if links else -1
        if (
            about_subject
            and recent[link] in _SINGULAR_LINKS
            and link + 1 < len(recent)
            and recent[link + 1] in PERSONAL
            and _someone_named_before(text, start)
        ):
            # "Na haar opleiding is ze nu een succesvolle jongedame", after her name: inverted;
            # not a dossier's "Na de opleiding is hij een volwaardig vakman"
            return True
        if about_subject and inverted_name_as(text, prev, len(prev) - len(recent) + links[-1]):
            return True  # "Op zijn 17e begon Marco als timmerman"
        copulas = [i for i, w in enumerate(recent) if w in ("zijn", "waren")]
        if (
            not plural
            and copulas
            and copulas[-1] > 0
            and recent[copulas[-1] - 1] in _THEY
            and not any(w in NOT_BETWEEN for w in recent[copulas[-1] + 1 :])
        ):
            # "Zij zijn bijvoorbeeld elektricien of timmerman": a singular for what the people
            # meant are; not "Wij zijn echte vakmannen" (a plural term for a group)
            return True
        if (
            about_subject
            and links[-1] > 0
            and recent[links[-1] - 1] in _POINTING
            and recent[links[-1]] in ("is", "was")
            and text[end : end + 1] in _CLAUSE_ENDS
            and not _after_a_question(text, start)
        ):
            # "maar het is wel een vakman.", "Dat was een echte timmerman!": said of someone
            # in view; not "Het is een vak voor de vakman" (voor) or a cleft ("… die we zoeken")
            return True
        inverted = key_of(prev[0].text) in COPULAS  # a question: "Ben jij onze nieuwe kapster?"
        # "Informatie over omscholing, wat je gaat doen als Hostess": the reader before the link
        # is its subject, not the capitalised opener
        link_at = len(prev) - len(recent) + links[-1] if links else 0
        reader_subject = any(key_of(t.text) in READER for t in prev[1:link_at])
        if about_subject and not inverted and not reader_subject:
            subject = prev[0]
            # a wish needs more than a capital: "Nina wilde …" (a first name), not "Vroeger …"
            wished = wish and recent[links[-1]] in _WISH_VERBS
            if _one_person(prev, 0) or (
                name_subject(text, prev) and (not wished or named_word(text, prev[0]))
            ):
                return True
            if key_of(subject.text) in POSSESSIVES and len(prev) > 1 and not _you_verb(prev):
                return True
        if name_before_comma(text, start, end, prev):
            return True  # "Jeroen, onze meewerkend voorman", "Jan, timmerman bij …"
        if _relative_after_name(text, prev, end):
            return True
        if _name_with_age(text, prev):
            return True  # "Jari (21) Barman bij Hotel Zaltbommel"
        if first_person_as(text, prev, end):
            return True  # "Als voorman zorg ik ervoor dat …": someone about themselves
    if len(prev) >= 2 and not plural and _known_or_made(text, prev, end):
        return True  # "Ik ken een collega kraamverzorgster die …", "Van hem maken we een vakman"
    if prev and key_of(prev[-1].text) in _QUOTING and _name_next(text, end):
        return True  # "stelt onderzoekster Mastari.", "aldus woordvoerster Jansen"
    if _name_next(text, end) and _in_a_list_of_names(text, prev):  # the cheap test first
        return True  # "met collega's Naomi, Dieuwertje en stagiaire Maxine."
    following = text[end : end + 16].lower()
    if following.startswith(" van het jaar"):
        return True  # "Secretaresse van het Jaar", "Vakman van het jaar": a title or award
    if following.startswith(" in spe") and prev and key_of(prev[-1].text) == "de":
        return True  # "de restauratietimmerman in spe"; not "Ben jij een vakman in spe?"
    return followed_by_name(text, end)


_LABEL_RE: Final = re.compile(r"(\w+):[ \t]*$")
_JOB_LABELS: Final = wordset("wat beroep functie baan werk")
_NAME_LABEL_RE: Final = re.compile(r"(?:^|\s)(?:[Ww]ie|[Nn]aam):[ \t]*([A-Z][a-zà-ÿ]+)")
#: An article or an inflected adjective between a pronoun and its noun: *een*, *echte*.
_BEFORE_NOUN_RE: Final = re.compile(r"een|[a-z]+e")


def _calls_oneself(prev: list[Token]) -> bool:
    """*Zij noemt zichzelf (gewoon) secretaresse*: one person, named or *hij/zij*, calling
    themselves so; not *Iedere loodgieter noemt zichzelf vakman* (anyone)."""
    tail = prev[-6:]
    words = [key_of(t.text) for t in tail]
    for i in range(len(words) - 1, 1, -1):
        if words[i] in ("zichzelf", "zich") and words[i - 1] in ("noemt", "noemde"):
            subject = tail[i - 2]
            one = words[i - 2] in PERSONAL or subject.text[:1].isupper()
            return one and len(words) - i - 1 <= 2  # at most "gewoon een" between
    return False


def _someone_named_before(text: str, start: int) -> bool:
    """Someone named with their age (*Sanne van Dijk (22)*, *de 19-jarige Aylin*) in the 600
    characters before ``start``, and no *hij/zij* (a pair form is never one person). Any
    capitalised word is not enough: schools, towns and software are named in dossiers too."""
    if "/" in text[max(0, start - 40) : start]:
        return False
    return AGED_NAME_RE.search(text, max(0, start - 600), start) is not None


def _one_person(prev: list[Token], at: int) -> bool:
    """Whether ``prev[at]`` is a personal pronoun for one person: not *zij*/*ze* with a
    plural verb (*Zij mogen geen nadeel ondervinden van hun activiteiten als …*)."""
    word = key_of(prev[at].text)
    if word not in PERSONAL:
        return False
    if word in _THEY and at + 1 < len(prev):
        verb = key_of(prev[at + 1].text)
        return not (verb.endswith("en") or verb in _PLURAL_SHORT)
    return True


def _training_of_one(text: str, prev: list[Token]) -> bool:
    """*Hij volgt een opleiding tot timmerman*, *Sanne begon aan haar opleiding tot …*: the
    training one person follows, said of them; not *De opleiding tot timmerman duurt …*."""
    colon = text.rfind(":", max(0, prev[0].start - 8), prev[0].start)
    if colon != -1 and not text[colon + 1 : prev[0].start].strip():
        prev = before(text, colon, 80) + prev  # "Hij doet twee opleidingen: tot …"
    if not any(key_of(t.text).startswith(_TRAINING) for t in prev[-8:]):
        return False
    if named_word(text, prev[0]):  # not "Meisjes zijn beter in zorgen, dus … tot …"
        return True
    if key_of(prev[0].text) == "ik" and len(prev) > 1 and key_of(prev[1].text) in _FOLLOWING:
        return True  # "Ik ben in opleiding voor wielman": the speaker's own
    # "Noah (18) … Hij doet twee opleidingen: tot …"; not the generic "Een leerling kiest …
    # Hij volgt een opleiding tot timmerman": only with someone named with their age before
    window = text[max(0, prev[0].start - 300) : prev[0].start]
    if not _one_person(prev, 0):
        return False
    if _AGED_IN_TEXT_RE.search(window) is not None:
        return True
    # "Zo ook mbo-student Eva. Zij volgt een opleiding tot …": named in the sentence before
    earlier = tokens_between(text, max(0, prev[0].start - 120), prev[0].start)
    return any(_standalone_name(text, earlier, i) for i in range(len(earlier)))


def _standalone_name(text: str, tokens: list[Token], i: int) -> bool:
    """A first name on its own: *mbo-student Eva.*, *Daan werkt …*; not a place after a
    preposition, a part of a longer name (*ROC Midden Nederland*, *Karin Bos:*) or a firm
    (*Het Alfa-college*)."""
    token = tokens[i]
    if "-" in token.text or not named_word(text, token):
        return False
    if i > 0 and (key_of(tokens[i - 1].text) in PREPOSITIONS or is_capitalised(tokens[i - 1].text)):
        return False
    nxt = text[token.end : token.end + 2].lstrip(" ")
    if nxt[:1] in (".", ",", "("):
        return True
    return i + 1 < len(tokens) and tokens[i + 1].text.islower() and nxt[:1] != ":"


def _after_tot(prev: list[Token]) -> bool:
    """Whether the noun follows *tot* or *voor*, past one inflected adjective: *opleiding tot
    timmerman*, *opgeleid tot ondernemende vakman*."""
    words = [key_of(t.text) for t in prev[-2:]]
    if len(words) == 2 and words[-1].endswith("e") and words[-1] not in ("tot", "voor"):
        words.pop()
    return bool(words) and words[-1] in ("tot", "voor")


_TRAINING: Final = ("opleiding", "omscholing", "cursus", "studie", "bijscholing", "opgeleid")
#: Verbs of following a training oneself: *Ik ben in opleiding …*, *Ik volg een cursus tot …*.
_FOLLOWING: Final = wordset("ben zit volg doe begin studeer startte deed volgde begon")
_AGED_IN_TEXT_RE: Final = re.compile(r"\b[A-Z][a-zà-ÿ]+ \((?:1[5-9]|[2-9]\d)\)")


def _known_or_made(text: str, prev: list[Token], end: int) -> bool:
    """*Ik ken een (collega) kraamverzorgster*, *Ik kende de schoonmaakster van ons kantoor*:
    one the writer knows; *Van hem maken we wel een vakman*: what one person is made into.
    Not *We kennen een tekort aan vakmannen*, *Wij kennen de vakman als …* or *van hem of
    haar* (anyone)."""
    words = [key_of(t.text) for t in prev[-6:]]
    at = max((i for i, w in enumerate(words) if w in ("een", "de")), default=-1)
    if at >= 2 and words[at - 1] in _KNOW:
        between = words[at + 1 :]
        following = text[end : end + 8].split()[:1]
        return (
            (words[at - 2] in _KNOWERS if words[at] == "een" else words[at - 2] == "ik")
            and len(between) <= 2
            and not any(w in PREPOSITIONS for w in between)
            and following != ["als"]  # "Wij kennen de vakman als iemand die …"
        )
    said_of = [w for w in words if w in ("hem", "haar")]
    return len(said_of) == 1 and any(w in _MAKE for w in words)


_KNOW: Final = wordset("ken kende kennen kenden")
_KNOWERS: Final = wordset("ik we wij")
_MAKE: Final = wordset("maken maakt maak maakte maakten")


def _name_next(text: str, end: int) -> bool:
    """Whether a name (even a surname alone) stands right after ``end`` on the same line."""
    nxt = after(text, end, 40, count=1)
    return bool(nxt) and text[end : nxt[0].start] == " " and looks_like_name(text, nxt[0])


def _in_a_list_of_names(text: str, prev: list[Token]) -> bool:
    """Whether the noun comes after *en* or a comma that follows a name: *Naomi, Dieuwertje en
    stagiaire Maxine*."""
    if len(prev) < 2:
        return False
    joined = key_of(prev[-1].text) == "en" or "," in text[prev[-1].end : prev[-1].end + 1]
    name = prev[-2] if key_of(prev[-1].text) == "en" else prev[-1]
    return joined and named_word(text, name)


#: Words that introduce whom news quotes: *stelt onderzoekster Mastari*.
_QUOTING: Final = wordset("stelt zegt zei vertelt vertelde aldus volgens meent vindt legt")


def _aged_subject(prev: list[Token]) -> bool:
    """*Hij is 22 jaar en al een aantal jaren timmerman*: the subject's age, then *en* and the
    noun as what that person also is."""
    if not any(t.text.isdigit() for t in prev[-10:]):
        return False  # the usual case: no age at all
    words = [key_of(t.text) for t in prev[-10:]]
    for i in range(len(words) - 3):
        if words[i] in PERSONAL and words[i + 1] in ("is", "was") and words[i + 2].isdigit():
            rest = words[i + 3 :]
            return "en" in rest[:3] and len(rest) <= 8
    return False


def _becomes_after(text: str, end: int) -> bool:
    """The noun is directly followed by *worden*, *is*, *wilde*, …: what someone is or
    becomes (not *vakmannen die worden ingezet*)."""
    following = after(text, end, 30, count=1)
    return bool(following) and key_of(following[0].text) in _BECOME


def _after_a_question(text: str, start: int) -> bool:
    """Whether the sentence before the one at ``start`` is a question (*Wie zoeken wij? Het
    is een echte vakman.*): the answer describes who is wanted, not someone in view."""
    lo = max(0, start - 400)  # bounded: a text without "!" must not be read back to its start
    stop = max(text.rfind(c, lo, start) for c in ".!?\n")
    return stop >= 0 and text[stop] == "?"


def _demonym(word: str) -> bool:
    """*Barneveldse*, *Amsterdamse*, *Genkse*: an adjective of a town, capitalised; not of a
    country or region (*de Nederlandse kapster* can be anyone in the trade)."""
    if len(word) <= 4 or not word[0].isupper() or not word[1:].islower():
        return False
    return word.endswith("se") and key_of(word) not in _WIDE_PLACES


def _wish_of(text: str, prev: list[Token], end: int) -> bool:
    """*haar motivatie om kapster te worden*, *zijn droom om timmerman te worden*: the noun is
    what someone's own wish or choice is about (not *jouw kans om …*: the reader's)."""
    following = after(text, end, 30, count=2)
    if len(following) < 2 or key_of(following[0].text) != "te":
        return False
    if key_of(following[1].text) not in ("worden", "zijn", "blijven"):
        return False
    # "<owner> (adjective)? <noun> om": not "Wat zijn de vereisten om …" (zijn the verb)
    for k in (-3, -4):
        if len(prev) >= -k and key_of(prev[k].text) in _THIRD_PARTY_OWNERS:
            return key_of(prev[k + 1].text) not in _ARTICLES
    return False


_THIRD_PARTY_OWNERS: Final = wordset("haar zijn z'n mijn m'n hun")
_ARTICLES: Final = wordset("de het een")


def _specific_subject(text: str, prev: list[Token]) -> bool:
    """The clause opens with a person's name, a personal pronoun or a possessive (*Zijn zoon,
    Ronald, …*, *Mijn broer …*), not with *wie* or the reader (*je*)."""
    first = key_of(prev[0].text)
    if first in PERSONAL or first in _POSSESSIVE_OPENERS:
        return True
    # a first name and surname open the clause: "Ronald Jansen wilde altijd al …"
    if len(prev) > 1 and all(looks_like_name(text, token) for token in prev[:2]):
        return True
    if len(prev) > 2 and name_subject(text, prev) and named_word(text, prev[0]):
        return True  # "Nina wilde vroeger stewardess worden … Nina"; not "Kinderen willen …"
    # a name in apposition: "De tweede zoon, Ronald (37), wilde …"
    for k in range(1, len(prev)):
        token = prev[k]
        apposition = text[token.end : token.end + 2].lstrip(" ")[:1] in ",("
        after_comma = "," in text[prev[k - 1].end : token.start]
        if apposition and after_comma and looks_like_name(text, token):
            return True
    return False


_POSSESSIVE_OPENERS: Final = wordset("mijn m'n zijn z'n haar onze hun")


def _name_with_age(text: str, prev: list[Token]) -> bool:
    """*Jari (21) barman bij …*, *Renate Smidt (23) directiesecretaresse*: a name and an age
    in brackets right before the noun."""
    if len(prev) < 2 or not prev[-1].text.isdigit():
        return False
    return "(" in text[prev[-2].end : prev[-1].start] and looks_like_name(text, prev[-2])


def _relative_after_name(text: str, prev: list[Token], end: int) -> bool:
    """*zegt Johan Wattel, die al 48 jaar timmerman is*: a relative clause about a named
    person, whose verb follows the noun."""
    for i in range(len(prev) - 1, max(0, len(prev) - 8), -1):
        if key_of(prev[i].text) == "die" and "," in text[prev[i - 1].end : prev[i].start]:
            if not looks_like_name(text, prev[i - 1]):
                return False
            if any(key_of(t.text) in _NEW_CLAUSE for t in prev[i + 1 :]):
                return False  # "Marieke, die weet wat een goede vakman is": not about her
            following = after(text, end, 30, count=1)
            return bool(following) and (
                key_of(following[0].text) in COPULAS or key_of(following[0].text) in _BECOME
            )
    return False


def _you_verb(prev: list[Token]) -> bool:
    """*Je hebt ervaring als lerares*: *je* is the reader as subject, not *your* (*je vader
    was timmerman*), when a verb follows it (a second-person form ends in *-t*)."""
    if key_of(prev[0].text) != "je":
        return False
    verb = key_of(prev[1].text)
    # "je hoeft geen …", "je begrijpt": a stem in f, k, p or d and -t; not "je echtgenoot"
    return verb in COPULAS or verb in _YOU_VERBS or verb.endswith(("ft", "kt", "pt", "dt"))


_YOU_VERBS: Final = wordset(
    "kan kun kunt mag moet wil wilt zal zult ging kwam deed had was werd zag hebt heb bent ben "
    "werkt gaat komt doet krijgt zoekt leert maakt weet houdt staat vindt ziet woont loopt "
    "volgt kent wordt blijft begint zit"
)
_NEW_CLAUSE: Final = wordset("wat hoe welke waar wie of dat omdat als weet vindt zegt denkt")


#: After a noun: more items of a list follow (*Werkgever, student en onderwijsinstelling*).
_WIDE_PLACES: Final = wordset(
    "nederlandse belgische vlaamse waalse europese duitse franse engelse britse amerikaanse "
    "turkse marokkaanse poolse spaanse italiaanse friese limburgse brabantse zeeuwse "
    "groningse drentse overijsselse gelderse hollandse utrechtse randstedelijke"
)
#: Plural subjects of *zijn*: the people the text is about (*Zij zijn timmerman*).
_THEY: Final = wordset("zij ze")
#: Singular links a pronoun can follow in an inverted clause (*Nu is ze kapster*), not the
#: *ben jij* of a question to the reader (*jij* is not in ``PERSONAL`` either).
_SINGULAR_LINKS: Final = wordset("is was wordt werd blijft bleef")
#: Plural verbs after *zij*/*ze* that do not end in *-en*: *zij gaan*, *ze staan*, *zij doen*.
_PLURAL_SHORT: Final = wordset("gaan staan doen slaan zien")
#: Subjects that point at someone in view: *het is een vakman*, *dat was een echte kapper*.
_POINTING: Final = wordset("het dit dat")

#: *Nina wilde stewardess worden*: a wish links the subject to the noun as *is* does.
_WISH_VERBS: Final = wordset("wil wilde wou")
_PAST_WISH: Final = wordset("wilde wou wilden wouden droomde")
_TO_BECOME_RE: Final = re.compile(r"\s+(?:te\s+)?worden\b")
_CLAUSE_ENDS: Final = (".", "!", "”", "’", "'", '"')
_BECOME: Final = wordset(
    "worden wordt werd werden word geworden is was waren ben bent blijft bleef blijven wilde wil"
)


def _year(word: str) -> bool:
    """A year of the last three centuries: *1898*, *1990*, *2015*."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("18", "19", "20")
