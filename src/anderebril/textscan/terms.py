"""Gendered person nouns and job titles (``gendered-term``), and requests for one sex only.

A lexicon term is reported unless it names a specific person (*Anna is lerares*), is half of an
inclusive pair (*vakmannen en vakvrouwen*), or is a surname (*Hoffman*). *Wij zoeken een man*
and *jongen gezocht* are reported as ``must-fix`` on the person noun.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import Final

from anderebril.textscan.antecedents import told_of_one
from anderebril.textscan.appeals import (
    ANY_ASKING,
    SEARCH_VERBS,
    WANTED,
    Asking,
    addresses_reader,
    asking_near,
    asking_words,
    preferred,
    reported_request,
    searched_for,
    wanted_question,
    you_are_the_one,
)
from anderebril.textscan.belonging import one_who_belongs
from anderebril.textscan.context import SEX_NOUNS, after, before, gender_by_ending, paired_with
from anderebril.textscan.incidents import one_in_an_incident
from anderebril.textscan.index import Index
from anderebril.textscan.lexicon import TermEntry
from anderebril.textscan.matching import Candidate
from anderebril.textscan.model import Finding
from anderebril.textscan.notation import MASCULINE_AFTER_RE
from anderebril.textscan.people import names_a_person
from anderebril.textscan.profiles import portrayed
from anderebril.textscan.pronoun_clues import quoted_speaker
from anderebril.textscan.slash_pairs import slash_finding, slash_pair
from anderebril.textscan.tense import told_subject
from anderebril.textscan.term_context import glued, in_context, not_a_person
from anderebril.textscan.tokenize import (
    compound_suggestion,
    is_all_caps,
    is_capitalised,
    key_of,
    match_case,
    sentence_around,
    wordset,
)

EXCLUSIVE_SOURCE: Final = (
    "Algemene wet gelijke behandeling (AWGB) en College voor de Rechten van de Mens: "
    "werving mag geen onderscheid naar geslacht maken"
)
EXCLUSIVE_ALTERNATIVES: Final = {
    "nl": {
        "overkoepelend": ["collega", "vakkracht"],
        "paarvorm": ["man of vrouw", "jongen of meisje"],
        "direct": ["jij", "collega"],
    },
    "en": {
        "overkoepelend": ["person", "colleague"],
        "paarvorm": ["man or woman", "woman or man"],
        "direct": ["you", "colleague"],
    },
}


class TermRules:
    def __init__(self, index: Index, strategy: str) -> None:
        self.index = index
        self.strategy = strategy
        self.language = index.language
        self._partners: dict[tuple[str, bool], frozenset[str]] = {}

    def partners(self, term: TermEntry, *, compound: bool = False) -> frozenset[str]:
        """The words a term's pair forms join it with: words of the other sex (*ober* in *ober
        of serveerster*), and - for the term itself, not a compound on it - the one word its
        own pair forms set beside it (*baas* in *baas of bazin*, *kapper* in *kapper of
        kapster*). Other neutral words are no partners (*kindermeisje of oppas*; *kapper en
        leerling-kapster* are two roles)."""
        key = (term.meta.rule, compound)
        known = self._partners.get(key)
        if known is not None:
            return known
        forms = {*term.singular, *term.plural}
        own = forms | {  # the neutral alternatives: "kindermeisje of oppas" is no pair
            word
            for phrases in term.alternatives.get("overkoepelend", {}).values()
            for phrase in phrases
            for word in phrase.lower().split()
        }
        pairs = [
            phrase.lower().split()
            for phrases in term.alternatives.get("paarvorm", {}).values()
            for phrase in phrases
            if _IS_PAIR_RE.fullmatch(phrase.lower())  # "ober of serveerster", not "oppas (…)"
        ]
        found = {
            word
            for pair in pairs
            for word in pair
            if word.isalpha()
            and word not in own
            and word not in _LINK_WORDS
            and self._other_sex(word, term.gender)
        }
        if not compound:
            for pair in pairs:  # "baas of bazin": three words, one of them the term's own
                if len(pair) == 3 and pair[1] in _LINK_WORDS and forms.intersection(pair):
                    found.update(w for w in (pair[0], pair[2]) if w not in forms)
        self._partners[key] = frozenset(found)
        return self._partners[key]

    @staticmethod
    def _suggested_pair(text: str, cand: Candidate, term: TermEntry) -> bool:
        """Whether the noun stands inside one of its entry's pair forms, written out as the
        lexicon suggests it (*room attendant or chambermaid*)."""
        surface = text[cand.start : cand.end].lower()
        for phrases in term.alternatives.get("paarvorm", {}).values():
            for phrase in phrases:
                at = phrase.lower().find(surface)
                if at < 0 or at > cand.start:
                    continue
                begin = cand.start - at
                if text[begin : begin + len(phrase)].lower() == phrase.lower():
                    return True
        return False

    def _other_sex(self, word: str, gender: str) -> bool:
        info = self.index.classify(word)
        if info is None:
            return gender_by_ending(word) in (None, "m" if gender == "f" else "f")
        other = info.term.gender if info.term is not None else info.exclusive
        return other is not None and other != gender

    def counterpart(self, key: str) -> str | None:
        info = self.index.classify(key)
        if info is not None and info.term is not None:
            return info.term.gender
        if info is not None and info.exclusive is not None:
            return info.exclusive
        return gender_by_ending(key)

    def findings(
        self, text: str, candidates: Iterable[Candidate], distinct: AbstractSet[str] | None = None
    ) -> list[Finding]:
        """The gendered terms among ``candidates``; ``distinct`` (the chunk's distinct
        lowercase words, when known) lets the tests for a request for one sex be skipped
        when the chunk lacks the words they need."""
        out: list[Finding] = []
        asking = asking_words(self.language, distinct)
        in_view: dict[tuple[str, str | None], int] = {}  # word -> where one person last had it
        one_end = -1  # where the last noun for one person ended
        slashed: set[int] = set()  # where the slash pairs reported so far start
        for cand in candidates:
            info = cand.info
            if info.exclusive is not None and not info.compound:
                if self._slashed(text, cand, info.exclusive, out, slashed):
                    continue  # "Leerjongen/-meisje gezocht": a notation, not a request
                finding = self._exclusive(text, cand, info.exclusive, asking)
                if finding is not None:
                    out.append(finding)
                    continue
                if not addresses_reader(text, cand):
                    continue  # men, women, girls in general or in statistics: not a finding
            term = info.term
            if term is None:
                continue
            if glued(cand):
                continue  # "geslachtVrouwMan": a table's words run together, no compound
            if not_a_person(text, cand):
                continue  # "Onze vereniging toont zich een goed gastheer", "broer of zuster"
            if term.context and not in_context(text, cand, term.context):
                continue  # "meester" far from any school: a craft's master, not a teacher
            if self._slashed(text, cand, term.gender, out, slashed):
                continue  # "gastheer/gastvrouw", "vakman/-vrouw": a notation of two genders
            if (
                term.gender == "f"
                and cand.surface.lower().endswith(("ster", "sters"))
                and MASCULINE_AFTER_RE.match(text, cand.end)
            ):
                continue  # "verpleegster/er": the notation rule reports it
            plural = info.term_number == "plural"
            # a capitalised compound inside a sentence may be a surname (Hoffman, Brinkman);
            # not a feminine one (de Directiesecretaresse in a job description)
            surname_like = info.compound and term.gender == "m"
            word = (key_of(cand.surface), info.term_number)
            if (
                names_a_person(
                    text, cand.start, cand.end, cand.surface, surname_like, plural=plural
                )
                or (
                    info.term_number == "singular"
                    and (portrayed(text, cand.start, cand.end) or quoted_speaker(text, cand.start))
                )  # "De 19-jarige Miguel … De jonge timmerman …", "…”, aldus een …"
                or _one_in_a_story(text, cand)  # "de twee brandweermannen die … kwamen"
                or (
                    not plural
                    and (
                        told_subject(text, cand.start, cand.end)
                        or one_in_an_incident(text, cand.start, cand.end)
                        or one_who_belongs(text, cand.start, cand.end)
                    )
                )  # "Een brandweerman stapte erop en viel erdoor", "dat zijn vrouw kapster was"
            ):
                in_view[word] = one_end = cand.end
                continue
            if _SECOND_TITLE_RE.fullmatch(text, one_end, cand.start):
                continue  # "De Graaf is naailerares en creatief coupeuse": hers too
            if _again_in_view(text, cand, in_view.get(word)):
                continue  # "de kapsters van Salon Laura … De handen van de kapsters jeukten"
            if term.compound_only and _surname_like(text, cand):
                continue
            if not plural and term.gender == "f" and _party_in_a_case(text, cand.start):
                continue  # "(ECLI:…) De werkneemster werd op staande voet ontslagen"
            if self._suggested_pair(text, cand, term):
                continue  # "room attendant or chambermaid": the lexicon's own advice
            if paired_with(
                text,
                cand.start,
                cand.end,
                term.gender,
                self.counterpart,
                self.partners(term, compound=bool(cand.prefix)),
            ):
                continue
            if self._about_the_sex(text, cand, term.gender):
                continue
            if (
                term.gender == "f"
                and info.term_number == "singular"
                and self._taken_up_by_him(text, cand.start, cand.end)
            ):
                continue  # "De stagiaire blijft, ondanks dat hij …": the form used for anyone
            in_view.pop(word, None)  # used for anyone again: "Wij zoeken nog een kapster"
            suggestions = self._alternatives(cand)
            kind = "mannelijk" if term.gender == "m" else "vrouwelijk"
            out.append(
                Finding(
                    category="gendered-term",
                    rule=term.meta.rule,
                    severity=term.meta.severity,
                    start=cand.start,
                    end=cand.end,
                    text=text[cand.start : cand.end],
                    message=f"'{cand.surface}' is een {kind} woord voor een rol of beroep.",
                    explanation=_explain(term.meta.note, term.meta.condition),
                    source=term.meta.source,
                    suggestions=_unique(suggestions),
                )
            )
        return out

    def _slashed(
        self, text: str, cand: Candidate, gender: str, out: list[Finding], slashed: set[int]
    ) -> bool:
        """Whether the noun is half of a slash pair; its finding is added once per pair."""
        pair = slash_pair(text, cand.start, cand.end, gender, self.counterpart)
        if pair is None:
            return False
        if pair.start not in slashed:
            slashed.add(pair.start)
            # a bare sex noun's alternatives ("heer" in "linnendame/ heer") fit no job title
            bare = key_of(cand.surface) in SEX_NOUNS
            alternatives = [] if bare else self._alternatives(cand)
            out.append(slash_finding(text, pair, self.strategy, alternatives))
        return True

    def _alternatives(self, cand: Candidate) -> list[str]:
        """The term's alternatives for the chosen strategy, with the compound's first part."""
        term = cand.info.term
        if term is None:
            return []
        alternatives = term.alternatives.get(self.strategy, {}).get(cand.info.term_number, ())
        return _unique([compound_suggestion(cand.prefix, cand.head, a) for a in alternatives])

    def _taken_up_by_him(self, text: str, start: int, end: int) -> bool:
        """Whether the first personal pronoun after a singular feminine noun in its sentence
        is *hij*, with no other person (noun or pronoun) before it in the sentence (*De
        stagiaire blijft, ondanks dat hij zich …*): the writer uses the form for anyone, as
        some do with *stagiaire* (labellers of real texts leave it alone there). Not *De
        secretaresse belt de directeur … hij*, *Als een klant ziet dat zijn serveerster …*."""
        for token in [*before(text, start, 160), *after(text, end, 160)]:
            word = key_of(token.text)
            if token.start > start and word == "hij":
                return True
            if token.start > start and (word in _NOUN_MARKS or is_capitalised(token.text)):
                return False  # "maakt het toilet schoon als hij …", "belt meneer De Vries"
            if word in _PERSONAL_WORDS:
                return False
            info = self.index.classify(word)
            if info is not None and (info.term is not None or info.person_antecedent):
                return False
        return False

    def _about_the_sex(self, text: str, cand: Candidate, gender: str) -> bool:
        """*een toename van mannelijke gastheren*: an adjective of the plural noun's own sex
        makes the sex what the sentence is about, as in statistics. Asking for one (*Wij zoeken een
        vrouwelijke kapster*) is still reported."""
        if self.language != "nl":
            return False
        if cand.info.term_number != "plural":
            return False  # "een vrouwelijke verzorgster" is asked for, or one woman
        prev = before(text, cand.start, 40)
        if not prev or key_of(prev[-1].text) not in _SAME_SEX[gender]:
            return False
        asking = SEARCH_VERBS["nl"] | WANTED["nl"]
        if any(key_of(t.text) in asking for t in before(text, cand.start, 160)):
            return False  # "Wij zoeken een vrouwelijke kapster": one sex asked for
        nxt = after(text, cand.end, 30, count=1)
        if nxt and key_of(nxt[0].text) in WANTED["nl"]:
            return False  # "Vrouwelijke kapster gezocht"
        return not preferred(self.language, text, cand)

    def _exclusive(
        self,
        text: str,
        cand: Candidate,
        gender: str,
        asking: Asking = ANY_ASKING,
    ) -> Finding | None:
        language = self.language
        nxt = after(text, cand.end, 40, count=1)
        asked = bool(nxt) and key_of(nxt[0].text) in WANTED.get(language, frozenset())
        if not asked:
            asking = asking_near(self.language, text, cand, asking)
            asked = (
                (asking.searching and searched_for(language, text, cand))
                or (asking.preferring and preferred(language, text, cand))
                or (asking.being and you_are_the_one(language, text, cand))
                or (language == "nl" and asking.reported and reported_request(text, cand))
                or (language == "nl" and wanted_question(text, cand))
            )
        if not asked or paired_with(text, cand.start, cand.end, gender, self.counterpart):
            return None
        who = "mannen" if gender == "m" else "vrouwen"
        if language == "en":
            rule = f"en.gendered-term.{'men' if gender == 'm' else 'women'}-only"
        else:
            rule = f"nl.gendered-term.alleen-{who}"
        term = cand.info.term  # "Wij zoeken een studente": the entry's own words (student)
        own = (
            ()
            if term is None
            else term.alternatives.get(self.strategy, {}).get(
                cand.info.term_number or "singular", ()
            )
        )
        fallback = EXCLUSIVE_ALTERNATIVES.get(language, EXCLUSIVE_ALTERNATIVES["nl"])
        suggestions = [match_case(cand.surface, a) for a in own or fallback[self.strategy]]
        return Finding(
            category="gendered-term",
            rule=rule,
            severity="must-fix",
            start=cand.start,
            end=cand.end,
            text=text[cand.start : cand.end],
            message=f"Hier worden alleen {who} gevraagd.",
            explanation=(
                "Een oproep voor één geslacht sluit anderen uit en is bij werving en "
                "selectie in strijd met de gelijkebehandelingswetgeving. Vraag naar de "
                "functie of de vaardigheden, niet naar het geslacht."
            ),
            source=EXCLUSIVE_SOURCE,
            suggestions=_unique(suggestions),
        )


_SAME_SEX: Final = {
    "m": wordset("mannelijke mannelijk"),
    "f": wordset("vrouwelijke vrouwelijk"),
}
_IS_PAIR_RE: Final = re.compile(r"[\w'-]+(?: [\w'-]+)? (?:of|en|or|and) [\w'-]+(?: [\w'-]+)?")
_LINK_WORDS: Final = wordset("of en and or de het een je jij jullie als")


def _again_in_view(text: str, cand: Candidate, seen_at: int | None) -> bool:
    """*de kapsters van Salon Laura … De handen van de kapsters jeukten*, *Marian en Linda,
    onze receptionistes … Het werk van de receptionistes*: *de* and the same word again, soon
    after it named specific people, is those people. Not in a recruiting sentence (*Wij
    zoeken nog een kapster als de kapster Anna …*)."""
    if seen_at is None or cand.start - seen_at > _IN_VIEW_REACH:
        return False
    words = [w.lower() for w in text[max(0, cand.start - 30) : cand.start].split()[-2:]]
    if words[-1:] != ["de"] and not (len(words) == 2 and words[0] == "de" and words[1][-1:] == "e"):
        return False
    lo, hi = sentence_around(text, cand.start, cand.end, 200)
    return _RECRUITING.isdisjoint([w.strip(",.;:!?()'\"") for w in text[lo:hi].lower().split()])


_IN_VIEW_REACH: Final = 1_500
_RECRUITING: Final = wordset(
    "je jij jou jouw u zoeken zoekt gezocht vacature vacatures solliciteer solliciteren"
)


def _one_in_a_story(text: str, cand: Candidate) -> bool:
    """*de kraamverzorgster, die bij haar broer kraamde*, *de twee brandweermannen die
    zaterdagnacht om het leven kwamen*: *de* and the noun with a relative clause in the past
    tense is the one (or the ones) a story is about. (A past-tense sentence alone is not
    enough: *Het gesprek ging over de vakman …* is about anyone.)"""
    words = [w.lower() for w in text[max(0, cand.start - 14) : cand.start].split()[-2:]]
    counted = len(words) == 2 and words[0] == "de" and words[1] in _COUNTS  # "de twee …"
    if words[-1:] != ["de"] and not counted:
        return False
    return told_of_one(text, cand.end)


_COUNTS: Final = wordset("twee drie vier vijf beide")


def _party_in_a_case(text: str, start: int) -> bool:
    """*De werkneemster werd in deze zaak ontslagen*: in a report of a court case, *de* and a
    feminine noun is the woman who was a party to it, not the role. Only with *de* (*een
    werkneemster die zwanger is …* is anyone) and a court named near it."""
    prev = before(text, start, 12)
    if not prev or key_of(prev[-1].text) != "de":
        return False
    near = text[max(0, start - 1500) : start + 500].lower()
    return any(marker in near for marker in _COURT_MARKERS)


#: What names a court case: its number, the court, the ruling.
_COURT_MARKERS: Final = (
    "ecli:", "rechtbank", "kantonrechter", "gerechtshof", "hoge raad", "in deze zaak",
    "de rechter", "uitspraak van",
)  # fmt: skip


def _surname_like(text: str, cand: Candidate) -> bool:
    """A capitalised *-man* word outside the lexicon is more likely a name (*Brinkman zegt
    …*, *Contact: Herman*) than a job, except as the first word of a heading: a line without
    a sentence end (*Sjouwerman (m/v)*, *Sjouwerman magazijn*) or *… gezocht*."""
    if not cand.surface[:1].isupper() or is_all_caps(cand.surface):
        return False
    if "-" in cand.surface and is_all_caps(cand.surface.split("-", 1)[0]):
        return False  # "de SRV-man", "de PTT-man": an abbreviation's capitals, no name
    rest = text[cand.end : cand.end + 80].split("\n", 1)[0].strip()
    if rest.startswith("(") or rest.lower().startswith("gezocht"):
        return False
    first = rest.split(" ", 1)[0]
    if first[:1].isupper() or first.lower() in _NAME_PARTICLES:
        return True  # "Herman van der Helm", "Brinkman Jansen": a name goes on
    line_start = text.rfind("\n", 0, cand.start) + 1
    opens_line = not text[line_start : cand.start].strip(" \t-*•–")
    heading = not rest or rest[-1] not in ".!?"
    return not (opens_line and heading)


_NAME_PARTICLES: Final = wordset("van de der den ter ten")


def _explain(note: str, condition: str | None) -> str:
    note = note.strip()
    return f"{note} (Geldt {condition.strip()}.)" if condition else note


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


#: Words for a person that make "hij" someone else's: "… de directeur … hij", "zijn …".
_PERSONAL_WORDS: Final = wordset("hij hem zijn zij ze haar ik je jij u wij we")
#: Words that open or are a noun phrase between a noun and *hij*: then *hij* may be that noun
#: (a thing, a relative, a title): "de föhn", "het kantoor", "vader", "meneer".
_NOUN_MARKS: Final = wordset(
    "de het een deze dit mijn m'n onze ons hun jouw uw elke ieder iedere vader moeder opa oma "
    "broer zus zoon dochter oom tante meneer mevrouw man vrouw vriend vriendin baas"
)


#: A second title joined to one person's first: *naailerares en creatief coupeuse*.
_SECOND_TITLE_RE: Final = re.compile(
    r"[ \t]+(?:en|of|én)[ \t]+(?:(?!(?:elke|iedere|alle|de|het|een|geen|veel)\b)[a-zà-ÿ]+[ \t]+)?"
)  # not "Marieke is verpleegster en elke verpleegster weet …"
