"""Whether the word that opens a clause is a name as its subject (*Anna is lerares*, *Kees van
hiernaast werkt als timmerman*) or another word that is capitalised only because it opens a
sentence: an adverb (*Traditioneel is een gastvrouw …*), a plural noun (*Vrouwen zijn vooral
werkzaam als …*), a heading's noun with its phrase (*Nadelen van werken als serveerster*).
:mod:`people` asks it of the noun's clause."""

from __future__ import annotations

from typing import Final

from anderebril.textscan.index import get_index
from anderebril.textscan.names import NAME_PARTICLES, NOT_NAMES, PREPOSITIONS
from anderebril.textscan.one_person import READER
from anderebril.textscan.tokenize import (
    Token,
    is_all_caps,
    is_capitalised,
    is_sentence_start,
    key_of,
    wordset,
)

#: Verbs that link a subject to what it is: *is*, *werkt (als)*, *werkzaam*.
COPULAS: Final = wordset(
    "is ben bent was wordt werd blijft bleef werkt werkte werkzaam as is was became am"
)
#: Family members (*Vader: lasser*, *Jan zijn vader is …*).
RELATIVES: Final = wordset(
    "vader moeder zus zussen broer broers opa oma oom tante partner man vrouw zoon dochter"
)


def _plural_verb(word: str) -> bool:
    """A lowercase verb in the plural right after the opener (*Vrouwen zijn*, *Scholieren
    verdienen*, *Vrouwen kiezen*): the opener is a plural noun, not one name."""
    if word in _PLURAL_VERBS:
        return True
    return word.islower() and len(word) > 3 and word.endswith("en") and word not in _NOT_VERBS


_PLURAL_VERBS: Final = wordset("zijn waren worden werden blijven bleven werken werkten")
#: Words in -en after a name that are no plural verb: *Jan alleen*, *Anna tegen …*.
_NOT_VERBS: Final = wordset(
    "tegen binnen buiten tussen boven beneden open even alleen samen geen heen meteen "
    "steeds toen verder sinds bovendien"
)
#: Words that do not follow a name at the start of a sentence: *Wil jij*, *Later als*.
_NOT_AFTER_NAME: Final = wordset("jij je u wij we jullie zij ze hij ik het er als you we")


def name_subject(text: str, prev: list[Token]) -> bool:
    """Whether the first word of the clause is a name as subject (*Anna is lerares*). At the
    start of a sentence every word is capitalised: a word followed by a pronoun or *als* there is
    a verb or a noun (*Wil jij … als bootsman*, *Ervaring als telefoniste*, *Later als
    zakenman*), not a name."""
    word = prev[0].text
    if not is_capitalised(word) or is_all_caps(word) or key_of(word) in NOT_NAMES:
        return False
    if is_sentence_start(text, prev[0].start):
        if key_of(word).endswith(_ADVERB_ENDINGS) or key_of(word) in _OPENING_ADVERBS:
            return False  # "Traditioneel is een gastvrouw …": an adverb, then the verb
        if (
            key_of(word).endswith(_ADJECTIVE_ENDINGS)
            and len(prev) > 1
            and prev[1].text.islower()
            and not (prev[1].text in COPULAS or prev[1].text.endswith("t"))
        ):
            # "Aantoonbare ervaring als timmerman": an adjective and its noun; not a name
            # and its verb ("Dante werkt als …", "Wende is …")
            return False
        if key_of(word) == "goed" and text[prev[0].end : prev[0].end + 1] != ",":
            return False  # "Goed voorbereid aan de slag als …"; not "Goed, Sanne werkt …"
        if any(key_of(t.text) in READER for t in prev[1:3]):
            return False  # "Daarmee ben je nog geen vakman": the reader is the subject
        if _particle_then_lowercase(prev):
            return False  # "Nadelen van werken als serveerster": a noun, then its phrase
        if (
            len(prev) > 1
            and _plural_verb(prev[1].text)
            and (len(prev) < 3 or key_of(prev[2].text) not in RELATIVES)
        ):
            return False  # "Vrouwen zijn vooral werkzaam als …"; not "Jan zijn vader is …"
        return len(prev) > 1 and key_of(prev[1].text) not in _NOT_AFTER_NAME
    return True


def _particle_then_lowercase(prev: list[Token]) -> bool:
    """*Nadelen van werken als …*, *Voordelen van een baan als …*: a heading that opens with
    a noun and its phrase, with no verb before the job. A name can have a particle and a
    lowercase word too, but then a verb follows (*Kees van hiernaast werkt als …*, *Petra van
    de receptie is …*); a surname after the particles is capitalised (*Maria de la Cruz*)."""
    i = 1
    while i < len(prev) and (
        key_of(prev[i].text) in _PARTICLES or key_of(prev[i].text) in PREPOSITIONS
    ):
        i += 1  # "Ervaring met werken als …"
    if not 1 < i < len(prev) or is_capitalised(prev[i].text):
        return False
    return not any(_finite_verb(key_of(t.text)) for t in prev[i:])


_PARTICLES: Final = NAME_PARTICLES | wordset("t la le du da del von")


def _finite_verb(word: str) -> bool:
    """A verb that says what a subject is or does: *is*, *werkt*, *heeft*; a form in -t
    that is no common noun ending (*dienst*, *kracht*)."""
    if word in COPULAS or word in ("heeft", "had", "kiest", "koos"):
        return True
    return len(word) > 3 and word.endswith("t") and not word.endswith(("st", "cht", "nt"))


#: Sentence openers that put the verb second (*Traditioneel is een gastvrouw …*), not names.
_ADVERB_ENDINGS: Final = ("eel", "lijk", "ig", "gewijs", "erwijs", "halve")
_ADJECTIVE_ENDINGS: Final = (
    "bare", "lijke", "ische", "ige", "ende", "rijke", "vaste", "ante", "ente",
)  # fmt: skip
_OPENING_ADVERBS: Final = wordset(
    "vroeger tegenwoordig meestal natuurlijk uiteraard daarom daarna eerst vooral zeker helaas "
    "normaal normaliter gewoonlijk doorgaans inmiddels intussen misschien eigenlijk vandaag "
    "morgen gisteren nooit later voorheen oorspronkelijk officieel formeel kortom straks "
    "daarmee daardoor daarbij hiermee hierdoor hierbij waarmee waardoor"
)


def surname_subject(text: str, prev: list[Token]) -> bool:
    """*De Graaf is naailerares*, *Van der Berg werd timmerman*: a surname with its particle
    opening the sentence, a copula, then at most an article and adjectives before the noun.
    After *De* at a sentence start a common noun is written small (*De graaf is …*)."""
    if len(prev) < 3 or prev[0].text not in _OPENING_PARTICLES:
        return False
    at = 1
    while at < len(prev) and prev[at].text in _INNER_PARTICLES:
        at += 1
    if at + 1 >= len(prev) or not is_capitalised(prev[at].text) or prev[at].text.isupper():
        return False
    known = get_index("nl").classify(key_of(prev[at].text))
    if known is not None and (known.role is not None or known.term is not None):
        return False  # "De Uitvoerder is …", "De Opdrachtnemer is …": a defined role
    if key_of(prev[at + 1].text) not in _SURNAME_COPULAS or len(prev) - (at + 2) > 2:
        return False
    return is_sentence_start(text, prev[0].start)


_OPENING_PARTICLES: Final = frozenset(["De", "Van", "Den", "Ter", "Ten", "Te"])
_INNER_PARTICLES: Final = frozenset(["de", "der", "den", "van", "het", "'t", "ter", "ten"])
_SURNAME_COPULAS: Final = wordset("is was werd wordt blijft bleef")
