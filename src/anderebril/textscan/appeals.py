"""Whether a gendered noun is asked for or addressed: a search (*Wij zoeken een sterke man*,
*… gezocht*), a preference (*Sterke man heeft de voorkeur*), the reader asked to be one (*Ben
jij de man die wij zoeken?*, *Als studente kun je …*, *Vacature: schrijfster*) or the target
group addressed (*Heren, zin in een uitdaging?*, *Jongens die graag sleutelen: meld je aan!*).
:mod:`terms` reports the nouns for one sex only then."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import Final, NamedTuple

from anderebril.textscan.context import after, before
from anderebril.textscan.matching import Candidate
from anderebril.textscan.tokenize import (
    SOFT_HYPHEN,
    WORD_RE,
    Token,
    is_sentence_start,
    key_of,
    words,
    wordset,
)

SEARCH_VERBS: Final = {
    "nl": wordset("zoeken zoekt zoek zoekende vragen vraagt"),
    "en": wordset("seeking seek seeks looking hiring need needs want wants"),
}
WANTED: Final = {
    "nl": frozenset(["gezocht", "gevraagd"]),
    "en": frozenset(["wanted", "needed"]),
}
BETWEEN_OK: Final = frozenset(
    words(
        "een enkele twee drie vier vijf nieuwe ervaren jonge sterke leuke flinke "
        "technische gemotiveerde enthousiaste handige wij we ik jij u a an some new young "
        "strong for two three"
    )
)
GREETINGS: Final = wordset("hé he hè hey hoi hallo beste dag ha hi hello dear ja kom")


def searched_for(language: str, text: str, cand: Candidate) -> bool:
    """*wij zoeken een man*, *zoekt voor de zomer een sterke man*: a search verb earlier in the
    clause, and only articles, numbers or adjectives right before the noun."""
    verbs = SEARCH_VERBS.get(language, frozenset())
    prev = before(text, cand.start, 120)[-10:]
    if not prev:
        return False
    if _title_case(text, prev, cand):
        return False  # "deed mee aan Boer Zoekt Vrouw": a programme's name, not a request
    run = 0
    for token in reversed(prev):
        if key_of(token.text) not in BETWEEN_OK:
            break
        run += 1
    if run == 0 and key_of(prev[-1].text) not in verbs:
        return False
    if any(
        key_of(token.text) in verbs
        and "," not in text[token.end : cand.start]
        and not _questions(prev, at)
        for at, token in enumerate(prev)
    ):
        return True
    return _last_of_a_list(text, cand, verbs)


def _title_case(text: str, prev: list[Token], cand: Candidate) -> bool:
    """Whether the noun ends a name in title case inside a sentence: *Boer Zoekt Vrouw*, the
    search verb capitalised too and not opening the sentence."""
    if not cand.surface[:1].isupper() or len(prev) < 2:
        return False
    verb, subject = prev[-1], prev[-2]
    return (
        verb.text[:1].isupper()
        and subject.text[:1].isupper()
        and not is_sentence_start(text, subject.start)
    )


def wanted_question(text: str, cand: Candidate) -> bool:
    """*Welke vent met visie komt ons team versterken?*: a recruiting question that asks
    which man (or woman) will join, the noun right after *welke*."""
    if not text[max(0, cand.start - 7) : cand.start].lower().rstrip().endswith("welke"):
        return False
    return _JOINING_QUESTION_RE.match(text, cand.end) is not None


_JOINING_QUESTION_RE: Final = re.compile(
    r"[^.!?\n]{0,80}?\b(?:versterken|versterkt|komt|wil|gaat)\b[^.!?\n]{0,60}?"
    r"\b(?:team|versterken|aan de slag|bij ons|werken)\b[^.!?\n]*\?",
    re.IGNORECASE,
)


def reported_request(text: str, cand: Candidate) -> bool:
    """A request for one sex that a text reports or criticises, which TAALSCAN.md labels as
    the request itself: *een vacature voor 'gemotiveerde meisjes'*, *omdat zij om een
    enthousiaste jongen vroeg*, *door een ‘enthousiaste jongen voor de markt’ te werven*."""
    prev = before(text, cand.start, 80)[-6:]
    at = len(prev)
    while at > 0 and key_of(prev[at - 1].text) in BETWEEN_OK:
        at -= 1
    opener = [key_of(t.text) for t in prev[max(0, at - 2) : at]]
    if opener[-2:] == ["vacature", "voor"]:
        return True  # "een vacature voor 'gemotiveerde meisjes'"
    stop = _CLAUSE_STOP_RE.search(text, cand.end, cand.end + 80)
    following = [key_of(t.text) for t in after(text, cand.end, 80, count=7)]
    if stop is not None:
        following = following[: len(text[cand.end : stop.start()].split())]
    at_verb = 1 if following[:1] == ["te"] else 0
    asked = following[at_verb : at_verb + 1]
    if opener[-1:] == ["om"] and _ASKED.intersection(asked):
        # "om een enthousiaste jongen vroeg", "om een ‘jongen’ te vragen"; not "om een meisje
        # te vragen hoe zij haar stage vond" (a question put to her)
        return not _QUESTION_WORDS.intersection(following[at_verb + 1 : at_verb + 2])
    # "door een ‘enthousiaste jongen voor de markt’ te werven": the wording of an ad, in
    # quotes, for one person; not a school's own goal ("niet gelukt om een meisje te werven")
    # or a minister's call to hire women ("'Bouwbedrijven moeten vrouwen actief werven'")
    singular = cand.info.term is not None and cand.info.term_number == "singular"
    one = singular or (at < len(prev) and key_of(prev[at].text) == "een")
    return one and _quoted(text, cand) and bool(_RECRUITED.intersection(following))


def _quoted(text: str, cand: Candidate) -> bool:
    """Whether the noun stands inside quotes that open shortly before it in its sentence."""
    window = text[max(0, cand.start - 40) : cand.start]
    window = window[max(window.rfind(". "), window.rfind("\n")) + 1 :]
    opened = max(window.rfind(q) for q in "‘'\"“")
    return opened != -1 and not any(q in window[opened + 1 :] for q in "’'\"”")


_ASKED: Final = wordset("vroeg vroegen vraagt vragen vraag")
_QUESTION_WORDS: Final = wordset("hoe of wat waarom wie welke wanneer waar naar")
_RECRUITED: Final = wordset("werven wierf wierven werft geworven")
#: The words a reported request needs, for a chunk's quick test: one of them must be there.
REQUEST_WORDS: Final = _ASKED | _RECRUITED | wordset("vacature")
_CLAUSE_STOP_RE: Final = re.compile(r"[.,;:!?\n]")


def _questions(prev: list[Token], at: int) -> bool:
    """*andere vragen dan aan een man*: *vragen* after a word that opens a noun phrase is the
    noun (questions), not the verb of asking for someone."""
    return (
        key_of(prev[at].text) == "vragen" and at > 0 and key_of(prev[at - 1].text) in _BEFORE_A_NOUN
    )


_BEFORE_A_NOUN: Final = wordset(
    "de die deze andere veel vele alle meer geen enkele sommige welke wat jouw je uw hun "
    "onze zijn haar mijn zulke dezelfde nieuwe"
)


def you_are_the_one(language: str, text: str, cand: Candidate) -> bool:
    """*Ben jij de man die wij zoeken?*, *als jij de juiste man bent voor de job*: the reader
    asked to be a man (or a woman) - the noun right after *de* and perhaps an adjective,
    with *jij/je/u* and *ben/bent* just before."""
    if language != "nl":
        return False
    words = [key_of(t.text) for t in before(text, cand.start, 60)[-5:]]
    if not words:
        return False
    at = len(words) - 1
    if at > 0 and words[at].endswith("e") and words[at] != "de":
        at -= 1  # "de juiste man", "de handige man": one inflected adjective
    if words[at] != "de":
        return False
    rest = set(words[:at])
    later = [key_of(t.text) for t in after(text, cand.end, 60)]
    if not (rest & _YOU and (rest | set(later)) & YOU_ARE):
        return False
    # the job is what it is about: "die wij zoeken", "die ons team komt versterken", "voor
    # de job", "de juiste man"
    if words[len(words) - 1] in _ONE_OF_A_KIND or set(later) & (SEARCH_VERBS["nl"] | _JOINING):
        return True
    return "voor" in later[:2] and bool(set(later[1:5]) & _JOBS)


_ONE_OF_A_KIND: Final = wordset("juiste ideale perfecte")
_JOBS: Final = wordset("job functie baan vacature rol taak team klus")
_JOINING: Final = wordset("versterken versterkt versterking")
_YOU: Final = wordset("jij je u")
YOU_ARE: Final = wordset("ben bent")


def _last_of_a_list(text: str, cand: Candidate, verbs: frozenset[str]) -> bool:
    """*We zoeken twee koks, drie afwassers en drie dames*: the noun ends a list of numbered
    items after the search verb; every item opens with a number or an article."""
    prev = before(text, cand.start, 240)
    at = next((i for i in range(len(prev) - 1, -1, -1) if key_of(prev[i].text) in verbs), None)
    if at is None:
        return False
    items = re.split(r",| en | of ", text[prev[at].end : cand.start])
    return len(items) > 1 and all(
        (first := item.split()[:1]) and (first[0].isdigit() or key_of(first[0]) in _COUNTS)
        for item in items
    )


_COUNTS: Final = wordset(
    "een twee drie vier vijf zes zeven acht negen tien elf twaalf enkele meerdere diverse "
    "a an two three four five several"
)


def preferred(language: str, text: str, cand: Candidate) -> bool:
    """*Sterke man met rijbewijs B heeft de voorkeur*: the noun opens its sentence, with only
    adjectives or an article before it, and the sentence says it is preferred."""
    if language != "nl":
        return False
    prev = before(text, cand.start, 60)
    if any(key_of(token.text) not in BETWEEN_OK for token in prev):
        return False
    rest = [key_of(token.text) for token in after(text, cand.end, 120)]
    return "voorkeur" in rest and any(w in PREFERENCE_VERBS for w in rest)


PREFERENCE_VERBS: Final = wordset("heeft hebben geniet genieten krijgt krijgen")
#: "Jongens die graag sleutelen …: meld je aan!": men or boys addressed as the target group.
TARGET_GROUP: Final = wordset("jongens heren mannen kerels gasten")
_ADDRESS: Final = wordset("je jij jou jouw jullie meld kom solliciteer reageer")


def addresses_reader(text: str, cand: Candidate) -> bool:
    """*Heren, zin in een uitdaging?*, *Hé jongens!*, *Jongens die graag sleutelen: meld je
    aan!*: the noun addresses the target group."""
    following = text[cand.end : cand.end + 2].lstrip(" ")
    near = text[max(0, cand.start - 60) : cand.start].lower()
    if (
        (not following or following[0] not in ",!?")
        and key_of(cand.surface) not in TARGET_GROUP
        and SOFT_HYPHEN not in near  # it hides a word from this look, not from the tests
        and not any(mark in near for mark in _MARKS)
    ):
        return False  # the usual case: none of the words the tests below need is near
    if _opens_an_appeal(text, cand) or _reader_as(text, cand) or _reader_is(text, cand):
        return True
    if not following or following[0] not in ",!?":
        return False
    if text[max(0, cand.start - 3) : cand.start].rstrip(" ")[-1:] in _OPENING_QUOTES:
        # 'Ik zei: “Jongen, we moeten …”': someone in the story is spoken to; not a slogan
        # that recruits ('„Heren, wij zoeken u!” Met die slogan …')
        quoted = text[cand.end : cand.end + 80].lower()
        return _RECRUITING_RE.search(quoted) is not None
    prev = before(text, cand.start, 30)
    return not prev or key_of(prev[-1].text) in GREETINGS


#: What :func:`_reader_as` and :func:`_reader_is` need before the noun (*als*, *ben*, *bent*,
#: *word*, *wordt*, *vacature*), as parts of words: a quick test that none is there.
_MARKS: Final = ("als", "ben", "word", "vacature")
_RECRUITING_RE: Final = re.compile(
    r"\b(?:zoeken|zoekt|gezocht|solliciteer|meld je|kom (?:bij|werken)|word|werken bij)\b"
)
_OPENING_QUOTES: Final = frozenset("“„‘\"'«")


def _reader_as(text: str, cand: Candidate) -> bool:
    """*Als studente kun je bij ons stage lopen*: the reader taken to be one sex. Not *Ook als
    vrouw kun je …* (a stereotype of its own) or *als man of vrouw*."""
    prev = before(text, cand.start, 20)
    if not prev or key_of(prev[-1].text) != "als":
        return False
    if len(prev) > 1 and key_of(prev[-2].text) in ("ook", "zelfs"):
        return False
    nxt = [key_of(t.text) for t in after(text, cand.end, 30, count=3)]
    return len(nxt) >= 2 and nxt[0] in _YOU_VERBS and nxt[1] in _YOU


_YOU_VERBS: Final = wordset("kun kan ben bent heb hebt wil moet mag krijg krijgt ga word")


def _reader_is(text: str, cand: Candidate) -> bool:
    """*Ben jij een creatieve schrijfster?*, *Word jij onze nieuwe studente?*, *Vacature:
    schrijfster*: the reader asked to be one, or a job offered as one."""
    if _OFFERED_RE.search(text, max(0, cand.start - 14), cand.start):
        return True
    words = [key_of(t.text) for t in before(text, cand.start, 50)[-5:]]
    for i, word in enumerate(words):
        if word in _BECOME_YOU and i + 1 < len(words) and words[i + 1] in _YOU:
            between = words[i + 2 :]  # "Ben jij een creatieve …": articles and adjectives
            return all(w in _NOUN_PHRASE_OPENERS or w.endswith("e") for w in between)
    return False


_OFFERED_RE: Final = re.compile(r"vacature\s*:\s*$", re.IGNORECASE)
_BECOME_YOU: Final = wordset("ben bent word wordt")
_NOUN_PHRASE_OPENERS: Final = wordset("een de onze mijn jouw ons echt echte ook al")


def _opens_an_appeal(text: str, cand: Candidate) -> bool:
    """A plural noun for men opening its sentence with *die*, in a sentence that speaks to
    the reader: *Jongens die graag sleutelen aan auto's: meld je aan!* (not *Mannen die in
    de techniek werken, verdienen meer*)."""
    if key_of(cand.surface) not in TARGET_GROUP or not is_sentence_start(text, cand.start):
        return False
    nxt = after(text, cand.end, 20, count=1)
    if not nxt or key_of(nxt[0].text) != "die":
        return False
    stop = _APPEAL_END_RE.search(text, cand.end)
    clause = text[cand.end : stop.start() if stop else len(text)]
    return any(key_of(w) in _ADDRESS for w in WORD_RE.findall(clause))


_APPEAL_END_RE: Final = re.compile(r"[.!?\n]")


class Asking(NamedTuple):
    """Which tests for a request for one sex (:func:`searched_for`, :func:`preferred`,
    :func:`you_are_the_one`, :func:`reported_request`) may find one: each needs a word."""

    searching: bool = True  # a search verb: "zoeken"
    preferring: bool = True  # "voorkeur"
    being: bool = True  # "ben/bent": "Ben jij de man …"
    reported: bool = True  # "vacature", "werven", "vroeg": a reported request


ANY_ASKING: Final = Asking()  # words unknown: every test may apply


def asking_words(language: str, distinct: AbstractSet[str] | None) -> Asking:
    """The tests a chunk with these ``distinct`` words (``None``: unknown) can satisfy."""
    if distinct is None:
        return ANY_ASKING
    return Asking(
        searching=not distinct.isdisjoint(SEARCH_VERBS.get(language, frozenset())),
        preferring="voorkeur" in distinct,
        being=not distinct.isdisjoint(YOU_ARE),
        reported=not distinct.isdisjoint(REQUEST_WORDS),
    )


def asking_near(language: str, text: str, cand: Candidate, asking: Asking) -> Asking:
    """``asking`` narrowed to the text around the noun, as far as the tests look (240
    characters before it, 120 after): a report about girls in technology has *meisjes* in
    every other sentence and a search verb somewhere in each chunk. A word found inside
    another (*ben* in *benen*) only lets a test run that finds nothing."""
    window = text[max(0, cand.start - 250) : cand.end + 130].lower()
    if SOFT_HYPHEN in window:
        return asking  # a soft hyphen inside a word hides it from this look, not the tests
    return Asking(
        searching=asking.searching and any(v in window for v in _VERB_LOOKS.get(language, ())),
        preferring=asking.preferring and "voorkeur" in window,
        being=asking.being and "ben" in window,  # ben, bent
        reported=asking.reported and any(word in window for word in _REQUEST_LOOKS),
    )


_VERB_LOOKS: Final = {language: tuple(sorted(verbs)) for language, verbs in SEARCH_VERBS.items()}
_REQUEST_LOOKS: Final = tuple(sorted(REQUEST_WORDS))
