"""Which person nouns are generic antecedents of *hij, hem, zijn*: a role with a generic
determiner (*de, een, elke, iedere, jouw*), not a named or portrayed person, not news about one
man (*een installateur uit Emmen*), not a boy or man (*een jongen die …*); and the clues on
the words around a noun that the pronoun walk in :mod:`pronouns` asks about (one person before
*zijn*, a story told in the past tense)."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.bare_party import bare_party
from anderebril.textscan.context import before
from anderebril.textscan.duty_lists import duty_list_end
from anderebril.textscan.incidents import one_in_an_incident
from anderebril.textscan.matching import Candidate
from anderebril.textscan.name_apposition import ORDINAL_RE, said_of_a_name
from anderebril.textscan.name_words import SURNAME_JOBS
from anderebril.textscan.names import AGED_NAME_RE, followed_by_name, looks_like_name
from anderebril.textscan.one_person import aged_one, held_now_or_before
from anderebril.textscan.profiles import portrayed
from anderebril.textscan.pronoun_clues import acronym, from_place, quoted_speaker
from anderebril.textscan.pronoun_grammar import MORE_PREPOSITIONS, NL, Grammar
from anderebril.textscan.tense import (
    HABITUAL,
    PRESENT_VERBS,
    past_sentence,
    past_tense,
    present_verb,
    told_subject,
)
from anderebril.textscan.tokenize import (
    Token,
    is_sentence_start,
    key_of,
    sentence_around,
    word_start,
    wordset,
)
from anderebril.textscan.zijn_verb import participle


def generic(grammar: Grammar, text: str, cand: Candidate) -> bool:
    """A determiner (*de, een, elke*) at most two words before the noun, in its sentence,
    and no name after it (*de monteur Jan Smit* is a specific man)."""
    party = False  # "2.3 Werknemer heeft …": a contract's party, capitalised, no article
    if key_of(cand.surface) in ONE_MALE:
        # "een jongen die zich in zijn duim gezaagd heeft": *zijn* agrees with a male noun,
        # which is no generic person (where the noun addresses a target group, the
        # gendered-term rule reports the noun itself)
        return False
    if _MALE_BEFORE_RE.search(text, max(0, cand.start - 14), cand.start):
        return False  # "Een mannelijke sollicitant stuurt zijn cv": a man, as *een jongen*
    if not _determined(grammar, text, cand.start, cand.end):  # the cheapest test first
        if not bare_party(text, cand) and duty_list_end(text, cand.start, cand.end) == -1:
            return False
        party = True
    capital = not party and cand.surface[:1].isupper() and not acronym(cand.surface)
    if capital and "-" in cand.surface and cand.surface.rsplit("-", 1)[1].islower():
        capital = False  # "de Apk-keurmeester", "de ICT-beheerder": a compound, no name
    if (
        capital
        and not is_sentence_start(text, cand.start)
        and not _after_een(text, cand.start)
        and not _titled_role(text, cand)
    ):
        return False  # a surname or a name: "Mark de Boer", "bakkerij De Visser"
    if (
        key_of(cand.surface) == "boer"
        and _BOER_OP_RE.match(text, cand.end)
        and _GOING_RE.search(text, max(0, cand.start - 30), cand.start)
    ):
        return False  # "We gaan de boer op met ons product": selling door to door, no one
    if key_of(cand.surface) in _ALSO_ADJECTIVES and _adjective_use(text, cand.end):
        return False  # "Het lerende netwerk deelt zijn kennis": an adjective, no person
    if _HELD_BY_RE.search(text, max(0, cand.start - 40), cand.start):
        return False  # "Hier vervult hij de functie van klusser": the name of his job
    if member_of_a_body(text, cand.start):
        return False  # "het college van burgemeester en schepenen in zijn zitting": a body
    if aged_one(text, cand.start):
        return False  # "een 26-jarige barman … hij": one person, by his age
    if held_now_or_before(text, cand.start, key_of(cand.surface)):
        return False  # "De huidige secretaris heeft aangegeven dat hij stopt": one holder
    if (
        key_of(cand.surface).startswith(("oud-", "ex-"))
        and definite(text, cand.start)
        and (
            past_sentence(text, Token(cand.start, cand.end, cand.surface))
            or AGED_NAME_RE.search(text, max(0, cand.start - 300), cand.start) is not None
        )
    ):
        # "Remco Niks (48) … Vroeger stond de oud-brandweerman met zijn laarzen …": the one
        # just named; not "De oud-werknemer kan aanspraak maken op zijn pensioen" (anyone)
        return False
    if from_place(text, cand.end) or quoted_speaker(text, cand.start):
        return False  # news about one person: "een installateur uit Emmen", "zegt een …"
    if one_in_an_incident(text, cand.start, cand.end):
        return False  # "Een brandweerman die … viel, ligt gewond in het ziekenhuis"
    if definite(text, cand.start) and _one_seen_before(text, cand):
        return False  # "Een 57-jarige vrachtwagenchauffeur uit Assendelft … de chauffeur"
    if followed_by_name(text, cand.end):
        return False
    if key_of(cand.surface) in _OFFICIALS and not _any_official(text, cand):
        return False  # "De minister kondigde aan dat hij …": the one in office, in the news
    if _MINE_RE.match(text, cand.end):
        return False  # "Een collega van me (van mijn vader) … Hij": someone the writer knows
    if _AS_ONE_RE.match(text, cand.end) and _opens_with_als(text, cand.start):
        return False  # "Als een rasechte onderzoeker ontsloot hij …": what he was like
    if met_by_the_writer(text, cand.end):
        return False  # "De dakdekker die ik ’s nachts belde: hij vroeg …"
    # "Mohammed is de jongste voorman. Hij …": the noun says what a named person is
    if said_of_a_name(text, cand.start):
        return False
    # "De 19-jarige Miguel … De jonge timmerman … zijn": the one a profile portrays
    return not portrayed(text, cand.start, cand.end)


def _titled_role(text: str, cand: Candidate) -> bool:
    """*De Receptionist verricht zijn werkzaamheden …*, *De Hulpmonteur Steigerbouw
    assisteert …*: a qualification dossier writes the profession with capitals after a
    capitalised *De*. Not a surname (*De Bakker zegt …*, *bakkerij De Visser*, *Wendy De
    Moor*): not a job word that is a common surname, and no name before *De*."""
    key = key_of(cand.surface)
    if key in SURNAME_JOBS or key in _DE_SURNAMES or "-" in cand.surface:
        return False
    line = text.rfind("\n", 0, cand.start) + 1
    words = text[max(line, cand.start - 30) : cand.start].split()
    if not words or words[-1] != "De":
        return False
    before = words[-2].rstrip(".,:;!?") if len(words) > 1 else ""
    if before.lower().endswith(_TITLES_AND_FIRMS):
        return False  # "wethouder De Vriend", "eetcafé De Waard", "garage De Monteur"
    if before[:1].isupper() and not words[-2].endswith((".", ":", "!", "?")):
        return False  # "Wendy De …": a name before De
    # the same word after a first name elsewhere: "Peter de Kok … De Kok ziet …"
    return re.search(rf"[A-Z][a-z]+ [dD]e {re.escape(cand.surface)}\b", text) is None


#: Job words that are Dutch and Flemish surnames after *De* (*De Kok*, *De Meester*).
_DE_SURNAMES: Final = wordset("kok meester baas waard vriend rechter koster ridder koning")
#: Words before *De* that make it a name: a title or a kind of business.
_TITLES_AND_FIRMS: Final = (
    "wethouder", "burgemeester", "minister", "meneer", "mevrouw", "dokter", "pastoor",
    "café", "eetcafé", "restaurant", "hotel", "garage", "bakkerij", "slagerij", "bedrijf",
    "winkel", "zaak", "firma", "herberg", "boerderij",
)  # fmt: skip


#: Determiners of het-words (*het personeelslid*, *elk teamlid*): only right before the noun
#: or before one inflected adjective (*het nieuwe teamlid*), as a het-word noun or *als*
#: in between belongs to another phrase.
_NEUTER_DETERMINERS: Final = wordset("het elk")


def _next_to_noun(words: list[str], at: int) -> bool:
    between = words[at + 1 :]
    return not between or (len(between) == 1 and between[0].lower().endswith("e"))


_MINE_RE: Final = re.compile(
    r"\s+van\s+(?:me|mij|(?:mijn|m'n|m’n)\s+(?:vader|moeder|ouders|broer|zus|man|vrouw"
    r"|vriend|vriendin|opa|oma|oom|tante|partner|zoon|dochter|buurman|buurvrouw))\b",
    re.IGNORECASE,
)
_WRITER_CLAUSE_RE: Final = re.compile(r"\s+die\s+(?:ik|we|wij)\s+([^.!?:;,\n]{0,80})")
_RELATIVE_RE: Final = re.compile(r",?\s+die\s+([^.!?:;,\n]{0,80})")


def _one_seen_before(text: str, cand: Candidate) -> bool:
    """*Een 57-jarige vrachtwagenchauffeur uit Assendelft is schuldig … Het rijbewijs van de
    chauffeur …*: *de* and a noun that, shortly before, named one person in the news (from a
    place, with an age, in an accident) or in a story, alone or as the head of a compound,
    is that person again."""
    key = key_of(cand.surface)
    if not key.isalpha() or text.startswith(" die ", cand.end):
        return False  # "De glazenwasser die op hoogte werkt, …": any who does
    # only in the same piece of text: a blank line starts a box, a heading, another item
    lo = max(0, cand.start - _SEEN_REACH, text.rfind("\n\n", 0, cand.start))
    for form in {key, key.capitalize()}:  # "de chauffeur", "Chauffeur", "vrachtwagenchauffeur"
        end = text.find(form, lo, cand.start) + len(form)
        while end >= len(form):
            if end == len(text) or not text[end].isalnum():
                start = word_start(text, end - len(form))
                if (
                    from_place(text, end)
                    or _AGED_BEFORE_RE.search(text, max(0, start - 20), start) is not None
                    or one_in_an_incident(text, start, end)
                    or told_subject(text, start, end)
                ):
                    return True
            end = text.find(form, end - len(form) + 1, cand.start) + len(form)
    return False


_SEEN_REACH: Final = 1_500
_AGED_BEFORE_RE: Final = re.compile(r"\b(?:een|de) \d+-jarige \Z", re.IGNORECASE)


def _opens_with_als(text: str, start: int) -> bool:
    """*Als een (rasechte) onderzoeker* opening the sentence, right before the noun."""
    return _ALS_EEN_RE.search(text, max(0, start - 60), start) is not None


_ALS_EEN_RE: Final = re.compile(r"(?:\A|[.!?:\n][\s\"'‘“]*)Als een (?:[a-zà-ÿ]+e )?\Z")
#: A finite verb and a subject pronoun right after the noun, no comma: *Als een vakman
#: ontsloot hij …* compares; *Als een monteur komt, moet hij …* is a condition for anyone.
_AS_ONE_RE: Final = re.compile(r"[ \t]+[a-zà-ÿ]+[ \t]+(?:hij|zij|ze)\b")


def met_by_the_writer(text: str, end: int) -> bool:
    """*de dakdekker die ik in paniek belde*, *de monteur die we hadden gebeld*: a relative
    clause in the past tense with the writer as subject makes the noun someone they met. Not
    *een monteur die we zoeken* (present: anyone who fits)."""
    match = _WRITER_CLAUSE_RE.match(text, end)
    if match is None:
        return False
    words = [w.strip("'\"‘’“”()") for w in match[1].lower().split()]
    if "ogen" in words:
        return False  # "de kandidaat die we voor ogen hadden": the one we want, anyone
    return _past_first(words, right_after_subject=True)


def told_of_one(text: str, end: int) -> bool:
    """*de kraamverzorgster, die bij haar broer kraamde*, *de twee brandweermannen die
    zaterdagnacht om het leven kwamen*: a relative clause whose own verb is in the past, in a
    sentence that is all past (a story). Not *De vakman die het werk uitvoerde, tekent …*
    (a rule for anyone), *Ben jij de kapster die altijd al … wilde?* (the reader) or *Vroeger
    was de timmerman die … maakte …* (how it was)."""
    match = _RELATIVE_RE.match(text, end)
    if match is None:
        return False
    words = match[1].lower().split()
    # a past verb first, or a weak past (-de, -te) ending the clause: "…, die … kraamde,"
    closed = text[match.end() : match.end() + 1] in (",", ".", ";", ":", "!", "?")
    last = words[-1].strip("'\"‘’“”()") if words else ""
    weak = closed and len(last) > 5 and last.endswith(("de", "te"))
    if not (_past_first(words) or weak):
        return False
    lo, hi = sentence_around(text, end, end, 200)
    rest = (text[lo:end] + " " + text[match.end() : hi]).lower().split()
    rest = [w.strip(",;:()'\"‘’“”") for w in rest]
    return not any(present_verb(w) or w in _READER_OR_SEARCH or w in HABITUAL for w in rest)


_READER_OR_SEARCH: Final = wordset("jij je jou jouw u zoeken zoekt gezocht")


def _past_first(words: list[str], *, right_after_subject: bool = False) -> bool:
    """Whether the first verb among ``words`` (a relative clause, verb-final) is in the past.
    ``right_after_subject``: the words follow the clause's subject (*die we …*), so a word in
    -en there is its verb (*die we zoeken werkte …*: present, anyone who fits)."""
    for at, raw in enumerate(words):
        word = raw.strip("'\"‘’“”()")
        if past_tense(word) or word in ("had", "hadden"):
            return True
        if word in ("heb", "hebben") and at + 1 < len(words) and participle(words[at + 1]):
            return True  # "die ik vorige week heb gebeld"
        if word in PRESENT_VERBS:
            return False
        if right_after_subject and len(word) > 3 and word.endswith("en") and word != "ogen":
            return False
    return False


def _after_een(text: str, start: int) -> bool:
    """*Een Brandweerman heeft …*, *elke Monteur*: a capitalised title after an indefinite
    determiner is no surname (names take no *een*)."""
    words = text[max(0, start - 14) : start].split()
    if not words or words[-1].lower() not in _INDEFINITE_DETERMINERS:
        return False
    # "Er werkt nog een Visser in het familiebedrijf": one more of the Vissers (a surname),
    # not "Wij zoeken een Timmerman die …"
    if len(words) < 2 or words[-2].lower() not in _ONE_MORE:
        return True
    sentence = text[max(0, start - 120) : start].lower()  # "Wij zoeken nog een Monteur die …"
    return any(verb in sentence for verb in ("zoek", "gezocht", "vacature"))


#: Words before "een" and a capital that make it one more of a family: "nog een Visser".
_ONE_MORE: Final = wordset("nog ook weer alweer")


_INDEFINITE_DETERMINERS: Final = wordset("een elke iedere ieder")


def _determined(grammar: Grammar, text: str, start: int, end: int) -> bool:
    words = text[max(0, start - 60) : start].split()[-3:]
    for at in range(len(words) - 1, -1, -1):
        raw = words[at]
        word = raw.strip("'\"‘’“”„«»(,").lstrip("-–•*")  # "-De leerling": a list's dash
        if not word or raw[-1] in '.!?:;,)("':
            return False
        low = word.lower()
        if low == "als":
            return False  # "een jongen die als developer werkt": the role of another person
        if low in _TRAININGS:
            return False  # "die de opleiding allround timmerman volgt": the training's name
        if low in _NEUTER_DETERMINERS and not _next_to_noun(words, at):
            return False  # "het bedrijf eigenaar", "Het ROC als opleider": another noun's
        if (
            low == "die"
            and at == len(words) - 1
            and _PREDICATE_END_RE.match(text, end)
            and (at == 0 or words[at - 1].lower() not in _ANYONE)
        ):
            return False  # "een kameraad die kraanmachinist is"; not "iemand die monteur is"
        if low in grammar.determiners or low in _YOUR:
            return True  # "de leerling", "jouw leerling": any pupil of any reader
        if low == "geen" and grammar is NL and at == len(words) - 1:
            # "geen boer die zijn oogst …", "Geen monteur controleert zijn werk": nobody in
            # the role, as *elke*; not the object "geen hulp kunnen bieden"
            at = text.rfind(raw, max(0, start - 60), start)
            if is_sentence_start(text, at):
                return True  # "Geen monteur controleert …", "…; geen boer die …"
            there_is = _THERE_IS_RE.search(text, max(0, at - 20), at) is not None
            return there_is and text.startswith(" die ", end)
            # "Er is geen monteur die zijn …"; not "Mijn vader vond geen timmerman die zijn dak …"
        if low in _CONTRACT_CONJUNCTIONS and at == len(words) - 1:
            return True  # "Zodra werknemer beter is, moet hij …": a contract's bare party
        if low == "van" and at == len(words) - 1 and at > 0 and words[at - 1] in _TRADE:
            # "het vak van fietsenmaker": whoever works in it; not a list's label ("het
            # beroep van lasser: 97 procent van de lassers zijn mannen") or the trade a
            # person in the sentence chose ("Zijn vader koos het vak van timmerman")
            return text[end : end + 1] not in (":", "") and not _someone_before(text, start)
        if low == "je" and at == len(words) - 1:
            # "Je leerling kan …", "bij je leerling": the reader's pupil, whoever it is;
            # not "Als je monteur bent" (je the subject, monteur what it is)
            before = words[at - 1].lower() if at > 0 else ""
            if at == 0 or before in grammar.prepositions or _reader_before(text, start):
                return True  # "Je moet je werkgever … als hij …": the reader is the subject
            return is_sentence_start(text, text.rfind(raw, 0, start))  # after a heading
        if _modifier(word) or ORDINAL_RE.fullmatch(low):
            continue  # "de gemiddelde hbo-ICT student", "een ICT student", "De 1e monteur"
        if (low in grammar.prepositions or low in MORE_PREPOSITIONS) and low != "van":
            return False  # "de opleiding tot hovenier": the article is another noun's
        if not word.isalpha() or word[0].isupper():
            return False
    return False


_ANYONE: Final = wordset("iemand degene diegene kandidaat persoon sollicitant")
#: Conjunctions after which a contract or regulation names its party without an article.
_CONTRACT_CONJUNCTIONS: Final = wordset("zodra indien wanneer nadat voordat totdat tenzij mits")
_TRAININGS: Final = wordset("opleiding opleidingen cursus studie richting diploma")
#: A copula that ends the relative clause: *die kraanmachinist is.*, *die monteur was,*.
_PREDICATE_END_RE: Final = re.compile(r" (?:is|was|wordt|werd|blijft|bleef)(?=[.,;:!?]| en )")


def _reader_before(text: str, start: int) -> bool:
    """Whether the reader is already the subject of the sentence before the *je* right before
    ``start``: *Je moet je werkgever …* (a possessive), not *Dan ben je monteur*."""
    window = text[max(0, start - 120) : start]
    cut = max(window.rfind(mark) for mark in ".!?\n")
    words = [w.strip(",;:'\"‘’“”").lower() for w in window[cut + 1 :].split()]
    return any(w in ("je", "jij", "u") for w in words[:-1])


def _modifier(word: str) -> bool:
    """An acronym or a hyphenated word before the noun that says what kind it is (*ICT*,
    *hbo-ICT*, *BBL-*, *BOL/BBL*), or a technology (*Java*, *.NET*), not a name (*Jan*, *Van
    der Berg*)."""
    if word.lower().lstrip(".") in _TECHNOLOGIES:
        return True  # "Een .NET developer besteedt zijn dag …", "een Java developer"
    if "/" in word:  # "BOL/BBL", or "BOL/" glued to "BBL-student": acronyms
        parts = [part for part in word.split("/") if part]
        return bool(parts) and all(_modifier(part) for part in parts)
    parts = word.split("-")
    if not all(part.isalpha() for part in parts):
        return False
    if len(parts) == 1:
        return word.isupper() and 2 <= len(word) <= 5
    return word[0].islower() or (parts[0].isupper() and len(parts[0]) <= 5)


def one(text: str, cand: Candidate) -> bool:
    """*een elektricien*, *elke monteur*: one person, not the last of two (*de monteur en
    een klant zijn …*) or inside a prepositional phrase (*de taken van een …*)."""
    words = text[max(0, cand.start - 30) : cand.start].split()[-2:]
    if not words or words[-1].lower() not in _ONE:
        return False
    return len(words) < 2 or words[0].lower() not in _NOT_ALONE


def one_before(tokens: list[Token], i: int) -> bool:
    """:func:`one` for a person noun inside the reach, from its tokens."""
    if i == 0 or key_of(tokens[i - 1].text) not in _ONE:
        return False
    return i < 2 or key_of(tokens[i - 2].text) not in _NOT_ALONE


def _any_official(text: str, cand: Candidate) -> bool:
    """*Een minister moet zijn verantwoordelijkheid nemen*, *De rechter kijkt eerst …*: any
    holder of the office, after *een/elke/geen*, in a condition or a habit of the past, or
    without the words of news. News tells of the one in office (*De wethouder wil dat zijn
    plan …, zei hij gisteren*)."""
    words = text[max(0, cand.start - 20) : cand.start].lower().split()
    if words and words[-1] in _ANY:
        return True
    lo, hi = sentence_around(text, cand.start, cand.end, 200)
    sentence = [w.strip(",;:()'\"‘’“”„") for w in text[lo:hi].lower().split()]
    if _HYPOTHETICAL & {*sentence}:
        return True  # "Als de rechter twijfelde, kon hij …", "Vroeger moest de minister …"
    return not (_NEWS_WORDS & {*sentence})


#: Words that tell news about the one in office: *zei hij gisteren*, *kondigde aan*.
_NEWS_WORDS: Final = wordset(
    "gisteren vandaag zei zeiden kondigde noemde reageerde sprak meldde liet verklaarde"
)
_HYPOTHETICAL: Final = wordset("als wanneer indien vroeger")


#: Offices that news names one holder of: only generic after *een/elke/geen* or when present.
_OFFICIALS: Final = wordset("minister ministers wethouder wethouders rechter rechters")
_ANY: Final = wordset("een elke iedere ieder geen")


def member_of_a_body(text: str, start: int) -> bool:
    """The noun at ``start`` names a body by its members: *het college van burgemeester en
    wethouders (schepenen)*; the pronouns after it are the body's."""
    return _BODY_OF_RE.search(text, max(0, start - 20), start) is not None


def members_end(tokens: list[Token], i: int) -> int:
    """Where the members after *college van* end: *burgemeester en wethouders*."""
    return i + 2 if i + 2 < len(tokens) and key_of(tokens[i + 1].text) in ("en", "&") else i


def may_be_told(text: str, cand: Candidate) -> bool:
    """Whether a story may tell of the noun as one person: *de monteur* (definite) or *een
    jongen* the writer met (*Ik raakte aan de praat met een jongen die … Hij vroeg …*; not
    *Uit onderzoek bleek dat een jongen die techniek koos, …*)."""
    if definite(text, cand.start):
        return True
    if text[max(0, cand.start - 11) : cand.start].lower().endswith("een andere "):
        return True  # "raakte ze in gesprek met een andere bezoeker. Hij legde …"
    if told_subject(text, cand.start, cand.end):
        return True  # "Een brandweerman stapte erop en viel erdoor. Hij maakte …"
    if _one_event(text, cand):
        return True  # "… veranderde toen er een kunstenaar mijn werk bezocht. … hij": one event
    if not any(key_of(t.text) in _WRITER for t in before(text, cand.start, 160)):
        return False
    # "Toen ik … had gehaald, kreeg ik die als grapje van een mannelijke collega": any noun
    # the writer met, told in the past; "een jongen" even in the present
    return key_of(cand.surface) in ONE_MALE or past_sentence(
        text, Token(cand.start, cand.end, cand.surface)
    )


_WRITER: Final = wordset("ik we wij me mij")
#: Technologies that name what kind of developer or engineer someone is, capitalised.
_TECHNOLOGIES: Final = wordset(
    "java python php net c# sap linux windows cisco azure aws ruby javascript typescript "
    "react angular oracle android ios salesforce microsoft google"
)
_MALE_BEFORE_RE: Final = re.compile(r"\bmannelijke?[ \t]+\Z", re.IGNORECASE)
#: A job held by someone just named with a pronoun: *vervult hij de functie van klusser*,
#: *heeft ze de rol van mentor*.
_HELD_BY_RE: Final = re.compile(
    r"\b(?:hij|zij|ze|ik)\s+(?:\w+\s+)?(?:de|het)\s+(?:functie|rol|positie|taak|baan)\s+"
    r"(?:van|als)\s+$",
    re.IGNORECASE,
)
#: A body named after its members: *het college van burgemeester en wethouders*.
_BODY_OF_RE: Final = re.compile(r"\bcolleges?\s+van\s+\Z", re.IGNORECASE)
#: Role nouns that are adjectives too: *de lerende* (the learner), *de lerende organisatie*.
#: (Not every word in *-ende* or *-ige*: after *de verpleegkundige* or *de leidinggevende* a
#: lowercase word is as often the object of a clause, *als de verloskundige complicaties
#: vermoedt*, as the noun they describe.)
_ALSO_ADJECTIVES: Final = wordset("lerende zelfstandige")
_THERE_IS_RE: Final = re.compile(r"\b(?:er|Er)[ \t]+(?:is|zijn|was|waren)[ \t]+\Z")
#: *de boer op gaan* (to go selling, door to door): the idiom, no farmer.
_BOER_OP_RE: Final = re.compile(r"[ \t]+op(?=[ \t]*(?:[.,;:!?\n]|met\b|\Z))")
_GOING_RE: Final = re.compile(
    r"\b(?:ga|gaan|gaat|ging|gingen|gegaan|trekken|trekt|trok|trokken)[ \t]+"
    r"(?:\w+[ \t]+)?de[ \t]+\Z",
    re.IGNORECASE,
)


def _adjective_use(text: str, end: int) -> bool:
    """Whether the word before ``end`` stands before a noun, as an adjective: a lowercase
    word follows that is no verb and no function word (*lerende netwerk*; not *de lerende
    leert*, *de lerende zijn opleiding*, *de lerende en de mentor*)."""
    following = text[end : end + 30].split()[:1]
    if following and "-" in following[0]:
        tail = following[0].rsplit("-", 1)[1]
        if tail.isalpha() and tail.islower():
            return True  # "zelfstandige ICT-vakman": a compound noun follows
    if not following or not following[0].isalpha() or not following[0].islower():
        return False
    word = following[0]
    if word.endswith(("de", "te")):
        return False  # a verb in the past (meldde) or an adjective (uitgevoerde), no noun
    return not (present_verb(word) or past_tense(word) or word in _AFTER_A_NOUN)


_AFTER_A_NOUN: Final = wordset(
    "zijn haar hun en of die dat in op met voor van aan bij uit na zal kan moet mag wil heeft "
    "is wordt krijgt ook nog zelf altijd dan eerst vaak niet alleen daarbij daarna hierbij "
    "werd was had zonder als tot onder"
)


def _one_event(text: str, cand: Candidate) -> bool:
    """*toen (er) een (nieuwe) kunstenaar …*: the one person of an event in the past; not a
    time when anyone did so (*de tijd toen een timmerman nog …*, *vroeger, toen een …*)."""
    when = _WHEN_ONE_RE.search(text, max(0, cand.start - 30), cand.start)
    if when is None:
        return False
    if _HABIT_BEFORE_RE.search(text, max(0, when.start() - 40), when.start()):
        return False  # "Dat was de tijd toen …", "Vroeger, toen …", "In de jaren vijftig, toen …"
    return text[cand.end : cand.end + 5].split()[:1] != ["nog"]  # "toen een timmerman nog …"


#: *toen (er) een* and perhaps an adjective right before the noun.
_WHEN_ONE_RE: Final = re.compile(r"\b[Tt]oen (?:er )?een (?:[a-zà-ÿ]+e )?\Z")
_HABIT_BEFORE_RE: Final = re.compile(
    r"\b(?:tijd|tijden|vroeger|destijds|jaren|eeuw|periode|dagen)\b[^.!?]*\Z", re.IGNORECASE
)


def definite(text: str, start: int) -> bool:
    """Whether *de*, *die* or *deze* stands right before the noun."""
    words = text[max(0, start - 8) : start].split()
    return bool(words) and words[-1].lower() in ("de", "die", "deze")


def _someone_before(text: str, start: int) -> bool:
    """A pronoun, a possessive or a name earlier in the sentence: someone it is about."""
    return any(key_of(t.text) in _SOMEONE or looks_like_name(text, t) for t in before(text, start))


#: Possessives of the reader: *jouw leerling* is whoever the reader's pupil is.
_YOUR: Final = wordset("jouw uw")
_ONE: Final = wordset("een elke iedere ieder")
#: Before *een*: the noun is the second of two, or inside a prepositional phrase.
_NOT_ALONE: Final = wordset(
    "en of met van voor bij door aan op in naar als naast behalve dan and or"
)
#: Words for a boy or a man: never a generic person (*een jongen die …*, *de heer*).
ONE_MALE: Final = wordset("jongen knul jongeman meneer heer man vent kerel")
_SOMEONE: Final = wordset("hij zij ze ik wij we zijn haar mijn m'n onze hun")
#: *het vak van fietsenmaker*: the trade, and so anyone in it.
_TRADE: Final = wordset("vak beroep ambacht vakgebied")
