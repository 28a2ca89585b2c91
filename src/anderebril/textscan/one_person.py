"""Small clues that a noun names one known person or group, not anyone in a role: a caption
(*Benno Groot,* / *timmerman bij …*), the writer's own (*mijn begeleidster*), who someone was
(*de ex-kapster*), people named before *zijn* (*Jan en Piet zijn timmermannen*), the speaker's
own job or wish (*dat ik kraamverzorgster wil worden*, *Als voorman zorg ik …*); and *om …
te*, a purpose rather than what the subject is. :mod:`people` asks them."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.context import CLAUSE_END_RE, after
from anderebril.textscan.names import (
    ADDRESS_WITH_INITIALS,
    FIRM_WORDS,
    NAME_PARTICLES,
    PREPOSITIONS,
    looks_like_name,
    named_word,
)
from anderebril.textscan.pronoun_clues import FULL_NAME_RE
from anderebril.textscan.pronoun_grammar import PAST_VERBS
from anderebril.textscan.tokenize import (
    Token,
    is_sentence_start,
    key_of,
    sentence_around,
    tokens_between,
    wordset,
)

#: Words between "is" and the noun that show it is not about the subject: "is op zoek naar".
NOT_BETWEEN: Final = wordset(
    "op zoek naar voor met bij aan van in door looking for with by dat omdat wanneer zodat"
)
#: The reader, addressed.
READER: Final = wordset("je jij u")


def purpose(text: str, between: list[str], end: int) -> bool:
    """*Doel is om secretaresses te laten zien …*: *om … te* after the link is a purpose, not
    what the subject is (*Lisa is om die reden kapster geworden* is)."""
    if "om" not in between:
        return False
    stop = CLAUSE_END_RE.search(text, end, end + 120)
    rest = text[end : stop.start() if stop else end + 120].lower().split()
    return "te" in rest


def caption_name(text: str, start: int) -> bool:
    """A noun opening its line after a line that ends in a name and a comma: a caption or
    byline (*Benno Groot,* / *timmerman bij De Nijs*). Not a firm, a place or a salutation
    (*Bouwbedrijf Jansen,* / *timmerman gezocht*), nor a job line that asks for someone."""
    line = text.rfind("\n", 0, start)
    if line < 1 or text[line + 1 : start].strip():
        return False
    match = _NAME_COMMA_RE.search(text, max(0, line - 60), line)
    if match is None:
        return False
    first = match[0].split()[0].lower()
    if first.endswith(FIRM_WORDS) or first in _NOT_A_PERSON:
        return False
    job_line = text[start : text.find("\n", start) if "\n" in text[start:] else len(text)]
    return _ASKING_RE.search(job_line) is None


#: First words of a name line that is no person: a firm (:data:`names.FIRM_WORDS`, also as a
#: compound's ending: *Bouwbedrijf*), a place, a heading, a salutation.
_NOT_A_PERSON: Final = wordset("vacature locatie beste geachte den sint nieuw oud")
_ASKING_RE: Final = re.compile(r"gezocht|\(m/v|\(v/m|uur per week|vacature", re.IGNORECASE)
_NAME_COMMA_RE: Final = re.compile(
    r"(?:^|\n)[A-Z][a-zà-ÿ]+(?: [a-z]{1,3})*(?: [A-Z][a-zà-ÿ]+)+,[ \t]*$"
)


def the_writers_own(prev: list[Token]) -> bool:
    """*Mijn begeleidster*, *mijn vaste kapster*, *contact op met onze secretaresse*: the
    writer's own is one known person, and so is hers (*haar eigen lerares*); not
    when the reader is asked to become it (*Word jij mijn nieuwe kapster?*, *Wie wordt mijn
    nieuwe secretaresse?*, *Ik zoek mijn nieuwe assistente*). *Onze* only after *met, aan,
    bij* (the one to turn to), not for the one a firm sends or seeks (*Onze vakman komt bij u
    langs*, *bij onze nieuwe gastvrouw*)."""
    words = [key_of(t.text) for t in prev]
    if words[-2:] == ["haar", "eigen"] and not any(w in _EACH for w in words):
        # "Zelfs haar eigen wiskundelerares …": hers; not "Elke vrouw heeft haar eigen …".
        # Not *hun vaste* or *haar vertrouwde*: clients and residents each have theirs, and
        # the noun is anyone in the role ("geholpen door hun vaste schoonmaakster")
        return True
    if any(w in READER for w in words) and any(w in _BECOMING for w in words):
        return False
    at = len(words) - 1
    if at >= 1 and words[at] not in _OWNERS and words[at].endswith("e"):
        at -= 1  # one inflected adjective: "mijn nieuwe"
    if at < 0 or words[at] not in _OWNERS:
        return False
    if words[at] == "onze" and (
        at == 0
        or words[at - 1] not in _ASKED_OF
        or any(w in _TO_COME for w in words[at + 1 :])
        or not any(w.startswith(_CONTACTING) for w in words[: at - 1])
    ):
        # "Onze vakman komt bij u langs", "Als onze nieuwe gastvrouw ben je …", "Wij stellen
        # hoge eisen aan onze vakman": only someone to contact is one known person
        return False
    return at == 0 or words[at - 1] not in _BECOMING


_BECOMING: Final = wordset("word wordt worden zoek zoekt zoeken ben bent is wil")
_EACH: Final = wordset("elke iedere ieder elk alle")
#: The writer's own: *mijn* always, *onze* for one person (the rule is for singular nouns).
_OWNERS: Final = wordset("mijn onze")
_TO_COME: Final = wordset("nieuwe toekomstige")
#: *contact op met onze secretaresse*, *vraag het aan onze kapster*: the one to turn to.
_ASKED_OF: Final = wordset("met aan bij")
_CONTACTING: Final = ("contact", "bel", "mail", "vraag", "terecht", "wend", "meld")


def who_someone_was(text: str, surface: str, prev: list[Token], end: int) -> bool:
    """*de ex-kapster*, *De oprichter en oud-topman van …*: who one person was. Not *Als
    ex-kapster heb je …*, *Ex-verpleegster gezocht* or *een ex-kapster die …* (anyone who
    was one)."""
    words = [key_of(t.text) for t in prev[-3:]]
    if _holds(words[-2:], key_of(surface)):
        return not _WANTED_RE.match(text, end)  # "zijn voormalige medewerkster": one holder
    if not key_of(surface).startswith(("ex-", "oud-")):
        return False
    if _WANTED_RE.match(text, end):
        return False
    if "en" in words[-1:] and len(prev) >= 2:
        # "De oprichter, grootaandeelhouder en oud-topman"; not "zoeken kapsters en oud-kapsters"
        return key_of(prev[0].text) in _SPECIFIC_DETERMINERS and not any(
            key_of(t.text) in _SEARCHING for t in prev
        )
    return bool(words) and words[-1] in _SPECIFIC_DETERMINERS


_WANTED_RE: Final = re.compile(r"\s+gezocht\b", re.IGNORECASE)
#: Who held a post before, or leaves it: *de voormalige directrice* is one person.
_FORMER: Final = wordset("voormalige toenmalige scheidende afgetreden")
#: Who holds it now or held it last: one person with a possessive (*zijn huidige werkgever*)
#: or for an office (*de huidige secretaris*), anyone in a general statement (*De huidige
#: vakman moet digitaal vaardig zijn*, *de vorige monteur noteert …* at a change of shift).
_CURRENT: Final = wordset("huidige vorige")
_OFFICES: Final = wordset(
    "secretaris secretaresse voorzitter voorzitster penningmeester directeur directrice "
    "eigenaar eigenaresse bestuurder burgemeester minister trainer trainster coach beheerder "
    "conciërge president"
)
_POSSESSIVES: Final = wordset("onze mijn zijn haar hun")
_SPECIFIC_DETERMINERS: Final = wordset("de die deze onze mijn zijn haar hun")
_SEARCHING: Final = wordset("zoeken zoekt zoek gezocht")


def named_group(text: str, prev: list[Token], end: int, *, plural: bool) -> bool:
    """*Vader en zoon Van Dijk zijn timmermannen.*, *Anna en Fatima zijn (allebei)
    leraressen.*: a plural that ends the clause says what the people named before *zijn* or
    *waren* are. Not *Bij Jansen zijn timmermannen altijd welkom* (the noun is the subject).
    *De twee zijn leerling-timmerman bij …*: the people counted before were named earlier."""
    link = next(
        (i for i in range(len(prev) - 1, max(-1, len(prev) - 6), -1)
         if key_of(prev[i].text) in _PLURAL_LINKS),
        None,
    )  # fmt: skip
    if link is not None and _just_after(prev, link) and _counted_subject(text, prev[:link]):
        return True  # "De twee zijn (ervaren) timmerman", "Anna en Fatima zijn allebei kapster"
    if not plural or text[end : end + 1] not in (".", "!", "?", ",", ";", "\n", ""):
        return False
    if not link or any(key_of(t.text) in NOT_BETWEEN for t in prev[link + 1 :]):
        return False
    for i, token in enumerate(prev[:link]):
        word = key_of(token.text)
        if word not in PREPOSITIONS and word != "volgens":
            continue
        named = token.text[:1].isupper() or (i > 0 and prev[i - 1].text[:1].isupper())
        if i > 0 and named and word in NAME_PARTICLES:
            continue  # "Jan van Dijk", "zoon Van Dijk": part of a name
        return False  # "De monteurs van Eneco zijn vakmannen": a company, not the people
    return named_word(text, prev[link - 1])  # "Jan en Piet zijn", "zoon Van Dijk zijn"


_PLURAL_LINKS: Final = wordset("zijn waren worden werden blijven bleven")


def _just_after(prev: list[Token], link: int) -> bool:
    """Whether the noun follows the link at once, or after *allebei*/*beiden* or one
    adjective (*zijn allebei kapster*, *zijn ervaren timmerman*)."""
    between = [key_of(t.text) for t in prev[link + 1 :]]
    if len(between) > 2 or any(word in NOT_BETWEEN for word in between):
        return False
    return all(word in _COUNTED or word.endswith(("en", "e")) for word in between)


def _counted_subject(text: str, subject: list[Token]) -> bool:
    """*De twee*, *Beiden*, *Ze allebei* after two names in the sentences before, or names
    joined by *en* (*Anna en Fatima*): people counted, so named. Not *Wij zoeken twee
    collega's. Beiden zijn vakman …* (a vacancy counts the people it wants)."""
    words = [key_of(t.text) for t in subject]
    if (
        len(words) >= 3
        and words[-2] == "en"
        and named_word(text, subject[-1])
        and looks_like_name(text, subject[-3])
    ):
        return True
    counted = words in (["beiden"], ["allebei"], ["ze", "allebei"], ["zij", "allebei"]) or (
        len(words) == 2 and words[0] in ("de", "deze", "die") and words[1] in _COUNTS
    )
    if not counted:
        return False
    start = subject[0].start
    earlier = tokens_between(text, max(0, start - 250), start)
    return sum(1 for t in earlier if named_word(text, t)) >= 2


_COUNTS: Final = wordset("twee drie vier beide")
_COUNTED: Final = wordset("allebei beiden alle")


def as_role_of_named(text: str, prev: list[Token], end: int) -> bool:
    """*Dertig jaar lang was Tonny van Bergen het gezicht van de afdeling. Als secretaresse
    was ze …*: the noun after *Als* opening a sentence, then a past verb and *ze*, *zij* or *hij*,
    soon after a full name, is what that person was. Not *Als secretaresse ben je …* (the
    reader) or a dossier's *Als vakman werkt hij …* (no one named)."""
    if len(prev) != 1 or key_of(prev[0].text) != "als":
        return False
    verb = _VERB_AND_PRONOUN_RE.match(text, end)
    if verb is None or verb[1] not in PAST_VERBS:
        return False  # "Als kapster moet ze ook kunnen ondernemen": a rule, even after a name
    return FULL_NAME_RE.search(text, max(0, prev[0].start - 400), prev[0].start) is not None


_VERB_AND_PRONOUN_RE: Final = re.compile(r"[ \t]+([a-zà-ÿ]+)[ \t]+(?:ze|zij|hij)\b")


def title_after_name(text: str, start: int) -> bool:
    """*Paulien van 't Westeinde (projectleidster BTZ)*, *mw. K. de Jong (wijkverpleegster)*:
    the noun opens brackets right after someone's name, as news and captions write a
    person's job."""
    if text[max(0, start - 2) : start] != " (":
        return False  # the usual case, told without a regex
    return _NAME_AND_BRACKET_RE.search(text, max(0, start - 60), start) is not None


#: A first name or a form of address with initials, perhaps particles, a surname: "Paulien
#: van 't Westeinde", "mw. K. de Jong", "dhr. J. den Hartog".
_NAME_RE_TEXT: Final = (
    r"(?:\b[A-Z][a-zà-ÿ]+ |\b" + ADDRESS_WITH_INITIALS + ")"
    r"(?:(?:van|de|der|den|ter|ten|'t|’t|van de|van der|van den|van 't|v\.d\.) )?"
    r"[A-Z][a-zà-ÿ'’-]+"
)
_NAME_AND_BRACKET_RE: Final = re.compile(_NAME_RE_TEXT + r" \(\Z")
#: "ben ik (ook nog steeds)": the speaker, inverted after a fronted word.
_AM_I_RE: Final = re.compile(r"\b(?:ben|was|werd|blijf|bleef) ik\b")


def counted_group(text: str, start: int) -> bool:
    """*Bij de drie nagelstylistes komen …*, *de twee kapsters van de salon*: *de* and a
    number before a plural counts a group in view, not a trade in general."""
    if _COUNTED_RE.search(text, max(0, start - 30), start) is None:
        return False
    return not _sought(text, start)  # not "Wij zoeken de twee beste kapsters"


_COUNTED_RE: Final = re.compile(
    r"\bde\s+(?:twee|drie|vier|vijf|zes|zeven|acht)\s+(?:[^\W\d_]+\s+)?\Z", re.I
)


def aged_one(text: str, start: int) -> bool:
    """*een 26-jarige barman*, *de 57-jarige timmerman*: news gives the age of one person; a
    role in general has none (*vanaf 16 jaar* is said otherwise)."""
    match = _AGED_ONE_RE.search(text, max(0, start - 30), start)
    if match is None:
        return False
    if match[1].lower() == "een" and is_sentence_start(text, match.start()):
        return False  # "Een 19-jarige leerling mag …": a rule for anyone of that age
    head = text[max(0, match.start() - 40) : match.start()].lower().split()
    if head[-1:] and head[-1] in _FOR_AGES:
        return False  # "Voor de 16-jarige leerling-timmerman telt …": a rule again
    return not _sought(text, start)  # not "Wij zoeken een 16-jarige hulpkapster"


_FOR_AGES: Final = wordset("voor als elke iedere per")


def _sought(text: str, start: int) -> bool:
    """Whether the sentence around ``start`` asks for people: then its counted or aged
    nouns are the ones wanted, not people in view."""
    lo, hi = sentence_around(text, start, start + 1, 200)
    words = {w.strip(",.;:!?()'\"") for w in text[lo:hi].lower().split()}
    return not words.isdisjoint(_SEEKING)


_SEEKING: Final = wordset("zoeken zoekt zoek gezocht vacature vacatures solliciteer solliciteren")
_AGED_ONE_RE: Final = re.compile(r"\b(een|de)\s+\d{1,2}-jarige\s+(?:[^\W\d_]+\s+)?\Z", re.I)


def posing_as(text: str, start: int) -> bool:
    """*Het drietal deed zich voor als politieman*: someone posing as one is no role."""
    return _POSING_RE.search(text, max(0, start - 60), start) is not None


_POSING_RE: Final = re.compile(
    r"(?:\b(?:doe|doet|doen|deed|deden)\s+zich\s+(?:\w+\s+)?voor|\bzich\s+voor(?:doen|deed|deden))"
    r"\s+als\s+(?:\w+\s+)?\Z",
    re.IGNORECASE,
)


def staff_of_a_named_firm(text: str, prev: list[Token], end: int) -> bool:
    """*de kapsters van Salon Laura*: the people who work at one named place, in a sentence
    that does not recruit (*Word een van de vakmannen van Bouwbedrijf Smit* asks anyone)."""
    if not prev or key_of(prev[-1].text) != "de":
        return False
    # "de medewerksters van huisarts M.P.J. Bruijnzeel": one practice's staff
    titled = _OF_A_TITLED_NAME_RE.match(text, end) is not None
    match = _OF_A_NAME_RE.match(text, end)
    if not titled and (match is None or not key_of(match[1]).endswith(_FIRM_HEADS)):
        return False  # "de verpleegsters van Amsterdam", "de vakmannen van Limburg": anyone
    lo = max(0, prev[0].start - 200)  # this sentence and the one before
    hi = CLAUSE_END_RE.search(text, end, end + 200)
    words = {key_of(t.text) for t in tokens_between(text, lo, hi.start() if hi else end + 200)}
    return words.isdisjoint(_RECRUITING)


_OF_A_NAME_RE: Final = re.compile(r" van ([A-Z][\w'’-]*)")
#: *van huisarts M.P.J. Bruijnzeel*, *van dokter Schoot*: one person's practice.
_OF_A_TITLED_NAME_RE: Final = re.compile(
    r" van (?:huisarts|dokter|tandarts|notaris|advocaat|fysiotherapeut|dierenarts|meneer|mevrouw)"
    r" (?:[A-Z]\.)*\s?[A-Z][\w'’-]+"
)
#: The names of places of work that name one firm: *Salon Laura*, *Bouwbedrijf Smit*.
_FIRM_HEADS: Final = (
    "salon", "kapsalon", "bedrijf", "garage", "bakkerij", "restaurant", "hotel", "kazerne",
    "ziekenhuis", "winkel", "zaak", "studio", "praktijk", "kliniek", "groep", "bouw",
)  # fmt: skip
_RECRUITING: Final = wordset(
    "je jij u jou jouw zoeken zoekt zoek gezocht vacature vacatures solliciteer word wordt "
    "worden versterken versterkt kom collega slag verwelkomen"
)


def first_person_as(text: str, prev: list[Token], end: int) -> bool:
    """*Als voorman zorg ik …*: *als* + the noun opening the sentence, then a verb and *ik*
    (one more word may come between: *Als vakman stucadoor ben ik …*)."""
    if len(prev) != 1 or key_of(prev[0].text) != "als":
        return False
    # "Als voorman zorg ik …", "Als vakman stucadoor ben ik …": ik after the verb
    following = [key_of(t.text) for t in after(text, end, 40, count=3)]
    return not _FIRST_PERSON.isdisjoint(following[1:3])


_FIRST_PERSON: Final = wordset("ik we wij")


def speakers_own(text: str, prev: list[Token], end: int) -> bool:
    """The speaker's own job or wish: *heb ik twintig jaar gewerkt als opperman*, *dat ik
    kraamverzorgster wil worden*, *ik moest timmerman of elektricien worden*,
    *Kraamverzorgster worden is altijd mijn droom geweest*. Not when the reader is addressed
    (*Als je timmerman wilt worden, …*)."""
    words = [key_of(t.text) for t in prev]
    if (
        "ik" not in words
        and not (words[-1:] == ["als"] and "mijn" in words)  # "In mijn jaren als voorman"
        and (words or not _WORDEN_NEXT_RE.match(text, end))
    ):
        return False  # the cheap tests first: this runs for every gendered term
    if READER & {*words}:
        return False
    if words[-1:] == ["als"]:
        return True  # "heb ik twintig jaar gewerkt als opperman"
    if words[-2:] == ["ik", "een"] and (
        len(prev) == 2 or "," in text[prev[-3].end : prev[-2].start]
    ):
        return True  # "Wie had dat gedacht, ik een stewardess."; not "Heb ik een kapster …"
    if "ik" in words and _AM_I_RE.search(" ".join(words[-7:])):
        return True  # "Daarnaast ben ik ook nog steeds politieman"
    following = [key_of(t.text) for t in _after(text, end)]
    becoming = bool(_BECOMING_WORDS & {*following[:6]})  # "ik timmerman of kapper … word"
    if becoming and "ik" in words[-3:]:
        return True  # "dat ik kraamverzorgster wil worden"; not "Ik denk dat jongens eerder …"
    if (
        becoming
        and len(words) >= 3
        and words[-1] == "om"
        and words[-3] in _MY
        and words[-2] in _INTENTIONS
    ):
        return True  # "Ik blijf bij mijn plan om kleuterleidster … te worden"
    return not words and becoming and bool(_MY & {*following})


def _after(text: str, end: int) -> list[Token]:
    stop = CLAUSE_END_RE.search(text, end, end + 120)
    return tokens_between(text, end, stop.start() if stop else min(len(text), end + 120))


_BECOMING_WORDS: Final = wordset("worden werd word")
_WORDEN_NEXT_RE: Final = re.compile(r"\s+worden\b", re.IGNORECASE)
_MY: Final = wordset("mijn m'n ik")
#: What one means to do: *mijn plan om … te worden*; not *mijn leerlingen om …*.
_INTENTIONS: Final = wordset("plan plannen besluit droom wens doel keuze ambitie motivatie idee")


def inverted_name_as(text: str, prev: list[Token], link: int) -> bool:
    """A name right after a verb, and *als* before the noun: *begon Marco als timmerman*,
    *besloot Manders zeven jaar geleden als ambulant kapster …*, *startte Alyssa een zaak op
    in bijberoep als kapster*: the inverted subject is what the noun says. Words may stand
    between the name and *als* when the verb is a verb of starting or working or in the past,
    and one word (an adjective) between *als* and the noun. Not *zoekt Heijmans als werkgever
    een vakman* (the noun does not follow *als*), *leidt Bouwmensen als leerbedrijf …* or *zei
    Jan dat het werk als kapster …* (a new clause)."""
    if link < 2 or len(prev) - 1 - link > 1 or key_of(prev[link].text) != "als":
        return False
    if link < len(prev) - 1:
        between = key_of(prev[-1].text)  # "als werkgever (een) vakman": no adjective
        if between in _NOT_ADJECTIVES or not _AS_ADJECTIVE_RE.fullmatch(between):
            return False
    for at in range(link - 1, max(0, link - 9), -1):
        word = key_of(prev[at].text)
        if word in _CLAUSE_OPENERS or word in _PEOPLE:
            return False  # "zocht Heijmans … nieuwe collega's als allround timmerman"
        if not looks_like_name(text, prev[at]):
            continue
        verb = key_of(prev[at - 1].text)
        if verb in _RECRUITING_VERBS:
            return False
        if verb not in _CAREER_VERBS and (at == link - 1 or verb not in PAST_VERBS):
            return False
        return not any(c in text[prev[at].end : prev[link].start] for c in _CLAUSE_MARKS)
    return False


#: Words that open a clause of its own between a name and *als*: *zei Jan dat het werk als …*.
_CLAUSE_OPENERS: Final = wordset(
    "dat die wat omdat wanneer zodat als en of maar want om te hij zij ze ik je jij we wij"
)
#: People the verb's object may be, whom *als* then describes: *zocht … collega's als …*.
_PEOPLE: Final = wordset(
    "collega collega's mensen personeel medewerkers vakmensen kandidaten jongeren leerlingen "
    "studenten stagiairs krachten"
)
_RECRUITING_VERBS: Final = wordset("zocht zoekt zochten werft wierf vroeg vraagt nam neemt")
_CLAUSE_MARKS: Final = ',;:()"“”‘’–—'
_NOT_ADJECTIVES: Final = wordset("de het een die dat deze dit onze hun zijn haar mijn jouw")
#: An adjective between *als* and the noun: *als ambulant kapster*, *als zelfstandig …*.
_AS_ADJECTIVE_RE: Final = re.compile(
    r"[a-zà-ÿ]+(?:e|ig|isch|lijk|baar|ant|ent|ief|aal|eel|en)|allround|freelance|zzp|"
    r"parttime|fulltime|jong|oud|nieuw|echt|goed"
)


#: Verbs before a name and *als*: what someone started, worked or ended as.
_CAREER_VERBS: Final = wordset(
    "begon begint startte start werkte werkt werd wordt bleef blijft stopte stopt vertrok"
)


def married_to(prev: list[Token]) -> bool:
    """*getrouwd met een verpleegster*, *trouwde met de kapper*: someone's spouse."""
    words = [key_of(t.text) for t in prev[-4:]]
    if words[-1:] in (["een"], ["de"]):
        words.pop()
    return len(words) >= 2 and words[-1] == "met" and words[-2] in _MARRIED


_MARRIED: Final = wordset("getrouwd trouwde trouwden trouwt gehuwd huwde samenwonend")


def held_now_or_before(text: str, start: int, noun: str) -> bool:
    """*de huidige secretaris*, *zijn voormalige medewerkster*: the one who holds or held the
    post, for the noun (lowercase) at ``start``."""
    return _holds(_two_before(text, start), noun)


def someone_new_in_office(text: str, start: int, noun: str) -> bool:
    """*De huidige secretaris heeft aangegeven dat hij stopt*: with an article (not a
    possessive: *zijn huidige werkgever* keeps the owner in view), one holder of the post
    comes into view, and a pronoun after it is that person's."""
    words = _two_before(text, start)
    return bool(words) and words[0] in _ARTICLES_OF_ONE and _holds(words, noun)


def _two_before(text: str, start: int) -> list[str]:
    return text[max(0, start - 30) : start].lower().split()[-2:]


def _holds(words: list[str], noun: str) -> bool:
    """Whether a determiner and a modifier (``words``) make ``noun`` the one holding the post
    now or before it: a former holder always, a current one with a possessive or in an
    office."""
    if len(words) < 2 or words[0] not in _SPECIFIC_DETERMINERS:
        return False
    if words[1] in _FORMER:
        return True
    return words[1] in _CURRENT and (words[0] in _POSSESSIVES or noun in _OFFICES)


_ARTICLES_OF_ONE: Final = wordset("de die deze")
