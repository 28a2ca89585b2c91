"""Profiles: a noun that stands for the one person a profile or portrait is about, though no
name stands right next to it (*De 19-jarige Miguel … De jonge timmerman*, *Ruud is boswachter.
De boswachter …*, a headline over *Nadia Zijlstra (26) is …*). Both the gendered-term and the
generic-masculine rule leave such a noun alone."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.context import before
from anderebril.textscan.first_names import FIRST_NAMES
from anderebril.textscan.matching import lowered
from anderebril.textscan.names import AGED_NAME_RE, FIRM_WORDS, whole_words
from anderebril.textscan.people import names_a_person
from anderebril.textscan.tokenize import Token, is_sentence_start, key_of, wordset


def portrayed(text: str, start: int, end: int) -> bool:
    """Whether the singular noun at ``start:end`` stands for the person a profile portrays,
    by age (:func:`_aged_anaphor`) or by what they were said to be (:func:`_named_before`)."""
    prev = before(text, start, 60)
    if not prev:
        return _portrait_heading(text, start, end)
    if (
        len(prev) <= 3
        and "\n" in text[max(0, prev[0].start - 1) : prev[0].start + 1]
        and _portrait_heading(text, start, end)
    ):
        return True  # "Moos Dekker / Voorman - Timmerman": the second title on the line
    return (
        _aged_anaphor(text, start, prev)
        or _named_before(text, start, end, prev)
        or _this_one(text, start, prev)
    )


def _this_one(text: str, start: int, prev: list[Token]) -> bool:
    """*… is de hoedenontwerper Dirk Jan Kortschot. Deze moderne ambachtsman …*: *deze* or
    *die* (and adjectives) opening a sentence right after someone was named in full points
    back to them."""
    at = len(prev) - 1
    while at > 0 and _ADJECTIVE_RE.fullmatch(key_of(prev[at].text)):
        at -= 1
    if key_of(prev[at].text) not in ("deze", "die") or at != 0:
        return False
    opener = prev[0].start
    if not is_sentence_start(text, opener):
        return False
    # someone named in full in the sentence just before, at its end or before a comma or an
    # age ("… is de hoedenontwerper Dirk Jan Kortschot.", "door Ahmed Yilmaz.", "met Henk
    # Jansen (54).", "Piet de Groot, eigenaar van …"); not a place, a firm or a contact
    # ("in Den Haag", "van Albert Heijn", "Neem contact op met Petra Jansen.")
    last = text[max(0, opener - 200) : opener].rstrip(" \t\r\n\"'’”")
    if not last.endswith("."):
        return False
    sentence = last[max(last.rfind(". ", 0, len(last) - 1), last.rfind("\n")) + 1 :]
    return any(_named_there(sentence, name) for name in _NAME_BEFORE_RE.finditer(sentence))


def _named_there(sentence: str, name: re.Match[str]) -> bool:
    head = sentence[: name.start()].split()
    if not head or head[-1][-1:] in ".!?:":
        return False  # the name opens its sentence: perhaps only a capitalised opener
    before = head[-1].lower()
    if before in _NOT_A_PERSON_AFTER or (before == "met" and "contact" in sentence.lower()):
        return False
    first = name[1].split()[0].lower()
    return first not in _PLACE_STARTS and not first.endswith(FIRM_WORDS)


#: Prepositions after which two capitalised words are a place or a firm: "in Den Haag".
_NOT_A_PERSON_AFTER: Final = wordset("in uit bij van op aan te richting naast nabij")


#: First words of place names that look like a first name and surname: "Den Haag".
_PLACE_STARTS: Final = wordset("den nieuw oud sint groot klein oost west noord zuid van")


#: First words of a shop's name: "Kapsalon Sanne", "Bakkerij Visser".
_SHOP_WORDS: Final = ("salon", "kapsalon", "bakkerij", "slagerij", "garage", "winkel", "atelier")


def _portrait_heading(text: str, start: int, end: int) -> bool:
    """*Kapster met een visie* as a heading over *Nadia Zijlstra (26) is …*: a noun that opens
    a short line without a sentence end, with the next line opening on someone named with
    their age, is the headline of that person's profile; so is such a line right under a
    line that holds only a full name (*Moos Dekker* over *Voorman - Timmerman*)."""
    line_start = text.rfind("\n", max(0, start - 47), start) + 1
    if line_start == 0 and start > 47:
        return False  # no line break just before: not the start of a line
    opener = text[line_start:start].lstrip(" \t#*>-–•")
    if opener and not _TITLES_BEFORE_RE.fullmatch(opener):
        return False  # "Voorman - Timmerman": another title before it on the line may stand
    line_end = text.find("\n", end, start + 62)
    if line_end == -1 or line_end - start > 60 or text[start:line_end].rstrip()[-1:] in ".!?:;,":
        return False
    rest = text[line_end : line_end + 200].lstrip()
    if _AGED_SUBJECT_RE.match(rest) is not None:
        return True
    named = _NAMED_SUBJECT_RE.match(rest)
    if (
        named is not None
        and key_of(named[1]) in FIRST_NAMES
        and named[2] not in _RECRUITING_VERBS
        and _WANTED_RE.search(text, start, line_end) is None
    ):
        return True  # "Vakbondsman / Hans Crombeen werkt inmiddels 28 jaar bij de FNV."
    # "Moos Dekker / Voorman - Timmerman / “Ik heb …”": the job title on the line under a name
    # alone, over a text in the first person (not "Bouwbedrijf Jansen / Timmerman / Wij …")
    above = text[max(0, line_start - 80) : line_start].rstrip()
    name_line = above[above.rfind("\n") + 1 :].strip(" \t#*>")
    if _NAME_LINE_RE.fullmatch(name_line) is None:
        return False
    if name_line.split()[0].lower().endswith(FIRM_WORDS + _SHOP_WORDS):
        return False  # "Installatiebedrijf Smit", "Kapsalon Sanne": a firm, not a person
    return _FIRST_PERSON_RE.search(text, line_end, line_end + 400) is not None


def _aged_anaphor(text: str, start: int, prev: list[Token]) -> bool:
    """Whether a singular noun points back to the person a profile is about: *De 19-jarige
    Miguel Heus … De jonge timmerman begrijpt …*, *zegt Marina Guldemond (53), al 36 jaar
    werkzaam als secretaresse*. The person is someone named with their age (*de 46-jarige
    Anje*, *Marina (53)*) shortly before; the noun is *de* with one or two adjectives (a bare
    *de timmerman* in a profile is as often the trade in general), or *als* in the sentence
    that names them."""
    if key_of(prev[-1].text) == "als":
        named = _last_aged_name(text, start)  # "Marina (53), al 36 jaar werkzaam als …"
        # in the same clause, however long ("Als de Groningse Yvonne (37) op haar achttiende
        # in Amsterdam aan de slag gaat als …"); not past a quote or colon ("Yvonne (37): 'Als
        # kapster …'")
        return named is not None and (
            named >= prev[0].start or _CLAUSE_BREAK_RE.search(text, named, start) is None
        )
    words = [key_of(t.text) for t in prev[-4:]]
    for i in range(len(words) - 1, -1, -1):
        if words[i] == "de":  # "de jonge timmerman"; a bare "de timmerman" is often the trade
            described = i < len(words) - 1 and all(_of_age(w) for w in words[i + 1 :])
            return described and _last_aged_name(text, start) is not None
        if not _of_age(words[i]):
            return False
    return False


def _named_before(text: str, start: int, end: int, prev: list[Token]) -> bool:
    """*Ruud de Vries (52) is al dertig jaar boswachter. De boswachter kent elk pad …*: *de*
    and a noun that was said of a named person shortly before point back to that person."""
    if key_of(prev[-1].text) != "de":
        return False
    reach = max(0, start - _PROFILE_REACH)
    lo = max(0, reach - 1)  # one character more, to see whether a match there starts a word
    # lowered() keeps every character in place (str.lower turns "İ" into two), so offsets
    # in the window are offsets in the text
    window = lowered(text[lo:start])
    word = lowered(text[start:end])
    for at in whole_words(window, word, reach - lo):
        begin, finish = lo + at, lo + at + len(word)
        # What a person is comes without "de" (is boswachter, werkt als een …): an earlier
        # "de <noun>" is the same phrase again, and need not be judged once more.
        bare = window[max(0, at - 3) : at] != "de "
        said = any(link in window[max(0, at - 30) : at] for link in _LINKS)
        if (
            bare
            and said
            and not _in_a_question(text, finish)
            and names_a_person(text, begin, finish, text[begin:finish], False)
        ):
            return True
    return False


def _in_a_question(text: str, end: int) -> bool:
    """Whether the sentence that goes on at ``end`` is a question: *Welke plichten heb ik als
    werknemer?* is the reader's question in an FAQ, not someone portrayed."""
    stop = _SENTENCE_STOP_RE.search(text, end, end + 200)
    return stop is not None and stop[0] == "?"


_SENTENCE_STOP_RE: Final = re.compile(r"[!?\n]|\.(?=\s|$)")  # not "9.00", "bijv.x"


#: What stands before a noun that says what someone is: "is al dertig jaar boswachter",
#: "Anje Belterman, secretaresse".
_LINKS: Final = (
    " is ", " was ", " als ", " werd ", " wordt ", " bleef ", " blijft ", " ben ", ", ",
)  # fmt: skip


def _last_aged_name(text: str, start: int) -> int | None:
    """Where the last person named with their age in the ``_PROFILE_REACH`` before ``start``
    is named, if anyone is."""
    window_start = max(0, start - _PROFILE_REACH)
    segment = text[window_start:start]
    if "(" not in segment and "jarige" not in segment:
        return None  # no age written anywhere near: the regex need not run
    last = None
    for last in AGED_NAME_RE.finditer(text, window_start, start):  # noqa: B007
        pass
    return last.start() if last is not None else None


def _of_age(word: str) -> bool:
    """*jonge*, *oudere*, *20-jarige* (the number is a token of its own): words for the age of
    the one portrayed. Not *de moderne vakman*, *de nieuwe vakman van morgen*: the trade."""
    return word in _AGE_WORDS or word.isdigit()


_AGE_WORDS: Final = wordset("jonge jongere oude oudere jarige kersverse")


#: A paragraph that opens on someone's full name and a verb: *Hans Crombeen werkt …*.
_NAMED_SUBJECT_RE: Final = re.compile(
    r"([A-Z][a-zà-ÿ]+) (?:(?:van|de|der|den|ter|ten|van de|van der) )?[A-Z][a-zà-ÿ]+ ([a-z]+)\b"
)
#: Not a portrait but a vacancy: *Timmerman gezocht / Peter Smit zoekt per direct …*.
_RECRUITING_VERBS: Final = wordset("zoekt zoeken werft vraagt")
_WANTED_RE: Final = re.compile(r"gezocht|vacature|m/v|v/m", re.IGNORECASE)
_CLAUSE_BREAK_RE: Final = re.compile(r"[.!?:;\n\"“”„‘’]|'(?!s\b)")

#: How far back a profile's person is looked for, in characters.
_PROFILE_REACH: Final = 1_200


#: A line that opens on someone named in full with their age, then a lowercase word: "Nadia
#: Zijlstra (26) is …", "De 58-jarige Henk …".
_AGED_SUBJECT_RE: Final = re.compile(
    r"(?:De |de )?(?:1[5-9]|[2-9]\d)-jarige [A-Z]|[A-Z][a-zà-ÿ]+(?: (?:van |de |der |den )*"
    r"[A-Z][a-zà-ÿ]+){0,2} \((?:1[5-9]|[2-9]\d)\),? [a-zà-ÿ]"  # "(26) is", not "(25) | …"
)
#: An inflected adjective or one in -en: "moderne", "jonge", "ervaren", "gedreven".
_ADJECTIVE_RE: Final = re.compile(r"[a-zà-ÿ]+en?")
#: A first name and a surname (an optional tussenvoegsel; two first names too).
_FULL_NAME_RE: Final = re.compile(
    r"[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?(?: (?:van|de|der|den|ter|ten|van de|van der|van den))?"
    r" [A-Z][a-zà-ÿ]+"
)
#: A full name followed by the end of its sentence, a comma or an age in brackets.
_NAME_BEFORE_RE: Final = re.compile("(" + _FULL_NAME_RE.pattern + r")(?=\.?$|,| \(\d)")
#: Someone speaking of themselves: "Ik", "mijn", "me".
_FIRST_PERSON_RE: Final = re.compile(r"\b(?:[Ii]k|mijn|Mijn|me|mij)\b")
#: Job titles before another on a title line, joined by a dash, slash, comma or *en*:
#: "Voorman - ", "Monteur / ", "Kapper en ".
_TITLES_BEFORE_RE: Final = re.compile(r"(?:[A-Z][a-zà-ÿ]+(?: [a-zà-ÿ]+)?\s*(?:[-–/,&]|\ben\b)\s*)+")
#: A line that is a first name and a surname alone: "Moos Dekker", "Jan van der Berg".
_NAME_LINE_RE: Final = re.compile(
    r"[A-Z][a-zà-ÿ]+(?: (?:van|de|der|den|ter|ten|van de|van der|van den))? [A-Z][a-zà-ÿ]+"
)
