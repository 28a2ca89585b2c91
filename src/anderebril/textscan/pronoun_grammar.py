"""The words the generic-masculine rule reads, per language: its pronouns and their roles,
the determiners that make a noun generic, the words that end a reach, and the words around
*zijn* that show it is the verb."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from anderebril.textscan.tokenize import words, wordset


@dataclass(frozen=True, slots=True)
class Grammar:
    pronouns: dict[str, str]  # word -> kind (subject, object, possessive, reflexive)
    determiners: frozenset[str]
    stoppers: frozenset[str]  # words that end the antecedent's reach (zij, haar, ik ...)
    plural_subjects: frozenset[str]
    prepositions: frozenset[str]
    verb_before: frozenset[str]
    verb_after: frozenset[str]
    neuter: frozenset[str]  # "het": a het-noun takes *zijn*, never a person
    you: frozenset[str]  # direct address: the sentence is about the reader
    suggestions: dict[str, dict[str, list[str]]]

    @property
    def pattern(self) -> re.Pattern[str]:
        return pronoun_pattern(tuple(self.pronouns))


#: Prepositions that ``NL.prepositions`` leaves out (*tot, tegen, via*): the rules that need
#: them ask for them by name, since adding them to the grammar would change every rule.
MORE_PREPOSITIONS: Final = wordset(
    "tot tegen via per vanaf gedurende buiten naast rond rondom langs omtrent vanwege wegens "
    "ondanks dankzij volgens sinds omwille"
)

NL: Final = Grammar(
    pronouns={
        "hij": "subject",
        "hem": "object",
        "zijn": "possessive",
        "zichzelf": "reflexive",
        "hemzelf": "reflexive",
        "z'n": "possessive",
        "z’n": "possessive",
    },
    determiners=wordset("de het een elke elk iedere ieder deze die welke"),
    stoppers=wordset("zij haar"),
    plural_subjects=wordset("wij we jullie zij ze er"),
    prepositions=frozenset(
        words("met voor in op aan van bij naar over door om uit onder tijdens na zonder binnen")
    ),
    verb_before=frozenset(
        words(
            "te zal zullen kan kunnen moet moeten wil willen mag mogen zou zouden "
            "blijken lijken lijkt blijkt kan moet wil mag zal gaan gaat komt komen "
            "hoeft hoeven hebben heeft zullen wilt kunt moet zult"
        )
    ),
    verb_after=frozenset(
        words(
            "er niet wel ook al nog dan dus toch echter vaak meestal altijd nooit "
            "soms daarom hier daar erg heel zeer zo te om op in aan bij voor met "
            "van uit over onder tussen na door naar tot de het een die dat dit deze "
            "wij we jullie zij ze u ik jij je hij ook enkele veel weinig meer "
            "minder allemaal allen alle beiden twee drie vier vijf verplicht nodig "
            "mogelijk belangrijk welkom bereid verantwoordelijk en of maar want "
            "geweest gebleven geworden gegaan blijven zoal én volgens tegen zonder tijdens "
            "sinds vanaf"
        )
    ),
    neuter=frozenset(["het"]),
    you=wordset("je jij jullie u wij we"),
    suggestions={
        "subject": {
            "overkoepelend": ["de {noun}", "die"],
            "paarvorm": ["hij of zij"],
            "direct": ["je", "jij"],
        },
        "object": {
            "overkoepelend": ["de {noun}", "hen"],
            "paarvorm": ["hem of haar"],
            "direct": ["je", "jou"],
        },
        "possessive": {
            "overkoepelend": ["diens", "hun"],
            "paarvorm": ["zijn of haar"],
            "direct": ["je", "jouw"],
        },
        "reflexive": {
            "overkoepelend": ["zich", "zichzelf (met meervoud)"],
            "paarvorm": ["zichzelf"],
            "direct": ["jezelf", "je"],
        },
    },
)
EN: Final = Grammar(
    pronouns={"he": "subject", "him": "object", "his": "possessive", "himself": "reflexive"},
    determiners=wordset("the a an each every any this"),
    stoppers=wordset("she her"),
    plural_subjects=frozenset(),
    prepositions=frozenset(),
    verb_before=frozenset(),
    verb_after=frozenset(),
    neuter=frozenset(["its", "it"]),
    you=wordset("you we"),
    suggestions={
        "subject": {"overkoepelend": ["they"], "paarvorm": ["he or she"], "direct": ["you"]},
        "object": {"overkoepelend": ["them"], "paarvorm": ["him or her"], "direct": ["you"]},
        "possessive": {"overkoepelend": ["their"], "paarvorm": ["his or her"], "direct": ["your"]},
        "reflexive": {
            "overkoepelend": ["themselves", "themself"],
            "paarvorm": ["himself or herself"],
            "direct": ["yourself"],
        },
    },
)
GRAMMARS: Final = {"nl": NL, "en": EN}


@lru_cache(maxsize=4)
def pronoun_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


#: Common Dutch verb forms in the past tense (a list: most words in -te or -de are no verb),
#: for stories about one person (*De loodgieter kwam. Hij nam …*) and news about one of an
#: organisation's people (*een werknemer van DSM die het vertikte …*).
PAST_VERBS: Final = wordset(
    "was waren had hadden werd werden kon konden moest moesten wilde wilden zei zeiden "
    "vroeg vroegen nam namen gaf gaven kwam kwamen ging gingen schreef stond zat lag liep "
    "vertelde belde werkte maakte keek dacht wist vond bracht kocht begon deed zag hielp "
    "kreeg bleef koos leerde besloot trok sloeg liet meldde vertikte weigerde viel gleed "
    "noemde noemden kondigde kondigden sprak spraken reageerde reageerden "
    "verving veroordeelde legde legden zette hield probeerde toonde "
    # what happens to people in news and stories
    "stapte stapten raakte raakten pakte pakten reed reden stopte stopten haalde haalden "
    "woonde woonden speelde speelden hoorde volgde bouwde opende brak overleed stierf "
    "verloor won droeg reisde verhuisde studeerde stuurde zocht wachtte voelde kende "
    "zorgde hing sliep klom schrok riep lachte antwoordde ontving ontdekte bezocht "
    "verliet vertrok redde gooide sprong rende mailde appte ving vingen vloog schoot "
    "verscheen begreep zong dronk"
)
